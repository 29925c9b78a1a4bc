"""The store's unit of work: ``read()`` is one snapshot, ``write()`` one transaction, and
nothing outside referral_store/store.py reaches its connection, lock or transactions."""

from __future__ import annotations

import ast
import asyncio
import sqlite3
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from referral_store import Store
from referral_store.store import WriteTx
from tests.conftest import Backend
from tests.sql import rows
from tests.test_store import CONSENT, RECEIVED, referral

ROOT = Path(__file__).resolve().parent.parent
# The store and its other backend (PostgreSQL), which hands out the same unit of work.
STORE = {ROOT / "referral_store" / n for n in ("store.py", "unit.py", "postgres.py")}
# The store's private means of reaching SQLite: touched only inside its own module.
PRIVATE = {
    "_db",
    "_lock",
    "_transaction",
    "_write",
    "_select",
    "_joined",
    "_holder",
    "_conn",
    "_live",
}


def private_uses(source: str, name: str) -> list[str]:
    return [
        f"{name}:{node.lineno} .{node.attr}"
        for node in ast.walk(ast.parse(source, name))
        if isinstance(node, ast.Attribute) and node.attr in PRIVATE
    ]


def test_nothing_outside_the_store_touches_its_connection_lock_or_transactions() -> None:
    files = [
        path
        for folder in ("bot", "dialogues", "referral_store", "tests", "tests_rasa", "benchmarks")
        for path in (ROOT / folder).rglob("*.py")
        if path not in STORE
    ]
    assert len(files) > 50, "the tree was found"
    found = [
        use
        for path in files
        for use in private_uses(path.read_text("utf-8"), str(path.relative_to(ROOT)))
    ]
    assert found == [], "use store.read() or store.write() instead:\n" + "\n".join(found)


def test_the_check_sees_a_private_access() -> None:
    # The check itself must fail on what it forbids, or it proves nothing.
    probe = (
        "async def reach_in(store):\n"
        "    async with store._lock:\n"
        "        await store._db.execute('SELECT 1')\n"
        "    async with store._transaction() as db:\n"
        "        pass\n"
    )
    found = private_uses(probe, "probe.py")
    assert sorted(found) == ["probe.py:2 ._lock", "probe.py:3 ._db", "probe.py:4 ._transaction"]


@pytest.fixture
async def store(backend: Backend) -> AsyncIterator[Store]:
    async with await backend.open() as opened:
        yield opened


async def test_a_write_commits_on_exit_and_rolls_back_all_of_it_on_an_error(store: Store) -> None:
    async with store.write() as tx:
        changed = await tx.execute(
            "INSERT INTO upgrades (name) VALUES ('one'), ('two')",
        )
    assert changed == 2
    with pytest.raises(ZeroDivisionError):
        async with store.write() as tx:
            await tx.execute("INSERT INTO upgrades (name) VALUES ('three')")
            assert await tx.fetch_one("SELECT 1 FROM upgrades WHERE name = 'three'") == (1,)
            _ = 1 / 0
    # Only the names this test wrote (the store records its own upgrades beside them).
    names = await rows(store, "SELECT name FROM upgrades WHERE name IN ('one', 'two', 'three')")
    assert sorted(names) == [("one",), ("two",)], "the failed write left nothing"


async def test_a_read_sees_one_snapshot_while_another_process_writes(backend: Backend) -> None:
    async with await backend.open() as reader, await backend.open() as writer:
        await writer.submit_referral(referral(), CONSENT, now=RECEIVED)
        async with reader.read() as tx:
            before = await tx.fetch_all("SELECT reference FROM referrals")
            # Another connection (as another process would) commits in the middle.
            await writer.submit_referral(referral(), CONSENT, now=RECEIVED)
            events = await tx.fetch_all("SELECT referral_id FROM events")
            again = await tx.fetch_all("SELECT reference FROM referrals")
        assert len(before) == 1 and again == before, "the read kept its snapshot"
        assert len(events) == 1, "and saw no event of the referral it does not see"
        assert len(await rows(reader, "SELECT reference FROM referrals")) == 2


async def test_a_write_nests_inside_one_task_and_a_read_inside_it_sees_its_changes(
    store: Store,
) -> None:
    async with store.write() as outer:
        await outer.execute("INSERT INTO upgrades (name) VALUES ('nested')")
        async with store.read() as inner:
            # The same transaction: it sees the write not yet committed.
            assert await inner.fetch_one("SELECT 1 FROM upgrades WHERE name = 'nested'")
        async with store.write() as joined:
            assert joined is outer
    assert await rows(store, "SELECT 1 FROM upgrades WHERE name = 'nested'") == [(1,)]


async def test_a_long_read_holds_up_no_write_and_keeps_its_snapshot(store: Store) -> None:
    async with store.read() as tx:
        assert await tx.fetch_all("SELECT 1 FROM referrals") == []
        # The bot goes on saving while an export reads.
        await asyncio.wait_for(store.submit_referral(referral(), CONSENT, now=RECEIVED), 30)
        assert await tx.fetch_all("SELECT 1 FROM referrals") == [], "the snapshot holds"
        with pytest.raises(sqlite3.OperationalError, match="readonly"):
            await tx.fetch_all("DELETE FROM referrals RETURNING id")
    assert await rows(store, "SELECT 1 FROM referrals") == [(1,)]


async def test_a_unit_of_work_cannot_be_used_after_it_ends(store: Store) -> None:
    async with store.write() as tx:
        pass
    assert isinstance(tx, WriteTx)
    with pytest.raises(RuntimeError, match="has ended"):
        await tx.execute("INSERT INTO upgrades (name) VALUES ('late')")
    assert await rows(store, "SELECT 1 FROM upgrades WHERE name = 'late'") == []


async def test_a_read_that_fails_leaves_its_connection_fit_for_the_next(store: Store) -> None:
    with pytest.raises(sqlite3.OperationalError):
        async with store.read() as tx:
            await tx.fetch_all("SELECT nothing FROM nowhere")
    await store.submit_referral(referral(), CONSENT, now=RECEIVED)
    async with store.read() as tx:
        # A fresh snapshot, not one left open by the failed read.
        assert await tx.fetch_all("SELECT 1 FROM referrals") == [(1,)]
