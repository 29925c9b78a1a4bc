"""Saving each step of every chat: a write-through cache and one group commit a loop tick.

Every update a person sends ends with their conversation saved (state, newest update id and
the message ids to delete on a quick exit) before anything is said back. Done one chat at a
time that is a read, a write and a commit each, every one a hop to SQLite's thread; here:

- a chat's row is read once (after a restart, or when it changed under us) and then kept
  in memory as this process last wrote it;
- one writer commits every chat that moved in a tick of the event loop in one transaction,
  run as one function on the store's thread; each ``save`` returns only after that commit;
- another writer's change is found at commit time, per row: a row is written only if it
  still holds the sealed state this process last saw (a fresh nonce makes every write's
  token unique, so the token is the row's version). Another process (the CLI erasing a
  person, a retention sweep, a key rotation) or another part of this one changing the row
  makes the save a :class:`Changed`, and the caller reads the row again and redoes the step;
- a step's replies can be kept with it (``unsent``, sealed, in the same commit) until they
  have been sent: :meth:`StepWriter.answered` marks them sent in the next commit, beside the
  bot's message ids, so it costs no commit of its own; the mark is a small row of its own
  (``conversations_sent``), not the conversation's whole sealed row written again. A
  process killed between the commit and the send leaves them unmarked, to be said when the
  update comes again (or as a lone bot starts: :meth:`StepWriter.unsent_since`). The
  replies themselves are kept, not worked out again from the state: the state before the
  step is gone once it is saved, and what was said depends on what was sent (an error
  about a date, the reference a referral was given), on the clock, and on the flows and
  translations of the version that said it.
"""

from __future__ import annotations

import asyncio
import logging
import sqlite3
import time
from collections import OrderedDict
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime

from referral_store.store import Statement, Store, stamp

logger = logging.getLogger(__name__)

# Conversations kept in memory: enough for every chat in a busy hour, each a few KB.
CACHE_SIZE = 4096
# A conversation idle this long is dropped from memory (it stays in the store): personal
# answers are held in memory no longer than a person is actually talking.
IDLE_SECONDS = 15 * 60


@dataclass(frozen=True)
class Saved:
    """A chat's row as this process last wrote or read it."""

    state: str | None = None
    last_update: int | None = None
    # The sealed state exactly as stored (None: no row).
    token: str | None = None
    # What the caller made of ``state`` when it saved it (its parsed form), handed back
    # with it so a chat held in memory is not parsed again on every update; None when
    # read from the store. Not part of the row: two Saved of one row compare equal.
    parsed: object = field(default=None, compare=False, repr=False)
    # The replies to ``last_update``, sealed, while they are still to be sent.
    unsent: str | None = None


class Changed(Exception):
    """The chat's row was changed by someone else since it was read: read it again."""


@dataclass
class _Write:
    statements: list[Statement]
    # True: the write counts only if its first statement changed a row (the row was as read).
    guarded: bool
    saved: Saved | None
    done: asyncio.Future[bool] | None = field(default=None)
    # Message ids of chat ``key`` to note: every write's are noted together, in two
    # statements a commit (Store.chats_message_statements), not two a write.
    key: str = ""
    messages: list[int] = field(default_factory=list)


