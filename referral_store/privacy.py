"""Erasing and re-keying personal data: withdrawal, retention, key rotation.

Each is one transaction, and ends with a WAL checkpoint so erased values do not
linger in the write-ahead log (``secure_delete`` already overwrites freed pages
in the main file). What is kept after erasure is what the commissioner's counts
need: kind, dates, status, area, category, markers, stage, and (after retention,
not after withdrawal) monitoring categories and survey scores. Nothing that names
or reaches a person.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

from referral_store.crypto import Keyring
from referral_store.store import KEY_CHECK, SPECIAL_MONITORING, Store, WriteTx, stamp

_ERASE = (
    "UPDATE referrals SET details = NULL, contact_ref = NULL, owner = NULL, safe_times = NULL "
    "WHERE id = ?"
)


async def _erase(tx: WriteTx, referral_id: int) -> None:
    await tx.execute(_ERASE, (referral_id,))
    await tx.execute("UPDATE contacts SET note = NULL WHERE referral_id = ?", (referral_id,))
    await tx.execute("UPDATE surveys SET comment = NULL WHERE referral_id = ?", (referral_id,))


async def withdraw(
    store: Store,
    chat_key: str,
    *,
    now: datetime | None = None,
    reference: tuple[str, str] | None = None,
) -> list[str]:
    """Erase everything this chat gave us; return the references it withdrew.

    With ``reference`` (a reference and the channel it must have come through), only
    that referral: for a channel where one chat is not one person (the terminal).
    The referrals stay as anonymous rows marked withdrawn, so counts still add up.
    """
    moment = now or datetime.now(UTC)
    owner = store.keyring.owner(chat_key)
    async with store.write() as tx:
        if reference is None:
            rows = await tx.fetch_all(
                "SELECT id, reference FROM referrals WHERE owner = ?", (owner,)
            )
        else:
            rows = await tx.fetch_all(
                "SELECT id, reference FROM referrals WHERE reference = ? AND channel = ? "
                "AND status != 'withdrawn'",
                reference,
            )
        for referral_id, _ in rows:
            await _erase(tx, referral_id)
            # Given with their own consent, so withdrawn with it.
            await tx.execute("DELETE FROM monitoring WHERE referral_id = ?", (referral_id,))
            await tx.execute("DELETE FROM surveys WHERE referral_id = ?", (referral_id,))
            await tx.execute(
                "UPDATE referrals SET status = 'withdrawn', closure_reason = 'withdrawn', "
                "closed_at = coalesce(closed_at, ?) WHERE id = ?",
                (stamp(moment), referral_id),
            )
            await tx.execute(
                "INSERT INTO events (referral_id, at, kind, actor, data) "
                "VALUES (?, ?, 'withdrawn', 'person', '{}')",
                (referral_id, stamp(moment)),
            )
        await tx.execute("DELETE FROM conversations WHERE key = ?", (owner,))
    await store.checkpoint()
    return [reference for _, reference in rows]


@dataclass(frozen=True)
class Retention:
    """How long each kind of personal data is kept (a service profile's [retention])."""

    closed: timedelta = timedelta(days=365)
    # A conversation nobody has touched in this long is an abandoned draft: it goes.
    drafts: timedelta = timedelta(days=30)
    # Telegram lets a bot delete its messages for 48 hours; ids older than that are no use.
    messages: timedelta = timedelta(days=2)


@dataclass
class Purged:
    """What a purge erased, or (dry run) would erase."""

    referrals: list[str] = field(default_factory=list)
    conversations: int = 0
    messages: int = 0

    @property
    def total(self) -> int:
        return len(self.referrals) + self.conversations + self.messages


# Closed or withdrawn referrals past retention that still hold anything personal.
_DUE = (
    "SELECT id, reference FROM referrals WHERE status IN ('closed', 'withdrawn') "
    "AND closed_at < ? AND (details IS NOT NULL OR contact_ref IS NOT NULL OR owner IS NOT NULL "
    "OR safe_times IS NOT NULL "
    "OR id IN (SELECT referral_id FROM surveys WHERE comment IS NOT NULL) "
    "OR id IN (SELECT referral_id FROM contacts WHERE note IS NOT NULL)) ORDER BY id"
)


async def purge_all(
    store: Store,
    retention: Retention,
    *,
    now: datetime | None = None,
    dry_run: bool = False,
) -> Purged:
    """Erase what is past retention: closed cases, abandoned drafts, old message ids.

    With ``dry_run``, count what would go and change nothing.
    """
    moment = now or datetime.now(UTC)
    closed, drafts = stamp(moment - retention.closed), stamp(moment - retention.drafts)
    messages = stamp(moment - retention.messages)
    found = Purged()
    async with store.write() as tx:
        rows = await tx.fetch_all(_DUE, (closed,))
        found.referrals = [str(reference) for _, reference in rows]
        for conversations, message_ids in await tx.fetch_all(
            "SELECT (SELECT count(*) FROM conversations WHERE updated_at < ?), "
            "(SELECT count(*) FROM chat_messages WHERE at < ?)",
            (drafts, messages),
        ):
            found.conversations, found.messages = int(conversations), int(message_ids)
        if dry_run:
            return found
        for referral_id, _ in rows:
            await _erase(tx, referral_id)
        await tx.execute("DELETE FROM conversations WHERE updated_at < ?", (drafts,))
        await tx.execute("DELETE FROM chat_messages WHERE at < ?", (messages,))
        await tx.execute(
            "DELETE FROM chats WHERE key NOT IN (SELECT key FROM chat_messages) AND at < ?",
            (messages,),
        )
    if found.total:
        await store.checkpoint()
    return found


_FOREVER = timedelta(days=365 * 1000)


async def purge(store: Store, retention: timedelta, *, now: datetime | None = None) -> int:
    """Anonymise referrals closed (or withdrawn) longer ago than ``retention``."""
    done = await purge_all(
        store,
        Retention(closed=retention, drafts=_FOREVER, messages=_FOREVER),
        now=now,
    )
    return len(done.referrals)


# Every sealed column, as (table, key column, sealed column, what its seal is bound to).
# One place, read by the rotation and by the tests that look for plaintext on disk.
SEALED: tuple[tuple[str, str, str, str], ...] = (
    ("referrals", "id", "details", "'referrals.details:' || reference"),
    (
        "contacts",
        "id",
        "note",
        "'contacts.note:' || (SELECT reference FROM referrals r WHERE r.id = contacts.referral_id)",
    ),
    (
        "surveys",
        "referral_id",
        "comment",
        "'surveys.comment:' || (SELECT reference FROM "
        "referrals r WHERE r.id = surveys.referral_id)",
    ),
    ("referrals", "id", "markers", "'referrals.markers:' || reference"),
    ("web_logins", "staff_id", "totp_secret", "'web_logins.totp_secret:' || staff_id"),
    ("referrals", "id", "crime_category", "'referrals.crime_category:' || reference"),
    ("referrals", "id", "safe_times", "'referrals.safe_times:' || reference"),
    *(
        (
            "monitoring",
            "referral_id || ':' || subject",
            column,
            f"'monitoring.{column}:' || (SELECT reference FROM referrals r "  # noqa: S608
            "WHERE r.id = monitoring.referral_id) || ':' || subject",
        )
        for column in SPECIAL_MONITORING
    ),
)


async def rotate(store: Store, new: Keyring) -> int:
    """Re-seal every personal field under ``new``'s current key; return how many values.

    ``new`` must still hold the old key, so everything opens. It is one transaction:
    interrupted at any point, every row is still sealed under the old key. The store's
    key epoch moves in the same transaction, so a process still holding the old key is
    refused any later write (it would seal data the new keyring cannot open).
    """
    old = store.keyring
    target = new.current_id
    count = 0
    async with store.write() as tx:
        await tx.execute(
            "UPDATE keycheck SET key_id = ?, token = ? WHERE id = 1",
            (target, new.seal(*KEY_CHECK)),
        )
        await store.epoch_moved(tx, target)
        for table, key, column, where in SEALED:
            for row_key, bound, sealed in await tx.fetch_all(
                f"SELECT {key}, {where}, {column} FROM {table} WHERE {column} IS NOT NULL"  # noqa: S608 (names from SEALED)
            ):
                plain = old.open(sealed, bound)
                await tx.execute(
                    f"UPDATE {table} SET {column} = ? WHERE {key} = ?",  # noqa: S608
                    (new.seal(plain, bound), row_key),
                )
                count += 1
        # Keyed hashes (owner) follow the chat each row was made from.
        chats: dict[str, str] = {}
        for referral_id, reference, owner, contact_ref in await tx.fetch_all(
            "SELECT id, reference, owner, contact_ref FROM referrals WHERE contact_ref IS NOT NULL"
        ):
            chat = old.open(contact_ref, f"referrals.contact_ref:{reference}")
            if owner:
                chats[owner] = chat
            await tx.execute(
                "UPDATE referrals SET contact_ref = ?, owner = ? WHERE id = ?",
                (
                    new.seal(chat, f"referrals.contact_ref:{reference}"),
                    new.owner(chat) if owner else None,
                    referral_id,
                ),
            )
            count += 1
        # Replies already sent are not carried over (their mark goes with the old rows).
        rows = await tx.fetch_all(
            "SELECT c.key, c.who, c.state, c.last_update, CASE WHEN s.update_id = "
            "c.last_update THEN NULL ELSE c.unsent END FROM conversations c "
            "LEFT JOIN conversations_sent s ON s.key = c.key"
        )
        await tx.execute("DELETE FROM conversations")
        for key, who, state, last_update, unsent in rows:
            chat = old.open(who, f"conversations.who:{key}")
            chats[key] = chat
            plain = old.open(state, f"conversations.state:{chat}")
            owner = new.owner(chat)
            where = f"conversations.unsent:{chat}"
            await tx.execute(
                "INSERT OR REPLACE INTO conversations (key, who, state, updated_at, last_update, "
                "unsent) VALUES (?, ?, ?, ?, ?, ?)",
                (
                    owner,
                    new.seal(chat, f"conversations.who:{owner}"),
                    new.seal(plain, f"conversations.state:{chat}"),
                    stamp(datetime.now(UTC)),
                    last_update,
                    None if unsent is None else new.seal(old.open(unsent, where), where),
                ),
            )
            count += 2 if unsent is None else 3
        rows = await tx.fetch_all("SELECT key, who, at FROM chats")
        await tx.execute("DELETE FROM chats")
        for key, who, at in rows:
            chat = old.open(who, f"chats.who:{key}")
            chats[key] = chat
            owner = new.owner(chat)
            await tx.execute(
                "INSERT OR IGNORE INTO chats (key, who, at) VALUES (?, ?, ?)",
                (owner, new.seal(chat, f"chats.who:{owner}"), at),
            )
            count += 1
        # Message ids: re-keyed to the chat's new hash; ids of a chat no row names any
        # more could never be found again, so they go.
        for (key,) in await tx.fetch_all("SELECT DISTINCT key FROM chat_messages"):
            if key in chats:
                count += await tx.execute(
                    "UPDATE chat_messages SET key = ? WHERE key = ?", (new.owner(chats[key]), key)
                )
            else:
                await tx.execute("DELETE FROM chat_messages WHERE key = ?", (key,))
    store.keyring = new
    await store.checkpoint()
    return count
