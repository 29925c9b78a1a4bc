"""Managers' pages: the quarterly return, the audit log, staff; and the service profile.

Each reads or acts through the same calls as ``rjbot report``, ``rjbot audit`` and
``rjbot staff``; nothing here changes the store by itself.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from typing import Any

from starlette.concurrency import run_in_threadpool
from starlette.datastructures import FormData
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import RedirectResponse, Response

from bot.config import web_url
from bot.files.report import SAFE_THRESHOLD, Bundle, bundle
from bot.staff.case import who
from bot.staff.text import D_, LONDON, explain
from bot.web.pages import render, translator_for
from bot.web.security import Access, allow, checked_form, signed_in
from referral_store import accounts
from referral_store.audit_reads import check, search
from referral_store.desk import Desk, DeskError, Role, Staff
from referral_store.report import Period, PeriodError, suppress

QUARTERS_SHOWN = 8
STAFF_DONE = {
    "trained": D_("Saved."),
    "role": D_("Role changed."),
    "disabled": D_("Sign-in stopped; their sessions have ended."),
    "enabled": D_("Sign-in allowed again."),
    "reset": D_("Two-factor reset: they set it up again when they next sign in."),
    "removed": D_("Removed; their cases are back in the queue."),
}


def web_of(request: Request) -> Any:
    return request.app.state.web


def _me(request: Request) -> Staff:
    member = signed_in(request)
    assert isinstance(member, Staff)
    return member


# -- reports ---------------------------------------------------------------------------


def _quarters(request: Request) -> list[str]:
    """The last complete quarters, newest first (the one in progress too, for a look)."""
    web = web_of(request)
    start = web.profile.reporting.year_starts_month
    period = Period.last_complete(web.now().date() + timedelta(days=92), start)
    found = []
    for _ in range(QUARTERS_SHOWN):
        found.append(period.label)
        period = Period.last_complete(period.start, start)
    return found


def _period(request: Request, text: str) -> Period:
    try:
        return Period.quarter(text, web_of(request).profile.reporting.year_starts_month)
    except PeriodError:
        raise HTTPException(404) from None


async def _bundle(request: Request, period: Period) -> tuple[Any, Bundle, int]:
    """The return for ``period``, audited as a report made by this manager."""
    web = web_of(request)
    profile = web.profile
    # Smaller counts only from the command line, with --allow-small-numbers.
    threshold = max(profile.reporting.suppress_below, SAFE_THRESHOLD)
    # The same staff action as Telegram's /report: a manager's, and audited.
    result = await Desk(web.store).make_return(
        _me(request), period, service=profile.service.name, now=web.now(), threshold=threshold
    )
    names = {a.id: a.name for a in profile.intake.areas}
    made = await run_in_threadpool(bundle, result, threshold=threshold, area_names=names)
    return result, made, threshold


@allow(Access.MANAGER)
async def reports_page(request: Request) -> Response:
    quarters = _quarters(request)
    chosen = request.query_params.get("quarter", "")
    context: dict[str, Any] = {"quarters": quarters, "chosen": chosen, "tables": []}
    if chosen:
        period = _period(request, chosen)
        result, _, threshold = await _bundle(request, period)
        context["chosen"] = period.label
        context["tables"] = [
            {
                "title": t.title,
                "definition": t.definition,
                "columns": t.columns,
                "rows": [
                    ["-" if c is None else str(c) for c in row] for row in suppress(t, threshold)
                ],
            }
            for t in result.tables.values()
        ]
        context["threshold"] = threshold
    return render(request, "desk/reports.html", context)


@allow(Access.MANAGER)
async def report_charts(request: Request) -> Response:
    _, made, _ = await _bundle(request, _period(request, request.path_params["quarter"]))
    return Response(made.charts, media_type="image/png")


@allow(Access.MANAGER)
async def report_download(request: Request) -> Response:
    _, made, _ = await _bundle(request, _period(request, request.path_params["quarter"]))
    return Response(
        made.archive,
        media_type="application/zip",
        headers={"content-disposition": f'attachment; filename="{made.name}"'},
    )


# -- audit -----------------------------------------------------------------------------


def _day(text: str) -> date | None:
    try:
        return date.fromisoformat(text) if text else None
    except ValueError:
        return None


@allow(Access.MANAGER)
async def audit_page(request: Request) -> Response:
    web = web_of(request)
    t = translator_for(request)
    q = request.query_params
    person, reference = q.get("person", "")[:40], q.get("reference", "").strip().upper()[:40]
    since, until = _day(q.get("from", "")), _day(q.get("to", ""))
    desk = Desk(web.store)
    staff = await desk.staff(include_removed=True)
    names = {s.id: s.name for s in staff}
    entries = await search(
        web.store,
        actor=person,
        reference=reference,
        since=datetime.combine(since, time(0), LONDON) if since else None,
        until=datetime.combine(until + timedelta(days=1), time(0), LONDON) if until else None,
    )
    verdict = await check(web.store) if q.get("verify") == "1" else None
    return render(
        request,
        "desk/audit.html",
        {
            "entries": [
                (e.at, who(e.actor, names, t), e.action, e.reference or "", e.detail)
                for e in entries
            ],
            "people": [(s.actor, s.name) for s in staff],
            "person": person,
            "reference": reference,
            "since": since.isoformat() if since else "",
            "until": until.isoformat() if until else "",
            "verdict": verdict,
        },
    )


# -- staff -----------------------------------------------------------------------------


@allow(Access.MANAGER)
async def staff_page(request: Request) -> Response:
    web = web_of(request)
    t = translator_for(request)
    members = await Desk(web.store).staff()
    logins = await accounts.logins(web.store)
    trained = await _trained(web.store)
    done = STAFF_DONE.get(request.query_params.get("done", ""))
    return render(
        request,
        "desk/staff.html",
        {
            "members": [(m, logins.get(m.id), m.id in trained) for m in members],
            "done": t.gettext(done) if done else "",
            "link": "",
        },
    )


async def _trained(store: Any) -> set[int]:
    async with store.read() as tx:
        rows = await tx.fetch_all("SELECT id FROM staff WHERE complex_cases = 1")
    return {r[0] for r in rows}


def _staff_id(request: Request) -> int:
    try:
        return int(request.path_params["staff_id"])
    except ValueError:
        raise HTTPException(404) from None


@allow(Access.MANAGER)
async def invite(request: Request) -> Response:
    form = await checked_form(request)
    role = _role(form)
    web = web_of(request)
    code = await Desk(web.store).invite(
        role, valid_for=timedelta(hours=accounts.INVITE_HOURS), actor=_me(request).actor
    )
    return _invited(request, code, code=code, role=role)


@allow(Access.MANAGER)
async def web_link(request: Request) -> Response:
    """A link that adds a web sign-in to someone already on the desk (through Telegram)."""
    await checked_form(request)
    code = await accounts.invite_login(
        web_of(request).store, _staff_id(request), _me(request).actor
    )
    if code is None:
        raise HTTPException(404)
    return _invited(request, code, code="", role="")


def _role(form: FormData) -> Role:
    try:
        return Role(str(form.get("role", "")))
    except ValueError:
        raise HTTPException(400) from None


def _invited(request: Request, invite: str, *, code: str, role: Role | str) -> Response:
    """The page with an invite's link (and, for a new member of staff, its code and role)."""
    context = {
        "link": f"{web_url()}/join/{invite}",
        "code": code,
        "hours": accounts.INVITE_HOURS,
        "role": role,
    }
    return render(request, "desk/invited.html", context)


