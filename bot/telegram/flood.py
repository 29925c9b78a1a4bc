"""A per-person flood limit: enough for anyone typing, too little for a script."""

from __future__ import annotations

import time
from collections import deque
from collections.abc import Callable


class FloodGate:
    """At most ``limit`` updates per ``window`` seconds per key; the first refusal is told."""

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
