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
from dialogues.followup import MONITORING, SURVEY, UNSAID, ethnicity_detail
from dialogues.i18n import Translator, translator
from dialogues.model import Step
from referral_store import OPEN_STATUSES, Status
from referral_store import queue_page as queue_read
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
from referral_store.monitoring import MEASURES, OFFENDER_MEASURES
from referral_store.queue_page import QueueFilter

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
    "first-contact": D_("First contact made"),
    "monitoring": D_("{reference}: the other party's details are saved."),
    "survey": D_("Saved."),
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

    def chosen(self, me: Staff) -> QueueFilter:
        return QueueFilter(
            mine=me.id if self.mine else None,
            unclaimed=self.unclaimed,
            area=self.area,
            priority=self.priority,
            kind=self.kind,
            status=self.status,
            special=self.complex,
        )


async def _queue_context(request: Request) -> dict[str, Any]:
    web = web_of(request)
    me = _me(request)
    t = translator_for(request)
    filters = Filters.of(request)
    first = await queue_read.queue_page(web.store, filters.chosen(me), limit=PAGE_SIZE, offset=0)
    pages = max(1, -(-first.total // PAGE_SIZE))
    page = min(filters.page, pages)
    shown = (
        first
        if page == 1
        else await queue_read.queue_page(
            web.store, filters.chosen(me), limit=PAGE_SIZE, offset=(page - 1) * PAGE_SIZE
        )
    )
    special = shown.special
    now = web.now()
    policy = web.profile.deadlines
    rows = []
    for item in shown.items:
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
        "count": first.total,
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
    said = translator(t.language)  # the monitoring answers' words are in the people's catalog
    mine = case.referral.claimed_by_id == me.id
    context = {
        "case": case,
        "error": error,
        "done": t.gettext(done).format(reference=reference) if done else "",
        "monitoring": _monitoring_choices(said),
        "monitoring_labels": [t.gettext(label) for label in MONITORING_PROMPTS],
        "survey_questions": _survey_questions(case.referral.kind, said),
        "survey_comment": t.gettext(D_("Comment")),
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
# What staff may record of the other party, as the Telegram desk asks it (same words).
MONITORING_FIELDS = ("age_band", "gender", "ethnicity")
MONITORING_PROMPTS = (
    D_("The other party's age band, if you know it:"),
    D_("Their gender, if you know it:"),
    D_("Their ethnic group, if you know it:"),
)


Options = list[tuple[str, str]]


def _monitoring_choices(said: Translator) -> list[tuple[str, list[tuple[str, Options]]]]:
    """Each field's options as ``(field, [(group label, [(value, label)])])``; an ethnic
    group is a choice of its own and heads the finer categories within it."""

    def named(step: Step | None, prefix: str = "") -> Options:
        choices = step.choices if step else ()
        return [(prefix + c.id, said.gettext(c.label)) for c in choices if c.id != UNSAID.id]

    fields = []
    for field in MONITORING_FIELDS:
        step = MONITORING.filling(field)
        if field != "ethnicity":
            fields.append((field, [("", named(step))]))
            continue
        groups = [
            (label, [(value, label), *named(ethnicity_detail(value), f"{value}-")])
            for value, label in named(step)
        ]
        fields.append((field, groups))
    return fields


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


def _survey_fields(kind: str) -> tuple[str, ...]:
    """The outcome measures the person who referred is asked (002 9.2; 003 3.15)."""
    measures = MEASURES if kind == "victim" else OFFENDER_MEASURES
    return (*measures, "satisfaction", *(("justice",) if kind == "victim" else ()))


def _survey_questions(kind: str, said: Translator) -> list[tuple[str, str, Options]]:
    """Each survey question in the words the person is asked it, with its answers."""
    asked = SURVEY.index()
    return [
        (
            field,
            said.gettext(asked[f"s.{field}"].prompt),
            [(c.id, said.gettext(c.label)) for c in asked[f"s.{field}"].choices if c != UNSAID],
        )
        for field in _survey_fields(kind)
    ]


@allow(Access.STAFF)
async def record_survey(request: Request) -> Response:
    """Survey answers a person gave on a call, entered by staff."""

    async def work(desk: Desk, reference: str, me: Staff, form: FormData) -> None:
        # The survey is the referrer's own: the party other than the "other party".
        own = "offender" if await desk.other_party(reference) == "victim" else "victim"
        answers: dict[str, object] = {
            f: str(form.get(f)) for f in _survey_fields(own) if form.get(f)
        }
        if "satisfaction" in answers:
            answers["satisfaction"] = int(str(answers["satisfaction"]))
        comment = str(form.get("comment", "")).strip()
        if comment:
            answers["comment"] = comment[:1000]
        await desk.record_survey(reference, me, answers)

    return await _act(request, work, "survey")


@allow(Access.STAFF)
async def first_contact(request: Request) -> Response:
    async def work(desk: Desk, reference: str, me: Staff, form: FormData) -> None:
        await desk.first_contact(reference, me)

    return await _act(request, work, "first-contact")


@allow(Access.STAFF)
async def record_monitoring(request: Request) -> Response:
    """What staff know of the other party (002 9.2's demographics); a field left empty is
    "not known" and leaves what was recorded before."""

    async def work(desk: Desk, reference: str, me: Staff, form: FormData) -> None:
        values = {f: str(form.get(f)) for f in MONITORING_FIELDS if form.get(f)}
        if values:
            subject = await desk.other_party(reference)
            await desk.record_monitoring(reference, me, subject, values)

    return await _act(request, work, "monitoring")


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