def _back(done: str) -> Response:
    return RedirectResponse(f"/staff?done={done}", status_code=303)


@allow(Access.MANAGER)
async def set_training(request: Request) -> Response:
    form = await checked_form(request)
    await Desk(web_of(request).store).set_training(
        _staff_id(request), form.get("trained") == "yes", _me(request)
    )
    return _back("trained")


@allow(Access.MANAGER)
async def set_role(request: Request) -> Response:
    form = await checked_form(request)
    role = _role(form)
    try:
        changed = await Desk(web_of(request).store).set_role(_staff_id(request), role, _me(request))
    except DeskError as refused:
        message = explain(refused, translator_for(request))
        return render(request, "desk/refused.html", {"message": message}, status=409)
    if not changed:
        raise HTTPException(404)
    return _back("role")


@allow(Access.MANAGER)
async def disable(request: Request) -> Response:
    form = await checked_form(request)
    stop = form.get("disabled") == "yes"
    if not await accounts.set_disabled(
        web_of(request).store, _staff_id(request), stop, _me(request).actor
    ):
        raise HTTPException(404)
    return _back("disabled" if stop else "enabled")


@allow(Access.MANAGER)
async def reset_two_factor(request: Request) -> Response:
    await checked_form(request)
    if not await accounts.reset_two_factor(
        web_of(request).store, _staff_id(request), _me(request).actor
    ):
        raise HTTPException(404)
    return _back("reset")


@allow(Access.MANAGER)
async def remove_page(request: Request) -> Response:
    """Removing cannot be undone: a page of its own to confirm."""
    member = await Desk(web_of(request).store).by_id(_staff_id(request))
    if member is None:
        raise HTTPException(404)
    return render(request, "desk/remove.html", {"member": member})


@allow(Access.MANAGER)
async def remove(request: Request) -> Response:
    form = await checked_form(request)
    staff_id = _staff_id(request)
    if form.get("confirm") != "yes":
        return RedirectResponse(f"/staff/{staff_id}/remove", status_code=303)
    me = _me(request)
    if staff_id == me.id:
        # Translators: speaks to the reader; no gendered forms (docs/languages.md).
        message = translator_for(request).gettext(D_("You cannot remove yourself."))
        return render(request, "desk/refused.html", {"message": message}, status=400)
    if not await Desk(web_of(request).store).remove(staff_id, actor=me.actor):
        raise HTTPException(404)
    return _back("removed")


# -- the service profile ------------------------------------------------------------------


@allow(Access.STAFF)
async def service_page(request: Request) -> Response:
    """The service's settings, as the bot uses them; changed only in the profile file."""
    profile = web_of(request).profile
    sections = [
        (name, _flatten(value))
        for name, value in profile.model_dump(mode="json", by_alias=True).items()
    ]
    return render(request, "desk/service.html", {"sections": sections})


def _flatten(value: object, prefix: str = "") -> list[tuple[str, str]]:
    if isinstance(value, dict):
        rows: list[tuple[str, str]] = []
        for key, inner in value.items():
            rows += _flatten(
                inner, f"{prefix}{key}." if isinstance(inner, dict | list) else f"{prefix}{key}"
            )
        return rows or [(prefix.rstrip("."), "")]
    if isinstance(value, list):
        if all(not isinstance(v, dict | list) for v in value):
            return [(prefix.rstrip("."), ", ".join(str(v) for v in value))]
        rows = []
        for number, inner in enumerate(value, 1):
            rows += _flatten(inner, f"{prefix}{number}.")
        return rows
    return [(prefix.rstrip("."), "" if value is None else str(value))]
