"""The referral store: aiosqlite over one SQLite file, the single source of truth."""

from __future__ import annotations

import asyncio
import json
import os
import re
import sqlite3
from collections.abc import AsyncIterator, Awaitable, Callable, Mapping, Sequence
from contextlib import asynccontextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path
from types import TracebackType
from typing import Any, Self, cast

import aiosqlite

from referral_store import audit
from referral_store.crypto import DataKeyError, KeyEpochError, Keyring, load_keyring
from referral_store.deadlines import DeadlinePolicy, Priority, contact_due
from referral_store.models import (
    ChatStep,
    Consent,
    NewReferral,
    QueueItem,
    Referral,
    ReferralKind,
    Status,
    StoredReferral,
)
from referral_store.references import new_reference
from referral_store.schema import MIGRATIONS
from referral_store.unit import Params, Row, Tx, WriteTx

__all__ = ["Params", "Row", "Store", "Tx", "WriteTx"]

_OPEN = "r.status NOT IN ('closed', 'withdrawn')"
# The queue's columns; the claimer's name comes from staff.
_QUEUE_COLUMNS = (
    "r.reference, r.kind, r.status, r.priority, r.source, r.area, r.received_at, "
    "r.due_at, s.name, r.claimed_by, r.first_contact_at"
)
_FROM = "FROM referrals r LEFT JOIN staff s ON s.id = r.claimed_by"
QUEUE_SELECT = f"SELECT {_QUEUE_COLUMNS} {_FROM}"
# A whole referral: the queue's columns first (so queue_item reads it), then the rest.
REFERRAL_SELECT = (
    f"SELECT {_QUEUE_COLUMNS}, r.channel, r.language, r.interpreter, r.crime_category, "
    "r.markers, r.stage, r.route, r.details, c.text_version, c.language, c.given_at, "
    "r.activity, r.closure_reason, (SELECT max(e.at) FROM events e WHERE e.referral_id = r.id "
    f"AND e.kind = 'crisis_words'), r.care {_FROM} JOIN consents c ON c.referral_id = r.id"
)
# Crisis words written in a chat mark its referrals still open (never the words).
CRISIS = "crisis_words"
_QUEUE_WIDTH = _QUEUE_COLUMNS.count(",") + 1
# One SQL statement and its parameters.
Statement = tuple[str, Params]

KEY_CHECK = ("rjbot key check", "keycheck")
# Tables whose rows are sealed or keyed by the data key: a process whose key is not the
# store's (rotated while it ran) is refused any write to them, by SQLite itself.
KEYED_TABLES = (
    "referrals",
    "conversations",
    "contacts",
    "surveys",
    "monitoring",
    "chat_messages",
    "chats",
)
# How long a write waits for another process's write to finish before giving up (the
# person is asked to send it again): SQLite's busy timeout, PostgreSQL's lock timeout.
BUSY_TIMEOUT_MS = 5000
# Rows noted in one INSERT by chats_message_statements.
_ROWS_A_STATEMENT = 256
EPOCH_REFUSED = "rjbot: the data key was rotated while this process ran"
# Sealed values a store without a key-check record (older, or the record lost) is tried
# with, on opening: the key must open one before the record is written.
TRIAL = (
    "SELECT 'referrals.details:' || reference, details FROM referrals "
    "WHERE details IS NOT NULL LIMIT 1",
    "SELECT 'conversations.who:' || key, who FROM conversations LIMIT 1",
)


# Special-category answers, sealed like names: monitoring columns, and the referral's
# markers (domestic abuse, sexual offence, hate crime, online). Counts open them in memory.
SPECIAL_MONITORING = ("ethnicity", "disability")
# A language is kept in clear only as a code ("en", "cy", "pt-BR"); what a person typed
# under "Another language" stays in the sealed details and the column says "other".
_LANGUAGE_CODE = re.compile(r"[a-z]{2,3}(-[A-Z]{2})?")


def clear_language(language: str) -> str:
    return language if _LANGUAGE_CODE.fullmatch(language) else "other"


def seal_crime(keyring: Keyring, reference: str, crime: str | None) -> str | None:
    # The crime category says "domestic", "sexual" or "hate" as plainly as the markers.
    return None if crime is None else keyring.seal(crime, f"referrals.crime_category:{reference}")


def open_crime(keyring: Keyring, reference: str, sealed: str | None) -> str | None:
    return None if sealed is None else keyring.open(sealed, f"referrals.crime_category:{reference}")


