"""Who is signed in: the session cookie, looked up in the store on every request.

The cookie holds only a random id; the store keeps its hash, who it belongs to, and when
it was made and last used (referral_store/accounts.py ends it after 30 idle minutes or
12 hours). A signed-in member of staff is put in ``scope["rjbot.staff"]``, where
bot.web.security.allow looks; one still setting up two-factor in ``scope["rjbot.setup"]``.
A request the page made on its own (security.background) does not count as use.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta
from http.cookies import CookieError, SimpleCookie
from typing import Any

from starlette.types import ASGIApp, Receive, Scope, Send

from bot.web.security import IDLE_KEY, STATIC_PREFIX, background
from referral_store import accounts

SESSION_COOKIE = "rjbot_session"
STAFF, SETUP, SESSION = "rjbot.staff", "rjbot.setup", "rjbot.session"
# The warning comes this long before the idle sign-out, as in GOV.UK's timeout pattern
# (enough time to come back to the desk and answer it).
WARN_BEFORE = timedelta(minutes=5)
# The idle limit in minutes, as the warning and the sign-in page state it.
IDLE_MINUTES = int(accounts.IDLE.total_seconds() // 60)


@dataclass(frozen=True)
class Idle:
    """What a desk page tells its script about the idle sign-out (bot/web/static/desk)."""

    left: int  # seconds until the session ends if nobody uses it
    warn: int  # seconds before that to show the warning
    minutes: int  # the idle limit, as the warning states it


def cookie_of(scope: Scope, name: str) -> str:
    for key, value in scope.get("headers", ()):
        if key == b"cookie":
            try:
                jar: SimpleCookie = SimpleCookie(value.decode("latin-1"))
            except CookieError:
                return ""
            if name in jar:
                return jar[name].value
    return ""


class Sessions:
    """Pure ASGI middleware: find the session before any handler runs."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http" and not str(scope.get("path", "")).startswith(STATIC_PREFIX):
            session_id = cookie_of(scope, SESSION_COOKIE)
            if session_id:
                web: Any = scope["app"].state.web
                now = web.now()
                found = await accounts.session(
                    web.store, session_id, now=now, active=not background(scope)
                )
                if found is not None:
                    scope[SESSION] = session_id
                    scope[STAFF if found.purpose == "desk" else SETUP] = found.staff
                    if found.purpose == "desk" and found.idle_until is not None:
                        scope[IDLE_KEY] = Idle(
                            left=int((found.idle_until - now).total_seconds()),
                            warn=int(WARN_BEFORE.total_seconds()),
                            minutes=IDLE_MINUTES,
                        )
        await self.app(scope, receive, send)
