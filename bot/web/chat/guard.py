"""What every chat request passes before the engine sees it: where it came from, its size,
how fast its client is posting; and the headers that keep a chat out of caches and frames."""

from __future__ import annotations

import os
from urllib.parse import parse_qsl, urlsplit

from starlette.requests import Request
from starlette.responses import Response

from bot.web.security import CSP

# A chat form is a few fields of at most a few thousand characters (forms.MAX_ANSWER).
MAX_BODY = 16 * 1024
MAX_FIELDS = 8


class TooLarge(Exception):
    """The post is larger than any chat form makes."""


def posts_per_10s() -> int:
    """The same setting as Telegram's flood limit: what a person typing never reaches."""
    try:
        return max(1, int(os.environ.get("RJBOT_FLOOD_PER_10S", "12")))
    except ValueError:
        return 12


def client_of(request: Request) -> str:
    """Who is posting: the client's address (behind a proxy, uvicorn's --proxy-headers)."""
    return request.client.host if request.client else "unknown"


def same_origin(request: Request) -> bool:
    """A post from this site's own pages, not a form on another site (login CSRF: a chat
    started or carried on with someone else's code would show them what is typed)."""
    fetch_site = request.headers.get("sec-fetch-site")
    if fetch_site is not None:
        return fetch_site in ("same-origin", "none")
    origin = request.headers.get("origin")
    if origin is None:
        # Old browsers and plain clients send neither; the cookie is SameSite=Strict.
        return True
    parts = urlsplit(origin)
    return parts.netloc == request.url.netloc and parts.scheme == request.url.scheme


async def form_of(request: Request) -> dict[str, str]:
    """A url-encoded post's fields, refusing anything larger than a chat form."""
    declared = request.headers.get("content-length")
    if declared is not None and (not declared.isdigit() or int(declared) > MAX_BODY):
        raise TooLarge
    body = bytearray()
    async for chunk in request.stream():
        body += chunk
        if len(body) > MAX_BODY:
            raise TooLarge
    try:
        pairs = parse_qsl(
            body.decode("utf-8", "replace"), keep_blank_values=True, max_num_fields=MAX_FIELDS
        )
    except ValueError:
        raise TooLarge from None
    return dict(pairs)


def private(response: Response, *, exit_to: str, embed_on: tuple[str, ...]) -> Response:
    """The web app's policy (bot/web/security.py), but for two things: quick exit is a form
    post redirected to the neutral site, and the service's own pages may frame the chat
    (where frame-ancestors is given, browsers ignore X-Frame-Options)."""
    exit_origin = "{0.scheme}://{0.netloc}".format(urlsplit(exit_to))
    frames = " ".join(embed_on) if embed_on else "'none'"
    response.headers["Content-Security-Policy"] = CSP.replace(
        "form-action 'self'", f"form-action 'self' {exit_origin}"
    ).replace("frame-ancestors 'none'", f"frame-ancestors {frames}")
    return response
