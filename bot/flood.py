"""A per-person flood limit: enough for anyone typing, too little for a script.

Shared by the channels: Telegram counts per chat, the web chat per client address.
"""

from __future__ import annotations

import time
from collections import deque
from collections.abc import Callable

from dialogues.i18n import N_

# Translators: speaks to the reader; no gendered forms (docs/languages.md).
TOO_FAST = N_("You are sending messages very quickly. Please wait a few seconds, then carry on.")


class FloodGate:
    """At most ``limit`` updates per ``window`` seconds per key; the first refusal is told."""

    # Keys remembered before quiet ones are forgotten.
    KEEP = 10_000

    def __init__(
        self, limit: int = 12, window: float = 10.0, clock: Callable[[], float] = time.monotonic
    ) -> None:
        self.limit = limit
        self.window = window
        self.clock = clock
        self._seen: dict[str, deque[float]] = {}
        self._warned: set[str] = set()

    def allow(self, key: str) -> bool | None:
        """``True`` to handle; ``None`` to refuse and say so once; ``False`` to drop quietly."""
        now = self.clock()
        if len(self._seen) > self.KEEP:
            self._forget_quiet(now)
        recent = self._seen.setdefault(key, deque())
        while recent and now - recent[0] > self.window:
            recent.popleft()
        if len(recent) < self.limit:
            recent.append(now)
            self._warned.discard(key)
            return True
        if key in self._warned:
            return False
        self._warned.add(key)
        return None

    def _forget_quiet(self, now: float) -> None:
        """Drop keys quiet for a whole window, so many one-off clients cannot fill memory."""
        quiet = [k for k, seen in self._seen.items() if not seen or now - seen[-1] > self.window]
        for key in quiet:
            del self._seen[key]
            self._warned.discard(key)
