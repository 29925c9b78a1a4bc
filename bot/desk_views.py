"""How the desk shows referrals to staff: the queue, a case, alerts. Plain text, phone-sized."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from bot.notices import ROUTE_LABELS, when
from referral_store import DeadlinePolicy, QueueItem, Referral
from referral_store.deadlines import due_within_a_working_day, facilitation_due
from referral_store.desk import Alert, AlertKind

OVERDUE, SOON, ON_TRACK = "overdue", "due within a working day", "on track"
MARKS = {OVERDUE: "🔴", SOON: "🟠", ON_TRACK: "🟢"}
QUEUE_LIMIT = 30

# Labels for the answers a referral carries, in the order staff read them.
DETAIL_LABELS = {
    "name": "Name",
    "contact": "Contact by",
    "phone": "Phone",
    "email": "Email",
    "worker": "Contact through",
    "times": "Safe times",
    "message": "Messages",
    "age": "18 or older",
    "crime": "What happened",
    "markers": "Markers",
    "when": "When",
    "police": "Reported to police",
    "crimeref": "Crime reference",
    "stage": "Stage",
    "known": "Knows who it was",
    "offender_u18": "Responsible under 18",
    "responsibility": "Accepts causing harm",
    "area": "Area",
    "area_other": "Other area",
    "language": "Language",
    "interpreter": "Interpreter",
    "access": "Access needs",
    "risk": "Feels at risk",
    "heard": "Heard about us",
}


def due_state(due_at: datetime, now: datetime, policy: DeadlinePolicy) -> str:
    if due_at < now:
        return OVERDUE
    if due_within_a_working_day(due_at, now, policy):
        return SOON
    return ON_TRACK


def queue_line(item: QueueItem, now: datetime, policy: DeadlinePolicy) -> str:
    state = ON_TRACK if item.first_contact_at else due_state(item.due_at, now, policy)
    kind = "offender-initiated" if item.kind == "offender" else "victim"
    holder = f", {item.claimed_by}" if item.claimed_by else ", unclaimed"
    contact = "contacted" if item.first_contact_at else f"contact by {when(item.due_at)}"
    return (
        f"{MARKS[state]} {item.reference} · {item.priority} · {kind}\n"
        f"   {item.status}{holder} · {contact} ({state})"
    )


def queue_text(items: Sequence[QueueItem], now: datetime, policy: DeadlinePolicy) -> str:
    if not items:
        return "The queue is empty: no open referrals."
    lines = [f"Open referrals: {len(items)}, soonest first"]
    lines += [queue_line(i, now, policy) for i in items[:QUEUE_LIMIT]]
    if len(items) > QUEUE_LIMIT:
        lines.append(f"…and {len(items) - QUEUE_LIMIT} more. Use rjbot queue for all.")
    return "\n".join(lines)


def _value(value: object) -> str:
    if value is None:
        return "not given"
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    return str(value)


def referral_text(
    referral: Referral, area_name: str | None = None, policy: DeadlinePolicy | None = None
) -> str:
    """The whole case, for its facilitator or a manager (the caller audits the view)."""
    kind = "offender-initiated" if referral.kind == "offender" else "victim-initiated"
    lines = [
        f"{referral.reference} · {referral.priority} · {kind}",
        f"Status: {referral.status}" + (f" ({referral.activity})" if referral.activity else ""),
        f"Received: {when(referral.received_at)}",
        f"First contact due: {when(referral.due_at)}"
        + (f" · made {when(referral.first_contact_at)}" if referral.first_contact_at else ""),
        f"Facilitator: {referral.claimed_by or 'unclaimed'}",
        f"Source: {referral.source or 'self-referral'} · via {referral.channel}",
        f"Language: {referral.language}"
        + (" · interpreter needed" if referral.interpreter else ""),
    ]
    target = facilitation_due(referral.received_at, referral.stage, policy or DeadlinePolicy())
    if target is not None:
        lines.append(f"RJ activity target ({referral.stage}): {when(target)}")
    if referral.route:
        lines.append(f"Route: {ROUTE_LABELS.get(referral.route, referral.route)}")
    lines.append("")
    for key, label in DETAIL_LABELS.items():
        if key in referral.details:
            value = referral.details[key]
            if key == "area" and area_name:
                value = area_name
            lines.append(f"{label}: {_value(value)}")
    return "\n".join(lines)


def alert_text(alert: Alert) -> str:
    if alert.kind is AlertKind.ESCALATION:
        return (
            f"⚠️ Overdue: first contact for {alert.reference} ({alert.priority}) was due "
            f"{when(alert.due_at)} and is not recorded."
        )
    return (
        f"⏰ Reminder: first contact for {alert.reference} ({alert.priority}) is due "
        f"{when(alert.due_at)}."
    )
