"""One page of the open queue, filtered and sorted by due in SQL (the web desk's queue).

The same open referrals as ``Desk.queue`` (the Telegram /queue and ``rjbot queue``), but a
service with thousands open gets its 25 rows and the count without reading them all.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from referral_store.models import QueueItem
from referral_store.store import _FROM, _OPEN, _QUEUE_COLUMNS, Store, queue_item


@dataclass(frozen=True)
class QueueFilter:
    mine: int | None = None  # a staff id: only their cases
    unclaimed: bool = False
    area: str = ""
    priority: str = ""
    kind: str = ""
    status: str = ""
    # Seed 002 5.10's sensitive and complex cases, only trained staff may take.
    special: bool = False


@dataclass(frozen=True)
class QueuePage:
    items: list[QueueItem]
    total: int
    special: set[str]  # which of these items are sensitive or complex


async def queue_page(store: Store, chosen: QueueFilter, *, limit: int, offset: int) -> QueuePage:
    where, params = [_OPEN], []
    for column, value in (
        ("r.claimed_by", chosen.mine),
        ("r.area", chosen.area),
        ("r.priority", chosen.priority),
        ("r.kind", chosen.kind),
        ("r.status", chosen.status),
    ):
        if value:
            where.append(f"{column} = ?")
            params.append(value)
    if chosen.unclaimed:
        where.append("r.claimed_by IS NULL")
    if chosen.special:
        where.append("r.care != '[]'")
    clause = " AND ".join(where)
    async with store.read() as tx:
        counted = await tx.fetch_one(f"SELECT count(*) {_FROM} WHERE {clause}", params)
        rows = await tx.fetch_all(
            f"SELECT {_QUEUE_COLUMNS}, r.care {_FROM} WHERE {clause} "
            "ORDER BY r.due_at, r.id LIMIT ? OFFSET ?",
            (*params, limit, offset),
        )
    return QueuePage(
        [queue_item(row) for row in rows],
        int(counted[0]) if counted else 0,
        {row[0] for row in rows if json.loads(row[-1])},
    )
