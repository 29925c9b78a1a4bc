"""Settings from the environment. Secrets come only from here, never from files in the repo."""

from __future__ import annotations

import os
import re
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


# Telegram's rule for a webhook's secret token: 1-256 of A-Z, a-z, 0-9, _ and -.
_WEBHOOK_SECRET = re.compile(r"[A-Za-z0-9_-]{1,256}")


def webhook_secret(env: dict[str, str] | None = None) -> str:
    """RJBOT_WEBHOOK_SECRET: Telegram sends it with every post, so posts from anyone else
    (who can reach the proxy but does not know it) are refused."""
    env = dict(os.environ) if env is None else env
    secret = env.get("RJBOT_WEBHOOK_SECRET", "").strip()
    if not secret:
        raise ConfigError(
            "webhook mode needs RJBOT_WEBHOOK_SECRET: a long random value, for example from "
            "`openssl rand -hex 32`, that Telegram sends with every update"
        )
    if not _WEBHOOK_SECRET.fullmatch(secret) or len(secret) < 16:
        raise ConfigError(
            "RJBOT_WEBHOOK_SECRET must be 16 to 256 letters, digits, _ or - "
            "(for example from `openssl rand -hex 32`)"
        )
    return secret


def keyring(db: Path | str, env: dict[str, str] | None = None) -> Keyring:
    """The data keyring: RJBOT_DATA_KEY, else RJBOT_DATA_KEY_FILE, else the key file beside the db.

    Raises :class:`ConfigError` with the fix when the key is missing or wrong.
    """
    env = dict(os.environ) if env is None else env
    key_file = env.get("RJBOT_DATA_KEY_FILE", "").strip()
    if isinstance(db, str) and not key_file and not env.get("RJBOT_DATA_KEY", "").strip():
        # A URL has no folder to keep a key file beside.
        raise ConfigError(
            "data key: a PostgreSQL store needs its key in RJBOT_DATA_KEY or RJBOT_DATA_KEY_FILE"
        )
    try:
        return load_keyring(
            Path(db) if isinstance(db, Path) else DEFAULT_DB,
            env.get("RJBOT_DATA_KEY", "").strip() or None,
            Path(key_file) if key_file else None,
        )
    except DataKeyError as error:
        raise ConfigError(f"data key: {error}") from None
