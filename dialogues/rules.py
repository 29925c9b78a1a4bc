"""What a service decides about intake: its areas, age rule, scope and contacts.

The bot builds these from the service profile; the engine only reads them, so
the same flows serve every service. Routing returns reasons the person is told,
never a bare yes or no.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum


class UnderAge(StrEnum):
    """What happens when the person harmed is under the minimum age."""

    SIGNPOST = "signpost"  # nothing is kept; the person is shown where to go
    ACCEPT = "accept"  # the referral goes ahead, marked for a specialist


class Onward(StrEnum):
    """What happens to a referral this service does not handle itself."""

    ACCEPT = "accept"  # handled here as usual
    PASS_ON = "pass-on"  # noqa: S105 - not a password  # taken, and passed to the right service by a facilitator


@dataclass(frozen=True)
class Area:
    id: str
    name: str


@dataclass(frozen=True)
class Contact:
    name: str
    phone: str
    note: str = ""  # e.g. "free, 24 hours"; shown as given (profile text)
    young_people: bool = False


@dataclass(frozen=True)
class IntakeRules:
    service_name: str = "Restorative Justice Service"
    areas: tuple[Area, ...] = ()
    minimum_age: int = 18
    under_age: UnderAge = UnderAge.SIGNPOST
    youth_offender: Onward = Onward.PASS_ON
    out_of_scope: frozenset[str] = field(default_factory=frozenset)
    support: tuple[Contact, ...] = ()
    phone_region: str = "GB"

    def area_name(self, area_id: str) -> str | None:
        return next((a.name for a in self.areas if a.id == area_id), None)


# Crime categories and markers that make a case enhanced (domain.md: sensitive cases).
ENHANCED_MARKERS = frozenset({"domestic", "sexual", "hate"})
