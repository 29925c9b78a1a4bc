"""Dialogue cost through the real python-telegram-bot Application, against two baselines.

1. rjbot's full self-referral (state saved to SQLite after every step) against a bare echo
   handler on the same kind of Application doing the same number of updates.
2. The same flow written the usual way: a ConversationHandler with PicklePersistence, which
   keeps state in memory and writes the pickle only at intervals and on shutdown.
"""

from __future__ import annotations

import asyncio
import os
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.ext import (
    Application,
    ApplicationBuilder,
    CallbackQueryHandler,
    CommandHandler,
    ContextTypes,
    ConversationHandler,
    MessageHandler,
    PicklePersistence,
    filters,
)

from benchmarks.measure import Runs, Sample, runs
from benchmarks.offline import OfflineTelegram, callback, feed, message
from bot.config import TelegramSettings
from bot.profile import load_profile
from bot.telegram.app import build_application
from dialogues.events import Command, Event, Press, Text
from dialogues.flows import VICTIM
from tests.talk import VICTIM_ANSWERS, walked


def _update(event: Event) -> tuple[str, str]:
    match event:
        case Press(data):
            return ("cb", data)
        case Text(text):
            return ("text", text)
        case Command(name):
            return ("text", f"/{name}")
    raise ValueError(event)


# One whole self-referral, as a person sends it, walked from the flow under the default
# profile (the contact ways typed at once).
SCRIPT: list[tuple[str, str]] = [
    _update(e)
    for e in walked(
        VICTIM, load_profile().rules(), **{**VICTIM_ANSWERS, "contact": "phone, email"}
    ).sent
]


WARM_UP = 5


@dataclass(frozen=True)
class Run:
    sample: Sample
    # Bot API calls made, to show each bot answers the same updates with as many.
    calls: int


async def drive(app: Application, request: OfflineTelegram, chats: int) -> Run:  # type: ignore[type-arg]
    """Every chat walks the script; chats run concurrently, each chat's updates in order.

    A few other chats walk it first, untimed: what is done once per process (compiling the
    crisis patterns, loading catalogs) is not what a running bot spends per update.
    """
    update_id = 0

    async def person(chat: int) -> None:
        nonlocal update_id
        for kind, value in SCRIPT:
            update_id += 1
            body = (
                message(update_id, chat, value)
                if kind == "text"
                else callback(update_id, chat, value)
            )
            await feed(app, body)

    await asyncio.gather(*(person(100 + i) for i in range(WARM_UP)))
    calls = request.calls
    started, cpu = time.perf_counter(), time.process_time()
    await asyncio.gather(*(person(1000 + i) for i in range(chats)))
    # process_time counts every thread of this process: SQLite's worker thread too.
    cpu, elapsed = time.process_time() - cpu, time.perf_counter() - started
    return Run(Sample(chats * len(SCRIPT), elapsed, cpu), request.calls - calls)


async def rjbot_run(chats: int, folder: Path) -> Run:
    # A script answers faster than any person: lift the per-person flood limit.
    os.environ["RJBOT_FLOOD_PER_10S"] = "100000"
    request = OfflineTelegram()
    app = build_application(
        TelegramSettings("1:BENCH", None, None),
        load_profile(),
        folder / "rj.sqlite3",
        request=request,
        sweep_every=0,
    )
    await app.initialize()
    assert app.post_init is not None and app.post_shutdown is not None
    await app.post_init(app)
    try:
        run = await drive(app, request, chats)
        store = app.bot_data["rj"].conversations.store
        made = len(await store.open_referrals())
        assert made == chats + WARM_UP, f"{made} referrals from {chats + WARM_UP} people"
        return run
    finally:
        await app.post_shutdown(app)
        await app.shutdown()


