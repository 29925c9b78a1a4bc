"""The desk's route table: every path, its handler, and (on the handler) who may open it."""

from __future__ import annotations

from starlette.middleware import Middleware
from starlette.requests import Request
from starlette.responses import RedirectResponse, Response
from starlette.routing import BaseRoute, Route

from bot.web.desk import accounts
from bot.web.desk.session import Sessions
from bot.web.security import Access, allow, signed_in


@allow(Access.PUBLIC)
async def home(request: Request) -> Response:
    """The start: the queue for staff signed in, the sign-in page for anyone else."""
    return RedirectResponse("/queue" if signed_in(request) else "/sign-in", status_code=303)


def routes() -> list[BaseRoute]:
    return [
        Route("/", home, methods=["GET"]),
        Route("/sign-in", accounts.sign_in_page, methods=["GET"]),
        Route("/sign-in", accounts.sign_in, methods=["POST"]),
        Route("/join/{code}", accounts.join_page, methods=["GET"]),
        Route("/join/{code}", accounts.join, methods=["POST"]),
        Route("/two-factor", accounts.two_factor_page, methods=["GET"]),
        Route("/two-factor", accounts.two_factor, methods=["POST"]),
        Route("/account", accounts.account_page, methods=["GET"]),
        Route("/sign-out", accounts.sign_out, methods=["POST"]),
        Route("/sign-out-everywhere", accounts.sign_out_everywhere, methods=["POST"]),
        Route("/language", accounts.choose_language, methods=["POST"]),
    ]


def middleware() -> list[Middleware]:
    return [Middleware(Sessions)]
