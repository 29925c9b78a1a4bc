"""The Telegram channel: one python-telegram-bot ``Application`` over the engine and store.

Handlers only translate: an update becomes an engine event, the engine's
replies become messages with inline keyboards. People are served in private
chats only; the facilitators' chat hears about new referrals with no personal
details; enrolled staff get the desk (``bot.telegram.desk``) in their own chats.
"""

from __future__ import annotations

import contextlib
import logging
import os
from pathlib import Path

from telegram import Update
from telegram.error import TelegramError
from telegram.ext import (
    Application,
    ApplicationBuilder,
    CallbackQueryHandler,
    CommandHandler,
    MessageHandler,
    filters,
)
from telegram.request import BaseRequest

from bot.config import TelegramSettings
from bot.conversation import Clock, Conversations
from bot.flood import FloodGate
from bot.profile import ServiceProfile
from bot.sweep import sweep
from bot.telegram import desk as desk_telegram
from bot.telegram.commands import publish
from bot.telegram.common import (
    BotData,
    Context,
    answer_press,
    bot_data,
    converse,
    send_surveys,
    send_unsent,
    sender,
)
from bot.telegram.order import InChatOrder
from bot.turns import ChatTurns
from dialogues.events import Command, Press, Start, Text
from dialogues.flows import SHIPPED
from dialogues.model import Flows
from referral_store import Store
from referral_store.crypto import KeyEpochError, Keyring
from referral_store.desk import Desk

logger = logging.getLogger(__name__)

COMMANDS = (
    "help",
    "refer",
    "enquire",
    "privacy",
    "cancel",
    "back",
    "menu",
    "exit",
    "withdraw",
    "language",
)
CHANNEL = "telegram"


async def start(update: Update, context: Context) -> None:
    """Greet the person and show the main menu; a deep-link payload names the source."""
    payload = context.args[0] if context.args else None
    await converse(update, context, Start(payload))


async def command(update: Update, context: Context) -> None:
    """Pass /help, /refer, /enquire, /privacy, /cancel, /back and /menu to the engine."""
    assert update.effective_message is not None and update.effective_message.text
    name = update.effective_message.text.split()[0].lstrip("/").split("@")[0].lower()
    await converse(update, context, Command(name))


async def text(update: Update, context: Context) -> None:
    """Treat typed text as the answer to the current question (or a staff note)."""
    assert update.effective_message is not None
    if await desk_telegram.take_note(update, context):
        return
    await converse(update, context, Text(update.effective_message.text or ""))


async def press(update: Update, context: Context) -> None:
    """Answer a button press: stop Telegram's spinner, then handle the choice."""
    query = update.callback_query
    assert query is not None
    await answer_press(context.bot, query)
    await converse(update, context, Press(query.data or ""))


async def not_text(update: Update, context: Context) -> None:
    """Photos, stickers, voice notes: ask for words or a button instead."""
    await converse(update, context, Text(""))


async def on_error(update: object, context: Context) -> None:
    """Log the failure without personal data, and tell the person to try again."""
    logger.error("update failed: %s", type(context.error).__name__)
    if isinstance(context.error, KeyEpochError):
        # The key was rotated under us: every later write would be refused, so stop and
        # let the operator restart the bot with the new key (docs/operations.md).
        logger.critical("%s", context.error)
        context.application.stop_running()
    if isinstance(update, Update) and update.effective_chat is not None:
        with contextlib.suppress(TelegramError):
            await context.bot.send_message(
                update.effective_chat.id,
                "Sorry, something went wrong on our side. Please try again in a minute.",
            )


async def sweep_job(context: Context) -> None:
    """Raise due reminders and escalations and say every waiting alert (new referrals' notices
    too); unsent ones wait for the next run."""
    data = bot_data(context)
    await sweep(
        data.desk,
        data.conversations.profile.deadlines,
        sender(context.bot),
        data.facilitator_chat_id,
        data.conversations.clock(),
        data.conversations.profile.retention.policy,
    )
    await send_surveys(context.bot, data)


def build_application(
    settings: TelegramSettings,
    profile: ServiceProfile,
    db_path: Path | str,
    *,
    request: BaseRequest | None = None,
    clock: Clock | None = None,
    sweep_every: float | None = None,
    keyring: Keyring | None = None,
    flows: Flows = SHIPPED,
    shared: bool = False,
) -> Application:  # type: ignore[type-arg]
    """The bot, ready for ``run_polling``; the store opens and closes with it.

    ``flows``: what it asks (the shipped flows, or a service's own). ``shared``: other
    instances may use the same store at once (webhook mode), so each chat's updates take
    turns across them (bot/turns.py).
    """
    builder = ApplicationBuilder().token(settings.token).concurrent_updates(InChatOrder())
    if settings.api_url:
        builder = builder.base_url(settings.api_url)
    if request is not None:
        builder = builder.request(request).get_updates_request(request)

    async def open_store(app: Application) -> None:  # type: ignore[type-arg]
        store = await Store.open(db_path, profile.deadlines, keyring)
        turns = ChatTurns(store) if shared else None
        conversations = (
            Conversations(store, profile, CHANNEL, clock, flows=flows, turns=turns)
            if clock
            else Conversations(store, profile, CHANNEL, flows=flows, turns=turns)
        )
        app.bot_data["rj"] = BotData(
            conversations,
            Desk(store),
            settings.facilitator_chat_id,
            flood=FloodGate(limit=_env_number("RJBOT_FLOOD_PER_10S", 12)),
        )
        await publish(app)
        if not shared:
            # Alone on the store: nobody else is about to send what it never sent.
            await send_unsent(app.bot, app.bot_data["rj"])

    async def close_store(app: Application) -> None:  # type: ignore[type-arg]
        data = app.bot_data.get("rj")
        if isinstance(data, BotData):
            await data.conversations.close()
            await data.conversations.store.close()

    app = builder.post_init(open_store).post_shutdown(close_store).build()
    private = filters.ChatType.PRIVATE
    # python-telegram-bot asks each handler in turn whether it takes the update. Presses
    # and typed answers, most updates, come first: no command handler takes a press or a
    # message that is not a command (nor these a command), so the order changes nothing
    # but the handlers asked (a press was asked of all ten before its own).
    desk_telegram.register_buttons(app)
    app.add_handler(CallbackQueryHandler(press))
    app.add_handler(MessageHandler(private & filters.TEXT & ~filters.COMMAND, text))
    app.add_handler(MessageHandler(private & ~filters.TEXT & ~filters.StatusUpdate.ALL, not_text))
    app.add_handler(CommandHandler("start", start, filters=private))
    app.add_handler(CommandHandler(list(COMMANDS), command, filters=private))
    desk_telegram.register(app)
    # Any other command, after every command handler.
    app.add_handler(MessageHandler(private & filters.COMMAND, command))
    app.add_error_handler(on_error)
    interval = sweep_every if sweep_every is not None else _sweep_interval()
    if app.job_queue is not None and interval > 0:
        app.job_queue.run_repeating(sweep_job, interval=interval, first=min(interval, 5.0))
    return app


def _sweep_interval() -> float:
    return float(_env_number("RJBOT_SWEEP_SECONDS", 60))


def _env_number(name: str, default: int) -> int:
    try:
        return int(float(os.environ.get(name, default)))
    except ValueError:
        return default