class StepWriter:
    """The one writer of a process's chats (see the module's notes). Close it with the store."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self._cache: OrderedDict[str, tuple[Saved, float]] = OrderedDict()
        self._queue: list[_Write] = []
        self._running: asyncio.Task[None] | None = None
        # The chat key sealed once per row kind and key epoch, not on every save.
        self._who: OrderedDict[tuple[str, str, str], str] = OrderedDict()

    # -- reading ------------------------------------------------------------------

    async def load(self, key: str, *, fresh: bool = False) -> Saved:
        """The chat's row: from memory, or read from the store when not held (or ``fresh``)."""
        if not fresh and (held := self._cache.get(key)) is not None:
            saved, used = held
            if time.monotonic() - used < IDLE_SECONDS:
                self._keep(key, saved)
                return saved
        token, last_update, unsent = await self.store.sealed_conversation(key)
        saved = Saved()
        if token is not None:
            state = self.store.keyring.open(token, f"conversations.state:{key}")
            saved = Saved(state, last_update, token, unsent=unsent)
        self._keep(key, saved)
        return saved

    def unsent(self, key: str, saved: Saved) -> str | None:
        """The replies still to be sent for ``saved.last_update``, in clear (or None)."""
        if saved.unsent is None:
            return None
        return self.store.keyring.open(saved.unsent, f"conversations.unsent:{key}")

    async def unsent_since(self, since: datetime) -> list[tuple[str, int, str]]:
        """Every chat whose newest update's replies were saved after ``since`` but never
        marked sent: (the chat's key, that update's id, the replies in clear)."""
        keyring = self.store.keyring
        async with self.store.read() as tx:
            rows = await tx.fetch_all(
                "SELECT key, who, last_update, unsent FROM conversations c "
                "WHERE unsent IS NOT NULL AND updated_at >= ? AND NOT EXISTS (SELECT 1 FROM "
                "conversations_sent s WHERE s.key = c.key AND s.update_id = c.last_update) "
                "ORDER BY updated_at",
                (stamp(since),),
            )
        found = []
        for owner, who, last_update, unsent in rows:
            chat = keyring.open(who, f"conversations.who:{owner}")
            found.append(
                (chat, int(last_update), keyring.open(unsent, f"conversations.unsent:{chat}"))
            )
        return found

    def forget(self, key: str) -> None:
        """Drop a chat from memory (its row was deleted or rewritten elsewhere)."""
        self._cache.pop(key, None)

    def _keep(self, key: str, saved: Saved) -> None:
        self._cache[key] = (saved, time.monotonic())
        self._cache.move_to_end(key)
        while len(self._cache) > CACHE_SIZE:
            self._cache.popitem(last=False)

    # -- writing ------------------------------------------------------------------

    async def save(
        self,
        key: str,
        state: str,
        update_id: int | None,
        messages: list[int],
        *,
        over: Saved | None,
        unsent: str | None = None,
        parsed: object = None,
    ) -> Saved:
        """Save the chat's next state (and message ids) in the next group commit.

        ``unsent``: the replies to ``update_id``, kept (sealed) until :meth:`answered`.

        ``over`` is the row the step was worked out from: the write happens only if the
        row still holds it, else :class:`Changed` is raised and nothing of it is written.
        ``None`` writes whatever the row holds (after an effect that wrote the row itself).
        Returns once committed; a failed commit raises its error here. ``parsed``: the
        caller's own form of ``state`` (never changed after), handed back by ``load``.
        """
        keyring, owner = self.store.keyring, self.store.keyring.owner(key)
        token = keyring.seal(state, f"conversations.state:{key}")
        # Replies are kept only for an update a repeat can be recognised by.
        kept = (
            None
            if unsent is None or update_id is None
            else keyring.seal(unsent, f"conversations.unsent:{key}")
        )
        at = stamp(datetime.now(UTC))
        if over is not None and over.token is not None:
            first: Statement = (
                "UPDATE conversations SET state = ?, updated_at = ?, "
                "last_update = coalesce(?, last_update), unsent = ? WHERE key = ? AND state = ?",
                (token, at, update_id, kept, owner, over.token),
            )
        else:
            # A new row, or (unguarded) whatever is there replaced.
            conflict = (
                "NOTHING"
                if over is not None
                else (
                    "UPDATE SET state = excluded.state, updated_at = excluded.updated_at, "
                    "last_update = coalesce(excluded.last_update, conversations.last_update), "
                    "unsent = excluded.unsent"
                )
            )
            first = (
                "INSERT INTO conversations (key, who, state, updated_at, last_update, unsent) "
                f"VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (key) DO {conflict}",
                (owner, self._sealed_who("conversations", key), token, at, update_id, kept),
            )
        last = update_id if update_id is not None else (over.last_update if over else None)
        write = _Write(
            [first],
            guarded=over is not None,
            saved=Saved(state, last, token, parsed=parsed, unsent=kept),
            done=asyncio.get_running_loop().create_future(),
            key=key,
            messages=messages,
        )
        assert write.done is not None
        self._enqueue(write)
        try:
            # Not shielded: a cancelled wait cancels only this future (the commit still
            # runs, and skips it); asyncio.shield cost a tenth of a step's own work.
            written = await write.done
        except BaseException:
            self.forget(key)
            raise
        if not written:
            self.forget(key)
            raise Changed(key)
        assert write.saved is not None
        if over is None and update_id is None:
            self.forget(key)  # the row's newest update id is not known here: read it next
        else:
            self._keep(key, write.saved)
        return write.saved

    def remember(self, key: str, messages: list[int]) -> None:
        """Note message ids in the next group commit, without waiting for it.

        For ids learnt after the reply went (the bot's own messages): a crash before the
        commit loses them, as it would have lost them between the send and any write.
        """
        if messages:
            self._enqueue(_Write([], False, None, key=key, messages=messages))

    def answered(self, key: str, update_id: int | None, messages: list[int]) -> None:
        """The replies to ``update_id`` have gone (the bot's messages ``messages``): marked
        sent in the next group commit, with the message ids, without waiting for it.

        Marked only while the row still answers that update; a crash before the commit
        leaves them unsent, so a repeat says them again (twice rather than never).
        """
        statements: list[Statement] = []
        held = self._cache.get(key)
        if update_id is not None and (held is None or held[0].unsent is not None):
            # Only while the row answers that update (and exists: a quick exit or an
            # erasure may have removed it since).
            statements.append(
                (
                    "INSERT INTO conversations_sent (key, update_id) SELECT key, last_update "
                    "FROM conversations WHERE key = ? AND last_update = ? "
                    "ON CONFLICT (key) DO UPDATE SET update_id = excluded.update_id",
                    (self.store.keyring.owner(key), update_id),
                )
            )
            if held is not None and held[0].last_update == update_id:
                self._cache[key] = (replace(held[0], unsent=None), held[1])
        if statements or messages:
            self._enqueue(_Write(statements, False, None, key=key, messages=messages))

    async def flush(self) -> None:
        """Wait until everything queued so far is committed (or has failed)."""
        while self._running is not None and not self._running.done():
            await asyncio.shield(self._running)

    async def close(self) -> None:
        await self.flush()
        self._cache.clear()

    def _message_statements(self, batch: list[_Write]) -> list[Statement]:
        noted: dict[str, tuple[list[int], str | None]] = {}
        for write in batch:
            if write.messages:
                ids, _ = noted.setdefault(write.key, ([], self._sealed_who("chats", write.key)))
                ids.extend(write.messages)
        return self.store.chats_message_statements(noted) if noted else []

    def _sealed_who(self, table: str, key: str) -> str:
        keyring = self.store.keyring
        owner = keyring.owner(key)
        index = (keyring.current_id, table, owner)
        token = self._who.get(index)
        if token is None:
            token = self._who[index] = keyring.seal(key, f"{table}.who:{owner}")
            while len(self._who) > CACHE_SIZE:
                self._who.popitem(last=False)
        return token

    # -- the group commit ---------------------------------------------------------

    def _enqueue(self, write: _Write) -> None:
        self._queue.append(write)
        if self._running is None or self._running.done():
            self._running = asyncio.get_running_loop().create_task(self._commit_all())

    async def _commit_all(self) -> None:
        while self._queue:
            # One turn of the loop: every chat whose step is ready now joins this commit.
            await asyncio.sleep(0)
            batch, self._queue = self._queue, []
            steps = [w for w in batch if w.statements]  # the others only note message ids
            waiting = [w.done for w in batch if w.done is not None and not w.done.done()]
            try:
                noted = self._message_statements(batch)
                written = await self.store.write_in_one_trip(
                    [(w.statements, w.guarded) for w in steps] + ([(noted, False)] if noted else [])
                )
            except Exception as error:
                # Nothing of the batch was written: every waiting person hears so.
                if isinstance(error, sqlite3.Error | OSError):
                    logger.warning("group commit failed (%s)", type(error).__name__)
                else:
                    logger.error("group commit failed: %s", type(error).__name__)
                for done in waiting:
                    if not done.done():  # its wait may have been cancelled meanwhile
                        done.set_exception(error)
                continue
            except BaseException:
                for done in waiting:
                    done.cancel()
                raise
            logger.debug(
                "group commit: %d steps and %d other writes in one transaction",
                len(waiting),
                len(batch) - len(waiting),
            )
            for write, ok in zip(steps, written[: len(steps)], strict=True):
                if write.done is not None and not write.done.done():
                    write.done.set_result(ok)
