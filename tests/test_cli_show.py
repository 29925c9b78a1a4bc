"""``rjbot show``: everything the web case page shows, and the look written to the audit log."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime

from referral_store.desk import ContactMethod, Desk
from tests.conftest import Backend
from tests.test_cli_desk import seed
from tests.test_terminal import rjbot


def test_show_prints_the_whole_case_and_is_audited(backend: Backend) -> None:
    db = backend
    (reference,), ann_id, _ = seed(db, datetime.now(UTC))

    async def work() -> None:
        async with await db.open() as store:
            desk = Desk(store)
            ann = await desk.by_id(ann_id)
            assert ann is not None
            await desk.claim(reference, ann)
            await desk.log_contact(reference, ann, ContactMethod.PHONE, True, "Left a message")

    asyncio.run(work())
    shown = rjbot(db, "show", reference.lower())
    assert shown.returncode == 0, shown.stderr
    text = shown.stdout
    for part in ("== The case", "== Consent", "== Contact log", "== History", "== Who viewed it"):
        assert part in text, part
    assert "Left a message" in text and "Ann" in text and "Name: Sam" in text
    assert text.index("== Contact log") < text.index("== History")

    async def views() -> list[str]:
        async with await db.open() as store:
            log = await Desk(store).audit_log(reference)
            return [e.actor for e in log if e.action == "view"]

    lookers = asyncio.run(views())
    assert len(lookers) == 1 and lookers[0].startswith("cli:")
    again = rjbot(db, "show", reference).stdout
    assert again.split("== Who viewed it")[1].count("cli:") == 2
