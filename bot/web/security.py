"""What every web page shares for safety: headers, cookies, CSRF, and who may see a route.

Every route's endpoint carries an :class:`Access` rule (set by :func:`allow`); the app
refuses to start with a route that has none, and tests/test_web_routes.py walks the
route list, so a new page cannot forget to say who may open it.
"""

from __future__ import annotations

import json
import secrets
from collections.abc import Awaitable, Callable
from enum import StrEnum
from functools import wraps
from typing import Any, Protocol
from urllib.parse import parse_qsl, urlencode, urlsplit

from starlette.datastructures import FormData, MutableHeaders
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import RedirectResponse, Response
from starlette.routing import Match, Route
from starlette.types import ASGIApp, Message, Receive, Scope, Send

# No inline script or style anywhere: every script is a file served from here, so a
# value that slipped through escaping still cannot run. Nothing loads from elsewhere.
CSP = "; ".join(
    (
        "default-src 'none'",
        "script-src 'self'",
        "style-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "manifest-src 'self'",
        "form-action 'self'",
        "frame-ancestors 'none'",
        "base-uri 'none'",
    )
)
HEADERS = {
    "content-security-policy": CSP,
    "x-content-type-options": "nosniff",
    "x-frame-options": "DENY",
    "referrer-policy": "no-referrer",
    "cross-origin-opener-policy": "same-origin",
    "cross-origin-resource-policy": "same-origin",
    "permissions-policy": "camera=(), microphone=(), geolocation=(), interest-cohort=()",
}
# Pages hold personal data: no browser or proxy may keep a copy. Static files may.
NO_STORE = "no-store"
STATIC_PREFIX = "/static/"
CSRF_COOKIE = "rjbot_csrf"
CSRF_FIELD = "csrf"
# A request a page makes on its own (the queue's refresh) says so with this header: it is
# not someone using the desk, so it must not keep their session alive.
BACKGROUND_HEADER = "x-rjbot-background"
# For htmx's hx-headers attribute (the CSP allows no script to add it).
BACKGROUND_HX_HEADERS = json.dumps({BACKGROUND_HEADER: "1"})
# Where the session layer (bot/web/desk/session.py) leaves the idle sign-out's timing.
IDLE_KEY = "rjbot.idle"


