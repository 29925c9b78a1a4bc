"""The staff desk in a browser: accounts, the queue, cases, reports, audit, staff."""

from bot.web.desk.routes import middleware, routes

__all__ = ["middleware", "routes"]
