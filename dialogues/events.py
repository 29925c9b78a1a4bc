"""What channels feed the engine, and what it hands back."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime

from dialogues.model import Answer


@dataclass(frozen=True)
class Start:
    """The person opened the bot; ``payload`` is a deep-link parameter such as ``src-police``."""

    payload: str | None = None


@dataclass(frozen=True)
class Text:
    text: str


@dataclass(frozen=True)
class Press:
    """A button press; ``data`` is the button's ``step|choice`` id."""

    data: str


@dataclass(frozen=True)
class Command:
    """help, cancel, back, menu, refer, enquire or privacy."""

    name: str


@dataclass(frozen=True)
class Submitted:
    """The store committed the referral the engine asked for."""

    reference: str
    due_at: datetime
    priority: str


@dataclass(frozen=True)
class SubmitFailed:
    """The store could not commit; nothing was kept, and the person may try again."""


@dataclass(frozen=True)
class Withdrawn:
    """The store erased what this chat gave; ``count`` referrals were withdrawn."""

    count: int


@dataclass(frozen=True)
class SurveyInvite:
    """The case ``reference`` has closed and its person agreed to be asked how it went."""

    reference: str
    # Whose survey: a person harmed ("victim") or a person who caused harm ("offender"),
    # who is asked their own measures (002 9.2; 003 3.15).
    party: str = "victim"


Event = Start | Text | Press | Command | Submitted | SubmitFailed | Withdrawn | SurveyInvite


def typed(words: str) -> Start | Command | Text:
    """What a person typed, in any channel: ``/word`` is a command (``/start`` starts
    again), anything else is an answer, kept as typed."""
    text = words.strip()
    if text.startswith("/") and len(text) > 1 and " " not in text:
        name = text[1:].lower()
        return Start() if name == "start" else Command(name)
    return Text(words)


@dataclass(frozen=True)
class Button:
    label: str
    data: str


@dataclass(frozen=True)
class Reply:
    text: str
    buttons: tuple[tuple[Button, ...], ...] = ()
    # Replace the message whose button was pressed instead of sending anew (tick boxes).
    edit: bool = False


@dataclass(frozen=True)
class ReferralDraft:
    """Everything a referral carries, ready for the store."""

    kind: str
    priority: str
    source: str | None
    area: str | None
    language: str
    interpreter: bool | None
    crime_category: str | None
    markers: tuple[str, ...]
    stage: str | None
    route: str | None
    details: Mapping[str, Answer] = field(default_factory=dict)
    # Routes the person said "yes" to passing their details on for (a consent each).
    onward_consents: tuple[str, ...] = ()
    consent_version: str = ""
    consent_language: str = "en"
    consent_at: datetime | None = None
    # When crisis words were last written in this conversation (never what they were).
    crisis_at: datetime | None = None
    # "sensitive" and/or "complex" (seed 002 5.10), for allocation to trained staff.
    care: tuple[str, ...] = ()
    # When the person said it is safe to contact them (a choice id, or what they typed):
    # the bot writes to them later (the outcome survey) only at those times.
    safe_times: str | None = None


@dataclass(frozen=True)
class SubmitReferral:
    """Commit ``draft`` and, in the same transaction, the conversation as ``state_json``."""

    draft: ReferralDraft
    state_json: str


@dataclass(frozen=True)
class QuickExit:
    """Delete every message of this chat that can be deleted, and the conversation."""


@dataclass(frozen=True)
class Withdraw:
    """Erase everything this chat gave us, in one transaction, and tell the staff."""


@dataclass(frozen=True)
class SaveMonitoring:
    """Keep the monitoring answers (``None``: declined) and whether to send a survey later."""

    reference: str
    values: Mapping[str, str | None] | None
    survey: bool
    consent_at: datetime | None


@dataclass(frozen=True)
class SaveSurvey:
    """Keep a closed case's outcome survey answers."""

    reference: str
    answers: Mapping[str, str | None]


@dataclass(frozen=True)
class CrisisWords:
    """Crisis words were written at ``at``: mark this chat's referrals, so staff know before
    they call. What was written is never kept."""

    at: datetime


Effect = CrisisWords | SubmitReferral | QuickExit | Withdraw | SaveMonitoring | SaveSurvey
