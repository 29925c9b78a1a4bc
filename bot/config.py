"""Settings from the environment. Secrets come only from here, never from files in the repo."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from referral_store.crypto import DataKeyError, Keyring, load_keyring

DEFAULT_DB = Path("rjbot.sqlite3")
# Where staff open the web desk (rjbot web), for the sign-up links `rjbot staff invite` prints.
DEFAULT_WEB_URL = "http://127.0.0.1:8080"


def web_url(env: dict[str, str] | None = None) -> str:
    """The web desk's public address, from RJBOT_WEB_URL (https behind a proxy)."""
    env = dict(os.environ) if env is None else env
    return (env.get("RJBOT_WEB_URL", "").strip() or DEFAULT_WEB_URL).rstrip("/")


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


def keyring(db: Path, env: dict[str, str] | None = None) -> Keyring:
    """The data keyring: RJBOT_DATA_KEY, else RJBOT_DATA_KEY_FILE, else the key file beside the db.

    Raises :class:`ConfigError` with the fix when the key is missing or wrong.
    """
    env = dict(os.environ) if env is None else env
    key_file = env.get("RJBOT_DATA_KEY_FILE", "").strip()
    try:
        return load_keyring(
            db, env.get("RJBOT_DATA_KEY", "").strip() or None, Path(key_file) if key_file else None
        )
    except DataKeyError as error:
        raise ConfigError(f"data key: {error}") from None
