"""The web chat: people refer themselves from the service's own website (docs/webchat.md)."""

from bot.web.chat.pages import WebChat

__all__ = ["WebChat"]
