"""The command list and descriptions Telegram shows, in every offered language."""

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
    # Translators: speaks to the reader; no gendered forms (docs/languages.md).
    ("refer", N_("Refer yourself")),
    ("enquire", N_("I caused harm: can I take part?")),
    ("privacy", N_("What we keep and why")),
    # Translators: speaks to the reader; no gendered forms (docs/languages.md).
    ("language", N_("Change language")),
    # Translators: the reader's own words; no gendered forms (docs/languages.md).
    ("withdraw", N_("Delete my details")),
    ("exit", N_("Quick exit: delete this chat")),
    # Translators: the reader's own words; no gendered forms (docs/languages.md).
    ("cancel", N_("Stop and delete what I typed")),
    ("help", N_("How to use this chat")),
)


# Translators: shown in an empty chat before the person presses Start; at most 512 characters.
# Speaks to the reader; no gendered forms (docs/languages.md).
DESCRIPTION = N_(
    "Restorative justice helps people harmed by crime to communicate with the person who "
    "harmed them, if everyone wants to. Here you can find out about it and refer yourself. "
    "It is free and confidential. If you are in danger now, call 999."
)
# Translators: shown on the bot's profile and in shared links; at most 120 characters.
# Speaks to the reader; no gendered forms (docs/languages.md).
SHORT_DESCRIPTION = N_(
    "Find out about restorative justice and refer yourself. Free and confidential."
)


def commands(language: str) -> list[BotCommand]:
    t = translator(language)
    return [BotCommand(name, t.gettext(description)) for name, description in COMMANDS]


async def publish(app: Application) -> None:  # type: ignore[type-arg]
    """Set the command list and descriptions for each offered language (English by default)."""
    try:
        for language in available_languages():
            code = None if language == "en" else language
            t = translator(language)
            await app.bot.set_my_commands(commands(language), language_code=code)
            await app.bot.set_my_description(t.gettext(DESCRIPTION), language_code=code)
            await app.bot.set_my_short_description(t.gettext(SHORT_DESCRIPTION), language_code=code)
    except TelegramError as error:
        # Cosmetic: the bot works without it, so say so and carry on.
        logger.warning("command list not published: %s", type(error).__name__)
