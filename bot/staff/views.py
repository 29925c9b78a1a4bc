"""How the desk shows referrals to staff: the queue, a case, alerts. Plain text, phone-sized.

Every function takes the staff member's translator (``bot.staff.text``); without
one, English.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime

from bot.staff.notices import ROUTE_LABELS, new_referral_text
from bot.staff.text import D_, desk_translator, when
from dialogues.flows import SHIPPED
from dialogues.i18n import Translator, translator
from dialogues.model import Flows, Step
from referral_store import DeadlinePolicy, QueueItem, Referral
from referral_store.deadlines import due_within_a_working_day, facilitation_due
from referral_store.desk import Alert, AlertKind

OVERDUE, SOON, ON_TRACK = "overdue", "due within a working day", "on track"
MARKS = {OVERDUE: "🔴", SOON: "🟠", ON_TRACK: "🟢"}
# Translators: how near a first-contact deadline is.
STATE_LABELS = {
    OVERDUE: D_("overdue"),
    SOON: D_("due within a working day"),
    ON_TRACK: D_("on track"),
}
STATUS_LABELS = {
    "new": D_("new"),
    "claimed": D_("claimed"),
    "contacted": D_("contacted"),
    "assessing": D_("assessing"),
    "preparing": D_("preparing"),
    "activity": D_("RJ activity"),
    "closed": D_("closed"),
    "withdrawn": D_("withdrawn"),
}
PRIORITY_LABELS = {"standard": D_("standard"), "enhanced": D_("enhanced")}
KIND_LABELS = {"offender": D_("offender-initiated"), "victim": D_("victim-initiated")}
ACTIVITY_LABELS = {
    "conference": D_("Conference"),
    "community-conference": D_("Community conference"),
    "shuttle-mediation": D_("Shuttle mediation"),
    "letters": D_("Letters"),
    "recorded-video": D_("Recorded video"),
}
QUEUE_LIMIT = 30
MESSAGE_LIMIT = 4096


def due_state(due_at: datetime, now: datetime, policy: DeadlinePolicy) -> str:
    if due_at < now:
        return OVERDUE
    if due_within_a_working_day(due_at, now, policy):
        return SOON
    return ON_TRACK


def _label(labels: dict[str, str], key: str, t: Translator) -> str:
    return t.gettext(labels[key]) if key in labels else key


def queue_line(
    item: QueueItem, now: datetime, policy: DeadlinePolicy, t: Translator | None = None
) -> str:
    t = t or desk_translator(None)
    state = ON_TRACK if item.first_contact_at else due_state(item.due_at, now, policy)
    kind = t.gettext(KIND_LABELS[item.kind])
    holder = item.claimed_by or t.gettext(D_("unclaimed"))
    contact = (
        t.gettext(D_("contacted"))
        if item.first_contact_at
        else t.gettext(D_("contact by {date}")).format(date=when(item.due_at, t))
    )
    return (
        f"{MARKS[state]} {item.reference} · {_label(PRIORITY_LABELS, item.priority, t)} · {kind}\n"
        f"   {_label(STATUS_LABELS, item.status, t)}, {holder} · {contact} "
        f"({t.gettext(STATE_LABELS[state])})"
    )


def queue_text(
    items: Sequence[QueueItem],
    now: datetime,
    policy: DeadlinePolicy,
    t: Translator | None = None,
    *,
    # Translators: speaks to the reader; no gendered forms (docs/languages.md).
    title: str = D_("Open referrals: {count}, soonest first"),
) -> str:
    t = t or desk_translator(None)
    if not items:
        return t.gettext(D_("The queue is empty: no open referrals."))
    lines = [t.gettext(title).format(count=len(items))]
    # Telegram refuses a message over 4,096 characters; leave room for the last line.
    size = len(lines[0])
    for item in items[:QUEUE_LIMIT]:
        line = queue_line(item, now, policy, t)
        if size + len(line) + 1 > MESSAGE_LIMIT - 120:
            break
        lines.append(line)
        size += len(line) + 1
    shown = len(lines) - 1
    if len(items) > shown:
        lines.append(
            t.gettext(D_("…and {count} more. Use rjbot queue for all.")).format(
                count=len(items) - shown
            )
        )
    return "\n".join(lines)


def _value(value: object, t: Translator, step: Step | None = None) -> str:
    """An answer as the person chose it: the button's words, in the staff member's language."""
    if value is None:
        return t.gettext(D_("not given"))
    said = translator(t.language)  # button labels live in the people's catalog
    values = value if isinstance(value, list) else [value]
    shown = []
    for v in values:
        choice = step.choice(str(v)) if step else None
        shown.append(said.gettext(choice.label) if choice else str(v))
    return ", ".join(shown)


def referral_text(
    referral: Referral,
    area_name: str | None = None,
    policy: DeadlinePolicy | None = None,
    t: Translator | None = None,
    areas: Mapping[str, str] | None = None,
    flows: Flows = SHIPPED,
) -> str:
    """The whole case, for its facilitator or a manager (the caller audits the view).

    ``areas``: the profile's area names by id, for where each party lives. Each answer is
    shown under its step's staff label, in the order its flow asks them.
    """
    t = t or desk_translator(None)
    kind = t.gettext(KIND_LABELS[referral.kind])
    status = _label(STATUS_LABELS, referral.status, t)
    if referral.activity:
        status += f" ({t.gettext(ACTIVITY_LABELS.get(referral.activity, referral.activity))})"
    due = t.gettext(D_("First contact due: {date}")).format(date=when(referral.due_at, t))
    if referral.first_contact_at:
        due += " · " + t.gettext(D_("made {date}")).format(date=when(referral.first_contact_at, t))
    source = referral.source or t.gettext(D_("self-referral"))
    lines = []
    if referral.crisis_at:
        # Translators: first line of a case when the person wrote that they were in danger or
        # might harm themselves. What they wrote is not kept; only when.
        lines.append(
            t.gettext(D_("⚠ Crisis words written {date}. Check they are safe first.")).format(
                date=when(referral.crisis_at, t)
            )
        )
    lines += [
        f"{referral.reference} · {_label(PRIORITY_LABELS, referral.priority, t)} · {kind}",
        t.gettext(D_("Status: {status}")).format(status=status),
        t.gettext(D_("Received: {date}")).format(date=when(referral.received_at, t)),
        due,
        t.gettext(D_("Facilitator: {name}")).format(
            name=referral.claimed_by or t.gettext(D_("unclaimed"))
        ),
        t.gettext(D_("Source: {source} · via {channel}")).format(
            source=source, channel=referral.channel
        ),
        t.gettext(D_("Language: {language}")).format(language=referral.language)
        + (" · " + t.gettext(D_("interpreter needed")) if referral.interpreter else ""),
    ]
    flow = flows.referral(referral.kind)
    target = facilitation_due(referral.received_at, referral.stage, policy or DeadlinePolicy())
    if target is not None:
        lines.append(
            t.gettext(D_("RJ activity target ({stage}): {date}")).format(
                stage=_value(referral.stage, t, flow.filling("stage")), date=when(target, t)
            )
        )
    if referral.care:
        # Seed 002 5.10: such cases go to "appropriately trained, skilled and experienced
        # practitioners".
        lines.append(
            t.gettext(D_("Sensitive or complex case: for trained staff only ({care})")).format(
                care=", ".join(referral.care)
            )
        )
    if referral.route:
        lines.append(
            t.gettext(D_("Route: {route}")).format(route=_label(ROUTE_LABELS, referral.route, t))
        )
    lines.append("")
    rows = detail_rows(referral, t, area_name, areas, flows)
    lines += [f"{label}: {value}" for _, label, value in rows]
    return "\n".join(lines)


def detail_rows(
    referral: Referral,
    t: Translator,
    area_name: str | None = None,
    areas: Mapping[str, str] | None = None,
    flows: Flows = SHIPPED,
) -> list[tuple[str, str, str]]:
    """Each answer as ``(key, label, value)``: under its step's staff label, in the order its
    flow asks them (the web case page and the text above both read these)."""
    flow = flows.referral(referral.kind)
    asked = {s.key: s for s in flow.questions()}
    # Answers from the profile's choices (areas) are shown by name.
    names = dict(areas or {})
    if area_name and referral.area:
        names.setdefault(referral.area, area_name)
    rows = []
    for key, label in flow.staff_labels().items():
        if key in referral.details:
            value = referral.details[key]
            step = asked[key]
            if step.choices_from and isinstance(value, str):
                value = names.get(value, value)
            rows.append((key, t.gettext(label), _value(value, t, step)))
    return rows


def alert_text(alert: Alert, t: Translator | None = None) -> str:
    t = t or desk_translator(None)
    if alert.kind is AlertKind.NEW:
        return new_referral_text(alert, t)
    params = {
        "reference": alert.reference,
        "priority": _label(PRIORITY_LABELS, alert.priority, t),
        "date": when(alert.due_at, t),
    }
    if alert.kind is AlertKind.ESCALATION:
        return t.gettext(
            D_(
                "⚠️ Overdue: first contact for {reference} ({priority}) was due {date} "
                "and is not recorded."
            )
        ).format(**params)
    return t.gettext(
        D_("⏰ Reminder: first contact for {reference} ({priority}) is due {date}.")
    ).format(**params)
