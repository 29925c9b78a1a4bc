"""When first contact is due: a pure function of the receipt time and the service's policy.

Working days are counted after the day of receipt, skipping weekends and the
nation's bank holidays, and the deadline falls at office close, local time,
so it reads the same in winter and summer time. Enhanced cases count clock
hours, because the person may be at risk.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from enum import StrEnum
from functools import lru_cache
from typing import Annotated, Self
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import holidays
from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator


class Unit(StrEnum):
    WORKING_DAYS = "working_days"
    HOURS = "hours"


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


class DeadlinePolicy(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    nation: Nation = Nation.ENGLAND_AND_WALES
    standard: Deadline = Deadline(amount=5, unit=Unit.WORKING_DAYS)
    enhanced: Deadline = Deadline(amount=48, unit=Unit.HOURS)
    office_opens: time = time(9, 0)
    office_closes: time = time(17, 0)
    timezone: str = "Europe/London"

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
    if deadline.unit is Unit.HOURS:
        return (received_at + timedelta(hours=deadline.amount)).astimezone(ZoneInfo("UTC"))
    zone = ZoneInfo(policy.timezone)
    local_day = received_at.astimezone(zone).date()
    due_day = add_working_days(local_day, deadline.amount, policy.nation)
    # Combining with the zone lets zoneinfo pick GMT or BST for that very day.
    due = datetime.combine(due_day, policy.office_closes, tzinfo=zone)
    return due.astimezone(ZoneInfo("UTC"))
