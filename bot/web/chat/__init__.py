"""The web chat: people refer themselves from the service's own website (docs/webchat.md)."""

from __future__ import annotations

from starlette.routing import BaseRoute

from bot.web.chat.pages import WebChat


def routes() -> list[BaseRoute]:
    """The chat's pages, for the web app to mount (bot/web/app.py)."""
    return WebChat().routes()


__all__ = ["WebChat", "routes"]
