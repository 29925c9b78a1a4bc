"""The referral store on a real SQLite file."""

from __future__ import annotations

import asyncio
import sqlite3
import stat
from collections.abc import AsyncIterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from referral_store import (
    Consent,
    DeadlinePolicy,
    NewReferral,
    Priority,
    ReferralKind,
    Status,
    Store,
)
from referral_store.references import PATTERN
from referral_store.store import OPEN_QUEUE_SQL

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
async def store(tmp_path: Path) -> AsyncIterator[Store]:
    async with await Store.open(tmp_path / "rj.sqlite3", DeadlinePolicy()) as opened:
        yield opened


def rows(path: Path, sql: str) -> list[tuple[object, ...]]:
    with sqlite3.connect(path) as db:
        return db.execute(sql).fetchall()


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


async def test_enhanced_referrals_come_first_in_the_queue(store: Store) -> None:
    standard = await store.submit_referral(referral(), CONSENT, now=RECEIVED)
    enhanced = await store.submit_referral(
        referral(priority=Priority.ENHANCED), CONSENT, now=RECEIVED
    )
    queue = await store.open_referrals()
    assert [i.reference for i in queue] == [enhanced.reference, standard.reference]
    assert len(await store.open_referrals(limit=1)) == 1


async def test_referral_consent_and_conversation_commit_together(
    store: Store, tmp_path: Path
) -> None:
    await store.save_conversation("tg:1", '{"step": "v.summary"}')
    await store.submit_referral(
        referral(), CONSENT, conversation=("tg:1", '{"step": "menu"}'), now=RECEIVED
    )
    assert await store.load_conversation("tg:1") == '{"step": "menu"}'
    db = tmp_path / "rj.sqlite3"
    assert rows(db, "SELECT count(*) FROM consents") == [(1,)]
    assert rows(db, "SELECT kind FROM events") == [("received",)]


async def test_a_failure_midway_leaves_nothing_half_written(store: Store, tmp_path: Path) -> None:
    await store.save_conversation("tg:1", '{"step": "v.summary"}')
    broken = Consent("v1", "en", datetime(2025, 1, 1))
    with pytest.raises(ValueError, match="timezone-aware"):
        await store.submit_referral(
            referral(), broken, conversation=("tg:1", '{"step": "menu"}'), now=RECEIVED
        )
    db = tmp_path / "rj.sqlite3"
    assert rows(db, "SELECT count(*) FROM referrals") == [(0,)]
    assert rows(db, "SELECT count(*) FROM consents") == [(0,)]
    assert await store.load_conversation("tg:1") == '{"step": "v.summary"}'
    # And the store still works afterwards.
    await store.submit_referral(referral(), CONSENT, now=RECEIVED)
    assert len(await store.open_referrals()) == 1


async def test_conversations_save_load_and_delete(store: Store) -> None:
    assert await store.load_conversation("tg:9") is None
    await store.save_conversation("tg:9", "a")
    await store.save_conversation("tg:9", "b")
    assert await store.load_conversation("tg:9") == "b"
    await store.delete_conversation("tg:9")
    assert await store.load_conversation("tg:9") is None


async def test_the_file_is_private_to_its_owner(tmp_path: Path) -> None:
    path = tmp_path / "new.sqlite3"
    async with await Store.open(path):
        pass
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


async def test_data_survives_closing_and_reopening(tmp_path: Path) -> None:
    path = tmp_path / "rj.sqlite3"
    async with await Store.open(path) as first:
        stored = await first.submit_referral(referral(), CONSENT, now=RECEIVED)
    async with await Store.open(path) as second:
        assert [i.reference for i in await second.open_referrals()] == [stored.reference]
    assert rows(path, "PRAGMA user_version") == [(1,)]


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
    exported = [row async for row in store.export()]
    assert {row["reference"] for row in exported} == made
    first = exported[0]
    assert first["details"] == {"name": "Sam", "phone": "+447123456789"}
    assert first["consent"] == {
        "text_version": "2026-11-v1",
        "language": "en",
        "given_at": "2025-12-19T10:00:00.000000+00:00",
    }


async def test_the_queue_is_served_by_its_index(store: Store) -> None:
    plan = " ".join(await store.query_plan(OPEN_QUEUE_SQL))
    assert "referrals_open_by_due" in plan
    assert "TEMP B-TREE" not in plan, "no sort: the index gives due order"