class SecurityHeaders:
    """Pure ASGI middleware: the headers above on every response, HSTS behind https."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        static = str(scope.get("path", "")).startswith(STATIC_PREFIX)
        https = scope.get("scheme") == "https"

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = MutableHeaders(scope=message)
                for name, value in HEADERS.items():
                    headers.setdefault(name, value)
                if not static:
                    headers["cache-control"] = NO_STORE
                if https:
                    headers.setdefault("strict-transport-security", "max-age=63072000")
            await send(message)

        await self.app(scope, receive, send_with_headers)


def secure(request: Request) -> bool:
    """Behind https (uvicorn reads the proxy's X-Forwarded-Proto from a trusted proxy)."""
    return request.url.scheme == "https"


def set_cookie(
    response: Response, request: Request, name: str, value: str, max_age: int | None = None
) -> None:
    """Every cookie: unreadable by script, never sent from another site, https-only there."""
    response.set_cookie(
        name,
        value,
        max_age=max_age,
        path="/",
        secure=secure(request),
        httponly=True,
        samesite="strict",
    )


def clear_cookie(response: Response, request: Request, name: str) -> None:
    response.delete_cookie(name, path="/", secure=secure(request), httponly=True, samesite="strict")


# -- CSRF: a random token in an HttpOnly cookie, repeated in every form ------------------


def csrf_token(request: Request) -> str:
    """This browser's token (made on first use; :func:`keep_csrf` stores it in the cookie)."""
    token = request.scope.setdefault("rjbot.csrf", request.cookies.get(CSRF_COOKIE, ""))
    if len(token) < 32:
        token = secrets.token_urlsafe(32)
        request.scope["rjbot.csrf"] = token
    return str(token)


def keep_csrf(request: Request, response: Response) -> None:
    """Set the CSRF cookie when this response made a new token."""
    token = request.scope.get("rjbot.csrf")
    if token and token != request.cookies.get(CSRF_COOKIE):
        set_cookie(response, request, CSRF_COOKIE, str(token))


async def checked_form(request: Request) -> FormData:
    """The posted form, only if it carries this browser's CSRF token; else 403.

    SameSite=Strict cookies already keep other sites out; the token is the second lock,
    for browsers that ignore SameSite and for a page of ours tricked into posting.
    """
    form = await request.form()
    sent = form.get(CSRF_FIELD)
    kept = request.cookies.get(CSRF_COOKIE, "")
    if not isinstance(sent, str) or len(kept) < 32 or not secrets.compare_digest(sent, kept):
        raise HTTPException(403, "csrf")
    return form


# -- who may open a route ---------------------------------------------------------------


class Access(StrEnum):
    PUBLIC = "public"  # anyone: sign-in, join, static files, the web chat
    STAFF = "staff"  # a signed-in facilitator or manager
    MANAGER = "manager"  # a signed-in manager


class Member(Protocol):
    """Who is signed in, as the desk's session layer puts it in ``scope["rjbot.staff"]``."""

    @property
    def role(self) -> str: ...


Endpoint = Callable[[Request], Awaitable[Response]]
ACCESS_ATTRIBUTE = "rjbot_access"
SIGN_IN = "/sign-in"


# After signing in again, these one-off notes ("The case is yours.") would be untrue.
FLASH = frozenset({"done", "message"})
LONGEST_PATH = 2000


def background(scope: Scope) -> bool:
    """Whether the page asked on its own (see BACKGROUND_HEADER), not the person."""
    return (BACKGROUND_HEADER.encode(), b"1") in scope.get("headers", ())


def signed_in(request: Request) -> Any:
    return request.scope.get("rjbot.staff")


def local_path(target: str) -> bool:
    """A path on this server, never another site: browsers read "//evil.example" and
    "/\\evil.example" as another host, so both are refused, as is anything with a scheme."""
    if not target.startswith("/") or target.startswith("//") or "\\" in target:
        return False
    parts = urlsplit(target)
    return (
        len(target) <= LONGEST_PATH
        and target.isprintable()
        and not parts.scheme
        and not parts.netloc
    )


def return_path(request: Request, target: str) -> str:
    """Where to go back to after signing in: ``target`` if it is a desk page (one of this
    app's pages that needs sign-in), without its one-off notes; else ``""``."""
    if not local_path(target):
        return ""
    parts = urlsplit(target)
    scope = {"type": "http", "path": parts.path, "method": "GET"}
    for route in request.app.routes:
        if isinstance(route, Route) and route.matches(scope)[0] is Match.FULL:
            if access_of(route.endpoint) in (Access.STAFF, Access.MANAGER):
                kept = [(k, v) for k, v in parse_qsl(parts.query) if k not in FLASH]
                return parts.path + (f"?{urlencode(kept)}" if kept else "")
            return ""
    return ""


def sign_in_again(request: Request) -> Response:
    """An htmx request whose session has ended: htmx takes the whole page to sign-in (the
    sign-in page pasted into the queue's table would be no use), and back afterwards."""
    current = urlsplit(request.headers.get("hx-current-url", ""))
    back = return_path(request, current.path + (f"?{current.query}" if current.query else ""))
    return Response(status_code=204, headers={"HX-Redirect": sign_in_url("session", back)})


def sign_in_url(ended: str, back: str) -> str:
    """The sign-in page, saying why the session ended (bot/web/desk/accounts.py ENDED) and
    where to go back to afterwards."""
    return f"{SIGN_IN}?{urlencode({'ended': ended, **({'next': back} if back else {})})}"


def allow(access: Access) -> Callable[[Endpoint], Endpoint]:
    """Declare who may open an endpoint, and refuse everyone else.

    Nobody signed in: htmx is told to take the page to sign-in, a page asks them to sign
    in (303), anything else is 403. A facilitator on a manager's page: 403.
    """

    def decorate(endpoint: Endpoint) -> Endpoint:
        @wraps(endpoint)
        async def guarded(request: Request) -> Response:
            if access is not Access.PUBLIC:
                member = signed_in(request)
                if member is None:
                    if request.headers.get("hx-request") == "true":
                        return sign_in_again(request)
                    if request.method in ("GET", "HEAD"):
                        return RedirectResponse(SIGN_IN, status_code=303)
                    raise HTTPException(403, "sign in")
                if access is Access.MANAGER and str(member.role) != "manager":
                    raise HTTPException(403, "managers only")
            return await endpoint(request)

        setattr(guarded, ACCESS_ATTRIBUTE, access)
        return guarded

    return decorate


def access_of(endpoint: object) -> Access | None:
    found = getattr(endpoint, ACCESS_ATTRIBUTE, None)
    return found if isinstance(found, Access) else None
