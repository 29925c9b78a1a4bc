"""What staff are told about referrals: references and deadlines, never personal details."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from bot.conversation import NewReferralNotice

LONDON = ZoneInfo("Europe/London")

KIND_LABELS = {
    "victim": "self-referral by a person harmed",
    "offender": "enquiry by a person who caused harm (offender-initiated)",
}
ROUTE_LABELS = {
    "onward:outside-area": "outside our area: pass on",
    "onward:yot": "person responsible under 18: pass to the YOT",
    "onward:out-of-scope": "may be out of scope: check",
}


def when(moment: datetime, zone: ZoneInfo = LONDON) -> str:
    """A deadline as staff read it: ``Tue 30 Dec 2025 17:00``."""
    return moment.astimezone(zone).strftime("%a %d %b %Y %H:%M")


def new_referral_text(notice: NewReferralNotice) -> str:
    lines = [
        f"New referral {notice.reference}",
        KIND_LABELS.get(notice.kind, notice.kind),
        f"Priority: {notice.priority}",
        f"First contact due: {when(notice.due_at)}",
    ]
    if notice.route:
        lines.append(ROUTE_LABELS.get(notice.route, notice.route))
    return "\n".join(lines)
