"""The desk's route table: every path, its handler, and (on the handler) who may open it."""

from __future__ import annotations

from starlette.middleware import Middleware
from starlette.requests import Request
from starlette.responses import RedirectResponse, Response
from starlette.routing import BaseRoute, Route

from bot.web.desk import accounts, cases, manage
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
        Route("/session/keep", accounts.keep_session, methods=["POST"]),
        Route("/language", accounts.choose_language, methods=["POST"]),
        Route("/queue", cases.queue_page, methods=["GET"]),
        Route("/queue/rows", cases.queue_rows, methods=["GET"]),
        Route("/case/{reference}", cases.case_page, methods=["GET"]),
        Route("/case/{reference}/claim", cases.claim, methods=["POST"]),
        Route("/case/{reference}/release", cases.release, methods=["POST"]),
        Route("/case/{reference}/contact", cases.contact, methods=["POST"]),
        Route("/case/{reference}/status", cases.set_status, methods=["POST"]),
        Route("/case/{reference}/close", cases.close_page, methods=["GET"]),
        Route("/case/{reference}/close", cases.close, methods=["POST"]),
        Route("/case/{reference}/care", cases.mark_care, methods=["POST"]),
        Route("/case/{reference}/onward", cases.refer_on, methods=["POST"]),
        Route("/case/{reference}/reassign", cases.reassign, methods=["POST"]),
        Route("/case/{reference}/first-contact", cases.first_contact, methods=["POST"]),
        Route("/case/{reference}/monitoring", cases.record_monitoring, methods=["POST"]),
        Route("/case/{reference}/survey", cases.record_survey, methods=["POST"]),
        Route("/reports", manage.reports_page, methods=["GET"]),
        Route("/reports/{quarter}/charts.png", manage.report_charts, methods=["GET"]),
        Route("/reports/{quarter}/return.zip", manage.report_download, methods=["GET"]),
        Route("/audit", manage.audit_page, methods=["GET"]),
        Route("/staff", manage.staff_page, methods=["GET"]),
        Route("/staff/invite", manage.invite, methods=["POST"]),
        Route("/staff/{staff_id:int}/training", manage.set_training, methods=["POST"]),
        Route("/staff/{staff_id:int}/role", manage.set_role, methods=["POST"]),
        Route("/staff/{staff_id:int}/sign-in", manage.disable, methods=["POST"]),
        Route("/staff/{staff_id:int}/two-factor", manage.reset_two_factor, methods=["POST"]),
        Route("/staff/{staff_id:int}/web-link", manage.web_link, methods=["POST"]),
        Route("/staff/{staff_id:int}/remove", manage.remove_page, methods=["GET"]),
        Route("/staff/{staff_id:int}/remove", manage.remove, methods=["POST"]),
        Route("/service", manage.service_page, methods=["GET"]),
    ]


def middleware() -> list[Middleware]:
    return [Middleware(Sessions)]
