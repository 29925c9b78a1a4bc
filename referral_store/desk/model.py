"""What the desk's actions take and give: roles, reasons, results, and the refusal.

Shared by every channel (Telegram, the command line, the web desk): the names are the
stored codes, and ``DeskError`` carries an English message id a channel translates.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum

from referral_store.models import Status


class Role(StrEnum):
    FACILITATOR = "facilitator"
    MANAGER = "manager"


class ContactMethod(StrEnum):
    PHONE = "phone"
    EMAIL = "email"
    LETTER = "letter"
    TELEGRAM = "telegram"
    IN_PERSON = "in-person"


class Activity(StrEnum):
    CONFERENCE = "conference"
    COMMUNITY_CONFERENCE = "community-conference"
    SHUTTLE_MEDIATION = "shuttle-mediation"
    LETTERS = "letters"
    RECORDED_VIDEO = "recorded-video"


class ClosureReason(StrEnum):
    DIRECT = "direct-delivered"
    INDIRECT = "indirect-delivered"
    VICTIM_DISENGAGED = "victim-disengaged"
    OFFENDER_DISENGAGED = "offender-disengaged"
    UNSUITABLE = "unsuitable"
    WITHDRAWN = "withdrawn"
    OUT_OF_SCOPE = "out-of-scope-onward"
    DECLINED = "declined-by-service"


class ClosureDetail(StrEnum):
    """Why a case was declined, found unsuitable or disengaged: counted in the return."""

    RISK = "risk"
    NO_RESPONSIBILITY = "no-responsibility"
    OTHER_PARTY_DECLINED = "other-party-declined"
    OTHER_PARTY_NOT_FOUND = "other-party-not-found"
    OUT_OF_AREA = "out-of-area"
    UNDER_18 = "under-18"
    CRIME_OUT_OF_SCOPE = "crime-out-of-scope"
    CHANGED_MIND = "changed-mind"
    NO_RESPONSE = "no-response"
    OTHER = "other"


# Closures the return counts with a reason why; closing one of these without saying why
# is refused. Seed 002 9.2 asks for "Reasons for provider declining", "Reasons for lack of
# suitability" and "Reasons given for not wanting to engage".
WHY_ASKED = frozenset(
    {
        ClosureReason.UNSUITABLE,
        ClosureReason.DECLINED,
        ClosureReason.OUT_OF_SCOPE,
        ClosureReason.VICTIM_DISENGAGED,
        ClosureReason.OFFENDER_DISENGAGED,
    }
)


class Onward(StrEnum):
    """Services a person was referred on to (the return counts them)."""

    VICTIM_SUPPORT = "victim-support"
    DOMESTIC_ABUSE = "domestic-abuse"
    SEXUAL_VIOLENCE = "sexual-violence"
    MENTAL_HEALTH = "mental-health"
    YOUTH_OFFENDING_TEAM = "youth-offending-team"
    OTHER_RJ_SERVICE = "other-rj-service"
    SUBSTANCE_MISUSE = "substance-misuse"
    HOUSING = "housing"
    OTHER = "other"


class AlertKind(StrEnum):
    # A new referral, for the team's chat: raised with the referral itself (one
    # transaction, whatever channel made it), so the team hears of a web chat's referral
    # too, and of one whose bot was stopped before it could say so.
    NEW = "new"
    REMINDER = "reminder"
    ESCALATION = "escalation"


# An invite code: 4 groups of 4 from a 31-letter alphabet, about 79 bits: not guessable.
INVITE_GROUPS = 4
# /join: this many wrong codes from one account within the window, and it is refused.
JOIN_TRIES = 5
JOIN_WINDOW = timedelta(hours=1)

# Statuses staff may move a claimed referral to by hand (closing has its own call).
PROGRESS = (Status.ASSESSING, Status.PREPARING, Status.ACTIVITY)


@dataclass(frozen=True)
class Staff:
    id: int
    name: str
    role: Role
    telegram_id: int | None
    language: str = "en"

    @property
    def actor(self) -> str:
        return f"staff:{self.id}"


@dataclass(frozen=True)
class ClaimResult:
    """``ok``: the claimer has it; otherwise ``holder`` has it, it is gone, or it needs a
    practitioner trained for sensitive and complex cases (``needs_training``)."""

    ok: bool
    holder: str | None = None
    found: bool = True
    needs_training: bool = False


class Care(StrEnum):
    """Seed 002 5.10's two kinds of case that only trained practitioners may take."""

    SENSITIVE = "sensitive"
    COMPLEX = "complex"


@dataclass(frozen=True)
class Alert:
    reference: str
    kind: AlertKind
    due_at: datetime
    priority: str
    claimer_telegram_id: int | None
    claimer_language: str = "en"
    # What a new referral's notice says besides: victim or offender, and any onward route.
    referral_kind: str = "victim"
    route: str | None = None


@dataclass(frozen=True)
class AuditEntry:
    at: datetime
    actor: str
    action: str
    reference: str | None
    detail: str


def D_(message: str) -> str:
    """Mark a message for the desk catalog (translated where staff read it)."""
    return message


# Seed 002 5.10: "practitioners must not undertake sensitive and/or complex cases unless
# they have the skills, experience and knowledge to do so".
NEEDS_TRAINING = D_(
    "{reference} is a sensitive or complex case: only staff trained for such cases can take it."
)


class DeskError(Exception):
    """What staff tried cannot be done; the message says why, with no personal data.

    ``template`` is the English message id, filled from ``params``, so a channel can
    say it in the staff member's language.
    """

    def __init__(self, template: str, **params: object) -> None:
        super().__init__(template.format(**params) if params else template)
        self.template = template
        self.params = params


@dataclass(frozen=True)
class Notice:
    """A message an action owes someone else (e.g. the new holder of a case): the channel
    that ran the action delivers it, in the recipient's language."""

    telegram_id: int
    language: str
    template: str
    params: dict[str, object]
    reference: str
