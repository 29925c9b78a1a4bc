"""A bare python-telegram-bot echo bot: proof that the emulator works, and the baseline the
benchmarks compare rjbot with (same library, same polling, no dialogue logic).

Run as ``python -m tests.e2e.echo_bot``; configured like rjbot by ``RJBOT_TELEGRAM_TOKEN``,
``RJBOT_TELEGRAM_API_URL`` (the emulator's ``.../bot``) and ``RJBOT_POLL_INTERVAL``. It echoes
any text (commands too, so a benchmark can send rjbot's steps to it unchanged); ``/buttons``
shows an inline keyboard whose presses exercise answerCallbackQuery, editMessageText and
sendMessage, the three calls a button press costs rjbot.
"""

from __future__ import annotations

import os

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.ext import (
    ApplicationBuilder,
    CallbackQueryHandler,
    CommandHandler,
    ContextTypes,
    MessageHandler,
    filters,
)

BUTTONS = ("Left", "Right")
PROMPT = "Pick one"


async def echo(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Say the text back."""
    assert update.effective_chat is not None and update.effective_message is not None
    await context.bot.send_message(update.effective_chat.id, update.effective_message.text or "")


async def buttons(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Offer two inline buttons."""
    assert update.effective_chat is not None
    keyboard = [[InlineKeyboardButton(label, callback_data=f"pick:{label}") for label in BUTTONS]]
    await context.bot.send_message(
        update.effective_chat.id, PROMPT, reply_markup=InlineKeyboardMarkup(keyboard)
    )


async def pressed(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Answer a press: stop the client's spinner, replace the menu, then say so in a new message."""
    query = update.callback_query
    assert query is not None and update.effective_chat is not None
    label = (query.data or "").removeprefix("pick:")
    await query.answer(f"{label} it is")
    await query.edit_message_text(f"You chose {label}")
    await context.bot.send_message(update.effective_chat.id, f"You pressed {label}")


def main() -> None:
    """Poll the Bot API at ``RJBOT_TELEGRAM_API_URL`` until SIGTERM."""
    builder = ApplicationBuilder().token(os.environ["RJBOT_TELEGRAM_TOKEN"])
    if api := os.environ.get("RJBOT_TELEGRAM_API_URL"):
        builder = builder.base_url(api)
    app = builder.build()
    app.add_handler(CommandHandler("buttons", buttons))
    app.add_handler(MessageHandler(filters.TEXT, echo))
    app.add_handler(CallbackQueryHandler(pressed))
    # The emulator answers getUpdates at once (no long polling): poll briskly.
    app.run_polling(poll_interval=float(os.environ.get("RJBOT_POLL_INTERVAL", "0.05")))


if __name__ == "__main__":
    main()
