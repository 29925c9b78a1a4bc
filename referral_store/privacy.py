"""Erasing and re-keying personal data: withdrawal, retention, key rotation.

Each is one transaction, and ends with a WAL checkpoint so erased values do not
linger in the write-ahead log (``secure_delete`` already overwrites freed pages
in the main file). What is kept after erasure is what the commissioner's counts
need: kind, dates, status, area, category, markers, stage, and (after retention,
not after withdrawal) monitoring categories and survey scores. Nothing that names
or reaches a person.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import aiosqlite

from referral_store.crypto import Keyring
from referral_store.store import Store, stamp

_ERASE = "UPDATE referrals SET details = NULL, contact_ref = NULL, owner = NULL WHERE id = ?"


async def _erase(db: aiosqlite.Connection, referral_id: int) -> None:
    await db.execute(_ERASE, (referral_id,))
    await db.execute("UPDATE contacts SET note = NULL WHERE referral_id = ?", (referral_id,))
    await db.execute("UPDATE surveys SET comment = NULL WHERE referral_id = ?", (referral_id,))


async def _checkpoint(store: Store) -> None:
    async with store._lock:
        await store._db.execute("PRAGMA wal_checkpoint(TRUNCATE)")


async def withdraw(store: Store, chat_key: str, *, now: datetime | None = None) -> list[str]:
    """Erase everything this chat gave us; return the references it withdrew.

    The referrals stay as anonymous rows marked withdrawn, so counts still add up.
    """
    moment = now or datetime.now(UTC)
    owner = store.keyring.owner(chat_key)
    async with store._transaction() as db:
        cursor = await db.execute("SELECT id, reference FROM referrals WHERE owner = ?", (owner,))
        rows = list(await cursor.fetchall())
        for referral_id, _ in rows:
            await _erase(db, referral_id)
            # Given with their own consent, so withdrawn with it.
            await db.execute("DELETE FROM monitoring WHERE referral_id = ?", (referral_id,))
            await db.execute("DELETE FROM surveys WHERE referral_id = ?", (referral_id,))
            await db.execute(
                "UPDATE referrals SET status = 'withdrawn', closure_reason = 'withdrawn', "
                "closed_at = coalesce(closed_at, ?) WHERE id = ?",
                (stamp(moment), referral_id),
            )
            await db.execute(
                "INSERT INTO events (referral_id, at, kind, actor, data) "
                "VALUES (?, ?, 'withdrawn', 'person', '{}')",
                (referral_id, stamp(moment)),
            )
        await db.execute("DELETE FROM conversations WHERE key = ?", (owner,))
    await _checkpoint(store)
    return [reference for _, reference in rows]


async def purge(store: Store, retention: timedelta, *, now: datetime | None = None) -> int:
    """Anonymise referrals closed (or withdrawn) longer ago than ``retention``."""
    cutoff = stamp((now or datetime.now(UTC)) - retention)
    async with store._transaction() as db:
        cursor = await db.execute(
            "SELECT id FROM referrals WHERE status IN ('closed', 'withdrawn') "
            "AND closed_at < ? AND (details IS NOT NULL OR contact_ref IS NOT NULL "
            "OR id IN (SELECT referral_id FROM surveys WHERE comment IS NOT NULL))",
            (cutoff,),
        )
        ids = [row[0] for row in await cursor.fetchall()]
        for referral_id in ids:
            await _erase(db, referral_id)
    if ids:
        await _checkpoint(store)
    return len(ids)


async def rotate(store: Store, new: Keyring) -> int:
    """Re-seal every personal field under ``new``'s current key; return how many values.

    ``new`` must still hold the old key (newest first), so everything opens.
    """
    old = store.keyring
    count = 0
    async with store._transaction() as db:
        cursor = await db.execute(
            "SELECT id, reference, details, contact_ref FROM referrals "
            "WHERE details IS NOT NULL OR contact_ref IS NOT NULL"
        )
        for referral_id, reference, details, contact_ref in list(await cursor.fetchall()):
            sealed_details = sealed_ref = owner = None
            if details:
                plain = old.open(details, f"referrals.details:{reference}")
                sealed_details = new.seal(plain, f"referrals.details:{reference}")
                count += 1
            if contact_ref:
                chat = old.open(contact_ref, f"referrals.contact_ref:{reference}")
                sealed_ref = new.seal(chat, f"referrals.contact_ref:{reference}")
                owner = new.owner(chat)
                count += 1
            await db.execute(
                "UPDATE referrals SET details = ?, contact_ref = ?, owner = ? WHERE id = ?",
                (sealed_details, sealed_ref, owner, referral_id),
            )
        cursor = await db.execute(
            "SELECT c.id, r.reference, c.note FROM contacts c "
            "JOIN referrals r ON r.id = c.referral_id WHERE c.note IS NOT NULL"
        )
        for contact_id, reference, note in list(await cursor.fetchall()):
            plain = old.open(note, f"contacts.note:{reference}")
            await db.execute(
                "UPDATE contacts SET note = ? WHERE id = ?",
                (new.seal(plain, f"contacts.note:{reference}"), contact_id),
            )
            count += 1
        cursor = await db.execute(
            "SELECT s.referral_id, r.reference, s.comment FROM surveys s "
            "JOIN referrals r ON r.id = s.referral_id WHERE s.comment IS NOT NULL"
        )
        for referral_id, reference, comment in list(await cursor.fetchall()):
            plain = old.open(comment, f"surveys.comment:{reference}")
            await db.execute(
                "UPDATE surveys SET comment = ? WHERE referral_id = ?",
                (new.seal(plain, f"surveys.comment:{reference}"), referral_id),
            )
            count += 1
        cursor = await db.execute("SELECT key, who, state, last_update FROM conversations")
        rows = list(await cursor.fetchall())
        await db.execute("DELETE FROM conversations")
        for key, who, state, last_update in rows:
            chat = old.open(who, f"conversations.who:{key}")
            plain = old.open(state, f"conversations.state:{chat}")
            owner = new.owner(chat)
            await db.execute(
                "INSERT INTO conversations (key, who, state, updated_at, last_update) "
                "VALUES (?, ?, ?, ?, ?)",
                (
                    owner,
                    new.seal(chat, f"conversations.who:{owner}"),
                    new.seal(plain, f"conversations.state:{chat}"),
                    stamp(datetime.now(UTC)),
                    last_update,
                ),
            )
            count += 2
    store.keyring = new
    await _checkpoint(store)
    return count
