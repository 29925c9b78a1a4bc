"""The queue and the case page, and every action on a case.

Each action calls the same staff action as Telegram and the command line
(referral_store.desk.Desk); nothing here changes the store by itself. After an action the
browser is sent back to the case page (post, redirect, get), with a word saying what was
done; a refusal is shown on the page in the reader's language.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlencode

from starlette.datastructures import FormData
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import RedirectResponse, Response

from bot.staff.case import open_case
from bot.staff.labels import CLOSURE_DETAIL_LABELS, CLOSURE_LABELS, METHOD_LABELS, ONWARD_LABELS
from bot.staff.text import D_, explain
from bot.staff.views import (
    ACTIVITY_LABELS,
    KIND_LABELS,
    ON_TRACK,
    OVERDUE,
    PRIORITY_LABELS,
    SOON,
    STATE_LABELS,
    STATUS_LABELS,
    due_state,
)
from bot.web.pages import render, translator_for
from bot.web.security import Access, allow, checked_form, signed_in
from referral_store import OPEN_STATUSES, QueueItem, Status
from referral_store.casefile import cared_for
from referral_store.desk import (
    NEEDS_TRAINING,
    PROGRESS,
    Activity,
    Care,
    ClosureDetail,
    ClosureReason,
    ContactMethod,
    Desk,
    DeskError,
    Onward,
    Staff,
)

PAGE_SIZE = 25
# What the banner says after each action (the key travels in the address, never a text).
DONE = {
    # Translators: speaks to the reader; no gendered forms (docs/languages.md).
    "claimed": D_("The case is yours."),
    "released": D_("The case is back in the queue."),
    "contact": D_("Contact logged"),
    "status": D_("Status changed"),
    "closed": D_("The case is closed."),
    "care": D_("Saved."),
    "onward": D_("Referral on recorded."),
    "reassigned": D_("The case is reassigned."),
}
JUST_CLAIMED = D_("Sorry, {reference} was just claimed by {name}.")
NOT_OPEN = D_("{reference} is no longer open.")
# Translators: speaks to the reader; no gendered forms (docs/languages.md).
BAD_CHOICE = D_("Choose one of the options.")
CSS_STATE = {OVERDUE: "overdue", SOON: "today", ON_TRACK: "on-track"}


def web_of(request: Request) -> Any:
    return request.app.state.web


def _me(request: Request) -> Staff:
    member = signed_in(request)
    assert isinstance(member, Staff)
    return member


# -- the queue -------------------------------------------------------------------------


@dataclass(frozen=True)
class Filters:
    mine: bool = False
    unclaimed: bool = False
    area: str = ""
    priority: str = ""
    kind: str = ""
    status: str = ""
    complex: bool = False
    page: int = 1

    @classmethod
    def of(cls, request: Request) -> Filters:
        q = request.query_params
        try:
            page = max(1, min(10_000, int(q.get("page", "1"))))
        except ValueError:
            page = 1
        return cls(
            mine=q.get("mine") == "1",
            unclaimed=q.get("unclaimed") == "1",
            area=q.get("area", "")[:40],
            priority=q.get("priority", "") if q.get("priority") in PRIORITY_LABELS else "",
            kind=q.get("kind", "") if q.get("kind") in KIND_LABELS else "",
            status=q.get("status", "") if q.get("status") in STATUS_LABELS else "",
            complex=q.get("complex") == "1",
            page=page,
        )

    def query(self, **change: object) -> str:
        values = {**self.__dict__, **change}
        kept = {
            k: ("1" if v is True else str(v))
            for k, v in values.items()
            if v not in (False, "", None) and not (k == "page" and v == 1)
        }
        return urlencode(kept)

    def keep(self, item: QueueItem, me: Staff, special: set[str]) -> bool:
        return (
            (not self.mine or item.claimed_by_id == me.id)
            and (not self.unclaimed or item.claimed_by_id is None)
            and (not self.area or item.area == self.area)
            and (not self.priority or item.priority == self.priority)
            and (not self.kind or item.kind == self.kind)
            and (not self.status or item.status == self.status)
            and (not self.complex or item.reference in special)
        )


async def _queue_context(request: Request) -> dict[str, Any]:
    web = web_of(request)
    me = _me(request)
    t = translator_for(request)
    filters = Filters.of(request)
    items = await Desk(web.store).queue(me)  # the same queue as Telegram's /queue
    special = await cared_for(web.store)
    chosen = sorted((i for i in items if filters.keep(i, me, special)), key=lambda i: i.due_at)
    pages = max(1, -(-len(chosen) // PAGE_SIZE))
    page = min(filters.page, pages)
    now = web.now()
    policy = web.profile.deadlines
    rows = []
    for item in chosen[(page - 1) * PAGE_SIZE : page * PAGE_SIZE]:
        state = ON_TRACK if item.first_contact_at else due_state(item.due_at, now, policy)
        rows.append(
            {
                "reference": item.reference,
                "state": CSS_STATE[state],
                "state_label": t.gettext(STATE_LABELS[state]),
                "due": t.gettext(D_("contacted")) if item.first_contact_at else None,
                "due_at": item.due_at,
                "priority": t.gettext(PRIORITY_LABELS[item.priority]),
                "kind": t.gettext(KIND_LABELS[item.kind]),
                "status": t.gettext(STATUS_LABELS.get(item.status, item.status)),
                "holder": item.claimed_by,
                "claimable": item.claimed_by_id is None,
                "special": item.reference in special,
            }
        )
    return {
        "rows": rows,
        "filters": filters,
        "count": len(chosen),
        "page": page,
        "pages": pages,
        "areas": [(a.id, a.name) for a in web.profile.rules().areas],
        "priorities": [(k, t.gettext(v)) for k, v in PRIORITY_LABELS.items()],
        "kinds": [(k, t.gettext(v)) for k, v in KIND_LABELS.items()],
        "statuses": [(k, t.gettext(STATUS_LABELS[k])) for k in sorted(OPEN_STATUSES)],
    }


@allow(Access.STAFF)
async def queue_page(request: Request) -> Response:
    context = await _queue_context(request)
    context["message"] = request.query_params.get("message", "")
    return render(request, "desk/queue.html", context)


@allow(Access.STAFF)
async def queue_rows(request: Request) -> Response:
    """Only the table, for htmx to swap in every little while (new referrals appear)."""
    return render(request, "desk/_queue_rows.html", await _queue_context(request))


# -- the case ---------------------------------------------------------------------------


def _reference(request: Request) -> str:
    reference = str(request.path_params["reference"]).upper()
    if len(reference) > 40 or not all(c.isalnum() or c == "-" for c in reference):
        raise HTTPException(404)
    return reference


async def _case_page(
    request: Request, reference: str, *, error: str = "", status: int = 200
) -> Response:
    web = web_of(request)
    me = _me(request)
    t = translator_for(request)
    desk = Desk(web.store)
    try:
        case = await open_case(desk, reference, me, web.profile, t, web.now())
    except DeskError as refused:
        return render(request, "desk/refused.html", {"message": explain(refused, t)}, status=403)
    done = DONE.get(request.query_params.get("done", ""))
    mine = case.referral.claimed_by_id == me.id
    context = {
        "case": case,
        "error": error,
        "done": t.gettext(done) if done else "",
        "mine": mine,
        "manager": me.role == "manager",
        "open": case.referral.status not in ("closed", "withdrawn"),
        "methods": [(str(k), t.gettext(v)) for k, v in METHOD_LABELS.items()],
        "progress": [(str(s), t.gettext(STATUS_LABELS[s])) for s in PROGRESS],
        "activities": [(k, t.gettext(v)) for k, v in ACTIVITY_LABELS.items()],
        "onwards": [(str(k), t.gettext(v)) for k, v in ONWARD_LABELS.items()],
        "colleagues": [
            s
            for s in (await desk.reassign_choices(me) if me.role == "manager" else [])
            if s.id != case.referral.claimed_by_id
        ],
        "cares": [(str(c), t.gettext(CARE_LABELS[c])) for c in Care],
    }
    return render(request, "desk/case.html", context, status=status)


CARE_LABELS = {Care.SENSITIVE: D_("Sensitive"), Care.COMPLEX: D_("Complex")}


@allow(Access.STAFF)
async def case_page(request: Request) -> Response:
    return await _case_page(request, _reference(request))


def _back(reference: str, done: str) -> Response:
    return RedirectResponse(f"/case/{reference}?done={done}", status_code=303)


def _choice(form: FormData, name: str, allowed: Callable[[Any], Any]) -> Any:
    value = form.get(name)
    try:
        return allowed(value)
    except ValueError:
        raise DeskError(BAD_CHOICE) from None


async def _act(request: Request, work: Any, done: str) -> Response:
    """Run one staff action from a posted form; a refusal is shown on the case page."""
    reference = _reference(request)
    form = await checked_form(request)
    try:
        await work(Desk(web_of(request).store), reference, _me(request), form)
    except DeskError as refused:
        t = translator_for(request)
        return await _case_page(request, reference, error=explain(refused, t), status=400)
    return _back(reference, done)


@allow(Access.STAFF)
async def claim(request: Request) -> Response:
    reference = _reference(request)
    await checked_form(request)
    t = translator_for(request)
    result = await Desk(web_of(request).store).claim(reference, _me(request))
    if result.ok:
        return _back(reference, "claimed")
    if result.needs_training:
        message = t.gettext(NEEDS_TRAINING).format(reference=reference)
    elif result.found:
        message = t.gettext(JUST_CLAIMED).format(reference=reference, name=result.holder)
    else:
        message = t.gettext(NOT_OPEN).format(reference=reference)
    context = await _queue_context(request)
    context["message"] = ""
    context["error"] = message
    return render(request, "desk/queue.html", context, status=409)


@allow(Access.STAFF)
async def release(request: Request) -> Response:
    async def work(desk: Desk, reference: str, me: Staff, form: FormData) -> None:
        await desk.release(reference, me)

    return await _act(request, work, "released")


@allow(Access.STAFF)
async def contact(request: Request) -> Response:
    async def work(desk: Desk, reference: str, me: Staff, form: FormData) -> None:
        method = _choice(form, "method", ContactMethod)
        reached = _choice(form, "reached", _yes_no)
        minutes_text = str(form.get("minutes", "")).strip()
        try:
            minutes = int(minutes_text) if minutes_text else None
        except ValueError:
            raise DeskError(D_("Give the minutes spent as a number from 0 to 1440.")) from None
        note = str(form.get("note", ""))[:1000]
        await desk.log_contact(reference, me, method, reached, note, minutes=minutes)

    return await _act(request, work, "contact")


def _yes_no(value: object) -> bool:
    if value not in ("yes", "no"):
        raise ValueError(value)
    return value == "yes"


@allow(Access.STAFF)
async def set_status(request: Request) -> Response:
    async def work(desk: Desk, reference: str, me: Staff, form: FormData) -> None:
        status = _choice(form, "status", Status)
        activity = _choice(form, "activity", Activity) if status is Status.ACTIVITY else None
        await desk.set_status(reference, me, status, activity)

    return await _act(request, work, "status")


@allow(Access.STAFF)
async def close_page(request: Request) -> Response:
    """Closing cannot be undone: a page of its own asks why, and to confirm."""
    reference = _reference(request)
    t = translator_for(request)
    context = {
        "reference": reference,
        "reasons": [(str(k), t.gettext(v)) for k, v in CLOSURE_LABELS.items()],
        "details": [(str(k), t.gettext(v)) for k, v in CLOSURE_DETAIL_LABELS.items()],
        "error": "",
    }
    return render(request, "desk/close.html", context)


@allow(Access.STAFF)
async def close(request: Request) -> Response:
    async def work(desk: Desk, reference: str, me: Staff, form: FormData) -> None:
        reason = _choice(form, "reason", ClosureReason)
        detail = form.get("detail")
        why = _choice(form, "detail", ClosureDetail) if detail else None
        if form.get("confirm") != "yes":
            raise DeskError(D_("Tick the box to confirm: closing cannot be undone."))
        await desk.close(reference, me, reason, why)

    return await _act(request, work, "closed")


@allow(Access.STAFF)
async def mark_care(request: Request) -> Response:
    async def work(desk: Desk, reference: str, me: Staff, form: FormData) -> None:
        try:
            chosen = frozenset(Care(str(c)) for c in form.getlist("care"))
        except ValueError:
            raise DeskError(BAD_CHOICE) from None
        await desk.mark_care(reference, me, chosen)

    return await _act(request, work, "care")


@allow(Access.STAFF)
async def refer_on(request: Request) -> Response:
    async def work(desk: Desk, reference: str, me: Staff, form: FormData) -> None:
        to = _choice(form, "service", Onward)
        await desk.refer_on(reference, me, to, agreed=form.get("agreed") == "yes")

    return await _act(request, work, "onward")


@allow(Access.MANAGER)
async def reassign(request: Request) -> Response:
    async def work(desk: Desk, reference: str, me: Staff, form: FormData) -> None:
        try:
            to_id = int(str(form.get("to", "")))
        except ValueError:
            raise DeskError(BAD_CHOICE) from None
        to = await desk.by_id(to_id)
        if to is None:
            raise DeskError(BAD_CHOICE)
        await desk.reassign(reference, to, me)

    return await _act(request, work, "reassigned")
