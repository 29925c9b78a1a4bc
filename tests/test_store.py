"""The referral store on each backend: a real SQLite file, and a PostgreSQL database."""

from __future__ import annotations

import asyncio
import sqlite3
import stat
from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

import referral_store.store as store_module
from referral_store import (
    OPEN_STATUSES,
    Consent,
    DeadlinePolicy,
    NewReferral,
    Priority,
    ReferralKind,
    Status,
    Store,
)
from referral_store.references import PATTERN
from referral_store.schema import MIGRATIONS
from referral_store.store import OPEN_QUEUE_SQL, WriteTx
from referral_store.transfer import export_rows
from tests.conftest import Backend

RECEIVED = datetime(2025, 12, 19, 10, 0, tzinfo=UTC)
CONSENT = Consent("2026-11-v1", "en", RECEIVED)


def referral(**changes: object) -> NewReferral:
    fields: dict[str, object] = {
        "kind": ReferralKind.VICTIM,
        "channel": "telegram",
        "source": "police",
        "priority": Priority.STANDARD,
        "area": "north",
        "language": "en",
        "interpreter": False,
        "crime_category": "burglary",
        "markers": (),
        "stage": None,
        "route": None,
        "details": {"name": "Sam", "phone": "+447123456789"},
    }
    fields.update(changes)
    return NewReferral(**fields)  # type: ignore[arg-type]


@pytest.fixture
async def store(backend: Backend) -> AsyncIterator[Store]:
    async with await backend.open(DeadlinePolicy()) as opened:
        yield opened


async def test_a_submitted_referral_is_queued_with_its_deadline(store: Store) -> None:
    stored = await store.submit_referral(referral(), CONSENT, now=RECEIVED)
    assert PATTERN.match(stored.reference)
    assert stored.due_at == datetime(2025, 12, 30, 17, 0, tzinfo=UTC)
    [item] = await store.open_referrals()
    assert item.reference == stored.reference
    assert item.status is Status.NEW and item.kind is ReferralKind.VICTIM
    assert item.due_at == stored.due_at and item.received_at == RECEIVED
    full = await store.get_referral(stored.reference)
    assert full is not None
    assert full.details == {"name": "Sam", "phone": "+447123456789"}
    assert full.consent == CONSENT
    assert await store.get_referral("RJ-NONE-XXXX") is None


async def test_every_field_comes_back_as_it_was_given(store: Store) -> None:
    given = referral(
        kind=ReferralKind.OFFENDER,
        channel="rasa",
        source=None,
        priority=Priority.ENHANCED,
        area=None,
        language="cy",
        interpreter=None,
        crime_category=None,
        markers=("hate", "domestic"),
        stage="pre-sentence",
        route="onward:outside-area",
        details={"name": "Siân", "nested": {"a": [1, 2]}, "ok": True},
    )
    stored = await store.submit_referral(given, CONSENT, now=RECEIVED)
    full = await store.get_referral(stored.reference)
    assert full is not None
    for name in (
        "kind", "channel", "source", "priority", "area", "language", "interpreter",
        "crime_category", "markers", "stage", "route",
    ):  # fmt: skip
        assert getattr(full, name) == getattr(given, name), name
    assert full.details == given.details
    assert (full.status, full.claimed_by) == (Status.NEW, None)
    assert (full.received_at, full.due_at) == (stored.received_at, stored.due_at)


async def test_enhanced_referrals_come_first_in_the_queue(store: Store) -> None:
    standard = await store.submit_referral(referral(), CONSENT, now=RECEIVED)
    enhanced = await store.submit_referral(
        referral(priority=Priority.ENHANCED), CONSENT, now=RECEIVED
    )
    queue = await store.open_referrals()
    assert [i.reference for i in queue] == [enhanced.reference, standard.reference]
    assert len(await store.open_referrals(limit=1)) == 1


async def test_referral_consent_and_conversation_commit_together(
    store: Store, backend: Backend
) -> None:
    await store.save_conversation("tg:1", '{"step": "v.summary"}')
    await store.submit_referral(
        referral(), CONSENT, conversation=("tg:1", '{"step": "menu"}'), now=RECEIVED
    )
    assert await store.load_conversation("tg:1") == '{"step": "menu"}'
    assert await backend.committed("SELECT count(*) FROM consents") == [(1,)]
    assert await backend.committed("SELECT kind FROM events") == [("received",)]


async def test_a_failure_midway_leaves_nothing_half_written(store: Store, backend: Backend) -> None:
    await store.save_conversation("tg:1", '{"step": "v.summary"}')
    broken = Consent("v1", "en", datetime(2025, 1, 1))
    with pytest.raises(ValueError, match="timezone-aware"):
        await store.submit_referral(
            referral(), broken, conversation=("tg:1", '{"step": "menu"}'), now=RECEIVED
        )
    assert await backend.committed("SELECT count(*) FROM referrals") == [(0,)]
    assert await backend.committed("SELECT count(*) FROM consents") == [(0,)]
    assert await store.load_conversation("tg:1") == '{"step": "v.summary"}'
    # And the store still works afterwards.
    await store.submit_referral(referral(), CONSENT, now=RECEIVED)
    assert len(await store.open_referrals()) == 1


