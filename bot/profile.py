"""The service profile: one TOML file per service, validated before anything starts.

It carries what differs between services (areas, age rule, scope, deadlines,
support contacts) and is turned into the engine's intake rules and the
store's deadline policy.
"""

from __future__ import annotations

import re
import tomllib
from datetime import timedelta
from importlib import resources
from pathlib import Path
from typing import Annotated, Self

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    ValidationError,
    field_validator,
    model_validator,
)

from dialogues.flows import CRIME_CHOICES
from dialogues.rules import (
    DEFAULT_ONWARD,
    OUT_OF_SCOPE,
    OUTSIDE_AREA,
    YOUTH_OFFENDING_TEAM,
    YOUTH_SERVICE,
    Admission,
    Area,
    Contact,
    IntakeRules,
    Onward,
    Service,
    UnderAge,
)
from referral_store.deadlines import DeadlinePolicy
from referral_store.privacy import Retention

_ID = re.compile(r"^[a-z0-9-]{1,20}$")
_CRIMES = frozenset(c.id for c in CRIME_CHOICES)


class ProfileError(Exception):
    """A profile that cannot be used, with every problem named and how to fix it."""


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class ServiceSection(_Model):
    name: Annotated[str, Field(min_length=1, max_length=80)]
    # Where the profile's rules come from (a commissioner's paper), for reviewers.
    source: Annotated[str, Field(max_length=300)] = ""


class AreaEntry(_Model):
    id: str
    name: Annotated[str, Field(min_length=1, max_length=60)]

    @field_validator("id")
    @classmethod
    def _short_id(cls, value: str) -> str:
        if not _ID.match(value):
            raise ValueError("use 1-20 lower-case letters, digits or hyphens, e.g. 'coventry'")
        return value


