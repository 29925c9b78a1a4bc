"""A unit of work's queries: what ``Store.read()`` and ``Store.write()`` hand out.

The only way code outside the store reaches the database: the SQL stays with the module
that knows its tables, while the connection, lock and transaction stay in
referral_store/store.py, so another backend can hand out the same three calls.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Iterable, Mapping, Sequence
from typing import Any, cast

import aiosqlite

Row = tuple[Any, ...]
Params = Sequence[object] | Mapping[str, object]


class Tx:
    """The queries of one unit of work (``Store.read()``): all see one snapshot."""

    def __init__(self, db: aiosqlite.Connection) -> None:
        self._conn = db
        self.closed = False

    def _live(self) -> aiosqlite.Connection:
        if self.closed:
            # Used after its ``async with`` ended: it would run outside any transaction.
            raise RuntimeError("this unit of work has ended: open a new read() or write()")
        return self._conn

    async def fetch_all(self, sql: str, params: Params = ()) -> list[Row]:
        return cast(list[Row], list(await self._live().execute_fetchall(sql, params)))

    async def fetch_one(self, sql: str, params: Params = ()) -> Row | None:
        return cast(Row | None, await _on_thread(self._live(), _first, sql, params))


class WriteTx(Tx):
    """The statements of one write transaction (``Store.write()``): all or nothing."""

    async def execute(self, sql: str, params: Params = ()) -> int:
        """Run one statement; how many rows it changed (a RETURNING one: use fetch_one)."""
        return cast(int, await _on_thread(self._live(), _changed, sql, params))

    async def execute_many(self, sql: str, rows: Iterable[Params]) -> None:
        await self._live().executemany(sql, rows)


# Each statement in one hop to the connection's thread, as aiosqlite runs its own
# execute_fetchall: its ``async with execute() as cursor`` took two (run, then close the
# cursor) and a fetch three, each a wake-up of both threads (about 30 µs of CPU a hop,
# measured: most of a referral's transaction).
async def _on_thread(db: aiosqlite.Connection, run: Callable[..., object], *args: object) -> object:
    execute = cast(Callable[..., Awaitable[object]], db._execute)
    return await execute(run, db, *args)


def _first(db: aiosqlite.Connection, sql: str, params: Params) -> Row | None:
    cursor = db._conn.execute(sql, params)
    try:
        return cast(Row | None, cursor.fetchone())
    finally:
        cursor.close()


def _changed(db: aiosqlite.Connection, sql: str, params: Params) -> int:
    cursor = db._conn.execute(sql, params)
    try:
        return max(cursor.rowcount, 0)
    finally:
        cursor.close()