def seal_safe_times(keyring: Keyring, reference: str, times: str | None) -> str | None:
    # When it is safe to call says when the person is alone, or away from who harmed them.
    return None if times is None else keyring.seal(times, f"referrals.safe_times:{reference}")


def open_safe_times(keyring: Keyring, reference: str, sealed: str | None) -> str | None:
    return None if sealed is None else keyring.open(sealed, f"referrals.safe_times:{reference}")


# Referrals made before safe_times was a field of its own kept it only among their
# answers, under the name the flows gave it then: copied to the field once, on opening.
_OLDER_SAFE_TIMES = "times"


def seal_markers(keyring: Keyring, reference: str, markers: list[str] | tuple[str, ...]) -> str:
    return keyring.seal(json.dumps(list(markers)), f"referrals.markers:{reference}")


def open_markers(keyring: Keyring, reference: str, sealed: str) -> list[str]:
    value = json.loads(keyring.open(sealed, f"referrals.markers:{reference}"))
    return [str(m) for m in value] if isinstance(value, list) else []


def seal_answer(
    keyring: Keyring, reference: str, subject: str, column: str, value: str | None
) -> str | None:
    if value is None or column not in SPECIAL_MONITORING:
        return value
    return keyring.seal(value, f"monitoring.{column}:{reference}:{subject}")


def open_answer(
    keyring: Keyring, reference: str, subject: str, column: str, value: str | None
) -> str | None:
    if value is None or column not in SPECIAL_MONITORING:
        return value
    return keyring.open(value, f"monitoring.{column}:{reference}:{subject}")


class WrongKeyError(DataKeyError):
    """The keyring does not open this store (a well-formed key, but not its key)."""


def stamp(moment: datetime) -> str:
    """UTC, fixed width, so stored times sort as text."""
    if moment.tzinfo is None:
        raise ValueError("times must be timezone-aware")
    return moment.astimezone(UTC).isoformat(timespec="microseconds")


# How a postgresql:// store opens: referral_store/postgres.py builds on this module and
# registers itself when the package loads (so this module never imports it).
UrlOpener = Callable[[str, DeadlinePolicy | None, Keyring | None], Awaitable["Store"]]
_url_opener: UrlOpener | None = None


def register_url_opener(opener: UrlOpener) -> None:
    global _url_opener
    _url_opener = opener


def is_database_url(db: str | Path) -> bool:
    """A PostgreSQL URL (RJBOT_DB=postgresql://...), not an SQLite file's path."""
    return isinstance(db, str) and db.startswith(("postgresql://", "postgres://"))


def _time(text: str) -> datetime:
    return datetime.fromisoformat(text)


