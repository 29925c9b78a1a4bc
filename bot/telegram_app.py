"""The Telegram channel: one python-telegram-bot ``Application`` over the engine and store.

Handlers only translate: an update becomes an engine event, the engine's
replies become messages with inline keyboards. Everything the person says is
handled in private chats only; the facilitators' chat hears about new
referrals with no personal details.
"""

from __future__ import annotations

import contextlib
import logging
from dataclasses import dataclass
from pathlib import Path
from typing import cast

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.error import BadRequest, TelegramError
from telegram.ext import (
    Application,
    ApplicationBuilder,
    CallbackQueryHandler,
    CommandHandler,
    ContextTypes,
    MessageHandler,
    filters,
)
from telegram.request import BaseRequest

from bot.config import TelegramSettings
from bot.conversation import Clock, Conversations, NewReferralNotice
from bot.notices import new_referral_text
from bot.profile import ServiceProfile
from dialogues.events import Command, Event, Press, Reply, Start, Text
from referral_store import Store

logger = logging.getLogger(__name__)

COMMANDS = ("help", "refer", "enquire", "privacy", "cancel", "back", "menu")
CHANNEL = "telegram"


@dataclass
class BotData:
    """What the handlers share, kept on ``application.bot_data``."""

    conversations: Conversations
    facilitator_chat_id: int | None


Context = ContextTypes.DEFAULT_TYPE


def _data(context: Context) -> BotData:
    return cast(BotData, context.bot_data["rj"])


def _key(update: Update) -> str:
    assert update.effective_chat is not None
    return f"tg:{update.effective_chat.id}"


def _markup(reply: Reply) -> InlineKeyboardMarkup | None:
    if not reply.buttons:
        return None
    return InlineKeyboardMarkup(
        [
            [InlineKeyboardButton(b.label, callback_data=b.data) for b in row]
            for row in reply.buttons
        ]
    )


async def _converse(update: Update, context: Context, event: Event) -> None:
    """Run one event through the engine and send what it says, in order."""
    data = _data(context)
    user = update.effective_user
    result = await data.conversations.handle(
        _key(update), event, language=(user.language_code or "en")[:2] if user else None
    )
    chat = update.effective_chat
    assert chat is not None
    pressed = update.callback_query.message if update.callback_query else None
    for reply in result.replies:
        if reply.edit and pressed is not None:
            try:
                await context.bot.edit_message_text(
                    reply.text,
                    chat_id=chat.id,
                    message_id=pressed.message_id,
                    reply_markup=_markup(reply),
                )
                continue
            except BadRequest:
                # Too old to edit, or unchanged: a new message does as well.
                pass
        await context.bot.send_message(chat.id, reply.text, reply_markup=_markup(reply))
    for notice in result.notices:
        await _announce(context, data, notice)


async def _announce(context: Context, data: BotData, notice: NewReferralNotice) -> None:
    if data.facilitator_chat_id is None:
        return
    try:
        await context.bot.send_message(data.facilitator_chat_id, new_referral_text(notice))
    except TelegramError as error:
        # The referral is safe in the store and shows in the queue; say so in the log.
        logger.warning(
            "could not announce %s to facilitators: %s", notice.reference, type(error).__name__
        )


async def start(update: Update, context: Context) -> None:
    """Greet the person and show the main menu; a deep-link payload names the source."""
    payload = context.args[0] if context.args else None
    await _converse(update, context, Start(payload))


async def command(update: Update, context: Context) -> None:
    """Pass /help, /refer, /enquire, /privacy, /cancel, /back and /menu to the engine."""
    assert update.effective_message is not None and update.effective_message.text
    name = update.effective_message.text.split()[0].lstrip("/").split("@")[0].lower()
    await _converse(update, context, Command(name))


async def text(update: Update, context: Context) -> None:
    """Treat typed text as the answer to the current question."""
    assert update.effective_message is not None
    await _converse(update, context, Text(update.effective_message.text or ""))


async def press(update: Update, context: Context) -> None:
    """Answer a button press: stop Telegram's spinner, then handle the choice."""
    query = update.callback_query
    assert query is not None
    await query.answer()
    await _converse(update, context, Press(query.data or ""))


async def not_text(update: Update, context: Context) -> None:
    """Photos, stickers, voice notes: ask for words or a button instead."""
    await _converse(update, context, Text(""))


async def on_error(update: object, context: Context) -> None:
    """Log the failure without personal data, and tell the person to try again."""
    error = context.error
    logger.error("update failed: %s", type(error).__name__, exc_info=False)
    if isinstance(update, Update) and update.effective_chat is not None:
        with contextlib.suppress(TelegramError):
            await context.bot.send_message(
                update.effective_chat.id,
                "Sorry, something went wrong on our side. Please try again in a minute.",
            )


def build_application(
    settings: TelegramSettings,
    profile: ServiceProfile,
    db_path: Path,
    *,
    request: BaseRequest | None = None,
    clock: Clock | None = None,
) -> Application:  # type: ignore[type-arg]
    """The bot, ready for ``run_polling``; the store opens and closes with it."""
    builder = ApplicationBuilder().token(settings.token)
    if settings.api_url:
        builder = builder.base_url(settings.api_url)
    if request is not None:
        builder = builder.request(request).get_updates_request(request)

    async def open_store(app: Application) -> None:  # type: ignore[type-arg]
        store = await Store.open(db_path, profile.deadlines)
        app.bot_data["rj"] = BotData(
            Conversations(store, profile, CHANNEL, **({"clock": clock} if clock else {})),
            settings.facilitator_chat_id,
        )

    async def close_store(app: Application) -> None:  # type: ignore[type-arg]
        data = app.bot_data.get("rj")
        if isinstance(data, BotData):
            await data.conversations.store.close()

    app = builder.post_init(open_store).post_shutdown(close_store).build()
    private = filters.ChatType.PRIVATE
    app.add_handler(CommandHandler("start", start, filters=private))
    app.add_handler(CommandHandler(list(COMMANDS), command, filters=private))
    app.add_handler(CallbackQueryHandler(press))
    app.add_handler(MessageHandler(private & filters.TEXT & ~filters.COMMAND, text))
    app.add_handler(MessageHandler(private & filters.COMMAND, command))
    app.add_handler(MessageHandler(private & ~filters.TEXT & ~filters.StatusUpdate.ALL, not_text))
    app.add_error_handler(on_error)
    return app