async def test_a_failure_at_the_last_step_undoes_the_referral_consent_and_event(
    store: Store, backend: Backend, monkeypatch: pytest.MonkeyPatch
) -> None:
    await store.save_conversation("tg:1", '{"step": "v.summary"}')
    written: list[tuple[object, ...]] = []

    async def fail_after_the_rest(tx: WriteTx, key: str, state: str | None) -> None:
        written.extend(
            await tx.fetch_all(
                "SELECT (SELECT count(*) FROM referrals), (SELECT count(*) FROM consents), "
                "(SELECT count(*) FROM events)"
            )
        )
        raise sqlite3.OperationalError("disk I/O error")

    monkeypatch.setattr(store, "_put_conversation", fail_after_the_rest)
    with pytest.raises(sqlite3.OperationalError):
        await store.submit_referral(
            referral(), CONSENT, conversation=("tg:1", '{"step": "menu"}'), now=RECEIVED
        )
    assert written == [(1, 1, 1)], "the failure came after the other rows were written"
    for table in ("referrals", "consents", "events"):
        assert await backend.committed(f"SELECT count(*) FROM {table}") == [(0,)], table
    assert await store.open_referrals() == []
    assert await store.load_conversation("tg:1") == '{"step": "v.summary"}'


async def test_finishing_a_conversation_with_a_referral_deletes_its_state(store: Store) -> None:
    await store.save_conversation("tg:1", '{"step": "v.summary"}')
    await store.submit_referral(referral(), CONSENT, conversation=("tg:1", None), now=RECEIVED)
    assert await store.load_conversation("tg:1") is None


async def test_a_caller_cancelled_while_the_database_is_busy_leaves_the_store_usable(
    store: Store, backend: Backend
) -> None:
    async with backend.writes_held():
        waiting = asyncio.create_task(store.submit_referral(referral(), CONSENT, now=RECEIVED))
        await asyncio.sleep(0.2)  # inside the busy timeout, waiting for the write lock
        waiting.cancel()
        await asyncio.sleep(0.05)
        # Released (on leaving) while the cancelled call's BEGIN is still queued, so that
        # BEGIN succeeds.
    with pytest.raises(asyncio.CancelledError):
        await waiting
    stored = await store.submit_referral(referral(), CONSENT, now=RECEIVED)
    await store.save_conversation("tg:2", "state")
    # Committed, not held in a transaction the cancelled call left open.
    assert await backend.committed("SELECT reference FROM referrals") == [(stored.reference,)]
    assert await backend.committed("SELECT count(*) FROM conversations") == [(1,)]


