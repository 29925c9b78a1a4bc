"""The quarterly return: the seeds' monitoring tables, computed from the store.

Counts only; nothing here opens a sealed field. Every table is built from the
referrals, events, monitoring answers and surveys of one period, so a return
can be rebuilt at any time and gives the same figures (statuses at the end of
the period are replayed from the events, not read from today's state).
"""

from __future__ import annotations

import json
import re
import statistics
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from referral_store.deadlines import Deadline, DeadlinePolicy, Priority, Unit, contact_due
from referral_store.monitoring import (
    ALL_MEASURES,
    FIELDS,
    MEASURES,
    OFFENDER_MEASURES,
    ethnic_group,
)
from referral_store.store import Store, open_answer, open_crime, open_markers, stamp

NOT_RECORDED = "not recorded"
PARTIES = {"victim": "victims", "offender": "offenders"}

# 002 9.2 measures rjbot does not count, said in the return so that none goes missing unseen.
NOT_MEASURED = (
    '002 9.2: "What was it they found satisfactory? ... What was it they found '
    'dissatisfactory?": in the survey comment, sealed, read by the facilitator, not counted',
    '002 9.2: "Reasons given for not wanting to engage": recorded only as "the other party '
    'declined" (closure detail)',
    '002 9.2: "Reoffending rates" and "Repeat victimisation": not known to the service',
)

# Each measure in the seed's own words (002 9.2 unless said), quoted beside its table.
DEFINITIONS = {
    "referrals_by_source": '002 9.2: "Total number of referrals received in the previous '
    'quarter by: Referral source"',
    "referrals_by_type": '002 9.2: "Referral type (victim/offender)"',
    "referrals_by_area": '002 9.2: "Local Authority area/Neighbourhood Policing Unit"',
    "demographics": '002 9.2: "Victim age, gender, ethnicity, disability, language '
    'requirements"; "Offender age, gender, ethnicity"',
    "crime": '002 9.2: "Crime type (including hate crime, cybercrime and DV markers)"',
    "referrals_by_stage": '002 9.2: "Stage in the CJ process at which point the referral was made"',
    "contacted_within_5_working_days": '002 9.2: "% of victims contacted within 5 working days '
    'of the receipt of full referral" (offenders shown apart, on the same measure)',
    "contact_within_deadline": "The service profile's own first-contact deadlines (Victims' "
    'Code 2020 right 3.6: "within 5 working days (1 working day under Enhanced Rights)")',
    "declined_and_unsuitable": '002 9.2: "How many referrals were declined by the provider; '
    "Reasons for provider declining; How many were found not suitable at assessment by "
    'provider; Reasons for lack of suitability"',
    "onward_referrals": '002 9.2: "Onward referrals"; "Referrals made to support services for '
    'victims/offenders"',
    "willingness": '002 9.2: "Of the referrals accepted, no. of victims willing to meet and '
    'explore the RJ process and no. who subsequently agreed to take part in the RJ process"; '
    '"Of the victims who wanted involvement in the process, how many offenders declined '
    'involvement?"; "Of the offenders who wanted involvement in the process, how many victims '
    'declined involvement?"',
    "willingness_by": '002 9.2: willingness "All broken down by: Age, gender, ethnicity, '
    'disability, language requirements; Crime type; Stage in the CJ process"',
    "in_progress": "002 9.2: \"Total number of cases currently 'in progress' - i.e. "
    'preparation work is being undertaken"',
    "activities": '002 9.2: "Total number of RJ processes facilitated in the previous quarter, '
    'including a breakdown of the type of process facilitated"',
    "activities_by": '002 9.2: RJ activities "Broken down by: Age, gender, ethnicity, '
    'disability, language requirements; Crime type; Stage in the CJ process"',
    "time_to_activity": '002 9.2: "Time taken from referral to RJ activity"',
    "time_with_parties": '002 9.2: "Number of staff and volunteer hours spent directly with '
    'victims and offenders" (from the minutes logged with each contact)',
    "facilitation_targets": '002 5.7: "whenever possible, facilitate the RJ process within '
    'timescales - i.e. Community Resolution (6 weeks) and Conditional Caution (16 weeks)"',
    "closures": '002 9.2: "Closed cases during reporting period. Reasons for closure"',
    "satisfaction": '002 9.2: "How many victims expressed satisfaction? ... How many offenders '
    'expressed satisfaction?"',
    "justice_system": '002 9.2: "Did the victim express satisfaction or dissatisfaction with '
    'the way that the CJ process dealt with the offence?"',
    "outcomes": '002 9.2: "Participant reports on: Impact on health and well-being ...; Victim '
    "ability to cope and recover; Relationships; Understanding and trust in the CJS; Offender "
    'understanding of the impact of their behaviour on victim"; 003 3.15: "the extent that the '
    'service helped offenders to understand the harm they caused"',
}
_QUARTER = re.compile(r"^(\d{4})\s*-?\s*Q([1-4])$", re.IGNORECASE)

