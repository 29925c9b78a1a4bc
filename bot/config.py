"""Settings from the environment. Secrets come only from here, never from files in the repo."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

DEFAULT_DB = Path("rjbot.sqlite3")


@dataclass(frozen=True)
class TelegramSettings:
    token: str
    api_url: str | None
    facilitator_chat_id: int | None


class ConfigError(Exception):
    """A setting is missing or wrong; the message says which and how to fix it."""


def telegram_settings(env: dict[str, str] | None = None) -> TelegramSettings:
    env = dict(os.environ) if env is None else env
    token = env.get("RJBOT_TELEGRAM_TOKEN", "").strip()
    if not token:
        raise ConfigError(
            "RJBOT_TELEGRAM_TOKEN is not set. Get a token from @BotFather and export it, "
            "or try the bot without Telegram: rjbot chat"
        )
    chat = env.get("RJBOT_FACILITATOR_CHAT_ID", "").strip()
    try:
        chat_id = int(chat) if chat else None
    except ValueError:
        raise ConfigError(
            "RJBOT_FACILITATOR_CHAT_ID must be a Telegram chat id (a whole number, "
            "negative for groups)."
        ) from None
    return TelegramSettings(
        token=token,
        api_url=env.get("RJBOT_TELEGRAM_API_URL", "").strip() or None,
        facilitator_chat_id=chat_id,
    )
