"""The like-for-like echo bot of the end-to-end benchmark: ``python -m benchmarks.echo_bot``.

It answers what a person does the way rjbot does, with no dialogue behind it: typed text
with one sendMessage, a button press with answerCallbackQuery and then one sendMessage
(two Bot API calls), every message carrying a keyboard with the labels the benchmark
presses. Configured like rjbot (``RJBOT_TELEGRAM_TOKEN``, ``RJBOT_TELEGRAM_API_URL``,
``RJBOT_POLL_INTERVAL``).
"""

from __future__ import annotations

import os

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.ext import ApplicationBuilder, CallbackQueryHandler, ContextTypes, MessageHandler
from telegram.ext import filters as telegram_filters

from benchmarks.e2e import LABELS

# One button a row, as rjbot lays out long labels.
KEYBOARD = InlineKeyboardMarkup(
    [[InlineKeyboardButton(label, callback_data=f"b{i}")] for i, label in enumerate(LABELS)]
)


async def echo(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Say the text back, with the keyboard."""
    assert update.effective_chat is not None and update.effective_message is not None
    await context.bot.send_message(
        update.effective_chat.id, update.effective_message.text or "-", reply_markup=KEYBOARD
    )


async def pressed(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Stop the client's spinner, then name the button in a new message, with the keyboard."""
    query = update.callback_query
    assert query is not None and update.effective_chat is not None
    await query.answer()
    label = LABELS[int((query.data or "b0").removeprefix("b"))]
    await context.bot.send_message(
        update.effective_chat.id, f"You pressed {label}", reply_markup=KEYBOARD
    )


def main() -> None:
    """Poll the Bot API at ``RJBOT_TELEGRAM_API_URL`` until SIGTERM."""
    builder = ApplicationBuilder().token(os.environ["RJBOT_TELEGRAM_TOKEN"])
    if api := os.environ.get("RJBOT_TELEGRAM_API_URL"):
        builder = builder.base_url(api)
    app = builder.build()
    app.add_handler(MessageHandler(telegram_filters.TEXT, echo))
    app.add_handler(CallbackQueryHandler(pressed))
    app.run_polling(poll_interval=float(os.environ.get("RJBOT_POLL_INTERVAL", "0.05")))


if __name__ == "__main__":
    main()
