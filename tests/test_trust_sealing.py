"""No personal data in clear: a typed language, special-category answers, and the files."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from referral_store import Consent
from referral_store.desk import ClosureReason, ContactMethod, Desk, Role
from referral_store.monitoring import save_own_answers
from referral_store.privacy import Retention, purge_all
from referral_store.report import Period, quarterly_return
from referral_store.transfer import export_rows
from tests.conftest import Backend
from tests.sql import change
from tests.test_privacy_store import CANARIES, CHAT, NOW, referral
from tests.test_terminal import SELF_REFERRAL, rjbot

LANGUAGE = "Quuxlandic-canary"
NAME = "Zebediah Quuxworth"


def column(db: Backend, sql: str) -> list[object]:
    return [row[0] for row in db.select(sql)]


async def test_markers_and_special_category_answers_are_sealed_and_still_counted(
    backend: Backend,
) -> None:
    db = backend
    async with await db.open() as store:
        harmed = referral().__class__(
            **{**referral().__dict__, "markers": ("hate", "domestic"), "crime_category": "sexual"}
        )
        stored = await store.submit_referral(
            harmed, Consent("v1", "en", NOW), conversation=(CHAT, "{}"), now=NOW
        )
        values = {"ethnicity": "asian-bangladeshi", "disability": "yes", "age_band": "25-34"}
        await save_own_answers(
            store, CHAT, stored.reference, values, survey=False, consent_at=NOW, now=NOW
        )
        result = await quarterly_return(store, Period.quarter("2026Q3", 4), now=NOW)
        exported = [row async for table, row in export_rows(store) if table == "monitoring"]
    [markers] = column(db, "SELECT markers FROM referrals")
    [crime_category] = column(db, "SELECT crime_category FROM referrals")
    [ethnicity] = column(db, "SELECT ethnicity FROM monitoring")
    [disability] = column(db, "SELECT disability FROM monitoring")
    for sealed in (markers, crime_category, ethnicity, disability):
        assert isinstance(sealed, str) and sealed.startswith("v1.")
    assert b"asian-bangladeshi" not in db.raw() and b'"hate"' not in db.raw()
    crime = {(r[0], r[1]): r[2] for r in result.tables["crime"].rows}
    assert crime[("marker", "hate")] == 1 and crime[("marker", "domestic")] == 1
    assert crime[("type", "sexual")] == 1
    demographics = {r[:3]: r[3] for r in result.tables["demographics"].rows}
    assert demographics[("victim", "ethnicity", "asian-bangladeshi")] == 1
    assert demographics[("victim", "disability", "yes")] == 1
    assert exported[0]["ethnicity"] == "asian-bangladeshi", "the export opens them"


async def test_an_older_store_has_its_clear_answers_sealed_on_open(backend: Backend) -> None:
    db = backend
    async with await db.open() as store:
        stored = await store.submit_referral(
            referral(), Consent("v1", "en", NOW), conversation=(CHAT, "{}"), now=NOW
        )
        await save_own_answers(
            store,
            CHAT,
            stored.reference,
            {"ethnicity": "white-roma"},
            survey=False,
            consent_at=NOW,
            now=NOW,
        )
        # As an older rjbot kept them: in clear, with no record of the upgrade.
        await change(store, "UPDATE referrals SET markers = '[\"sexual\"]'")
        await change(store, "UPDATE monitoring SET ethnicity = 'white-roma'")
        await change(store, "DELETE FROM upgrades")
    async with await db.open() as store:
        referral_now = await store.get_referral(stored.reference)
        assert referral_now is not None and referral_now.markers == ("sexual",)
    assert b"white-roma" not in db.raw() and b'"sexual"' not in db.raw()


def test_a_typed_language_is_not_kept_in_clear_and_no_canary_survives_withdrawal(
    backend: Backend,
) -> None:
    db = backend
    answers = [NAME if a == "Sam" else LANGUAGE if a == "English" else a for a in SELF_REFERRAL]
    debug = {"RJBOT_LOG_LEVEL": "DEBUG"}
    chat = rjbot(db, "chat", stdin="\n".join(answers) + "\n", env=debug)
    assert chat.returncode == 0, chat.stderr
    assert "We have received your referral" in chat.stdout
    assert column(db, "SELECT language FROM referrals") == ["other"]
    assert LANGUAGE.encode() not in db.raw(), "the typed language is sealed"
    [reference] = column(db, "SELECT reference FROM referrals")
    gone = rjbot(db, "chat", stdin=f"/withdraw\n{reference}\nYes, delete my details\n", env=debug)
    assert "We have deleted the details" in gone.stdout, gone.stdout
    assert column(db, "SELECT status FROM referrals") == ["withdrawn"]
    on_disk = db.raw()
    for canary in (NAME, LANGUAGE, "07123 456789", "43/12345/25"):
        assert canary.encode() not in on_disk, canary
        assert canary not in chat.stderr + gone.stderr, "nor in the logs"


async def test_no_canary_survives_a_purge(backend: Backend) -> None:
    db = backend
    old = NOW - timedelta(days=400)
    async with await db.open() as store:
        desk = Desk(store)
        cat = await desk.join(await desk.invite(Role.MANAGER), 1, "Cat")
        assert cat is not None
        stored = await store.submit_referral(
            referral(), Consent("v1", "en", old), conversation=(CHAT, "{}"), now=old
        )
        await desk.log_contact(
            stored.reference, cat, ContactMethod.PHONE, True, CANARIES[3], now=old
        )
        await desk.close(stored.reference, cat, ClosureReason.DIRECT, now=old)
        found = await purge_all(store, Retention(), now=datetime.now(UTC))
        assert found.referrals == [stored.reference]
    on_disk = db.raw()
    for canary in CANARIES:
        assert canary.encode() not in on_disk, canary


def test_the_terminal_referral_keeps_the_typed_language_for_staff(backend: Backend) -> None:
    db = backend
    answers = [LANGUAGE if a == "English" else a for a in SELF_REFERRAL]
    assert rjbot(db, "chat", stdin="\n".join(answers) + "\n").returncode == 0
    done = rjbot(db, "export")
    assert done.returncode == 0 and LANGUAGE in done.stdout, "sealed, not lost"


def test_withdraw_in_the_terminal_withdraws_the_named_referral_only(backend: Backend) -> None:
    db = backend
    for _ in range(2):
        made = rjbot(db, "chat", stdin="\n".join(SELF_REFERRAL) + "\n")
        assert "We have received your referral" in made.stdout
    first, second = column(db, "SELECT reference FROM referrals ORDER BY id")
    wrong = rjbot(db, "chat", stdin="/withdraw\nmy name is Sam\n")
    assert "does not look like a reference" in wrong.stdout
    done = rjbot(db, "chat", stdin=f"/withdraw\n{first.lower()}\nYes, delete my details\n")
    assert "We have deleted the details" in done.stdout, done.stdout
    found = column(db, "SELECT status FROM referrals ORDER BY id")
    statuses = dict(zip((first, second), found, strict=True))
    assert statuses == {first: "withdrawn", second: "new"}, "the other terminal's stays"
    again = rjbot(db, "chat", stdin=f"/withdraw\n{first}\nYes, delete my details\n")
    assert "We have deleted the details" not in again.stdout, "withdrawn once"


def test_a_quick_exit_in_the_terminal_leaves_no_resume_code_behind(backend: Backend) -> None:
    db = backend
    left = rjbot(db, "chat", stdin="3\nYes, I agree\nSam\n/exit\n")
    assert left.returncode == 0 and "\033[3J" in left.stdout, "screen and scrollback cleared"
    assert "--resume" not in left.stderr, "no trace that a chat happened"
    stayed = rjbot(db, "chat", stdin="3\n")
    assert "--resume" in stayed.stderr
