"""The web app: one Starlette application over the same store as every other channel.

Each part of the web channel (the staff desk, the web chat) is a package exposing
``routes()``; this module mounts them with the vendored static files, wraps them in
the security headers, and opens the store for the app's lifetime.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable, Sequence
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.middleware import Middleware
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import BaseRoute, Mount, Route
from starlette.staticfiles import StaticFiles

from bot.profile import ServiceProfile
from bot.web import chat, desk
from bot.web.pages import render
from bot.web.security import Access, SecurityHeaders, access_of, allow
from referral_store import Store
from referral_store.crypto import Keyring

STATIC = Path(__file__).resolve().parent / "static"
# Each part of the web channel: the staff desk and the web chat.
PARTS = (desk, chat)


@dataclass
class Web:
    """What every handler reaches through ``request.app.state.web``."""

    profile: ServiceProfile
    store: Store
    # The time sessions and codes are checked against (tests move it on).
    clock: Callable[[], datetime] = field(default=lambda: datetime.now(UTC))

    def now(self) -> datetime:
        return self.clock()


def static_files() -> Mount:
    mount = Mount("/static", app=StaticFiles(directory=STATIC), name="static")
    # Fonts, styles, scripts and images: anyone may fetch them (no personal data).
    setattr(mount, "rjbot_access", Access.PUBLIC)  # noqa: B010
    return mount


def all_routes() -> list[BaseRoute]:
    return [static_files(), *(route for part in PARTS for route in part.routes())]


def unguarded(routes: Sequence[BaseRoute]) -> list[str]:
    """Paths whose endpoint says nothing of who may open it (see security.allow)."""
    found = []
    for route in routes:
        if isinstance(route, Route) and access_of(route.endpoint) is None:
            found.append(route.path)
        elif isinstance(route, Mount) and getattr(route, "rjbot_access", None) is None:
            found.extend(f"{route.path}{path}" for path in unguarded(route.routes) or [""])
    return found


async def _error(request: Request, error: Exception) -> Response:
    """A refusal as a short, kind page (never a stack trace)."""
    status = error.status_code if isinstance(error, HTTPException) else 500
    return render(request, "error.html", {"status": status}, status=status)


def build_app(
    profile: ServiceProfile, db: Path | str, keyring: Keyring, *, store: Store | None = None
) -> Starlette:
    """The ASGI app; it opens the store at ``db`` while it runs (or uses ``store``)."""
    routes = all_routes()
    missing = unguarded(routes)
    if missing:
        raise RuntimeError(f"routes without an access rule: {missing}")

    @asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        if store is not None:
            app.state.web = Web(profile, store)
            yield
            return
        async with await Store.open(db, profile.deadlines, keyring) as opened:
            app.state.web = Web(profile, opened)
            yield

    return Starlette(
        routes=routes,
        middleware=[Middleware(SecurityHeaders), *desk.middleware()],
        exception_handlers={HTTPException: _error, 500: _error},
        lifespan=lifespan,
    )


def serve(profile: ServiceProfile, db: Path | str, keyring: Keyring, host: str, port: int) -> None:
    """Run the app under uvicorn until stopped (``rjbot web``)."""
    import uvicorn

    uvicorn.run(
        build_app(profile, db, keyring),
        host=host,
        port=port,
        # Only a proxy on this machine may say the request came over https.
        proxy_headers=True,
        forwarded_allow_ips="127.0.0.1",
        server_header=False,
        access_log=False,
        log_level="warning",
    )


__all__ = ["Web", "allow", "build_app", "serve"]
