"""Where an update's CPU goes, unprofiled: ``python -m benchmarks.stages [chats]``.

cProfile doubles every figure and inflates the code that makes many small calls, so the
shares it gives mislead. Here the stages of one update that are plain functions
(python-telegram-bot parsing the update and answers, the handlers' checks, the engine's
step, the state's JSON, sealing) are wrapped in CPU-time accumulators of the thread that
runs them (``time.thread_time_ns``), and SQLite's own thread is timed apart, in the same
run as benchmark 1 (benchmarks.dialogue). Each wrapper costs about a microsecond a call, so
small stages read a little high; a stage nested in another (the update's own Message) is
counted in both.
"""

from __future__ import annotations

import asyncio
import functools
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import ExitStack, contextmanager
from pathlib import Path
from typing import Any

from telegram import Message, Update
from telegram.ext import CallbackQueryHandler, CommandHandler, ExtBot, MessageHandler

import bot.conversation
from benchmarks import dialogue
from bot.flood import FloodGate
from dialogues.state import State
from referral_store.crypto import Keyring

spent: Counter[str] = Counter()
calls: Counter[str] = Counter()


def _timed(label: str, function: Callable[..., Any]) -> Callable[..., Any]:
    @functools.wraps(function)
    def timed(*args: Any, **kwargs: Any) -> Any:
        started = time.thread_time_ns()
        try:
            return function(*args, **kwargs)
        finally:
            spent[label] += time.thread_time_ns() - started
            calls[label] += 1

    return timed


@contextmanager
def _wrapped(owner: Any, name: str, label: str) -> Iterator[None]:
    """``owner.name`` timed as ``label`` for the duration (classmethods too)."""
    original = owner.__dict__[name]
    if isinstance(original, classmethod):
        setattr(owner, name, classmethod(_timed(label, original.__func__)))
    else:
        setattr(owner, name, _timed(label, original))
    try:
        yield
    finally:
        setattr(owner, name, original)


STAGES = [
    (Update, "de_json", "python-telegram-bot parsing the update (its Message too)"),
    (Message, "de_json", "python-telegram-bot parsing a Message (the update's, an answer's)"),
    (CommandHandler, "check_update", "handlers asked: CommandHandler"),
    (MessageHandler, "check_update", "handlers asked: MessageHandler"),
    (CallbackQueryHandler, "check_update", "handlers asked: CallbackQueryHandler"),
    (ExtBot, "_insert_defaults", "python-telegram-bot filling in a call's defaults"),
    (FloodGate, "allow", "flood limit"),
    (bot.conversation, "step", "the engine's step (dialogues.engine.step)"),
    (State, "from_json", "State.from_json"),
    (State, "to_json", "State.to_json"),
    (Keyring, "seal", "sealing (AES-GCM)"),
]


class _Clock:
    """``time`` as benchmarks.dialogue reads it, noting the main thread's own CPU time each
    time it reads the process's: the rest of the timed run's CPU is SQLite's thread."""

    def __init__(self) -> None:
        self.main: list[float] = []

    def perf_counter(self) -> float:
        return time.perf_counter()

    def process_time(self) -> float:
        self.main.append(time.thread_time())
        return time.process_time()


def measure(chats: int, which: str) -> tuple[float, dict[str, tuple[float, float]], float]:
    """(CPU µs an update of the timed chats, {stage: (µs, calls) an update}, µs an update
    on other threads than the loop's, SQLite's)."""
    spent.clear()
    calls.clear()
    clock = _Clock()
    dialogue.time = clock  # type: ignore[assignment]
    try:
        with tempfile.TemporaryDirectory() as folder, ExitStack() as stack:
            for owner, name, label in STAGES:
                stack.enter_context(_wrapped(owner, name, label))
            if which == "echo":
                run = asyncio.run(dialogue.echo_run(chats))
            else:
                run = asyncio.run(dialogue.rjbot_run(chats, Path(folder)))
    finally:
        dialogue.time = time  # type: ignore[assignment]
    # The stage counters ran through the untimed warm-up chats too: per update of them all.
    every = (chats + dialogue.WARM_UP) * len(dialogue.SCRIPT)
    stages = {k: (spent[k] / every / 1000, calls[k] / every) for k in spent}
    updates = run.sample.updates
    others = run.sample.cpu - (clock.main[-1] - clock.main[-2])
    return run.sample.cpu / updates * 1e6, stages, others / updates * 1e6


def main() -> None:
    chats = int(sys.argv[1]) if len(sys.argv) > 1 else 300
    for which in ("echo", "rjbot"):
        cpu, stages, sqlite = measure(chats, which)
        print(f"{which}: {cpu:.0f} µs of CPU an update (timed chats, wrappers' cost included)")
        for label, (us, n) in sorted(stages.items(), key=lambda kv: -kv[1][0]):
            print(f"  {us:6.1f} µs  {n:5.2f} calls  {label}")
        print(f"  {sqlite:6.1f} µs  SQLite's thread (the group commit, reads, the referral)")


if __name__ == "__main__":
    main()
