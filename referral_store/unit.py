"""A unit of work's queries: what ``Store.read()`` and ``Store.write()`` hand out.

The only way code outside the store reaches the database: the SQL stays with the module
that knows its tables, while the connection, lock and transaction stay in
referral_store/store.py, so another backend can hand out the same three calls.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
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
        async with self._live().execute(sql, params) as cursor:
            return cast(Row | None, await cursor.fetchone())


class WriteTx(Tx):
    """The statements of one write transaction (``Store.write()``): all or nothing."""

    async def execute(self, sql: str, params: Params = ()) -> int:
        """Run one statement; how many rows it changed (a RETURNING one: use fetch_one)."""
        async with self._live().execute(sql, params) as cursor:
            return max(cursor.rowcount, 0)

    async def execute_many(self, sql: str, rows: Iterable[Params]) -> None:
        await self._live().executemany(sql, rows)