Cell = str | int | float | None


class PeriodError(ValueError):
    """A quarter that cannot be read."""


@dataclass(frozen=True)
class Period:
    """A reporting quarter: ``2026Q3`` is the third quarter of the year that starts in 2026."""

    label: str
    start: date  # first day
    end: date  # first day after

    @classmethod
    def quarter(cls, text: str, year_starts_month: int = 4) -> Period:
        """Parse ``YYYYQn``; with the financial year (April), 2026Q1 is April-June 2026."""
        found = _QUARTER.match(text.strip())
        if not found:
            raise PeriodError(f"{text!r} is not a quarter; write it like 2026Q3")
        year, number = int(found.group(1)), int(found.group(2))
        month0 = year_starts_month - 1 + 3 * (number - 1)
        start = date(year + month0 // 12, month0 % 12 + 1, 1)
        month1 = month0 + 3
        end = date(year + month1 // 12, month1 % 12 + 1, 1)
        return cls(f"{year}Q{number}", start, end)

    @classmethod
    def last_complete(cls, today: date, year_starts_month: int = 4) -> Period:
        """The most recent quarter that has ended by ``today``."""
        months = (today.year * 12 + today.month - 1) - (year_starts_month - 1)
        index = months // 3 - 1  # quarters since year 0, minus the current one
        year, number = divmod(index, 4)
        return cls.quarter(f"{year}Q{number + 1}", year_starts_month)

    def bounds(self, zone: str) -> tuple[str, str]:
        """The period's first and last moments as stored (UTC text), in the service's zone."""
        tz = ZoneInfo(zone)
        return (
            stamp(datetime.combine(self.start, time(0), tz)),
            stamp(datetime.combine(self.end, time(0), tz)),
        )


@dataclass(frozen=True)
class Table:
    """One table of the return. ``counts`` names the columns that small-number suppression hides."""

    name: str
    title: str
    columns: tuple[str, ...]
    rows: list[tuple[Cell, ...]]
    counts: frozenset[str] = field(default_factory=frozenset)

    @property
    def definition(self) -> str:
        """The seed's own words for this measure, quoted in the return."""
        return DEFINITIONS.get(self.name, "")


@dataclass(frozen=True)
class Return:
    period: Period
    service: str
    tables: dict[str, Table]
    headline: dict[str, Cell]


@dataclass
class _Referral:
    id: int
    reference: str
    kind: str
    source: str | None
    priority: str
    area: str | None
    crime: str | None
    markers: list[str]
    stage: str | None
    received_at: str
    due_at: str
    first_contact_at: str | None
    closed_at: str | None
    closure_reason: str | None
    closure_detail: str | None
    status: str


_COLUMNS = (
    "id, reference, kind, source, priority, area, crime_category, markers, stage, received_at, "
    "due_at, first_contact_at, closed_at, closure_reason, closure_detail, status"
)


def _referral(store: Store, row: Any) -> _Referral:
    values = list(row)
    # Sealed at rest (special-category data): opened here, in memory, for the counts.
    values[6] = open_crime(store.keyring, values[1], values[6])
    values[7] = open_markers(store.keyring, values[1], values[7])
    return _Referral(*values)


def _opened(
    store: Store, reference: str, subject: str, answers: Iterable[Any]
) -> dict[str, str | None]:
    """One party's monitoring answers, the sealed ones opened in memory."""
    return {
        c: open_answer(store.keyring, reference, subject, c, v)
        for c, v in zip(FIELDS, answers, strict=True)
    }


def _status_at(events: Iterable[tuple[str, str, dict[str, Any]]]) -> str:
    """Replay a referral's events (oldest first) to its status after the last of them."""
    status = "new"
    for kind, _, data in events:
        if kind == "claimed" or (kind == "reassigned" and status == "new"):
            status = "claimed" if status == "new" else status
        elif kind == "released" and status == "claimed":
            status = "new"
        elif kind == "first-contact" or (kind == "contact" and data.get("reached")):
            status = "contacted" if status in ("new", "claimed") else status
        elif kind == "status" and data.get("status"):
            status = str(data["status"])
        elif kind in ("closed", "withdrawn"):
            status = kind
    return status


def _count_table(
    name: str, title: str, label: str, values: Iterable[str | None], *, none: str = NOT_RECORDED
) -> Table:
    counted = Counter(v if v is not None else none for v in values)
    rows: list[tuple[Cell, ...]] = [(k, n) for k, n in sorted(counted.items())]
    rows.append(("total", sum(counted.values())))
    return Table(name, title, (label, "count"), rows, frozenset({"count"}))


def _party_table(
    name: str, title: str, label: str, pairs: Iterable[tuple[str, str | None]]
) -> Table:
    """Counts by party (victims, offenders), each party with its own total; never summed."""
    counted = Counter((PARTIES.get(k, k), v if v is not None else NOT_RECORDED) for k, v in pairs)
    rows: list[tuple[Cell, ...]] = []
    for party in PARTIES.values():
        mine = sorted((v, n) for (p, v), n in counted.items() if p == party)
        if mine:
            rows += [(party, v, n) for v, n in mine]
            rows.append((party, "total", sum(n for _, n in mine)))
    return Table(name, title, ("party", label, "count"), rows, frozenset({"count"}))


def _time_with(
    history: Mapping[int, list[tuple[str, str, dict[str, Any]]]],
    facts: Mapping[int, Mapping[str, str | None]],
    start: str,
) -> Table:
    """Hours staff logged directly with victims and with offenders in the period (002 9.2)."""
    minutes: Counter[str] = Counter()
    contacts: Counter[str] = Counter()
    for rid, events in history.items():
        for kind, at, data in events:
            if kind == "contact" and _in_period(at, start) and data.get("minutes") is not None:
                party = PARTIES[str(data.get("with") or facts[rid]["kind"])]
                minutes[party] += int(data["minutes"])
                contacts[party] += 1
    rows: list[tuple[Cell, ...]] = [
        (party, contacts[party], round(minutes[party] / 60, 1)) for party in PARTIES.values()
    ]
    # Hours and contacts, not people: nothing here identifies anyone, so nothing is hidden.
    return Table(
        "time_with_parties",
        "Staff and volunteer hours spent directly with victims and with offenders",
        ("party", "contacts logged with time", "hours"),
        rows,
    )


def _facilitation(
    history: Mapping[int, list[tuple[str, str, dict[str, Any]]]],
    facts: Mapping[int, Mapping[str, str | None]],
    start: str,
    end: str,
    cutoff: str,
    policy: DeadlinePolicy,
) -> list[Table]:
    """The facilitation targets by stage, only where the profile sets them (002 5.7)."""
    if not policy.facilitation_weeks:
        return []
    rows: list[tuple[Cell, ...]] = []
    for stage, weeks in sorted(policy.facilitation_weeks.items()):
        c = Counter[str]()
        for rid, events in history.items():
            if facts[rid].get("stage") != stage:
                continue
            received = datetime.fromisoformat(str(facts[rid]["received_at"]))
            target = stamp(received + timedelta(weeks=weeks))
            done = next(
                (
                    at
                    for kind, at, data in events
                    if kind == "status" and data.get("status") == "activity"
                ),
                None,
            )
            if done is not None and done >= start:
                c["within target" if done <= target else "after target"] += 1
            elif (
                done is None
                and start <= target < cutoff
                and _status_at(events)
                not in (
                    "closed",
                    "withdrawn",
                )
            ):
                c["target passed, no activity yet"] += 1
        rows.append(
            (
                stage,
                weeks,
                c["within target"],
                c["after target"],
                c["target passed, no activity yet"],
            )
        )
    return [
        Table(
            "facilitation_targets",
            "RJ activity within the facilitation target for its stage",
            (
                "stage",
                "target weeks",
                "within target",
                "after target",
                "target passed, no activity yet",
            ),
            rows,
            frozenset({"within target", "after target", "target passed, no activity yet"}),
        )
    ]


async def quarterly_return(
    store: Store,
    period: Period,
    *,
    service: str = "",
    now: datetime | None = None,
) -> Return:
    """Every table of the return for ``period``, from what the store holds now."""
    zone = store.policy.timezone
    start, end = period.bounds(zone)
    # Deadlines not yet reached when the return is made are "not yet due", not failures.
    cutoff = min(end, stamp(now or datetime.now(UTC)))

    # One snapshot for every query: a referral submitted or closed while the return is
    # made is counted in all of its tables or in none.
    async with store.read() as tx:
        received = [
            _referral(store, r)
            for r in await tx.fetch_all(
                f"SELECT {_COLUMNS} FROM referrals WHERE received_at >= ? AND received_at < ? "
                "ORDER BY id",
                (start, end),
            )
        ]
        closed = [
            _referral(store, r)
            for r in await tx.fetch_all(
                f"SELECT {_COLUMNS} FROM referrals WHERE closed_at >= ? AND closed_at < ? "
                "ORDER BY id",
                (start, end),
            )
        ]
        # The referrals alive in the period (received before its end, not closed before its
        # start) and their events up to the end: enough to replay statuses and find activities,
        # without reading the years of closed cases a long-running service holds.
        live = "r.received_at < ? AND (r.closed_at IS NULL OR r.closed_at >= ?)"
        facts: dict[int, dict[str, str | None]] = {
            rid: {
                "kind": kind,
                "received_at": at,
                "crime type": open_crime(store.keyring, reference, crime),
                "stage": stage,
            }
            for rid, reference, kind, at, crime, stage in await tx.fetch_all(
                "SELECT r.id, r.reference, r.kind, r.received_at, r.crime_category, r.stage "
                f"FROM referrals r WHERE {live}",
                (end, start),
            )
        }
        history: dict[int, list[tuple[str, str, dict[str, Any]]]] = {}
        for referral_id, kind, at, data in await tx.fetch_all(
            "SELECT e.referral_id, e.kind, e.at, e.data FROM events e JOIN referrals r "
            f"ON r.id = e.referral_id WHERE {live} AND e.at < ? ORDER BY e.at, e.id",
            (end, start, end),
        ):
            history.setdefault(referral_id, []).append((kind, at, json.loads(data or "{}")))
        for rid, reference, *answers in await tx.fetch_all(
            "SELECT m.referral_id, r.reference, m.age_band, m.gender, m.ethnicity, "
            "m.disability, m.language_need FROM monitoring m JOIN referrals r "
            f"ON r.id = m.referral_id WHERE {live} AND m.subject = 'victim'",
            (end, start),
        ):
            values = _opened(store, reference, "victim", answers)
            values["ethnic_group"] = ethnic_group(values["ethnicity"])
            facts[rid].update({f"victim {k}": v for k, v in values.items()})
        onward = [
            (kind, str(json.loads(data or "{}").get("to")))
            for kind, data in await tx.fetch_all(
                "SELECT r.kind, e.data FROM events e JOIN referrals r ON r.id = e.referral_id "
                "WHERE e.kind = 'onward' AND e.at >= ? AND e.at < ?",
                (start, end),
            )
        ]
        monitoring: dict[tuple[int, str], dict[str, str | None]] = {}
        for row in await tx.fetch_all(
            "SELECT m.referral_id, m.subject, r.reference, m.age_band, m.gender, m.ethnicity, "
            "m.disability, m.language_need FROM monitoring m JOIN referrals r "
            "ON r.id = m.referral_id WHERE r.received_at >= ? AND r.received_at < ?",
            (start, end),
        ):
            monitoring[(row[0], row[1])] = _opened(store, row[2], row[1], row[3:])
        surveys = await tx.fetch_all(
            "SELECT r.kind, s.wellbeing, s.coping, s.safety, s.informed, s.understanding, "
            "s.relationships, s.trust, s.satisfaction, s.justice "
            "FROM surveys s JOIN referrals r ON r.id = s.referral_id "
            "WHERE s.answered_at >= ? AND s.answered_at < ?",
            (start, end),
        )

    tables: list[Table] = [
        _count_table(
            "referrals_by_source",
            "Referrals received, by source",
            "source",
            (r.source for r in received),
            none="self-referral",
        ),
        _count_table(
            "referrals_by_type",
            "Referrals received, by type",
            "type",
            (f"{r.kind}-initiated" for r in received),
        ),
        _count_table(
            "referrals_by_area",
            "Referrals received, by area",
            "area",
            (r.area for r in received),
        ),
        _demographics(received, monitoring),
        _crime(received),
        _count_table(
            "referrals_by_stage",
            "Referrals received, by stage in the criminal justice process",
            "stage",
            (r.stage for r in received),
        ),
        _within_5_days(received, cutoff, store.policy),
        _contact(received, cutoff),
        _declined(closed),
        _party_table(
            "onward_referrals",
            "Onward referrals to support services, for victims and for offenders",
            "service",
            onward,
        ),
        *_willingness(history, facts, start),
        _in_progress(history),
        *_activities(history, facts, start),
        _party_table(
            "closures",
            "Cases closed, by reason, victim-initiated and offender-initiated apart",
            "reason",
            ((r.kind, r.closure_reason) for r in closed),
        ),
        *_facilitation(history, facts, start, end, cutoff, store.policy),
        _time_with(history, facts, start),
        *_surveys(surveys),
    ]
    by_name = {t.name: t for t in tables}
    # 002 9.2's measure: victims contacted within 5 working days (offenders apart).
    contact = by_name["contacted_within_5_working_days"].rows[0]
    headline: dict[str, Cell] = {
        "referrals": len(received),
        "victim_initiated": sum(r.kind == "victim" for r in received),
        "offender_initiated": sum(r.kind == "offender" for r in received),
        "contacted_in_time": contact[1],
        "contact_decided": int(contact[1] or 0) + int(contact[2] or 0) + int(contact[3] or 0),
        "contacted_in_time_percent": contact[-1],
        "activities": sum(
            int(row[1] or 0) for row in by_name["activities"].rows if row[0] != "total"
        ),
        "closed": len(closed),
        "in_progress": by_name["in_progress"].rows[-1][1],
        "surveys": len(surveys),
        "surveys_victims": sum(row[0] == "victim" for row in surveys),
        "surveys_offenders": sum(row[0] == "offender" for row in surveys),
    }
    return Return(period, service, by_name, headline)


def _demographics(
    received: list[_Referral], monitoring: Mapping[tuple[int, str], Mapping[str, str | None]]
) -> Table:
    """Victims' and offenders' monitoring answers; the census group as well as the category."""
    counted: Counter[tuple[str, str, str]] = Counter()
    for party, fields in (
        ("victim", tuple(FIELDS)),
        ("offender", ("age_band", "gender", "ethnicity")),
    ):
        for r in received:
            answers = monitoring.get((r.id, party), {})
            for name in fields:
                value = answers.get(name) or NOT_RECORDED
                counted[(party, name, value)] += 1
                if name == "ethnicity":
                    group = ethnic_group(answers.get(name)) or NOT_RECORDED
                    counted[(party, "ethnic_group", group)] += 1
    rows: list[tuple[Cell, ...]] = [(*key, n) for key, n in sorted(counted.items())]
    return Table(
        "demographics",
        "Referrals received, by the monitoring answers of the victim and the offender",
        ("party", "measure", "category", "count"),
        rows,
        frozenset({"count"}),
    )


def _crime(received: list[_Referral]) -> Table:
    counted: Counter[tuple[str, str]] = Counter()
    for r in received:
        counted[("type", r.crime or NOT_RECORDED)] += 1
        for marker in r.markers:
            counted[("marker", marker)] += 1
    rows: list[tuple[Cell, ...]] = [(*key, n) for key, n in sorted(counted.items())]
    return Table(
        "crime",
        "Referrals received, by crime type and markers (domestic abuse, sexual, hate, online)",
        ("kind", "category", "count"),
        rows,
        frozenset({"count"}),
    )


def _percent(part: int, whole: int) -> float | None:
    return round(100 * part / whole, 1) if whole else None


def _judged(r: _Referral, due: str, cutoff: str) -> str:
    if r.first_contact_at is not None:
        return "in time" if r.first_contact_at <= due else "late"
    if r.status == "withdrawn" and (r.closed_at or "") <= due:
        return "withdrawn before contact"
    return "overdue, not contacted" if due < cutoff else "not yet due"


def _within_5_days(received: list[_Referral], cutoff: str, policy: DeadlinePolicy) -> Table:
    """002 9.2's own measure: contact within 5 working days of receipt, whatever the priority.

    Counted over the referrals whose 5 working days had passed by the end of the period (or
    that were contacted); victims and offenders apart, never added together.
    """
    five = policy.model_copy(update={"standard": Deadline(amount=5, unit=Unit.WORKING_DAYS)})
    rows: list[tuple[Cell, ...]] = []
    for kind, party in PARTIES.items():
        c = Counter[str]()
        for r in received:
            if r.kind == kind:
                received_at = datetime.fromisoformat(r.received_at)
                due = stamp(contact_due(received_at, Priority.STANDARD, five))
                c[_judged(r, due, cutoff)] += 1
        rows.append(_contact_row(party, c))
    return Table(
        "contacted_within_5_working_days",
        "Victims (and, apart, offenders) contacted within 5 working days of the referral",
        (
            "party",
            *_CONTACT_OUTCOMES,
            "% in time",
        ),
        rows,
        frozenset(_CONTACT_OUTCOMES),
    )


def _contact(received: list[_Referral], cutoff: str) -> Table:
    """First contact against the profile's deadline, by party and priority."""
    rows: list[tuple[Cell, ...]] = []
    for kind, party in PARTIES.items():
        totals = Counter[str]()
        for priority in ("standard", "enhanced"):
            c = Counter(
                _judged(r, r.due_at, cutoff)
                for r in received
                if r.kind == kind and r.priority == priority
            )
            totals.update(c)
            rows.append((party, *_contact_row(priority, c)))
        rows.append((party, *_contact_row("all", totals)))
    return Table(
        "contact_within_deadline",
        "First contact within the service's own deadline (working days, office hours)",
        (
            "party",
            "priority",
            *_CONTACT_OUTCOMES,
            "% in time",
        ),
        rows,
        frozenset(_CONTACT_OUTCOMES),
    )


# How a first contact stands, the columns of both contact tables; the first three are decided.
_CONTACT_OUTCOMES = (
    "in time",
    "late",
    "overdue, not contacted",
    "not yet due",
    "withdrawn before contact",
)


def _contact_row(priority: str, c: Mapping[str, int]) -> tuple[Cell, ...]:
    decided = sum(c.get(outcome, 0) for outcome in _CONTACT_OUTCOMES[:3])
    return (
        priority,
        *(c.get(outcome, 0) for outcome in _CONTACT_OUTCOMES),
        _percent(c.get("in time", 0), decided),
    )


_DECLINED = ("declined-by-service", "unsuitable", "out-of-scope-onward")


def _declined(closed: list[_Referral]) -> Table:
    counted = Counter(
        (PARTIES.get(r.kind, r.kind), r.closure_reason or "", r.closure_detail or NOT_RECORDED)
        for r in closed
        if r.closure_reason in _DECLINED
    )
    rows: list[tuple[Cell, ...]] = [(*key, n) for key, n in sorted(counted.items())]
    return Table(
        "declined_and_unsuitable",
        "Referrals declined by the service or found unsuitable, with reasons, by party",
        ("party", "outcome", "reason", "count"),
        rows,
        frozenset({"count"}),
    )


def _in_period(at: str, start: str) -> bool:
    return at >= start  # events are already limited to before the end


# What the seeds ask willingness and activities to be broken down by (002, 9.2).
BREAKDOWNS = (
    *(f"victim {f}" for f in ("age_band", "gender", "ethnic_group", "disability", "language_need")),
    "crime type",
    "stage",
)


def _breakdown(
    name: str, title: str, what: str, found: list[tuple[str, int]], facts: Mapping[int, Any]
) -> Table:
    """Each (label, referral) counted once per breakdown, by that referral's category."""
    counted: Counter[tuple[str, str, str]] = Counter()
    for label, rid in found:
        for breakdown in BREAKDOWNS:
            counted[(label, breakdown, facts[rid].get(breakdown) or NOT_RECORDED)] += 1
    return Table(
        name,
        title,
        (what, "breakdown", "category", "count"),
        [(*key, n) for key, n in sorted(counted.items())],
        frozenset({"count"}),
    )


def _willingness(
    history: Mapping[int, list[tuple[str, str, dict[str, Any]]]],
    facts: Mapping[int, Mapping[str, str | None]],
    start: str,
) -> list[Table]:
    """Who went on to explore RJ (assessment) and to agree to it (preparation) in the period."""
    found: list[tuple[str, int]] = []
    counted: Counter[tuple[str, str]] = Counter()
    for rid, events in history.items():
        kind = f"{facts[rid]['kind']}-initiated"
        for event, at, data in events:
            if not _in_period(at, start):
                continue
            step = None
            if event == "status" and data.get("status") == "assessing":
                step = "willing to explore (assessment began)"
            elif event == "status" and data.get("status") == "preparing":
                step = "agreed to take part (preparation began)"
            elif event == "closed" and data.get("detail") == "other-party-declined":
                step = "the other party declined"
            elif event == "closed" and data.get("reason") in (
                "victim-disengaged",
                "offender-disengaged",
            ):
                step = str(data["reason"])
            if step:
                counted[(kind, step)] += 1
                found.append((step, rid))
    rows: list[tuple[Cell, ...]] = [(*key, n) for key, n in sorted(counted.items())]
    return [
        Table(
            "willingness",
            "Willingness to take part, by who asked for RJ",
            ("type", "step", "count"),
            rows,
            frozenset({"count"}),
        ),
        _breakdown(
            "willingness_by",
            "Willingness to take part, by the victim's monitoring answers, crime type and stage",
            "step",
            found,
            facts,
        ),
    ]


def _in_progress(history: Mapping[int, list[tuple[str, str, dict[str, Any]]]]) -> Table:
    return _count_table(
        "in_progress",
        "Cases open at the end of the period, by status then",
        "status",
        (
            status
            for events in history.values()
            if (status := _status_at(events)) not in ("closed", "withdrawn")
        ),
    )


def _activities(
    history: Mapping[int, list[tuple[str, str, dict[str, Any]]]],
    facts: Mapping[int, Mapping[str, str | None]],
    start: str,
) -> list[Table]:
    """RJ processes facilitated in the period by type, and the days from referral to them."""
    days: dict[str, list[float]] = {}
    found: list[tuple[str, int]] = []
    for rid, events in history.items():
        for kind, at, data in events:
            if kind == "status" and data.get("status") == "activity" and _in_period(at, start):
                received = datetime.fromisoformat(str(facts[rid]["received_at"]))
                gap = datetime.fromisoformat(at) - received
                days.setdefault(str(data.get("activity")), []).append(gap.total_seconds() / 86400)
                found.append((str(data.get("activity")), rid))
    counts: list[tuple[Cell, ...]] = [(k, len(v)) for k, v in sorted(days.items())]
    counts.append(("total", sum(len(v) for v in days.values())))
    every = [d for v in days.values() for d in v]
    timing: list[tuple[Cell, ...]] = [
        (k, len(v), round(statistics.median(v), 1), round(statistics.fmean(v), 1))
        for k, v in sorted(days.items())
    ]
    if every:
        timing.append(
            (
                "all",
                len(every),
                round(statistics.median(every), 1),
                round(statistics.fmean(every), 1),
            )
        )
    return [
        Table(
            "activities",
            "RJ processes facilitated, by type",
            ("type", "count"),
            counts,
            frozenset({"count"}),
        ),
        _breakdown(
            "activities_by",
            "RJ processes facilitated, by the victim's monitoring answers, crime type and stage",
            "type",
            found,
            facts,
        ),
        Table(
            "time_to_activity",
            "Days from referral to the RJ activity",
            ("type", "count", "median days", "mean days"),
            timing,
            frozenset({"count"}),
        ),
    ]


def _surveys(surveys: list[Any]) -> list[Table]:
    satisfaction: Counter[tuple[str, str]] = Counter()
    justice: Counter[tuple[str, str]] = Counter()
    outcomes: Counter[tuple[str, str, str]] = Counter()
    for kind, *changes, score, felt in surveys:
        party = "victims" if kind == "victim" else "offenders"
        # Each party is counted on its own measures (002 9.2: the offender's understanding
        # of the impact, relationships, trust in the CJS; the victim's coping and safety).
        mine = MEASURES if kind == "victim" else OFFENDER_MEASURES
        for measure, change in zip(ALL_MEASURES, changes, strict=True):
            if measure in mine:
                outcomes[(party, measure, change or NOT_RECORDED)] += 1
        satisfaction[(party, _score(score))] += 1
        if kind == "victim":  # 002 9.2 asks it of the victim
            justice[(party, "it did not deal with it" if felt == "na" else _score(felt))] += 1
    return [
        Table(
            "satisfaction",
            "Satisfaction with the service, victims and offenders (1 very unhappy - 5 very happy)",
            ("party", "score", "count"),
            [(*k, n) for k, n in sorted(satisfaction.items())],
            frozenset({"count"}),
        ),
        Table(
            "justice_system",
            "Satisfaction with the way the criminal justice system dealt with the offence",
            ("party", "score", "count"),
            [(*k, n) for k, n in sorted(justice.items())],
            frozenset({"count"}),
        ),
        Table(
            "outcomes",
            "Outcomes reported: health and wellbeing, coping, feeling safe, informed and empowered",
            ("party", "measure", "change", "count"),
            [(*k, n) for k, n in sorted(outcomes.items())],
            frozenset({"count"}),
        ),
    ]


def _score(value: object) -> str:
    """A 1-5 answer with its band; unanswered or unsaid as such."""
    if value is None:
        return NOT_RECORDED
    if str(value) == "unsaid":
        return "unsaid"
    score = int(str(value))
    band = "satisfied" if score >= 4 else "neither" if score == 3 else "dissatisfied"
    return f"{score} ({band})"


WITHHELD = "[c]"


def _groups(table: Table) -> list[tuple[int, list[int]]]:
    """Each total row (a key cell "total" or "all") with the rows it sums.

    A table may hold several: one per party, so victims and offenders each have their own.
    """
    keys = [c for c, column in enumerate(table.columns) if column not in table.counts]
    found: list[tuple[int, list[int]]] = []
    first = 0
    for t, row in enumerate(table.rows):
        marked = [k for k in keys if str(row[k]) in ("total", "all")]
        if not marked:
            continue
        k = marked[0]
        members = [
            r
            for r in range(first, t)
            if table.rows[r][:k] == row[:k] and str(table.rows[r][k]) not in ("total", "all")
        ]
        found.append((t, members))
        first = t + 1
    return found


def _secondary(table: Table, threshold: int) -> set[tuple[int, int]]:
    """Cells withheld so a hidden count cannot be worked out by taking the others from a total.

    Where a total (or "all") row shows its count and exactly one row it sums is hidden, the
    smallest other count is withheld too; so for every total of the table.
    """
    withheld: set[tuple[int, int]] = set()
    for t, members in _groups(table):
        if len(members) < 2:
            continue
        for c, column in enumerate(table.columns):
            if column not in table.counts:
                continue
            counts = [(r, v) for r in members if isinstance(v := table.rows[r][c], int) and v]
            hidden = [r for r, v in counts if v < threshold]
            total = table.rows[t][c]
            shown_total = isinstance(total, int) and (total == 0 or total >= threshold)
            if len(hidden) == 1 and shown_total:
                others = [(v, r) for r, v in counts if v >= threshold]
                if others:
                    withheld.add((min(others)[1], c))
    return withheld


def suppress(table: Table, threshold: int) -> list[tuple[Cell, ...]]:
    """The rows with every count from 1 to ``threshold - 1`` shown as ``<threshold``.

    A percentage or average over fewer than ``threshold`` cases is withheld too, and so is
    a second count wherever a total would otherwise give a hidden one away (``[c]``).
    """
    hide = [c in table.counts for c in table.columns]
    secondary = _secondary(table, threshold)
    shown: list[tuple[Cell, ...]] = []
    for r, row in enumerate(table.rows):
        cells: list[Cell] = []
        small_base = False
        if "% in time" in table.columns:
            judged = ("in time", "late", "overdue, not contacted")
            base = sum(int(row[table.columns.index(c)] or 0) for c in judged)
            small_base = base < threshold
        elif table.name == "time_to_activity":
            small_base = int(row[1] or 0) < threshold
        for c, (value, hidden, column) in enumerate(zip(row, hide, table.columns, strict=True)):
            if hidden and isinstance(value, int) and 0 < value < threshold:
                cells.append(f"<{threshold}")
            elif (r, c) in secondary:
                cells.append(WITHHELD)
            elif small_base and column in ("% in time", "median days", "mean days"):
                cells.append(f"n/a (<{threshold})")
            else:
                cells.append(value)
        shown.append(tuple(cells))
    return shown
