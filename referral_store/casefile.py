"""Everything a case holds besides the referral itself, read in one go for its case page.

The web desk's case page and ``rjbot show`` both read it (bot/staff/case.py), so the two
always show the same. Reading only: the view itself is audited by ``Desk.view``.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any
from zoneinfo import ZoneInfo

from referral_store.deadlines import DeadlinePolicy, is_working_day
from referral_store.monitoring import FIELDS
from referral_store.store import Store, open_answer

# Only these answers come back: the sealed comment is opened below, under its own binding.
_SURVEY = (
    "agreed_at, sent_at, answered_at, recorded_by, wellbeing, coping, safety, informed, "
    "justice, understanding, relationships, trust, satisfaction, comment"
)


@dataclass(frozen=True)
class Event:
    at: datetime
    kind: str
    actor: str
    data: dict[str, Any]


@dataclass(frozen=True)
class Monitoring:
    subject: str  # victim or offender
    recorded_by: str  # "self" (the person, with its own consent) or staff:N
    recorded_at: datetime
    consent_at: datetime | None
    values: dict[str, str | None]


@dataclass(frozen=True)
class Survey:
    agreed_at: datetime
    sent_at: datetime | None
    answered_at: datetime | None
    recorded_by: str | None
    answers: dict[str, object]
    comment: str


@dataclass(frozen=True)
class Onward:
    service: str
    given_at: datetime
    recorded_by: str


@dataclass(frozen=True)
class Records:
    events: list[Event]
    monitoring: list[Monitoring]
    survey: Survey | None
    onward: list[Onward]
    viewed_by: list[tuple[datetime, str]]  # newest first


def _at(text: str | None) -> datetime | None:
    return datetime.fromisoformat(text) if text else None


async def _rows(store: Store, sql: str, params: tuple[object, ...]) -> list[Any]:
    async with store.read() as tx:
        return await tx.fetch_all(sql, params)


async def records(store: Store, reference: str, *, views: int = 50) -> Records:
    """The history, monitoring, survey, onward consents and latest views of one case."""
    found = await _rows(store, "SELECT id FROM referrals WHERE reference = ?", (reference,))
    if not found:
        return Records([], [], None, [], [])
    referral_id = found[0][0]
    events = [
        Event(datetime.fromisoformat(r[0]), r[1], r[2] or "", json.loads(r[3] or "{}"))
        for r in await _rows(
            store,
            "SELECT at, kind, actor, data FROM events WHERE referral_id = ? ORDER BY at, id",
            (referral_id,),
        )
    ]
    columns = tuple(FIELDS)
    monitoring = [
        Monitoring(
            r[0],
            r[1],
            datetime.fromisoformat(r[2]),
            _at(r[3]),
            {
                c: open_answer(store.keyring, reference, r[0], c, v)
                for c, v in zip(columns, r[4:], strict=True)
            },
        )
        for r in await _rows(
            store,
            f"SELECT subject, recorded_by, recorded_at, consent_at, {', '.join(columns)} "  # noqa: S608 (column names from monitoring.FIELDS)
            "FROM monitoring WHERE referral_id = ? ORDER BY subject",
            (referral_id,),
        )
    ]
    survey = None
    for r in await _rows(
        store,
        f"SELECT {_SURVEY} FROM surveys WHERE referral_id = ?",  # noqa: S608 (a constant)
        (referral_id,),
    ):
        names = _SURVEY.split(", ")[4:-1]
        comment = (
            store.keyring.open(r[-1], f"surveys.comment:{reference}") if r[-1] is not None else ""
        )
        survey = Survey(
            datetime.fromisoformat(r[0]),
            _at(r[1]),
            _at(r[2]),
            r[3],
            {n: v for n, v in zip(names, r[4:-1], strict=True) if v is not None},
            comment,
        )
    onward = [
        Onward(r[0], datetime.fromisoformat(r[1]), r[2])
        for r in await _rows(
            store,
            "SELECT service, given_at, recorded_by FROM onward_consents WHERE referral_id = ? "
            "ORDER BY given_at",
            (referral_id,),
        )
    ]
    viewed = [
        (datetime.fromisoformat(r[0]), r[1])
        for r in await _rows(
            store,
            "SELECT at, actor FROM audit WHERE reference = ? AND action = 'view' "
            "ORDER BY id DESC LIMIT ?",
            (reference, views),
        )
    ]
    return Records(events, monitoring, survey, onward, viewed)


def working_days_left(due: datetime, now: datetime, policy: DeadlinePolicy) -> int:
    """Working days from today to the due day (0: due today; negative: that many overdue)."""
    zone = ZoneInfo(policy.timezone)
    today, last = now.astimezone(zone).date(), due.astimezone(zone).date()
    step, count, day = (1 if last >= today else -1), 0, today
    while day != last:
        day = date.fromordinal(day.toordinal() + step)
        if is_working_day(day, policy.nation):
            count += step
    return count
