"""The Telegram channel: one python-telegram-bot ``Application`` for people and staff."""

from bot.telegram.app import build_application

__all__ = ["build_application"]
