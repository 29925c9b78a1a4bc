"""The web channel: one Starlette app for the staff desk (bot/web/desk) and web chat."""

from bot.web.app import build_app, serve

__all__ = ["build_app", "serve"]
