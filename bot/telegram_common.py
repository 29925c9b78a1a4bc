"""What the Telegram handlers share: their data, chat keys, keyboards, running the engine."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from typing import cast

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.error import BadRequest, TelegramError
from telegram.ext import ContextTypes

from bot.conversation import Conversations, NewReferralNotice
from bot.notices import new_referral_text
from dialogues.events import Event, Reply
from referral_store.desk import Desk

logger = logging.getLogger(__name__)

Context = ContextTypes.DEFAULT_TYPE


@dataclass
class BotData:
    """What the handlers share, kept on ``application.bot_data``."""

    conversations: Conversations
    desk: Desk
    facilitator_chat_id: int | None
    # Staff id -> contact id awaiting a typed note (lost on restart: only the note is).
    pending_notes: dict[int, int] = field(default_factory=dict)


def bot_data(context: Context) -> BotData:
    return cast(BotData, context.bot_data["rj"])


def chat_key(update: Update) -> str:
    assert update.effective_chat is not None
    return f"tg:{update.effective_chat.id}"


def markup(
    rows: tuple[tuple[tuple[str, str], ...], ...] | list[list[tuple[str, str]]],
) -> InlineKeyboardMarkup | None:
    """A keyboard from rows of (label, callback data)."""
    if not rows:
        return None
    return InlineKeyboardMarkup(
        [[InlineKeyboardButton(label, callback_data=data) for label, data in row] for row in rows]
    )


def reply_markup(reply: Reply) -> InlineKeyboardMarkup | None:
    return markup([[(b.label, b.data) for b in row] for row in reply.buttons])


async def converse(update: Update, context: Context, event: Event) -> None:
    """Run one event through the engine and send what it says, in order."""
    data = bot_data(context)
    user = update.effective_user
    result = await data.conversations.handle(
        chat_key(update), event, language=(user.language_code or "en")[:2] if user else None
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
                    reply_markup=reply_markup(reply),
                )
                continue
            except BadRequest:
                # Too old to edit, or unchanged: a new message does as well.
                pass
        await context.bot.send_message(chat.id, reply.text, reply_markup=reply_markup(reply))
    for notice in result.notices:
        await announce(context, data, notice)


async def announce(context: Context, data: BotData, notice: NewReferralNotice) -> None:
    if data.facilitator_chat_id is None:
        return
    try:
        await context.bot.send_message(data.facilitator_chat_id, new_referral_text(notice))
    except TelegramError as error:
        # The referral is safe in the store and shows in the queue; say so in the log.
        logger.warning(
            "could not announce %s to facilitators: %s", notice.reference, type(error).__name__
        )