class Store:
    """Open with ``await Store.open(path, policy)``; close it, or use ``async with``."""

    def __init__(
        self, db: aiosqlite.Connection, path: Path, policy: DeadlinePolicy, keyring: Keyring
    ) -> None:
        self._db = db
        self._path = path
        self.policy = policy
        self.keyring = keyring
        # One connection is shared by every coroutine; a transaction must be one's alone.
        self._lock = asyncio.Lock()
        # Who holds the lock for a write, so the same task can join it.
        self._holder: tuple[asyncio.Task[Any] | None, WriteTx] | None = None
        # Idle connections for read(), each its own snapshot when in use.
        self._readers: list[aiosqlite.Connection] = []
        self._closed = False

    @classmethod
    async def open(
        cls,
        path: str | Path,
        policy: DeadlinePolicy | None = None,
        keyring: Keyring | None = None,
    ) -> Store:
        """Open (creating if need be) the store; without a keyring, the key file beside it.

        ``path`` may be a ``postgresql://`` URL instead (referral_store/postgres.py): the
        same store on a database server that several instances share.
        """
        if is_database_url(path):
            if _url_opener is None:
                raise RuntimeError("the PostgreSQL backend is not loaded")
            return await _url_opener(str(path), policy, keyring)
        path = Path(path)
        keyring = keyring or load_keyring(path)
        if not path.exists():
            # Created private before SQLite touches it: it will hold criminal-offence data.
            os.close(os.open(path, os.O_CREAT | os.O_WRONLY, 0o600))
        db = await aiosqlite.connect(path, isolation_level=None)
        try:
            for pragma in (
                "PRAGMA journal_mode = WAL",
                "PRAGMA foreign_keys = ON",
                f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}",
                "PRAGMA synchronous = NORMAL",
                # Deleted personal data is overwritten, not left in free pages.
                "PRAGMA secure_delete = ON",
            ):
                await db.execute(pragma)
            store = cls(db, path, policy or DeadlinePolicy(), keyring)
            # Checked before anything is written: a wrong key changes nothing.
            await store._check_key(path)
            await store._migrate()
            await store._record_key()
            await store._seal_legacy()
        except BaseException:
            await db.close()
            raise
        return store

    async def close(self) -> None:
        self._closed = True
        while self._readers:
            await self._readers.pop().close()
        await self._db.close()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        await self.close()

    @asynccontextmanager
    async def read(self) -> AsyncIterator[Tx]:
        """One snapshot: every query inside sees the store as it was at the first one.

        On a reader connection of its own, so a long read (an export) holds up no write:
        the bot goes on saving while it runs. Inside a ``write()`` of the same task it is
        that transaction (which sees its own changes), so an action can call a reader
        without waiting on itself.
        """
        if (joined := self._joined()) is not None:
            yield joined
            return
        db = self._readers.pop() if self._readers else await self._reader()
        tx = Tx(db)
        ended = False  # back to no open transaction: the connection can serve another read
        try:
            # Deferred: SQLite takes the snapshot at the first read and holds it (WAL
            # mode) until COMMIT, while the writer goes on committing.
            await db.execute("BEGIN")
            yield tx
            await db.execute("COMMIT")
            ended = True
        except BaseException:
            await asyncio.shield(db.rollback())
            ended = True
            raise
        finally:
            tx.closed = True
            if ended and not self._closed:
                self._readers.append(db)
            else:
                await db.close()

    async def _reader(self) -> aiosqlite.Connection:
        db = await aiosqlite.connect(self._path, isolation_level=None)
        try:
            # A reader can never write, whatever SQL it is handed.
            for pragma in ("PRAGMA query_only = ON", f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}"):
                await db.execute(pragma)
        except BaseException:
            await db.close()
            raise
        return db

    @asynccontextmanager
    async def write(self) -> AsyncIterator[WriteTx]:
        """One ``BEGIN IMMEDIATE`` transaction: committed on exit, rolled back on an error.

        Nested in a ``write()`` of the same task it joins it (all or nothing together).
        """
        if (joined := self._joined()) is not None:
            yield joined
            return
        async with self._transaction() as tx:
            yield tx

    async def write_in_one_trip(
        self, writes: Sequence[tuple[Sequence[Statement], bool]]
    ) -> list[bool]:
        """Many writes, each a list of statements, in one transaction run as one function
        on SQLite's thread: a :meth:`write` in one hop and one commit, however many writes
        (the group commit of referral_store.steps).

        A guarded write counts as done only if its first statement changed a row (an
        ``UPDATE ... WHERE`` that found the row as expected); the others always count.
        All or nothing: an error rolls every write back and is raised here.
        """
        async with self._lock:
            try:
                # aiosqlite runs a function on its connection's thread with _execute: the
                # one way to run several statements, with their parameters, in one hop.
                run = cast(Callable[..., Awaitable[list[bool]]], self._db._execute)
                return await run(self._write_all, writes)
            except sqlite3.IntegrityError as error:
                if EPOCH_REFUSED in str(error):
                    raise _epoch_error() from None
                raise

    def _write_all(self, writes: Sequence[tuple[Sequence[Statement], bool]]) -> list[bool]:
        """On SQLite's thread: what :meth:`write_in_one_trip` describes."""
        db: sqlite3.Connection = self._db._conn
        db.execute("BEGIN IMMEDIATE")
        try:
            for (key_id,) in db.execute("SELECT key_id FROM keycheck WHERE id = 1"):
                if key_id != self.keyring.current_id:
                    raise _epoch_error()
            done = []
            for statements, guarded in writes:
                changed = [db.execute(sql, params).rowcount for sql, params in statements]
                done.append(not guarded or changed[0] > 0)
            db.execute("COMMIT")
        except BaseException:
            if db.in_transaction:
                db.rollback()
            raise
        return done

    def _joined(self) -> WriteTx | None:
        """The write this task already holds on this store, if any."""
        if self._holder is None:
            return None
        task, tx = self._holder
        return tx if task is asyncio.current_task() and not tx.closed else None

    async def epoch_moved(self, tx: WriteTx, key_id: str) -> None:
        """In the transaction that rotates the key: this connection's epoch triggers let
        the rest of that transaction write under the new key."""
        await tx.execute("UPDATE temp.epoch SET key_id = ?", (key_id,))

    async def rows_loaded(self, tx: WriteTx) -> None:
        """After rows were written with their own ids (an import): SQLite's next rowid
        already follows the largest."""

    async def checkpoint(self) -> None:
        """Fold the write-ahead log into the file, so erased values do not linger in it."""
        async with self._lock:
            # Read to its end: a checkpoint left mid-way counts as a write still running,
            # and blocks the next COMMIT run on this connection's thread (write_in_one_trip).
            await self._db.execute_fetchall("PRAGMA wal_checkpoint(TRUNCATE)")

    @asynccontextmanager
    async def _transaction(self, *, check_epoch: bool = True) -> AsyncIterator[WriteTx]:
        async with self._lock:
            tx = WriteTx(self._db)
            self._holder = (asyncio.current_task(), tx)
            try:
                # BEGIN sits inside the try: a caller cancelled while it waits on a busy
                # database still has it run on SQLite's thread, and an open transaction
                # left behind would swallow every later write on this connection.
                await self._db.execute("BEGIN IMMEDIATE")
                if check_epoch:
                    # Under the write lock: a rotation cannot land between check and write.
                    await self._check_epoch(tx)
                yield tx
                await self._db.execute("COMMIT")
            except sqlite3.IntegrityError as error:
                await asyncio.shield(self._db.rollback())
                if EPOCH_REFUSED in str(error):
                    raise _epoch_error() from None
                raise
            except BaseException:
                # A no-op when nothing is open (BEGIN failed, or COMMIT went through).
                # Shielded, and queued ahead of the next holder of the lock, so a second
                # cancellation cannot stop it.
                await asyncio.shield(self._db.rollback())
                raise
            finally:
                tx.closed = True
                self._holder = None

    async def _check_epoch(self, tx: Tx) -> None:
        for (key_id,) in await tx.fetch_all("SELECT key_id FROM keycheck WHERE id = 1"):
            if key_id != self.keyring.current_id:
                raise _epoch_error()

    async def _write(self, sql: str, params: Any) -> None:
        """One statement that commits by itself (the key epoch is checked by trigger)."""
        if (joined := self._joined()) is not None:
            await joined.execute(sql, params)
            return
        async with self._lock:
            try:
                await self._db.execute_fetchall(sql, params)
            except sqlite3.IntegrityError as error:
                if EPOCH_REFUSED in str(error):
                    raise _epoch_error() from None
                raise

    async def _check_key(self, path: Path) -> None:
        """Refuse a keyring that does not open this store, before anything is written.

        A store with a key-check record must open it; an older store without one must
        open one of its sealed values (the record is written once it has).
        """
        db = self._db
        rows = await db.execute_fetchall("PRAGMA user_version")
        if not rows or int(next(iter(rows))[0]) == 0:
            return  # a new store: its key is the one given
        tables = {
            str(r[0])
            for r in await db.execute_fetchall("SELECT name FROM sqlite_master WHERE type='table'")
        }
        samples: list[tuple[str, str]] = []
        if "keycheck" in tables:
            found = await db.execute_fetchall("SELECT token FROM keycheck WHERE id = 1")
            samples = [(KEY_CHECK[1], str(r[0])) for r in found]
        if not samples:
            for sql in TRIAL:
                samples += [(str(w), str(t)) for w, t in await db.execute_fetchall(sql)]
        for where, token in samples[:1]:
            key_id = Keyring.key_of(token)
            try:
                if not self.keyring.holds(key_id):
                    raise DataKeyError("no key")
                self.keyring.open(token, where)
            except DataKeyError:
                raise WrongKeyError(
                    f"this key does not open {path.name}: it was sealed with another key. "
                    f"Use the key file made with it ({path.name}.key), or set RJBOT_DATA_KEY "
                    "or RJBOT_DATA_KEY_FILE to that key"
                ) from None
            # Mid-rotation the ring may list a newer key first: seal with the store's own.
            self.keyring = self.keyring.with_current(key_id)

    async def _seal_legacy(self) -> None:
        """Seal special-category answers a store made before they were sealed (once),
        and chain audit entries made before the chain."""
        async with self.write() as tx:
            await audit.chain_older_entries(tx)
            await self._copy_safe_times(tx)
            if await tx.fetch_one("SELECT 1 FROM upgrades WHERE name = 'sealed-categories'"):
                return
            for referral_id, reference, markers, crime in await tx.fetch_all(
                "SELECT id, reference, markers, crime_category FROM referrals"
            ):
                await tx.execute(
                    "UPDATE referrals SET markers = ?, crime_category = ? WHERE id = ?",
                    (
                        seal_markers(self.keyring, reference, json.loads(markers)),
                        seal_crime(self.keyring, reference, crime),
                        referral_id,
                    ),
                )
            for referral_id, reference, subject, *values in await tx.fetch_all(
                "SELECT m.referral_id, r.reference, m.subject, m.ethnicity, m.disability "
                "FROM monitoring m JOIN referrals r ON r.id = m.referral_id"
            ):
                sealed = [
                    seal_answer(self.keyring, reference, subject, column, value)
                    for column, value in zip(SPECIAL_MONITORING, values, strict=True)
                ]
                await tx.execute(
                    "UPDATE monitoring SET ethnicity = ?, disability = ? "
                    "WHERE referral_id = ? AND subject = ?",
                    (*sealed, referral_id, subject),
                )
            await tx.execute("INSERT INTO upgrades (name) VALUES ('sealed-categories')")

    async def _copy_safe_times(self, tx: WriteTx) -> None:
        """Give older referrals their safe times from their answers (once)."""
        if await tx.fetch_one("SELECT 1 FROM upgrades WHERE name = 'safe-times'"):
            return
        for referral_id, reference, details in await tx.fetch_all(
            "SELECT id, reference, details FROM referrals "
            "WHERE details IS NOT NULL AND safe_times IS NULL"
        ):
            times = self.details(reference, details).get(_OLDER_SAFE_TIMES)
            if isinstance(times, str):
                await tx.execute(
                    "UPDATE referrals SET safe_times = ? WHERE id = ?",
                    (seal_safe_times(self.keyring, reference, times), referral_id),
                )
        # Two instances opening one new store at once both get here: the second adds nothing.
        await tx.execute("INSERT INTO upgrades (name) VALUES ('safe-times') ON CONFLICT DO NOTHING")

    async def _record_key(self) -> None:
        """Write the key-check record if missing, and arm this connection's epoch check."""
        async with self._transaction(check_epoch=False) as tx:
            await tx.execute(
                "INSERT OR IGNORE INTO keycheck (id, key_id, token) VALUES (1, ?, ?)",
                (self.keyring.current_id, self.keyring.seal(*KEY_CHECK)),
            )
        await self._db.execute("CREATE TEMP TABLE IF NOT EXISTS epoch (key_id TEXT)")
        await self._db.execute("DELETE FROM temp.epoch")
        await self._db.execute(
            "INSERT INTO temp.epoch (key_id) VALUES (?)", (self.keyring.current_id,)
        )
        for table in KEYED_TABLES:
            for op in ("INSERT", "UPDATE"):
                await self._db.execute(
                    f"CREATE TEMP TRIGGER IF NOT EXISTS epoch_{table}_{op.lower()} "
                    f"BEFORE {op} ON main.{table} "
                    "WHEN (SELECT key_id FROM main.keycheck WHERE id = 1) "
                    "IS NOT (SELECT key_id FROM temp.epoch) "
                    f"BEGIN SELECT RAISE(ABORT, '{EPOCH_REFUSED}'); END"
                )

    async def _migrate(self) -> None:
        while True:
            async with self._transaction(check_epoch=False) as tx:
                # Read under the write lock: the bot and the CLI may open a new file at once.
                row = await tx.fetch_one("PRAGMA user_version")
                version = int(row[0]) if row else 0
                if version > len(MIGRATIONS):
                    raise RuntimeError(
                        f"the database is at schema version {version}, newer than this "
                        f"rjbot knows ({len(MIGRATIONS)}); upgrade rjbot before opening it"
                    )
                if version == len(MIGRATIONS):
                    return
                for statement in statements(MIGRATIONS[version]):
                    await tx.execute(statement)
                await tx.execute(f"PRAGMA user_version = {version + 1}")

    # -- conversations ---------------------------------------------------------

    async def conversation(self, key: str) -> tuple[str | None, int | None]:
        """A chat's saved state and the newest update handled for it, in one read."""
        sealed, last_update, _ = await self.sealed_conversation(key)
        if sealed is None:
            return None, None
        return self.keyring.open(sealed, f"conversations.state:{key}"), last_update

    async def sealed_conversation(self, key: str) -> tuple[str | None, int | None, str | None]:
        """The chat's state as stored (sealed), its newest update id and that update's
        replies if they are still to be sent (sealed), in one read: the sealed token
        changes with every write, so referral_store.steps guards with it."""
        rows = await self._select(
            "SELECT c.state, c.last_update, CASE WHEN s.update_id = c.last_update THEN NULL "
            "ELSE c.unsent END FROM conversations c LEFT JOIN conversations_sent s "
            "ON s.key = c.key WHERE c.key = ?",
            (self.keyring.owner(key),),
        )
        for sealed, last_update, unsent in rows:
            return str(sealed), last_update, unsent
        return None, None, None

    async def load_conversation(self, key: str) -> str | None:
        return (await self.conversation(key))[0]

    async def save_conversation(self, key: str, state: str, update_id: int | None = None) -> None:
        # One statement commits by itself: one trip to SQLite's thread, no BEGIN/COMMIT.
        await self._write(*self._conversation_upsert(key, state, update_id))

    async def delete_conversation(self, key: str) -> None:
        async with self.write() as tx:
            await self._put_conversation(tx, key, None)

    async def last_update(self, key: str) -> int | None:
        """The newest channel update already handled for this chat (to drop a redelivery)."""
        return (await self.conversation(key))[1]

    def _conversation_upsert(
        self, key: str, state: str, update_id: int | None, unsent: str | None = None
    ) -> tuple[str, tuple[object, ...]]:
        """The row's next state; any replies still to send are replaced (``unsent``, in
        clear here: what the new state answers, or nothing)."""
        owner = self.keyring.owner(key)
        return (
            "INSERT INTO conversations (key, who, state, updated_at, last_update, unsent) "
            "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (key) DO UPDATE SET state = excluded.state, "
            "updated_at = excluded.updated_at, "
            "last_update = coalesce(excluded.last_update, conversations.last_update), "
            "unsent = excluded.unsent",
            (
                owner,
                self.keyring.seal(key, f"conversations.who:{owner}"),
                self.keyring.seal(state, f"conversations.state:{key}"),
                stamp(datetime.now(UTC)),
                update_id,
                None
                if unsent is None
                else self.keyring.seal(unsent, f"conversations.unsent:{key}"),
            ),
        )

    async def _put_conversation(
        self, tx: WriteTx, key: str, state: str | None, update_id: int | None = None
    ) -> None:
        if state is None:
            await tx.execute("DELETE FROM conversations WHERE key = ?", (self.keyring.owner(key),))
            return
        await tx.execute(*self._conversation_upsert(key, state, update_id))

    async def remember_messages(self, key: str, message_ids: list[int]) -> None:
        """Note messages of this chat, so a quick exit can find them."""
        if not message_ids:
            return
        async with self.write() as tx:
            for sql, params in self.message_statements(key, message_ids):
                await tx.execute(sql, params)

    def message_statements(
        self, key: str, message_ids: list[int], who: str | None = None
    ) -> list[Statement]:
        """The statements that note ``message_ids`` (``who``: the chat key already sealed
        for ``chats.who``, by a caller that keeps it)."""
        return self.chats_message_statements({key: (message_ids, who)})

    def chats_message_statements(
        self, noted: Mapping[str, tuple[Sequence[int], str | None]]
    ) -> list[Statement]:
        """:meth:`message_statements` for many chats at once: two statements for them all
        (a few hundred rows each), not two a chat (the group commit's messages)."""
        at = stamp(datetime.now(UTC))
        chats: list[object] = []
        messages: list[object] = []
        for key, (message_ids, who) in noted.items():
            if not message_ids:
                continue
            owner = self.keyring.owner(key)
            # The chat itself, sealed, so a key rotation can re-key its message ids.
            chats += (owner, who or self.keyring.seal(key, f"chats.who:{owner}"), at)
            for message_id in message_ids:
                messages += (owner, message_id, at)
        statements: list[Statement] = []
        for insert, values in (
            ("INSERT OR IGNORE INTO chats (key, who, at) VALUES ", chats),
            ("INSERT OR IGNORE INTO chat_messages (key, message_id, at) VALUES ", messages),
        ):
            # Three values a row; at most 256 rows a statement, well within any backend's
            # limit on bound parameters. Each is padded to a power of two rows with copies
            # of its last (ignored as already there), so a handful of statement texts
            # serve every batch and stay compiled in the connection's statement cache.
            for first in range(0, len(values), 3 * _ROWS_A_STATEMENT):
                part = values[first : first + 3 * _ROWS_A_STATEMENT]
                rows = len(part) // 3
                padded = 1 << (rows - 1).bit_length()
                part += part[-3:] * (padded - rows)
                statements.append((insert + ", ".join(["(?, ?, ?)"] * padded), part))
        return statements

    async def forget_messages(self, key: str, within: timedelta) -> list[int]:
        """The chat's messages from the last ``within`` (older ones cannot be deleted)."""
        owner = self.keyring.owner(key)
        since = stamp(datetime.now(UTC) - within)
        async with self.write() as tx:
            rows = await tx.fetch_all(
                "DELETE FROM chat_messages WHERE key = ? RETURNING message_id, at", (owner,)
            )
            await tx.execute("DELETE FROM chats WHERE key = ?", (owner,))
        return sorted(int(m) for m, at in rows if at >= since)

    # -- referrals -------------------------------------------------------------

    async def submit_referral(
        self,
        referral: NewReferral,
        consent: Consent,
        *,
        conversation: tuple[str, str | Callable[[StoredReferral], ChatStep] | None] | None = None,
        now: datetime | None = None,
    ) -> StoredReferral:
        """Keep a referral, its consent and the conversation's next state, all or nothing.

        ``conversation``: the chat's key and its next state, or a function that works the
        chat's row out from the referral as stored (its reference in the answer it keeps).
        """
        received = now or datetime.now(UTC)
        due = contact_due(received, referral.priority, self.policy)  # refuses a naive time
        received = received.astimezone(UTC)  # as open_referrals will hand it back
        details = json.dumps(dict(referral.details), ensure_ascii=False)
        owner = conversation[0] if conversation else None
        async with self.write() as tx:
            referral_id, reference = await self._insert_referral(
                tx, referral, details, received, due, owner
            )
            await tx.execute(
                "INSERT INTO consents (referral_id, text_version, language, given_at) "
                "VALUES (?, ?, ?, ?)",
                (referral_id, consent.text_version, consent.language, stamp(consent.given_at)),
            )
            await tx.execute_many(
                "INSERT OR IGNORE INTO onward_consents (referral_id, service, given_at, "
                "recorded_by) VALUES (?, ?, ?, 'self')",
                [(referral_id, s, stamp(consent.given_at)) for s in referral.onward_consents],
            )
            await tx.execute(
                "INSERT INTO events (referral_id, at, kind, actor, data) VALUES (?, ?, ?, ?, ?)",
                (referral_id, stamp(received), "received", referral.channel, "{}"),
            )
            # The team's notice, kept with the referral: said by whoever sweeps next if the
            # channel that took it cannot say it now (the web chat, a bot stopped mid-way).
            await tx.execute(
                "INSERT INTO alerts (referral_id, kind, raised_at) VALUES (?, 'new', ?)",
                (referral_id, stamp(received)),
            )
            if referral.crisis_at is not None:
                await tx.execute(
                    "INSERT INTO events (referral_id, at, kind, actor, data) "
                    "VALUES (?, ?, ?, 'person', '{}')",
                    (referral_id, stamp(referral.crisis_at), CRISIS),
                )
            stored = StoredReferral(reference, received, due, referral.priority)
            if conversation is not None:
                key, state = conversation
                if callable(state):
                    row = state(stored)
                    await tx.execute(
                        *self._conversation_upsert(key, row.state, row.update_id, row.unsent)
                    )
                else:
                    await self._put_conversation(tx, key, state)
        return stored

    async def flag_crisis(self, key: str, at: datetime) -> int:
        """Mark the open referrals made from chat ``key``: crisis words were written at ``at``.

        Returns how many were marked (none if the chat has made no referral yet: the
        conversation carries the time onto the referral when it is sent).
        """
        async with self.write() as tx:
            return await tx.execute(
                "INSERT INTO events (referral_id, at, kind, actor, data) "
                f"SELECT id, ?, ?, 'person', '{{}}' FROM referrals r WHERE owner = ? AND {_OPEN}",
                (stamp(at), CRISIS, self.keyring.owner(key)),
            )

    async def _insert_referral(
        self,
        tx: WriteTx,
        referral: NewReferral,
        details: str,
        received: datetime,
        due: datetime,
        owner: str | None,
    ) -> tuple[int, str]:
        for _ in range(10):
            reference = new_reference()
            # A rare collision adds nothing (and, unlike an error, leaves a PostgreSQL
            # transaction usable): draw again.
            row = await tx.fetch_one(
                "INSERT INTO referrals (reference, kind, channel, source, priority, area, "
                "language, interpreter, crime_category, markers, stage, route, details, "
                "received_at, due_at, owner, contact_ref, care, safe_times) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                "ON CONFLICT (reference) DO NOTHING RETURNING id",
                (
                    reference,
                    str(referral.kind),
                    referral.channel,
                    referral.source,
                    str(referral.priority),
                    referral.area,
                    clear_language(referral.language),
                    None if referral.interpreter is None else int(referral.interpreter),
                    seal_crime(self.keyring, reference, referral.crime_category),
                    seal_markers(self.keyring, reference, referral.markers),
                    referral.stage,
                    referral.route,
                    self.keyring.seal(details, f"referrals.details:{reference}"),
                    stamp(received),
                    stamp(due),
                    self.keyring.owner(owner) if owner else None,
                    self.keyring.seal(owner, f"referrals.contact_ref:{reference}")
                    if owner
                    else None,
                    json.dumps(sorted(set(referral.care))),
                    seal_safe_times(self.keyring, reference, referral.safe_times),
                ),
            )
            if row is not None:
                return int(row[0]), reference
        raise RuntimeError("could not draw an unused reference")

    async def open_referrals(self, limit: int | None = None) -> list[QueueItem]:
        """Open referrals, the soonest first-contact deadline first."""
        sql = OPEN_QUEUE_SQL
        params: tuple[int, ...] = ()
        if limit is not None:
            sql += " LIMIT ?"
            params = (limit,)
        return [queue_item(row) for row in await self._select(sql, params)]

    async def get_referral(self, reference: str) -> Referral | None:
        # One query: a withdrawal cannot land between two halves of a read.
        rows = await self._select(f"{REFERRAL_SELECT} WHERE r.reference = ?", (reference,))
        if not rows:
            return None
        row = rows[0]
        extra = row[_QUEUE_WIDTH:]
        return Referral(
            **queue_item(row).__dict__,
            channel=extra[0],
            language=extra[1],
            interpreter=None if extra[2] is None else bool(extra[2]),
            crime_category=open_crime(self.keyring, row[0], extra[3]),
            markers=tuple(open_markers(self.keyring, row[0], extra[4])),
            stage=extra[5],
            route=extra[6],
            details=self.details(row[0], extra[7]),
            consent=Consent(extra[8], extra[9], _time(extra[10])),
            activity=extra[11],
            closure_reason=extra[12],
            crisis_at=_time(extra[13]) if extra[13] else None,
            care=tuple(json.loads(extra[14] or "[]")),
        )

    def details(self, reference: str, sealed: str | None) -> dict[str, Any]:
        """A referral's answers, opened; empty once erased (withdrawn or past retention)."""
        if not sealed:
            return {}
        value = json.loads(self.keyring.open(sealed, f"referrals.details:{reference}"))
        return value if isinstance(value, dict) else {}

    async def query_plan(self, sql: str) -> list[str]:
        """How SQLite will run ``sql``: for tests and benchmarks that guard the indexes."""
        return [str(row[3]) for row in await self._select(f"EXPLAIN QUERY PLAN {sql}")]

    async def _select(self, sql: str, params: Params = ()) -> list[Row]:
        """One statement, its own snapshot, without BEGIN and COMMIT (the hot reads);
        inside this task's unit of work, a query of it."""
        if (joined := self._joined()) is not None:
            return await joined.fetch_all(sql, params)
        async with self._lock:
            return cast(list[Row], list(await self._db.execute_fetchall(sql, params)))


def _epoch_error() -> KeyEpochError:
    return KeyEpochError(
        "the data key was rotated while this process ran; nothing was written. "
        "Restart it so it reads the new key"
    )


def statements(script: str) -> list[str]:
    """Split a migration into statements, respecting comments and strings."""
    found, pending = [], ""
    for line in script.splitlines(keepends=True):
        pending += line
        if sqlite3.complete_statement(pending):
            found.append(pending.strip())
            pending = ""
    if pending.strip():
        found.append(pending.strip())
    return [s for s in found if s.strip(" ;\n")]


def queue_item(row: Any) -> QueueItem:
    """A row of :data:`QUEUE_SELECT` as a queue item."""
    return QueueItem(
        reference=row[0],
        kind=ReferralKind(row[1]),
        status=Status(row[2]),
        priority=Priority(row[3]),
        source=row[4],
        area=row[5],
        received_at=_time(row[6]),
        due_at=_time(row[7]),
        claimed_by=row[8],
        claimed_by_id=row[9],
        first_contact_at=_time(row[10]) if row[10] else None,
    )


OPEN_QUEUE_SQL = f"{QUEUE_SELECT} WHERE {_OPEN} ORDER BY r.due_at"
