"""What staff are told about referrals: references and deadlines, never personal details."""

from __future__ import annotations

from bot.staff.text import D_, desk_translator, when
from dialogues.i18n import Translator
from referral_store.desk import Alert, Notice

__all__ = ["KIND_LABELS", "ROUTE_LABELS", "new_referral_text", "notice_text", "when"]

KIND_LABELS = {
    "victim": D_("self-referral by a person harmed"),
    "offender": D_("enquiry by a person who caused harm (offender-initiated)"),
}
ROUTE_LABELS = {
    "onward:outside-area": D_("outside our area: pass on"),
    "onward:yot": D_("person responsible under 18: pass to the YOT"),
    "onward:out-of-scope": D_("may be out of scope: check"),
    "onward:youth": D_("person harmed under 18: pass to the youth service"),
}


def new_referral_text(notice: Alert, t: Translator | None = None) -> str:
    """A new referral's notice (an alert of kind ``new``): what to act on, nothing personal."""
    t = t or desk_translator(None)
    kind = notice.referral_kind
    lines = [
        t.gettext(D_("New referral {reference}")).format(reference=notice.reference),
        t.gettext(KIND_LABELS[kind]) if kind in KIND_LABELS else kind,
        t.gettext(D_("Priority: {priority}")).format(priority=notice.priority),
        t.gettext(D_("First contact due: {date}")).format(date=when(notice.due_at, t)),
    ]
    if notice.route:
        route = ROUTE_LABELS.get(notice.route)
        lines.append(t.gettext(route) if route else notice.route)
    return "\n".join(lines)


def notice_text(notice: Notice) -> str:
    """What an action's notice says, in its recipient's desk language, with the way in."""
    t = desk_translator(notice.language)
    return t.gettext(notice.template).format(**notice.params) + f" /show {notice.reference}"
