"""When first contact is due: a pure function of the receipt time and the service's policy.

Working days are counted after the day of receipt, skipping weekends and the
nation's bank holidays, and the deadline falls at office close, local time,
so it reads the same in winter and summer time. Hours, where a service counts
them, run only while the office is open, so a deadline never falls at night,
at a weekend or on a bank holiday, when nobody could meet it.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from enum import StrEnum
from functools import lru_cache
from typing import Annotated, Self
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import holidays
from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator


class Unit(StrEnum):
    WORKING_DAYS = "working_days"
    # Hours of office time on working days: a deadline that only runs while staff are in.
    # There is no clock-hours unit: 48 clock hours from a Friday evening is a Sunday, and
    # no RJ seed sets one (004's 72/48 hours belong to its Core Referral contract, 2.2.1).
    WORKING_HOURS = "working_hours"


class Priority(StrEnum):
    STANDARD = "standard"
    ENHANCED = "enhanced"


class Nation(StrEnum):
    ENGLAND_AND_WALES = "england-and-wales"
    SCOTLAND = "scotland"
    NORTHERN_IRELAND = "northern-ireland"


_SUBDIVISION = {
    Nation.ENGLAND_AND_WALES: "ENG",  # Wales has the same bank holidays
    Nation.SCOTLAND: "SCT",
    Nation.NORTHERN_IRELAND: "NIR",
}


class Deadline(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    amount: Annotated[int, Field(gt=0, le=365)]
    unit: Unit

    def describe(self) -> str:
        """For staff: "5 working days", "1 working day", "8 working hours"."""
        words = self.unit.replace("_", " ")
        return f"{self.amount} {words.removesuffix('s') if self.amount == 1 else words}"


class DeadlinePolicy(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    nation: Nation = Nation.ENGLAND_AND_WALES
    # Victims' Code 2020, right 3.6: information on restorative justice "within 5 working
    # days (1 working day under Enhanced Rights)".
    standard: Deadline = Deadline(amount=5, unit=Unit.WORKING_DAYS)
    enhanced: Deadline = Deadline(amount=1, unit=Unit.WORKING_DAYS)
    office_opens: time = time(9, 0)
    office_closes: time = time(17, 0)
    timezone: str = "Europe/London"
    # Remind the facilitator (or the team) this long before first contact is due.
    remind_before_hours: Annotated[int, Field(ge=1, le=24 * 14)] = 24
    # Weeks from referral to the RJ activity, by stage in the justice process. None by
    # default: only seed 002 (5.7) sets any, "Community Resolution (6 weeks) and
    # Conditional Caution (16 weeks)", and its profile says so itself.
    facilitation_weeks: dict[str, Annotated[int, Field(gt=0, le=104)]] = Field(default_factory=dict)

    @field_validator("timezone")
    @classmethod
    def _real_zone(cls, value: str) -> str:
        try:
            ZoneInfo(value)
        except (ZoneInfoNotFoundError, ValueError):
            raise ValueError(f"unknown time zone {value!r}; use e.g. 'Europe/London'") from None
        return value

    @model_validator(mode="after")
    def _office_day(self) -> Self:
        if self.office_opens >= self.office_closes:
            raise ValueError("office_opens must be before office_closes")
        return self

    def deadline(self, priority: Priority) -> Deadline:
        return self.enhanced if priority is Priority.ENHANCED else self.standard

    @property
    def remind_before(self) -> timedelta:
        return timedelta(hours=self.remind_before_hours)


@lru_cache(maxsize=64)
def _bank_holidays(nation: Nation, year: int) -> frozenset[date]:
    calendar = holidays.country_holidays("GB", subdiv=_SUBDIVISION[nation], years=year)
    return frozenset(calendar)


def is_working_day(day: date, nation: Nation) -> bool:
    return day.weekday() < 5 and day not in _bank_holidays(nation, day.year)


def add_working_days(day: date, count: int, nation: Nation) -> date:
    """The ``count``-th working day strictly after ``day``."""
    while count > 0:
        day += timedelta(days=1)
        if is_working_day(day, nation):
            count -= 1
    return day


def contact_due(received_at: datetime, priority: Priority, policy: DeadlinePolicy) -> datetime:
    """The moment first contact is due, in UTC."""
    if received_at.tzinfo is None or received_at.utcoffset() is None:
        raise ValueError("received_at must be timezone-aware")
    deadline = policy.deadline(priority)
    zone = ZoneInfo(policy.timezone)
    local = received_at.astimezone(zone)
    if deadline.unit is Unit.WORKING_HOURS:
        return _add_office_hours(local, deadline.amount, policy, zone).astimezone(UTC)
    due_day = add_working_days(local.date(), deadline.amount, policy.nation)
    # Combining with the zone lets zoneinfo pick GMT or BST for that very day.
    return datetime.combine(due_day, policy.office_closes, tzinfo=zone).astimezone(UTC)


def _add_office_hours(
    start: datetime, hours: int, policy: DeadlinePolicy, zone: ZoneInfo
) -> datetime:
    """``hours`` of office time from ``start``, counting only open hours of working days."""
    left = timedelta(hours=hours)
    day = start.date()
    moment = start.replace(tzinfo=None)  # office hours are wall-clock times
    while True:
        if is_working_day(day, policy.nation):
            opens = datetime.combine(day, policy.office_opens)
            closes = datetime.combine(day, policy.office_closes)
            begin = max(moment, opens)
            if begin < closes:
                if begin + left <= closes:
                    return (begin + left).replace(tzinfo=zone)
                left -= closes - begin
        day += timedelta(days=1)
        moment = datetime.combine(day, time(0))


def facilitation_due(
    received_at: datetime, stage: str | None, policy: DeadlinePolicy
) -> datetime | None:
    """When the RJ activity should happen by, for stages with a target; else ``None``."""
    weeks = policy.facilitation_weeks.get(stage or "")
    return None if weeks is None else received_at + timedelta(weeks=weeks)


def due_within_a_working_day(due_at: datetime, now: datetime, policy: DeadlinePolicy) -> bool:
    """Whether ``due_at`` comes before the end of the next working day (the queue's amber)."""
    zone = ZoneInfo(policy.timezone)
    next_day = add_working_days(now.astimezone(zone).date(), 1, policy.nation)
    horizon = datetime.combine(next_day, policy.office_closes, tzinfo=zone)
    return now <= due_at <= horizon
