"""A bare python-telegram-bot echo bot: the baseline the benchmarks compare rjbot with.

Configured like rjbot (RJBOT_TELEGRAM_TOKEN, RJBOT_TELEGRAM_API_URL, RJBOT_POLL_INTERVAL).
"""

from __future__ import annotations

import os

from telegram import Update
from telegram.ext import (
    ApplicationBuilder,
    CallbackQueryHandler,
    ContextTypes,
    MessageHandler,
    filters,
)


async def echo(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Say the text back."""
    assert update.effective_chat is not None and update.effective_message is not None
    await context.bot.send_message(update.effective_chat.id, update.effective_message.text or "")


async def pressed(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Answer a button press with a message."""
    assert update.callback_query is not None and update.effective_chat is not None
    await update.callback_query.answer()
    await context.bot.send_message(update.effective_chat.id, update.callback_query.data or "")


def main() -> None:
    builder = ApplicationBuilder().token(os.environ["RJBOT_TELEGRAM_TOKEN"])
    if api := os.environ.get("RJBOT_TELEGRAM_API_URL"):
        builder = builder.base_url(api)
    app = builder.build()
    app.add_handler(MessageHandler(filters.ALL, echo))
    app.add_handler(CallbackQueryHandler(pressed))
    app.run_polling(poll_interval=float(os.environ.get("RJBOT_POLL_INTERVAL", "0")))


if __name__ == "__main__":
    main()
