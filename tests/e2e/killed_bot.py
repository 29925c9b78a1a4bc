"""``python -m tests.e2e.killed_bot ARGS``: ``rjbot ARGS``, except that the process kills
itself (SIGKILL: no handler, no clean-up, as a power cut) the Nth time a step has been saved
and its replies are about to be sent, N from ``KILL_AT`` (set only by the tests).

So the kill lands exactly where an answer used to be lost: after the step's commit, before
the person has heard anything.
"""

from __future__ import annotations

import os
import signal
from typing import Any

from bot.conversation import Conversations, Result

KILL_AT = int(os.environ.get("KILL_AT", "0"))
_handle = Conversations.handle
_delivered = [0]


async def _handle_then_die(self: Conversations, key: str, event: Any, **given: Any) -> Result:
    deliver = given.get("deliver")
    if deliver is not None and KILL_AT > 0:

        async def dying(result: Result) -> list[int]:
            _delivered[0] += 1
            if _delivered[0] == KILL_AT:
                os.kill(os.getpid(), signal.SIGKILL)
            return list(await deliver(result))

        given["deliver"] = dying
    return await _handle(self, key, event, **given)


Conversations.handle = _handle_then_die  # type: ignore[method-assign]

if __name__ == "__main__":
    from bot.cli.main import main

    main()
