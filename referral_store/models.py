"""What the store keeps and hands back."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from referral_store.deadlines import Priority


class ReferralKind(StrEnum):
    VICTIM = "victim"  # victim-initiated
    OFFENDER = "offender"  # offender-initiated


class Status(StrEnum):
    NEW = "new"
    CLAIMED = "claimed"
    CONTACTED = "contacted"
    ASSESSING = "assessing"
    PREPARING = "preparing"
    ACTIVITY = "activity"
    CLOSED = "closed"
    WITHDRAWN = "withdrawn"


OPEN_STATUSES = frozenset(Status) - {Status.CLOSED, Status.WITHDRAWN}


@dataclass(frozen=True)
class NewReferral:
    kind: ReferralKind
    channel: str
    source: str | None
    priority: Priority
    area: str | None
    language: str
    interpreter: bool | None
    crime_category: str | None
    markers: tuple[str, ...]
    stage: str | None
    route: str | None
    # Every answer; the personal data lives here and nowhere else.
    details: Mapping[str, object]
    # Services (desk.Onward values) the person agreed, in the chat, to be passed on to.
    onward_consents: tuple[str, ...] = ()
    # When crisis words were written in the conversation that made it (never the words).
    crisis_at: datetime | None = None
    # "sensitive" and/or "complex" by seed 002 5.10's criteria, from the answers.
    care: tuple[str, ...] = ()
    # When the person said it is safe to contact them (sealed: it says when they are alone).
    safe_times: str | None = None


@dataclass(frozen=True)
class Consent:
    text_version: str
    language: str
    given_at: datetime


@dataclass(frozen=True)
class StoredReferral:
    reference: str
    received_at: datetime
    due_at: datetime
    priority: Priority


@dataclass(frozen=True)
class ChatStep:
    """A chat's row after a step: its state, the update it answered, and that update's
    replies until they are sent (in clear here, sealed in the row; None: nothing to send)."""

    state: str
    update_id: int | None = None
    unsent: str | None = None


@dataclass(frozen=True)
class QueueItem:
    reference: str
    kind: ReferralKind
    status: Status
    priority: Priority
    source: str | None
    area: str | None
    received_at: datetime
    due_at: datetime
    claimed_by: str | None  # the claimer's name, for the queue
    claimed_by_id: int | None
    first_contact_at: datetime | None


@dataclass(frozen=True)
class Referral(QueueItem):
    channel: str
    language: str
    interpreter: bool | None
    crime_category: str | None
    markers: tuple[str, ...]
    stage: str | None
    route: str | None
    details: Mapping[str, object]
    consent: Consent
    activity: str | None = None
    closure_reason: str | None = None
    care: tuple[str, ...] = ()
    crisis_at: datetime | None = None
