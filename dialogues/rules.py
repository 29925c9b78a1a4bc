"""What a service decides about intake: its areas, age rule, scope and contacts.

The bot builds these from the service profile; the engine only reads them, so
the same flows serve every service. Routing returns reasons the person is told,
never a bare yes or no.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum


class UnderAge(StrEnum):
    """What happens when the person harmed is under the minimum age."""

    SIGNPOST = "signpost"  # nothing is kept; the person is shown where to go
    ACCEPT = "accept"  # the referral goes ahead, marked for a specialist
    # The person is told which youth service runs RJ and asked whether to pass their
    # details on; only a "yes" passes anything (seed 003 3.11 names "Suffolk Youth
    # Justice Service and Norfolk YOT").
    ROUTE = "route"


class Admission(StrEnum):
    """What a person who caused harm must accept before RJ can go ahead."""

    # Seed 002 5.3: "the offender has accepted some responsibility for the harm caused"
    # (so "partly" is enough).
    RESPONSIBILITY = "responsibility"
    # Seed 004 2.2.2: "For any communication to take place, the offender must have
    # admitted the crime" (so "partly" is not).
    ADMITTED = "admitted"


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
class Service:
    """Where a person is offered to go instead, with how to reach it (profile text)."""

    name: str
    contact: str


# Why a referral would go elsewhere: the route ids the desk and the return see.
OUTSIDE_AREA = "onward:outside-area"
YOUTH_OFFENDING_TEAM = "onward:yot"
OUT_OF_SCOPE = "onward:out-of-scope"
YOUTH_SERVICE = "onward:youth"  # the person harmed is under 18 and the profile routes them

# Used where a profile names no service of its own. The police offer information on
# restorative justice to every victim (Victims' Code 2020, right 3.6), so 101 can always
# say who runs it for an area.
DEFAULT_ONWARD: dict[str, Service] = {
    OUTSIDE_AREA: Service("The restorative justice service for that area", "ask the police on 101"),
    YOUTH_OFFENDING_TEAM: Service(
        "The local Youth Offending Team (YOT)", "your local council, or the police on 101"
    ),
    OUT_OF_SCOPE: Service("Victim Support", "08 08 16 89 111 (free, 24 hours)"),
    YOUTH_SERVICE: Service(
        "The local Youth Offending Team (YOT)", "your local council, or the police on 101"
    ),
}


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
    # Ask an under-18 whether a parent or carer should be involved (only where accepted).
    ask_parent_carer: bool = False
    admission: Admission = Admission.RESPONSIBILITY
    onward: Mapping[str, Service] = field(default_factory=lambda: dict(DEFAULT_ONWARD))
    # For the privacy notice: who is responsible for the data (the service if unnamed), how
    # to ask them ("" for "ask your facilitator"), and days kept after a case closes.
    controller: str = ""
    privacy_contact: str = ""
    retention_days: int = 365

    def area_name(self, area_id: str) -> str | None:
        return next((a.name for a in self.areas if a.id == area_id), None)

    def onward_service(self, route: str) -> Service:
        return self.onward.get(route) or DEFAULT_ONWARD[route]


# Crime categories and markers that make a case enhanced (domain.md: sensitive cases).
ENHANCED_MARKERS = frozenset({"domestic", "sexual", "hate"})
