"""Many people at once, each person's updates in the order they sent them.

python-telegram-bot handles one update at a time unless told otherwise, so fifty people
wait in one line and the store's group commit (referral_store.steps) has only one chat to
commit each time. This processor lets updates of different chats run together, while two
updates of one chat never overlap or swap (a press answered before the text typed before
it would be dropped as already seen).
"""

from __future__ import annotations

import asyncio
import weakref
from collections.abc import Awaitable
from typing import Any

from telegram import Update
from telegram.ext import BaseUpdateProcessor

# Updates in hand at once; more wait, in order, for a free place. Measured with 50 people
# through the emulator (docs/performance.md): one at a time cost 5.4 ms of CPU an update,
# 8 at once 4.4 ms, 256 at once 7.7 ms (httpx's pool scans every connection for every
# request, so its cost grows with the requests in flight).
AT_ONCE = 8


class InChatOrder(BaseUpdateProcessor):
    def __init__(self, max_concurrent_updates: int = AT_ONCE) -> None:
        super().__init__(max_concurrent_updates)
        self._chats: weakref.WeakValueDictionary[int, asyncio.Lock] = weakref.WeakValueDictionary()

    async def do_process_update(self, update: object, coroutine: Awaitable[Any]) -> None:
        chat = update.effective_chat if isinstance(update, Update) else None
        if chat is None:
            await coroutine
            return
        # Updates reach here in the order they came, and an asyncio lock is first come,
        # first served: so each chat's updates run one by one, in order.
        lock = self._chats.get(chat.id)
        if lock is None:
            lock = self._chats[chat.id] = asyncio.Lock()
        async with lock:
            await coroutine

    async def initialize(self) -> None:
        return None

    async def shutdown(self) -> None:
        return None