async def test_a_reference_already_taken_is_drawn_again(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    draws = iter(["RJ-AAAA-AAAA", "RJ-AAAA-AAAA", "RJ-BBBB-BBBB"])
    monkeypatch.setattr(store_module, "new_reference", lambda: next(draws))
    first = await store.submit_referral(referral(), CONSENT, now=RECEIVED)
    second = await store.submit_referral(referral(), CONSENT, now=RECEIVED)
    assert (first.reference, second.reference) == ("RJ-AAAA-AAAA", "RJ-BBBB-BBBB")
    assert len(await store.open_referrals()) == 2


async def test_received_times_come_back_in_utc(store: Store) -> None:
    london = datetime(2026, 7, 1, 9, 30, tzinfo=ZoneInfo("Europe/London"))
    stored = await store.submit_referral(referral(), CONSENT, now=london)
    [item] = await store.open_referrals()
    assert stored.received_at == item.received_at == datetime(2026, 7, 1, 8, 30, tzinfo=UTC)
    assert stored.received_at.utcoffset() == item.received_at.utcoffset() == timedelta(0)
    assert stored.due_at == item.due_at == datetime(2026, 7, 8, 16, 0, tzinfo=UTC)


async def test_a_naive_time_is_refused_before_anything_is_written(
    store: Store, backend: Backend
) -> None:
    with pytest.raises(ValueError, match="timezone-aware"):
        await store.submit_referral(referral(), CONSENT, now=datetime(2026, 7, 1, 9, 30))
    assert await backend.committed("SELECT count(*) FROM referrals") == [(0,)]


async def test_only_open_statuses_are_in_the_queue(store: Store, backend: Backend) -> None:
    made = {}
    for status in Status:
        stored = await store.submit_referral(referral(), CONSENT, now=RECEIVED)
        await backend.apply(
            "UPDATE referrals SET status = ? WHERE reference = ?", (str(status), stored.reference)
        )
        made[stored.reference] = status
    queued = {item.reference: item.status for item in await store.open_referrals()}
    assert queued == {ref: status for ref, status in made.items() if status in OPEN_STATUSES}
    assert Status.CLOSED not in queued.values() and Status.WITHDRAWN not in queued.values()


async def test_conversations_save_load_and_delete(store: Store) -> None:
    assert await store.load_conversation("tg:9") is None
    await store.save_conversation("tg:9", "a")
    await store.save_conversation("tg:9", "b")
    assert await store.load_conversation("tg:9") == "b"
    await store.delete_conversation("tg:9")
    assert await store.load_conversation("tg:9") is None


async def test_the_file_is_private_to_its_owner(tmp_path: Path) -> None:
    # SQLite alone: its store is a file rjbot makes; PostgreSQL's files are its server's.
    path = tmp_path / "new.sqlite3"
    async with await Store.open(path):
        pass
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


async def test_the_write_ahead_log_is_private_too(tmp_path: Path) -> None:
    # SQLite alone: the WAL and shared-memory files beside the database file.
    path = tmp_path / "rj.sqlite3"
    async with await Store.open(path) as store:
        await store.submit_referral(referral(), CONSENT, now=RECEIVED)
        for name in ("rj.sqlite3", "rj.sqlite3-wal", "rj.sqlite3-shm"):
            assert stat.S_IMODE((tmp_path / name).stat().st_mode) == 0o600, name


async def test_data_survives_closing_and_reopening(backend: Backend) -> None:
    async with await backend.open() as first:
        stored = await first.submit_referral(referral(), CONSENT, now=RECEIVED)
    async with await backend.open() as second:
        assert [i.reference for i in await second.open_referrals()] == [stored.reference]
    assert backend.schema_version() == len(MIGRATIONS)


async def test_two_openers_of_a_new_store_migrate_it_once(backend: Backend) -> None:
    # Two instances started at once on a new store (an SQLite file, an empty database).
    opened = await asyncio.gather(backend.open(), backend.open(), return_exceptions=True)
    stores = [s for s in opened if isinstance(s, Store)]
    try:
        assert len(stores) == 2, opened
        stored = await stores[0].submit_referral(referral(), CONSENT, now=RECEIVED)
        assert [i.reference for i in await stores[1].open_referrals()] == [stored.reference]
    finally:
        for each in stores:
            await each.close()
    assert backend.schema_version() == len(MIGRATIONS)
    assert await backend.committed("SELECT count(*) FROM keycheck") == [(1,)]


async def test_a_store_from_a_newer_release_is_refused(backend: Backend) -> None:
    async with await backend.open() as store:
        stored = await store.submit_referral(referral(), CONSENT, now=RECEIVED)
    backend.claim_schema_version(len(MIGRATIONS) + 1)
    with pytest.raises(RuntimeError, match="newer than this rjbot knows"):
        await (await backend.open()).close()
    assert await backend.committed("SELECT reference FROM referrals") == [(stored.reference,)]


async def test_many_concurrent_submissions_all_land_with_unique_references(
    store: Store,
) -> None:
    stored = await asyncio.gather(
        *(store.submit_referral(referral(), CONSENT, now=RECEIVED) for _ in range(200))
    )
    references = {s.reference for s in stored}
    assert len(references) == 200
    assert len(await store.open_referrals()) == 200


async def test_export_streams_every_referral_with_its_consent(store: Store) -> None:
    made = {
        (await store.submit_referral(referral(), CONSENT, now=RECEIVED)).reference
        for _ in range(1203)  # more than two pages
    }
    records = [record async for record in export_rows(store)]
    exported = [row for table, row in records if table == "referrals"]
    consents = [row for table, row in records if table == "consents"]
    assert len(exported) == len(made), "no referral twice across page boundaries"
    assert {row["reference"] for row in exported} == made
    assert exported[0]["details"] == {"name": "Sam", "phone": "+447123456789"}
    assert len(consents) == len(made)
    assert consents[0] == {
        "reference": exported[0]["reference"],
        "text_version": "2026-11-v1",
        "language": "en",
        "given_at": "2025-12-19T10:00:00.000000+00:00",
    }


async def test_a_slow_export_does_not_hold_up_the_bot(store: Store) -> None:
    made = {
        (await store.submit_referral(referral(), CONSENT, now=RECEIVED)).reference for _ in range(3)
    }
    rows_out = (row async for table, row in export_rows(store) if table == "referrals")
    first = await anext(rows_out)
    # The exporter is part-way through; people must still be able to refer meanwhile.
    await asyncio.wait_for(store.submit_referral(referral(), CONSENT, now=RECEIVED), 2)
    await asyncio.wait_for(store.save_conversation("tg:3", "state"), 2)
    rest = [row async for row in rows_out]
    assert made <= {first["reference"], *(row["reference"] for row in rest)}


async def test_the_queue_is_served_by_its_index(store: Store) -> None:
    plan = " ".join(await store.query_plan(OPEN_QUEUE_SQL))
    assert "referrals_open_by_due" in plan
    assert "TEMP B-TREE" not in plan, "no sort: the index gives due order"
