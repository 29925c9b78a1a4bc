"""The Telegram channel: one python-telegram-bot ``Application`` for people and staff."""

from bot.telegram.app import build_application
from bot.telegram.webhook import serve_webhook

__all__ = ["build_application", "serve_webhook"]
