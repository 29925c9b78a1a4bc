"""Reading the audit log for the web desk's audit page: filters, and the chain's check."""

from __future__ import annotations

from datetime import datetime

from referral_store.audit import Verdict, verify
from referral_store.desk import AuditEntry
from referral_store.store import Store, stamp


async def search(
    store: Store,
    *,
    actor: str = "",
    reference: str = "",
    since: datetime | None = None,
    until: datetime | None = None,
    limit: int = 200,
) -> list[AuditEntry]:
    """Entries newest first, by who (``staff:3``, ``cli:ann``), which case, and when."""
    where, params = ["1 = 1"], []
    if actor:
        where.append("actor = ?")
        params.append(actor)
    if reference:
        where.append("reference = ?")
        params.append(reference)
    if since:
        where.append("at >= ?")
        params.append(stamp(since))
    if until:
        where.append("at < ?")
        params.append(stamp(until))
    sql = (
        "SELECT at, actor, action, reference, detail FROM audit WHERE "  # noqa: S608 (fixed clauses)
        + " AND ".join(where)
        + " ORDER BY id DESC LIMIT ?"
    )
    async with store.read() as tx:
        rows = await tx.fetch_all(sql, (*params, limit))
    return [AuditEntry(datetime.fromisoformat(r[0]), r[1], r[2], r[3], r[4]) for r in rows]


async def check(store: Store) -> Verdict:
    """Walk the hash chain: nothing edited or deleted since it was written."""
    async with store.read() as tx:
        return await verify(tx)
