"""Raw SQL for tests that look at (or age) what the store keeps, by its units of work."""

from __future__ import annotations

from referral_store import Store
from referral_store.store import Params, Row


async def rows(store: Store, sql: str, params: Params = ()) -> list[Row]:
    """The rows of one query, in a snapshot of their own."""
    async with store.read() as tx:
        return await tx.fetch_all(sql, params)


async def change(store: Store, sql: str, params: Params = ()) -> int:
    """Run one statement in a transaction of its own; how many rows it changed."""
    async with store.write() as tx:
        return await tx.execute(sql, params)
