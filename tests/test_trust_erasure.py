"""Erasure means erasure: nothing added after a withdrawal, and retention for everything."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta

import pytest

from referral_store import Consent
from referral_store.desk import ClosureReason, ContactMethod, Desk, DeskError, Role
from referral_store.privacy import Retention, purge_all, withdraw
from tests.conftest import Backend
from tests.sql import change, rows
from tests.test_privacy_store import CANARIES, CHAT, NOW, fill, referral
from tests.test_terminal import rjbot

DAY = timedelta(days=1)


async def test_a_withdrawn_case_takes_no_new_note_or_answer(backend: Backend) -> None:
    async with await backend.open() as store:
        reference = await fill(store)
        desk = Desk(store)
        [ann] = await desk.staff()
        [(contact_id,)] = await rows(store, "SELECT id FROM contacts")
        assert await withdraw(store, CHAT, now=NOW) == [reference]
        with pytest.raises(DeskError, match="withdrawn"):
            await desk.add_note(int(contact_id), ann, "ZQ-LATE-NOTE")
        with pytest.raises(DeskError, match="withdrawn"):
            await desk.log_contact(reference, ann, ContactMethod.PHONE, True, "ZQ-LATE-NOTE")
        with pytest.raises(DeskError):
            await desk.record_survey(reference, ann, {"wellbeing": "improved"})
        [(note,)] = await rows(store, "SELECT note FROM contacts")
        assert note is None
    assert b"ZQ-LATE-NOTE" not in backend.raw()


async def test_purge_revisits_a_withdrawn_row_that_still_holds_something(backend: Backend) -> None:
    db = backend
    async with await db.open() as store:
        reference = await fill(store)
        await withdraw(store, CHAT, now=NOW)
        # A note left on a withdrawn case by an older version of rjbot.
        sealed = store.keyring.seal(CANARIES[3], f"contacts.note:{reference}")
        await change(store, "UPDATE contacts SET note = ?", (sealed,))
        found = await purge_all(store, Retention(closed=30 * DAY), now=NOW + 31 * DAY)
        assert found.referrals == [reference]
    assert sealed.encode() not in db.raw()


async def test_retention_purges_drafts_and_message_ids_and_a_dry_run_changes_nothing(
    backend: Backend,
) -> None:
    db = backend
    now = datetime.now(UTC)
    async with await db.open() as store:
        await store.save_conversation("tg:1", f'{{"answers": {{"name": "{CANARIES[0]}"}}}}')
        await store.remember_messages("tg:1", [5, 6])
        await store.save_conversation("tg:2", '{"step": "menu"}')
        await change(
            store,
            "UPDATE conversations SET updated_at = ? WHERE key = ?",
            ((now - 31 * DAY).isoformat(), store.keyring.owner("tg:1")),
        )
        await change(store, "UPDATE chat_messages SET at = ?", ((now - 3 * DAY).isoformat(),))
        await change(store, "UPDATE chats SET at = ?", ((now - 3 * DAY).isoformat(),))
        policy = Retention()
        dry = await purge_all(store, policy, dry_run=True)
        assert (dry.conversations, dry.messages) == (1, 2)
        assert await store.load_conversation("tg:1") is not None, "a dry run changes nothing"
        done = await purge_all(store, policy)
        assert (done.conversations, done.messages) == (1, 2)
        assert await store.load_conversation("tg:1") is None, "an abandoned draft goes"
        assert await store.load_conversation("tg:2") == '{"step": "menu"}', "a live one stays"
        assert await store.forget_messages("tg:1", timedelta(hours=48)) == []
        [(chats,)] = await rows(store, "SELECT count(*) FROM chats")
        assert chats == 0
    assert CANARIES[0].encode() not in db.raw()


def test_purge_dry_run_lists_what_would_go(backend: Backend) -> None:
    db = backend

    async def seed() -> str:
        async with await db.open() as store:
            desk = Desk(store)
            ann = await desk.join(await desk.invite(Role.MANAGER), 1, "Ann")
            assert ann is not None
            old = NOW - 400 * DAY
            stored = await store.submit_referral(referral(), Consent("v1", "en", old), now=old)
            await desk.close(stored.reference, ann, ClosureReason.DIRECT, now=old)
            return stored.reference

    reference = asyncio.run(seed())
    dry = rjbot(db, "purge", "--dry-run")
    assert dry.returncode == 0, dry.stderr
    assert "Would erase: 1 referrals" in dry.stdout and reference in dry.stdout
    assert "Name: Zebediah" in rjbot(db, "show", reference).stdout, "nothing erased yet"
    done = rjbot(db, "purge")
    assert done.returncode == 0 and "Erased: 1 referrals" in done.stdout
    assert "Zebediah" not in rjbot(db, "show", reference).stdout


async def test_withdrawal_leaves_no_canary_in_the_files(backend: Backend) -> None:
    db = backend
    async with await db.open() as store:
        await fill(store)
        await store.remember_messages(CHAT, [9])
        sealed = [
            str(value)
            for (value,) in await db.committed(
                "SELECT details FROM referrals UNION ALL SELECT note FROM contacts "
                "UNION ALL SELECT contact_ref FROM referrals"
            )
            if value is not None
        ]
        await withdraw(store, CHAT, now=NOW)
    on_disk = db.raw()
    for canary in CANARIES:
        assert canary.encode() not in on_disk
    for value in sealed:
        assert value.encode() not in on_disk, "not even the sealed value lingers"


async def test_a_withdrawal_while_an_export_reads_still_erases(backend: Backend) -> None:
    # The export's snapshot holds the tables: the erasure does not wait for it to end, and
    # the tidying after it (SQLite's checkpoint, PostgreSQL's rewrite) gives way.
    async with await backend.open() as store, await backend.open() as exporter:
        reference = await fill(store)
        async with exporter.read() as export:
            assert await export.fetch_all("SELECT reference FROM referrals") == [(reference,)]
            erased = await asyncio.wait_for(withdraw(store, CHAT, now=NOW), timeout=60)
        assert erased == [reference]
        gone = await store.get_referral(reference)
        assert gone is not None and gone.details == {}
