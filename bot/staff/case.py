"""A whole case as staff read it: what the web case page and ``rjbot show`` both show.

Opening one goes through ``Desk.view``, which checks who may see it and writes the view to
the audit log, so every channel records who looked.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from bot.profile import ServiceProfile
from bot.staff.labels import CLOSURE_DETAIL_LABELS, CLOSURE_LABELS, METHOD_LABELS, ONWARD_LABELS
from bot.staff.notices import ROUTE_LABELS
from bot.staff.text import D_, when
from bot.staff.views import (
    ACTIVITY_LABELS,
    KIND_LABELS,
    ON_TRACK,
    PRIORITY_LABELS,
    STATE_LABELS,
    STATUS_LABELS,
    detail_rows,
    due_state,
)
from dialogues.content import CONSENT_VERSION, OFFENDER_CONSENT, VICTIM_CONSENT
from dialogues.i18n import Translator, native_name, translator
from referral_store import Referral
from referral_store.casefile import Records, records, working_days_left
from referral_store.deadlines import facilitation_due
from referral_store.desk import Desk, Staff

# How the person said they may be contacted safely: read before anything else.
SAFE_CONTACT = ("contact", "phone", "email", "worker", "times", "message")
EVENT_LABELS = {
    "received": D_("Received"),
    "claimed": D_("Claimed"),
    "released": D_("Released to the queue"),
    "reassigned": D_("Reassigned"),
    "contact": D_("Contact logged"),
    "first-contact": D_("First contact made"),
    "status": D_("Status changed"),
    "closed": D_("Closed"),
    "onward": D_("Referred on"),
    "care": D_("Marked sensitive or complex"),
    "crisis": D_("Crisis words written"),
}

WHOSE = {"victim": D_("Person harmed"), "offender": D_("Person who caused harm")}


@dataclass(frozen=True)
class Contact:
    at: str
    method: str
    reached: bool
    note: str


@dataclass(frozen=True)
class CaseView:
    referral: Referral
    crisis: str | None  # the "⚠ Crisis words written" line, first when there is one
    safe_contact: list[tuple[str, str]]
    summary: list[tuple[str, str]]
    answers: list[tuple[str, str]]
    consent: list[tuple[str, str]]
    consent_text: str
    due: str
    due_state: str  # in words: overdue, due within a working day, on track
    due_key: str  # the same as bot.staff.views names it (OVERDUE, SOON, ON_TRACK)
    working_days: int | None
    contacts: list[Contact]
    history: list[tuple[str, str, str]]  # when, who, what
    onward: list[tuple[str, str, str]]  # service, agreed when, recorded by
    monitoring: list[tuple[str, str, list[tuple[str, str]]]]  # whose, source, answers
    survey: list[tuple[str, str]]
    viewed_by: list[tuple[str, str]]


def who(actor: str, names: dict[int, str], t: Translator) -> str:
    """A staff actor ("staff:3") by name; the person themselves; the command line as is."""
    if actor.startswith("staff:") and actor[6:].isdigit():
        return names.get(int(actor[6:]), actor)
    if actor in ("self", "person", ""):
        return t.gettext(D_("the person"))
    return actor


def _label(labels: Mapping[Any, str], key: object, t: Translator) -> str:
    found = labels.get(key)
    return t.gettext(found) if found else str(key)


async def open_case(
    desk: Desk,
    reference: str,
    actor: Staff | str,
    profile: ServiceProfile,
    t: Translator,
    now: datetime,
) -> CaseView:
    """Everything one case holds, for its facilitator, a manager or the command line."""
    referral = await desk.view(reference, actor)  # checks who may see it; audited
    held = await records(desk.store, referral.reference)
    names = {member.id: member.name for member in await desk.staff(include_removed=True)}
    rules = profile.rules()
    area = rules.area_name(str(referral.area)) if referral.area else None
    rows = detail_rows(referral, t, area, {a.id: a.name for a in rules.areas})
    contacts = [
        Contact(when(at, t), _label(METHOD_LABELS, method, t), reached, note)
        for at, method, reached, note in await desk.contacts(referral.reference)
    ]
    return _view(referral, held, rows, contacts, names, profile, t, now)


def _view(
    referral: Referral,
    held: Records,
    rows: list[tuple[str, str, str]],
    contacts: list[Contact],
    names: dict[int, str],
    profile: ServiceProfile,
    t: Translator,
    now: datetime,
) -> CaseView:
    policy = profile.deadlines
    crisis = (
        t.gettext(D_("⚠ Crisis words written {date}. Check they are safe first.")).format(
            date=when(referral.crisis_at, t)
        )
        if referral.crisis_at
        else None
    )
    status = _label(STATUS_LABELS, referral.status, t)
    if referral.activity:
        status += f" ({_label(ACTIVITY_LABELS, referral.activity, t)})"
    summary = [
        (t.gettext(D_("Case reference")), referral.reference),
        (t.gettext(D_("Status")), status),
        (t.gettext(D_("Priority")), _label(PRIORITY_LABELS, referral.priority, t)),
        (t.gettext(D_("Referral type")), _label(KIND_LABELS, referral.kind, t)),
        (t.gettext(D_("Received")), when(referral.received_at, t)),
        (
            t.gettext(D_("Facilitator")),
            referral.claimed_by or t.gettext(D_("unclaimed")),
        ),
        (
            t.gettext(D_("Source")),
            referral.source or t.gettext(D_("self-referral")),
        ),
        (t.gettext(D_("Came in by")), referral.channel),
        (
            t.gettext(D_("Language")),
            native_name(referral.language)
            + (" · " + t.gettext(D_("interpreter needed")) if referral.interpreter else ""),
        ),
    ]
    target = facilitation_due(referral.received_at, referral.stage, policy)
    if target is not None:
        summary.append((t.gettext(D_("RJ activity target")), when(target, t)))
    if referral.care:
        summary.append((t.gettext(D_("Sensitive or complex")), ", ".join(referral.care)))
    if referral.route:
        summary.append((t.gettext(D_("Onward routing")), _label(ROUTE_LABELS, referral.route, t)))
    if referral.closure_reason:
        summary.append(
            (t.gettext(D_("Closed because")), _label(CLOSURE_LABELS, referral.closure_reason, t))
        )
    consent = referral.consent
    wording = VICTIM_CONSENT if referral.kind == "victim" else OFFENDER_CONSENT
    consent_text = (
        translator(consent.language).gettext(wording)
        if consent.text_version == CONSENT_VERSION
        else t.gettext(D_("This wording is from an older version and is not held here."))
    )
    state = ON_TRACK if referral.first_contact_at else due_state(referral.due_at, now, policy)
    due = when(referral.due_at, t)
    if referral.first_contact_at:
        due += " · " + t.gettext(D_("made {date}")).format(date=when(referral.first_contact_at, t))
    return CaseView(
        referral=referral,
        crisis=crisis,
        safe_contact=[(label, value) for key, label, value in rows if key in SAFE_CONTACT],
        summary=summary,
        answers=[(label, value) for key, label, value in rows if key not in SAFE_CONTACT],
        consent=[
            (t.gettext(D_("Given")), when(consent.given_at, t)),
            (t.gettext(D_("Wording version")), consent.text_version),
            (t.gettext(D_("In")), native_name(consent.language)),
        ],
        consent_text=consent_text,
        due=due,
        due_state=t.gettext(STATE_LABELS[state]),
        due_key=state,
        working_days=None
        if referral.first_contact_at
        else working_days_left(referral.due_at, now, policy),
        contacts=contacts,
        history=[
            (when(e.at, t), who(e.actor, names, t), _event(e.kind, e.data, names, t))
            for e in held.events
        ],
        onward=[
            (_label(ONWARD_LABELS, o.service, t), when(o.given_at, t), who(o.recorded_by, names, t))
            for o in held.onward
        ],
        monitoring=[
            (
                t.gettext(WHOSE[m.subject]),
                t.gettext(D_("given by the person, with consent"))
                if m.recorded_by == "self"
                else t.gettext(D_("recorded by {name}")).format(name=who(m.recorded_by, names, t)),
                [(k, v) for k, v in m.values.items() if v],
            )
            for m in held.monitoring
        ],
        survey=[]
        if held.survey is None
        else [
            (t.gettext(D_("Agreed")), when(held.survey.agreed_at, t)),
            *(
                [(t.gettext(D_("Answered")), when(held.survey.answered_at, t))]
                if held.survey.answered_at
                else []
            ),
            *((k, str(v)) for k, v in held.survey.answers.items()),
            *([(t.gettext(D_("Comment")), held.survey.comment)] if held.survey.comment else []),
        ],
        viewed_by=[(when(at, t), who(actor, names, t)) for at, actor in held.viewed_by],
    )


def _event(kind: str, data: dict[str, object], names: dict[int, str], t: Translator) -> str:
    what = _label(EVENT_LABELS, kind, t)
    if kind == "status":
        what += f": {_label(STATUS_LABELS, str(data.get('status')), t)}"
        if data.get("activity"):
            what += f" ({_label(ACTIVITY_LABELS, str(data['activity']), t)})"
    elif kind == "closed":
        what += f": {_label(CLOSURE_LABELS, str(data.get('reason')), t)}"
        if data.get("detail"):
            what += f" ({_label(CLOSURE_DETAIL_LABELS, str(data['detail']), t)})"
    elif kind == "contact":
        method = _label(METHOD_LABELS, str(data.get("method", "")), t)
        reached = t.gettext(D_("reached") if data.get("reached") else D_("not reached"))
        what += f": {method}, {reached}"
    elif kind == "onward":
        what += f": {_label(ONWARD_LABELS, str(data.get('to')), t)}"
    elif kind == "reassigned" and isinstance(data.get("to"), int):
        what += f": {names.get(int(str(data['to'])), '')}"
    return what


def case_text(case: CaseView, t: Translator) -> str:
    """The case page as plain text, in the same order (``rjbot show``)."""
    lines: list[str] = []
    if case.crisis:
        lines += [case.crisis, ""]

    def section(title: str, rows: list[tuple[str, str]]) -> None:
        if rows:
            lines.extend([f"== {t.gettext(title)}", *(f"{k}: {v}" for k, v in rows), ""])

    section(D_("Contacting them safely"), case.safe_contact)
    due = f"{case.due} ({case.due_state})"
    if case.working_days is not None:
        left = t.gettext(D_("Working days left: {days}")).format(days=case.working_days)
        due += f" · {left}"
    section(D_("The case"), [*case.summary, (t.gettext(D_("First contact")), due)])
    section(D_("What they told us"), case.answers)
    section(D_("Consent"), case.consent)
    lines += [case.consent_text, ""]
    section(
        D_("Contact log"),
        [
            (
                c.at,
                f"{c.method}, {t.gettext(D_('reached') if c.reached else D_('not reached'))}"
                + (f": {c.note}" if c.note else ""),
            )
            for c in case.contacts
        ],
    )
    section(D_("History"), [(at, f"{who_}: {what}") for at, who_, what in case.history])
    section(D_("Agreed to be referred on to"), [(s, f"{at} · {by}") for s, at, by in case.onward])
    for whose, source, answers in case.monitoring:
        section(D_("Monitoring"), [(whose, source), *answers])
    section(D_("Survey"), case.survey)
    section(D_("Who viewed it"), case.viewed_by)
    return "\n".join(lines).rstrip() + "\n"