async def echo_run(chats: int) -> Run:
    request = OfflineTelegram()
    app = (
        ApplicationBuilder().token("1:BENCH").request(request).get_updates_request(request).build()
    )

    async def echo(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        """Say the text back."""
        assert update.effective_chat is not None and update.effective_message is not None
        await context.bot.send_message(
            update.effective_chat.id, update.effective_message.text or ""
        )

    async def pressed(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        """Answer a button with a message."""
        assert update.callback_query is not None and update.effective_chat is not None
        await update.callback_query.answer()
        await context.bot.send_message(update.effective_chat.id, update.callback_query.data or "")

    app.add_handler(MessageHandler(filters.ALL, echo))
    app.add_handler(CallbackQueryHandler(pressed))
    async with app:
        return await drive(app, request, chats)


async def conversation_handler_run(chats: int, folder: Path) -> Run:
    """The usual way: one state per question, answers in user_data, PicklePersistence."""
    request = OfflineTelegram()
    persistence = PicklePersistence(folder / "usual.pickle", update_interval=60)
    app = (
        ApplicationBuilder()
        .token("1:BENCH")
        .request(request)
        .get_updates_request(request)
        .persistence(persistence)
        .build()
    )
    questions = SCRIPT[1:]
    keyboard = InlineKeyboardMarkup(
        [
            [
                InlineKeyboardButton("Yes", callback_data="yes"),
                InlineKeyboardButton("No", callback_data="no"),
            ]
        ]
    )

    async def begin(update: Update, context: ContextTypes.DEFAULT_TYPE) -> int:
        """Start the referral."""
        assert update.effective_chat is not None and context.user_data is not None
        context.user_data.clear()
        await context.bot.send_message(
            update.effective_chat.id, "Question 1", reply_markup=keyboard
        )
        return 0

    def step(index: int) -> Any:
        async def answer(update: Update, context: ContextTypes.DEFAULT_TYPE) -> int:
            """Keep the answer, ask the next question."""
            assert update.effective_chat is not None and context.user_data is not None
            if update.callback_query:
                await update.callback_query.answer()
                value = update.callback_query.data
            else:
                assert update.effective_message is not None
                value = update.effective_message.text
            context.user_data[index] = value
            if index + 1 == len(questions):
                context.bot_data.setdefault("referrals", []).append(dict(context.user_data))
                await context.bot.send_message(update.effective_chat.id, "Received")
                return ConversationHandler.END
            await context.bot.send_message(
                update.effective_chat.id, f"Question {index + 2}", reply_markup=keyboard
            )
            return index + 1

        return answer

    states = {
        i: [MessageHandler(filters.TEXT & ~filters.COMMAND, step(i)), CallbackQueryHandler(step(i))]
        for i in range(len(questions))
    }
    app.add_handler(
        ConversationHandler(
            entry_points=[CommandHandler("refer", begin)],
            states=states,
            fallbacks=[],
            name="referral",
            persistent=True,
            per_message=False,
        )
    )
    async with app:
        run = await drive(app, request, chats)
        assert len(app.bot_data.get("referrals", [])) == chats + WARM_UP
        return run


@dataclass(frozen=True)
class Measured:
    echo: Runs
    rjbot: Runs
    usual: Runs
    # Bot API calls per update, the same for each bot when the comparison is fair.
    calls_per_update: dict[str, float]


async def measure(chats: int, rounds: int) -> Measured:
    """Each bot ``rounds`` times, taking turns, so a busy spell hurts them alike."""
    found: dict[str, list[Run]] = {"echo": [], "rjbot": [], "usual": []}
    for _ in range(rounds):
        with tempfile.TemporaryDirectory() as folder:
            found["echo"].append(await echo_run(chats))
            found["rjbot"].append(await rjbot_run(chats, Path(folder)))
            found["usual"].append(await conversation_handler_run(chats, Path(folder)))
    return Measured(
        **{name: runs([r.sample for r in made]) for name, made in found.items()},
        calls_per_update={
            name: made[0].calls / made[0].sample.updates for name, made in found.items()
        },
    )


def profile(chats: int, out: Path) -> str:
    """cProfile of rjbot's run (the functions taking the most time, as text); stats in ``out``."""
    import cProfile
    import io
    import pstats

    profiler = cProfile.Profile()
    with tempfile.TemporaryDirectory() as warm, tempfile.TemporaryDirectory() as folder:
        # Once unprofiled, so what a process does once (compiling patterns) is left out.
        asyncio.run(rjbot_run(WARM_UP, Path(warm)))
        profiler.runcall(asyncio.run, rjbot_run(chats, Path(folder)))
    profiler.dump_stats(out)
    text = io.StringIO()
    pstats.Stats(profiler, stream=text).sort_stats("tottime").print_stats(25)
    return text.getvalue()


if __name__ == "__main__":
    import sys

    # python -m benchmarks.dialogue [chats]: the profile docs/performance.md explains.
    stats = Path(tempfile.gettempdir()) / "rjbot-dialogue.prof"
    print(profile(int(sys.argv[1]) if len(sys.argv) > 1 else 100, stats))
    print(f"stats written to {stats}")