class IntakeSection(_Model):
    minimum_age: Annotated[int, Field(ge=10, le=25)] = 18
    under_age: UnderAge = UnderAge.SIGNPOST
    youth_offender: Onward = Onward.PASS_ON
    out_of_scope: tuple[str, ...] = ()
    areas: tuple[AreaEntry, ...] = ()
    # Only with under_age = "accept": ask whether a parent or carer should be involved.
    ask_parent_carer: bool = False
    # What a person who caused harm must accept: "responsibility" or "admitted".
    admission: Admission = Admission.RESPONSIBILITY

    @model_validator(mode="after")
    def _carer_needs_accept(self) -> Self:
        if self.ask_parent_carer and self.under_age is not UnderAge.ACCEPT:
            raise ValueError('ask_parent_carer needs under_age = "accept"')
        return self

    @field_validator("out_of_scope")
    @classmethod
    def _known_crimes(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        unknown = sorted(set(value) - _CRIMES)
        if unknown:
            raise ValueError(f"unknown crime ids {unknown}; use some of {sorted(_CRIMES)}")
        return value

    @field_validator("areas")
    @classmethod
    def _unique_areas(cls, value: tuple[AreaEntry, ...]) -> tuple[AreaEntry, ...]:
        ids = [a.id for a in value]
        if len(ids) != len(set(ids)) or "other" in ids:
            raise ValueError("area ids must be unique and not 'other'")
        return value


class SupportEntry(_Model):
    name: Annotated[str, Field(min_length=1, max_length=60)]
    phone: Annotated[str, Field(min_length=3, max_length=20)]
    note: Annotated[str, Field(max_length=60)] = ""
    young_people: bool = False


class ServiceEntry(_Model):
    name: Annotated[str, Field(min_length=1, max_length=80)]
    # How to reach it: a phone number or a website, shown as given.
    contact: Annotated[str, Field(min_length=3, max_length=80)]


class OnwardSection(_Model):
    """Who a person is offered instead, by why this service would not take the case."""

    outside_area: ServiceEntry | None = Field(None, alias="outside-area")
    yot: ServiceEntry | None = None
    out_of_scope: ServiceEntry | None = Field(None, alias="out-of-scope")
    youth: ServiceEntry | None = None

    def services(self) -> dict[str, Service]:
        chosen = {
            OUTSIDE_AREA: self.outside_area,
            YOUTH_OFFENDING_TEAM: self.yot,
            OUT_OF_SCOPE: self.out_of_scope,
            YOUTH_SERVICE: self.youth,
        }
        return {
            route: Service(entry.name, entry.contact) if entry else DEFAULT_ONWARD[route]
            for route, entry in chosen.items()
        }


class RetentionSection(_Model):
    # Days after a referral closes before its personal data is erased (anonymous counts stay).
    closed_days: Annotated[int, Field(ge=1, le=3650)] = 365
    # Days before a conversation nobody has touched (an abandoned draft) is deleted.
    drafts_days: Annotated[int, Field(ge=1, le=365)] = 30
    # Days message ids are kept for a quick exit (Telegram deletes for 48 hours only).
    messages_days: Annotated[int, Field(ge=2, le=30)] = 2

    @property
    def period(self) -> timedelta:
        return timedelta(days=self.closed_days)

    @property
    def policy(self) -> Retention:
        return Retention(
            closed=self.period,
            drafts=timedelta(days=self.drafts_days),
            messages=timedelta(days=self.messages_days),
        )


class ReportingSection(_Model):
    # The month the reporting year starts: 4 (April) is the financial year the seeds use.
    year_starts_month: Annotated[int, Field(ge=1, le=12)] = 4
    # Counts from 1 to one below this are shown as "<N" in the return.
    suppress_below: Annotated[int, Field(ge=1, le=20)] = 5


class PrivacySection(_Model):
    # Who is responsible for the personal data (the data controller); default: the service.
    controller: Annotated[str, Field(max_length=120)] = ""
    # How a person asks about their data: a phone number, an email or a website.
    contact: Annotated[str, Field(max_length=120)] = ""


# GOV.UK's own example of a neutral page to leave for ("Exit a page quickly" pattern).
NEUTRAL_PAGE = "https://www.bbc.co.uk/weather"
_ORIGIN = re.compile(r"^https://[a-z0-9.-]+(:[0-9]{1,5})?$")
_EXIT_URL = r"^(https://|http://(127\.0\.0\.1|localhost)(:[0-9]{1,5})?/)[^\s\"'<>]+$"


class ChatSection(_Model):
    """The web chat (bot/web/chat/, docs/webchat.md)."""

    # Where "Exit this page" goes: a neutral site, never the service's own. Plain http only
    # for a page on this machine (trying the chat out).
    quick_exit_url: Annotated[str, Field(pattern=_EXIT_URL, max_length=200)] = NEUTRAL_PAGE
    # Sites that may show the chat in a frame, e.g. "https://www.example-rj.org.uk".
    embed_on: tuple[str, ...] = ()

    @field_validator("embed_on")
    @classmethod
    def _origins(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        wrong = [v for v in value if not _ORIGIN.match(v)]
        if wrong:
            raise ValueError(f"{wrong}: give each as https://host, with no path")
        return value


class ServiceProfile(_Model):
    service: ServiceSection
    intake: IntakeSection = IntakeSection()
    deadlines: DeadlinePolicy = DeadlinePolicy()
    retention: RetentionSection = RetentionSection()
    reporting: ReportingSection = ReportingSection()
    support: tuple[SupportEntry, ...] = ()
    privacy: PrivacySection = PrivacySection()
    onward: OnwardSection = Field(default_factory=lambda: OnwardSection.model_validate({}))
    chat: ChatSection = ChatSection()

    def rules(self) -> IntakeRules:
        return IntakeRules(
            service_name=self.service.name,
            areas=tuple(Area(a.id, a.name) for a in self.intake.areas),
            minimum_age=self.intake.minimum_age,
            under_age=self.intake.under_age,
            youth_offender=self.intake.youth_offender,
            out_of_scope=frozenset(self.intake.out_of_scope),
            support=tuple(Contact(s.name, s.phone, s.note, s.young_people) for s in self.support),
            ask_parent_carer=self.intake.ask_parent_carer,
            admission=self.intake.admission,
            onward=self.onward.services(),
            controller=self.privacy.controller,
            privacy_contact=self.privacy.contact,
            retention_days=self.retention.closed_days,
        )


def bundled_profiles() -> list[str]:
    """Names of the profiles shipped with rjbot (``default``, ``west-midlands``, ...)."""
    folder = resources.files("bot").joinpath("profiles")
    return sorted(
        p.name.removesuffix(".toml") for p in folder.iterdir() if p.name.endswith(".toml")
    )


def load_profile(path: str | Path | None = None) -> ServiceProfile:
    """Read and check a profile: a file, a bundled profile's name, or ``None`` for the default.

    The default is a generic service in England and Wales.
    """
    if path is None or (not Path(path).exists() and str(path) in bundled_profiles()):
        name = "default" if path is None else str(path)
        text = resources.files("bot").joinpath(f"profiles/{name}.toml").read_text("utf-8")
        where = f"{name} profile"
    else:
        where = str(path)
        try:
            text = Path(path).read_text("utf-8")
        except OSError as error:
            raise ProfileError(f"{where}: cannot read the file ({error.strerror})") from None
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise ProfileError(f"{where}: not valid TOML: {error}") from None
    try:
        return ServiceProfile.model_validate(data)
    except ValidationError as error:
        problems = [
            f"{where}: {'.'.join(str(p) for p in e['loc']) or '(top)'}: {e['msg']}"
            for e in error.errors()
        ]
        raise ProfileError("\n".join(problems)) from None
