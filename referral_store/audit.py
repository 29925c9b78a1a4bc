"""The audit log as a hash chain: each entry seals the one before it.

Every entry's hash covers its own fields, its id and the previous entry's hash;
a one-row head keeps the count and the newest hash. Editing an entry, deleting
one (in the middle or at the end) or reordering them breaks the chain, and
``verify`` says where. Someone who can rewrite the whole file can rebuild a
chain too: keep a copy of ``rjbot audit --verify``'s last line somewhere else
(docs/operations.md).
"""

from __future__ import annotations

import getpass
import hashlib
import json
from dataclasses import dataclass
from functools import cache

from referral_store.unit import Tx, WriteTx

GENESIS = "0" * 64


@cache
def os_user() -> str:
    """Who is logged in to the machine running this process."""
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "unknown"


def entry_hash(previous: str, entry_id: int, fields: tuple[object, ...]) -> str:
    body = json.dumps([previous, entry_id, *fields], ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(body.encode()).hexdigest()


async def record(
    tx: WriteTx,
    at: str,
    actor: str,
    action: str,
    reference: str | None,
    detail: str,
    *,
    user: str | None = None,
) -> None:
    """Append one entry; call inside a write transaction, so the chain has one writer."""
    who = os_user() if user is None else user
    count, previous = await _head(tx)
    row = await tx.fetch_one(
        "INSERT INTO audit (at, actor, action, reference, detail, os_user) "
        "VALUES (?, ?, ?, ?, ?, ?) RETURNING id",
        (at, actor, action, reference, detail, who),
    )
    assert row is not None
    digest = entry_hash(previous, int(row[0]), (at, actor, action, reference, detail, who))
    await tx.execute("UPDATE audit SET hash = ? WHERE id = ?", (digest, row[0]))
    await tx.execute(
        "INSERT INTO audit_head (id, count, hash) VALUES (1, ?, ?) "
        "ON CONFLICT (id) DO UPDATE SET count = excluded.count, hash = excluded.hash",
        (count + 1, digest),
    )


async def _head(tx: Tx) -> tuple[int, str]:
    """The chain's length and newest hash, as the head row keeps them."""
    row = await tx.fetch_one("SELECT count, hash FROM audit_head WHERE id = 1")
    return (int(row[0]), str(row[1])) if row else (0, GENESIS)


async def chain_older_entries(tx: WriteTx) -> None:
    """Chain entries written before the chain existed (once, on upgrade, in id order)."""
    rows = await tx.fetch_all(
        "SELECT id, at, actor, action, reference, detail, os_user FROM audit "
        "WHERE hash IS NULL ORDER BY id"
    )
    if not rows:
        return
    count, previous = await _head(tx)
    for entry_id, *fields in rows:
        previous = entry_hash(previous, int(entry_id), tuple(fields))
        await tx.execute("UPDATE audit SET hash = ? WHERE id = ?", (previous, entry_id))
        count += 1
    await tx.execute(
        "INSERT INTO audit_head (id, count, hash) VALUES (1, ?, ?) "
        "ON CONFLICT (id) DO UPDATE SET count = excluded.count, hash = excluded.hash",
        (count, previous),
    )


@dataclass(frozen=True)
class Verdict:
    entries: int
    problem: str | None = None
    head: str = GENESIS

    @property
    def intact(self) -> bool:
        return self.problem is None


async def verify(tx: Tx) -> Verdict:
    """Walk the chain from the first entry; the first break found, if any.

    Read a page at a time (in one snapshot, the caller's ``read()``), so memory stays
    flat however long the log.
    """
    previous, count, last = GENESIS, 0, 0
    while page := await tx.fetch_all(
        "SELECT id, at, actor, action, reference, detail, os_user, hash FROM audit "
        "WHERE id > ? ORDER BY id LIMIT 1000",
        (last,),
    ):
        for entry_id, *fields, stored in page:
            count += 1
            expected = entry_hash(previous, int(entry_id), tuple(fields))
            if stored != expected:
                return Verdict(
                    count,
                    f"entry {entry_id} was changed, or one before it deleted",
                )
            previous, last = expected, int(entry_id)
    head_count, head_hash = await _head(tx)
    if (head_count, head_hash) != (count, previous):
        return Verdict(
            count,
            f"it should hold {head_count} entries and holds {count}: the newest were "
            "deleted or changed",
        )
    return Verdict(count, None, previous)
