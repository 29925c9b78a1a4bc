"""One instance at a time in each chat, when several bot instances share one store.

Telegram posts one chat's updates one at a time, but it posts an update again when the
first post seems to hang, and the proxy may hand the two posts to two instances at once.
Each would read the chat's state before the other saved it: an answer lost, or a referral
made twice. So an instance takes the chat's turn (a lease in the store, named by the chat's
keyed hash, never its id) before reading the chat, and gives it back once the step is saved
and its replies sent and marked so (else the other could take replies on their way for
ones never sent, and say them twice). A turn held by an instance that died lapses after
``HOLD``; the update it was handling is posted again by Telegram and handled then (what it
had saved but not said is said then). Within one instance, Conversations' own lock already
keeps a chat's updates in order; a lone polling instance needs no turns at all.
"""

from __future__ import annotations

import asyncio
import os
import socket
import time
import uuid
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import UTC, datetime, timedelta

from referral_store import Store
from referral_store.desk import Desk

# Longer than any one update takes; the wait for a lapsed turn is no longer than this.
HOLD = timedelta(seconds=15)
# Waiting longer than a lapsed turn takes to free means something else is wrong.
WAIT_SECONDS = 3 * HOLD.total_seconds()


class TurnTimeout(RuntimeError):
    """Another instance kept the chat's turn past every lease; the update is refused."""


def instance_name() -> str:
    """Unique to this process, across machines: who holds a turn."""
    return f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:8]}"


class ChatTurns:
    def __init__(self, store: Store, holder: str | None = None) -> None:
        self._desk = Desk(store)
        self._owner = store.keyring.owner
        self.holder = holder or instance_name()

    @asynccontextmanager
    async def turn(self, key: str) -> AsyncIterator[None]:
        name = f"chat:{self._owner(key)}"
        deadline = time.monotonic() + WAIT_SECONDS
        pause = 0.005
        while not await self._desk.take_lease(name, self.holder, datetime.now(UTC), HOLD):
            if time.monotonic() > deadline:
                raise TurnTimeout("a chat's turn was not free in time")
            await asyncio.sleep(pause)
            pause = min(pause * 2, 0.1)
        try:
            yield
        finally:
            # Shielded: a cancelled handler must not leave the chat held until it lapses.
            await asyncio.shield(self._desk.drop_lease(name, self.holder))
