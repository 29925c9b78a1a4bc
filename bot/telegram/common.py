"""What the Telegram handlers share: their data, chat keys, keyboards, running the engine."""

from __future__ import annotations

import contextlib
import json
import logging
from dataclasses import dataclass, field
from datetime import timedelta
from functools import lru_cache
from typing import Any, cast
from zoneinfo import ZoneInfo

from telegram import Bot, CallbackQuery, InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.error import BadRequest, TelegramError
from telegram.ext import ContextTypes, ExtBot

from bot.conversation import Conversations, Result
from bot.flood import TOO_FAST, FloodGate
from bot.sweep import Send, deliver
from dialogues.events import Button, Event, Reply
from dialogues.followup import safe_to_write
from dialogues.i18n import translator
from referral_store.desk import Alert, Desk
from referral_store.monitoring import mark_survey_sent, surveys_due

logger = logging.getLogger(__name__)

Context = ContextTypes.DEFAULT_TYPE

# A bot may delete messages in a private chat for 48 hours.
DELETABLE = timedelta(hours=48)
# Saved answers never sent (the bot was killed first) are sent as it starts only if this
# recent: a person who wrote minutes ago is waiting for it; a message arriving long after
# could be read by someone else on a phone they share.
RESEND_WITHIN = timedelta(minutes=10)


@dataclass
class BotData:
    """What the handlers share, kept on ``application.bot_data``."""

    conversations: Conversations
    desk: Desk
    facilitator_chat_id: int | None
    # Staff id -> contact id awaiting a typed note (lost on restart: only the note is).
    pending_notes: dict[int, int] = field(default_factory=dict)
    flood: FloodGate = field(default_factory=FloodGate)


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


def keyboard(reply: Reply) -> dict[str, str] | None:
    """The reply's keyboard as the Bot API's JSON, for a send's ``api_kwargs``."""
    buttons = reply.buttons
    # A question's reply is rendered once (dialogues.engine.Context.rendered), so the same
    # buttons come back as the same object: found by identity, without hashing every
    # button (most of _encoded's look-up). The entry holds the object, so its id stays its.
    held = _by_identity.get(id(buttons))
    if held is not None and held[0] is buttons:
        return held[1]
    encoded = _encoded(buttons)
    if len(_by_identity) >= 4096:
        _by_identity.clear()
    _by_identity[id(buttons)] = (buttons, encoded)
    return encoded


_by_identity: dict[int, tuple[tuple[tuple[Button, ...], ...], dict[str, str] | None]] = {}


async def say(bot: Bot, chat_id: int, reply: Reply) -> int:
    """Send ``reply``; the id of the message sent."""
    sent = await api(bot, "sendMessage", _message(chat_id, reply))
    return int(sent["message_id"])


async def say_each(bot: Bot, key: str, replies: list[Reply]) -> list[int]:
    """Send ``replies`` in order to the chat ``key`` (as :func:`chat_key` makes it), unasked
    (no press to edit); the ids of the messages sent."""
    chat_id = int(key.removeprefix("tg:"))
    return [await say(bot, chat_id, reply) for reply in replies]


async def say_instead(bot: Bot, chat_id: int, message_id: int, reply: Reply) -> None:
    """Put ``reply`` in place of the bot's message ``message_id``."""
    await api(bot, "editMessageText", {**_message(chat_id, reply), "message_id": message_id})


async def answer_press(bot: Bot, query: CallbackQuery) -> None:
    """Stop the spinner Telegram shows on a pressed button."""
    await api(bot, "answerCallbackQuery", {"callback_query_id": query.id})


async def api(bot: Bot, method: str, data: dict[str, object]) -> Any:
    """One Bot API call, answered with the Bot API's own JSON: for the calls of every update.

    python-telegram-bot's methods (``send_message``, ``answer_callback_query``) fill in the
    bot's defaults, then turn the answer into objects: a ``Message`` took 64 µs for the
    smallest (116 µs with its sender and keyboard, measured), as much as the rest of an
    update's own work, and only its id is kept. ``Bot._do_post`` is where those methods
    post: the same request layer, raising the same errors (BadRequest...).
    """
    if isinstance(bot, ExtBot) and bot.defaults is not None:
        # Defaults (none set by rjbot) are filled in only by the methods' own path.
        return await bot._post(method, data)
    return await bot._do_post(method, data)


def _message(chat_id: int, reply: Reply) -> dict[str, object]:
    data: dict[str, object] = {"chat_id": chat_id, "text": reply.text}
    encoded = keyboard(reply)
    if encoded is not None:
        data.update(encoded)
    return data


@lru_cache(maxsize=4096)
def _encoded(buttons: tuple[tuple[Button, ...], ...]) -> dict[str, str] | None:
    """Each keyboard encoded once: they repeat from person to person (one per step, language
    and ticked options), and turning python-telegram-bot's objects into JSON on every send
    cost more than the rest of the send. A string parameter goes out as it is."""
    built = markup([[(b.label, b.data) for b in row] for row in buttons])
    if built is None:
        return None
    return {"reply_markup": json.dumps(built.to_dict(), ensure_ascii=False, separators=(",", ":"))}


