"""The terminal channel: the same conversation as Telegram, in a shell (``rjbot chat``)."""

from bot.terminal.console import CODE, chat, new_code

__all__ = ["CODE", "chat", "new_code"]
