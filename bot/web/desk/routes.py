"""The desk's route table: every path, its handler, and (on the handler) who may open it."""

from __future__ import annotations

from starlette.middleware import Middleware
from starlette.requests import Request
from starlette.responses import RedirectResponse, Response
from starlette.routing import BaseRoute, Route

from bot.web.security import Access, allow, signed_in


@allow(Access.PUBLIC)
async def home(request: Request) -> Response:
    """The start: the queue for staff signed in, the sign-in page for anyone else."""
    return RedirectResponse("/queue" if signed_in(request) else "/sign-in", status_code=303)


def routes() -> list[BaseRoute]:
    return [Route("/", home, methods=["GET"])]


def middleware() -> list[Middleware]:
    return []