async def converse(update: Update, context: Context, event: Event) -> None:
    """Run one event through the engine and send what it says, in order."""
    data = bot_data(context)
    user = update.effective_user
    chat = update.effective_chat
    assert chat is not None
    key = chat_key(update)
    allowed = data.flood.allow(key)
    if not allowed:
        if allowed is None:
            await context.bot.send_message(
                chat.id,
                translator((user.language_code or "en")[:2] if user else "en").gettext(TOO_FAST),
            )
        return
    incoming = update.message.message_id if update.message else None
    pressed = update.callback_query.message if update.callback_query else None

    async def deliver(result: Result) -> list[int]:
        """Send the replies, in order; the ids of the new messages (saved with the next
        commit, whoever's it is: known only once sent)."""
        sent: list[int] = []
        for reply in result.replies:
            if reply.edit and pressed is not None:
                try:
                    await say_instead(context.bot, chat.id, pressed.message_id, reply)
                    continue
                except BadRequest:
                    # Too old to edit, or unchanged: a new message does as well.
                    pass
            sent.append(await say(context.bot, chat.id, reply))
        return sent

    result = await data.conversations.handle(
        key,
        event,
        language=user.language_code if user else None,
        update_id=update.update_id,
        messages=(incoming,) if incoming else (),
        deliver=deliver,
    )
    if result.duplicate:
        return
    if result.quick_exit:
        await quick_exit(context, data, key, chat.id, incoming)
        return
    for notice in result.notices:
        await announce(context, data, notice)
    for reference in result.withdrawn:
        await tell_team(
            context,
            data,
            f"{reference} was withdrawn by the person. Their details have been erased.",
        )


async def send_unsent(bot: Bot, data: BotData) -> int:
    """As a lone polling bot starts: answer the updates it saved but was killed before
    answering (Telegram does not give a polling bot those updates again)."""

    async def send(key: str, replies: list[Reply]) -> list[int] | None:
        try:
            return await say_each(bot, key, replies)
        except TelegramError as error:
            # Left unsent: the person's next message is answered as usual.
            logger.warning("a saved answer was not delivered: %s", type(error).__name__)
            return None

    return await data.conversations.resend_unsent(send, prefix="tg:", within=RESEND_WITHIN)


async def send_surveys(bot: Bot, data: BotData) -> int:
    """Open the outcome survey in the chat of each closed case whose person agreed to it.

    Only at a time the person said is safe to contact them. A survey is marked sent
    only once its message went; a person part-way through something else is asked at
    a later sweep.
    """
    store = data.conversations.store
    local = data.conversations.clock().astimezone(
        ZoneInfo(data.conversations.profile.deadlines.timezone)
    )
    sent = 0
    for due in await surveys_due(store):
        if not due.chat.startswith("tg:") or not safe_to_write(due.safe_times, local):
            continue
        result = await data.conversations.invite_survey(due.chat, due.reference, due.party)
        if not result.replies:
            continue
        try:
            ids = await say_each(bot, due.chat, result.replies)
        except TelegramError as error:
            logger.warning("survey not delivered yet: %s", type(error).__name__)
            continue
        data.conversations.remember(due.chat, ids)
        await mark_survey_sent(store, due.reference)
        sent += 1
    return sent


async def quick_exit(
    context: Context, data: BotData, key: str, chat_id: int, incoming: int | None
) -> None:
    """Delete every message of the chat that Telegram lets a bot delete, and say nothing."""
    await data.conversations.steps.flush()  # message ids still queued are in the store too
    ids = await data.conversations.store.forget_messages(key, DELETABLE)
    for message_id in sorted({*ids, *([incoming] if incoming else [])}):
        # Anything Telegram refuses (too old, already gone) is simply left.
        with contextlib.suppress(TelegramError):
            await context.bot.delete_message(chat_id, message_id)


async def tell_team(context: Context, data: BotData, text: str) -> None:
    if data.facilitator_chat_id is None:
        return
    try:
        await context.bot.send_message(data.facilitator_chat_id, text)
    except TelegramError as error:
        logger.warning("could not tell the team: %s", type(error).__name__)


async def announce(context: Context, data: BotData, notice: Alert) -> None:
    """Tell the team's chat of a new referral now, through the alert kept with it: if
    this send fails, or the bot stops first, the next sweep says it (once)."""
    await deliver(
        data.desk, notice, sender(context.bot), data.facilitator_chat_id, data.conversations.clock()
    )


def sender(bot: Bot) -> Send:
    """A sweep's way to send: a message to a chat, False if Telegram refused it."""

    async def send(chat_id: int, message: str) -> bool:
        try:
            await bot.send_message(chat_id, message)
        except TelegramError as error:
            # The alert waits in the store for the next try; say so in the log.
            logger.warning("alert not delivered: %s", type(error).__name__)
            return False
        return True

    return send
