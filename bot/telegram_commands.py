"""The command list and description Telegram shows, in every offered language."""

from __future__ import annotations

import logging

from telegram import BotCommand
from telegram.error import TelegramError
from telegram.ext import Application

from dialogues.i18n import N_, available_languages, translator

logger = logging.getLogger(__name__)

COMMANDS = (
    # Translators: Telegram's command list; each at most 256 characters, short is best.
    ("start", N_("Main menu")),
    ("refer", N_("Refer yourself")),
    ("enquire", N_("I caused harm: can I take part?")),
    ("privacy", N_("What we keep and why")),
    ("language", N_("Change language")),
    ("withdraw", N_("Delete my details")),
    ("exit", N_("Quick exit: delete this chat")),
    ("cancel", N_("Stop and delete what I typed")),
    ("help", N_("How to use this chat")),
)


def commands(language: str) -> list[BotCommand]:
    t = translator(language)
    return [BotCommand(name, t.gettext(description)) for name, description in COMMANDS]


async def publish(app: Application) -> None:  # type: ignore[type-arg]
    """Set the command list for each offered language (English is the default for others)."""
    try:
        await app.bot.set_my_commands(commands("en"))
        for language in available_languages():
            if language != "en":
                await app.bot.set_my_commands(commands(language), language_code=language)
    except TelegramError as error:
        # Cosmetic: the bot works without it, so say so and carry on.
        logger.warning("command list not published: %s", type(error).__name__)
