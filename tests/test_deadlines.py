"""The first-contact deadline: working days, bank holidays of each nation, clock changes."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import holidays
import pytest
from hypothesis import given
from hypothesis import strategies as st
from pydantic import ValidationError

from referral_store.deadlines import (
    Deadline,
    DeadlinePolicy,
    Nation,
    Priority,
    Unit,
    contact_due,
    due_within_a_working_day,
    facilitation_due,
    is_working_day,
)

LONDON = ZoneInfo("Europe/London")
POLICY = DeadlinePolicy()


def local(*args: int) -> datetime:
    return datetime(*args, tzinfo=LONDON)  # type: ignore[misc]


@pytest.mark.parametrize(
    ("received", "due"),
    [
        # The worked examples: Christmas and Boxing Day; Good Friday and Easter Monday.
        (local(2025, 12, 19, 9, 0), local(2025, 12, 30, 17, 0)),
        (local(2025, 12, 19, 23, 59), local(2025, 12, 30, 17, 0)),
        (local(2026, 4, 2, 12, 0), local(2026, 4, 13, 17, 0)),
        # A weekend receipt counts from Monday.
        (local(2026, 11, 21, 10, 0), local(2026, 11, 27, 17, 0)),
        (local(2026, 11, 22, 10, 0), local(2026, 11, 27, 17, 0)),
        # Across the change to summer time: 17:00 local is 16:00 UTC.
        (local(2026, 3, 25, 10, 0), local(2026, 4, 1, 17, 0)),
        # Across the change back (Sunday 25 October 2026): 17:00 local is 17:00 UTC again.
        (local(2026, 10, 21, 10, 0), local(2026, 10, 28, 17, 0)),
        # Just after midnight local is still that local day, though it is the day before in UTC.
        (local(2026, 6, 5, 0, 30), local(2026, 6, 12, 17, 0)),
        # Christmas 2026 on a Friday: Boxing Day is observed on Monday 28th.
        (local(2026, 12, 23, 10, 0), local(2027, 1, 4, 17, 0)),
    ],
)
def test_standard_deadline_in_england_and_wales(received: datetime, due: datetime) -> None:
    result = contact_due(received, Priority.STANDARD, POLICY)
    assert result == due  # different zones, so compared as instants
    assert result.tzinfo is UTC


def test_deadlines_fall_at_17_local_in_winter_and_summer() -> None:
    # Comparing UTC wall clocks: an aware comparison in one zone would hide an hour's error.
    winter = contact_due(local(2025, 12, 19, 10), Priority.STANDARD, POLICY)
    summer = contact_due(local(2026, 3, 25, 10), Priority.STANDARD, POLICY)
    assert winter.replace(tzinfo=None) == datetime(2025, 12, 30, 17, 0)
    assert summer.replace(tzinfo=None) == datetime(2026, 4, 1, 16, 0)


def test_enhanced_is_one_working_day_by_default() -> None:
    # Victims' Code 2020, right 3.6: "1 working day under Enhanced Rights".
    received = local(2025, 12, 24, 15, 30)
    assert contact_due(received, Priority.ENHANCED, POLICY) == local(2025, 12, 29, 17)


def test_clock_hours_are_refused() -> None:
    # 48 clock hours from a Friday evening is a Sunday, when nobody is in.
    with pytest.raises(ValidationError, match="working_hours"):
        Deadline(amount=48, unit="hours")  # type: ignore[arg-type]


def test_a_weekend_receipt_counts_from_monday() -> None:
    friday_evening = contact_due(local(2026, 11, 20, 18), Priority.STANDARD, POLICY)
    saturday = contact_due(local(2026, 11, 21, 10), Priority.STANDARD, POLICY)
    sunday = contact_due(local(2026, 11, 22, 23, 30), Priority.STANDARD, POLICY)
    assert friday_evening == local(2026, 11, 27, 17)  # Friday's own day does not count
    assert saturday == sunday == local(2026, 11, 27, 17)


def test_each_nation_has_its_own_bank_holidays() -> None:
    # 2 January is a bank holiday in Scotland only; St Patrick's Day in Northern Ireland only.
    assert is_working_day(date(2026, 1, 2), Nation.ENGLAND_AND_WALES)
    assert not is_working_day(date(2026, 1, 2), Nation.SCOTLAND)
    assert not is_working_day(date(2026, 3, 17), Nation.NORTHERN_IRELAND)
    assert is_working_day(date(2026, 3, 17), Nation.SCOTLAND)
    received = local(2025, 12, 31, 10)
    england = contact_due(received, Priority.STANDARD, POLICY)
    scotland = contact_due(received, Priority.STANDARD, DeadlinePolicy(nation=Nation.SCOTLAND))
    assert england == local(2026, 1, 8, 17)
    assert scotland == local(2026, 1, 9, 17)
    # Thursday 12 March 2026: Northern Ireland skips Tuesday 17th.
    received = local(2026, 3, 12, 10)
    northern_ireland = DeadlinePolicy(nation=Nation.NORTHERN_IRELAND)
    assert contact_due(received, Priority.STANDARD, POLICY) == local(2026, 3, 19, 17)
    assert contact_due(received, Priority.STANDARD, northern_ireland) == local(2026, 3, 20, 17)


def test_wales_keeps_the_bank_holidays_of_england() -> None:
    # One nation value serves both only while the calendars agree; this fails if they part.
    years = range(2024, 2031)
    england = holidays.country_holidays("GB", subdiv="ENG", years=years)
    wales = holidays.country_holidays("GB", subdiv="WLS", years=years)
    assert set(england) == set(wales)
    assert len(set(england)) >= 8 * len(years)


def test_a_naive_time_is_refused() -> None:
    with pytest.raises(ValueError, match="timezone-aware"):
        contact_due(datetime(2026, 1, 1, 9), Priority.STANDARD, POLICY)


def test_a_bad_policy_names_the_problem() -> None:
    with pytest.raises(ValidationError, match="unknown time zone"):
        DeadlinePolicy(timezone="Europe/Atlantis")
    with pytest.raises(ValidationError, match="office_opens must be before"):
        DeadlinePolicy(office_opens=time(18), office_closes=time(9))
    with pytest.raises(ValidationError):
        Deadline(amount=0, unit=Unit.WORKING_DAYS)


# Receipts in several zones: the local date of receipt is the policy's, not the caller's.
ZONES = [UTC, LONDON, ZoneInfo("America/New_York"), ZoneInfo("Asia/Kolkata")]
moments = st.datetimes(
    min_value=datetime(2024, 1, 1),
    max_value=datetime(2030, 12, 31),
    timezones=st.sampled_from(ZONES),
)
nations = st.sampled_from(list(Nation))


def instant(moment: datetime) -> datetime:
    """Sort key: two times in one zone compare by wall clock, which the autumn fold reorders."""
    return moment.astimezone(UTC)


@given(moments, nations, st.sampled_from(list(Priority)))
def test_due_is_never_before_receipt(
    received: datetime, nation: Nation, priority: Priority
) -> None:
    due = contact_due(received, priority, DeadlinePolicy(nation=nation))
    assert due > received
    assert due.tzinfo is UTC


@given(moments, nations)
def test_due_is_never_before_receipt_and_lands_at_office_close_on_a_working_day(
    received: datetime, nation: Nation
) -> None:
    policy = DeadlinePolicy(nation=nation)
    due = contact_due(received, Priority.STANDARD, policy)
    assert due > received
    there = due.astimezone(LONDON)
    assert there.time() == policy.office_closes
    assert is_working_day(there.date(), nation)
    day, counted = received.astimezone(LONDON).date(), 0
    while day < there.date():
        day += timedelta(days=1)
        counted += is_working_day(day, nation)
    assert counted == policy.standard.amount, "exactly five working days after receipt"


@given(moments, moments, nations)
def test_a_later_receipt_is_never_due_earlier(
    first: datetime, second: datetime, nation: Nation
) -> None:
    earlier, later = sorted((first, second), key=instant)
    policy = DeadlinePolicy(nation=nation)
    for priority in Priority:
        assert contact_due(earlier, priority, policy) <= contact_due(later, priority, policy)


OFFICE_HOURS = DeadlinePolicy(enhanced=Deadline(amount=16, unit=Unit.WORKING_HOURS))


def test_working_hours_run_only_while_the_office_is_open() -> None:
    # Friday 15:00 + 16 office hours: 2 on Friday, 8 on Monday, 6 on Tuesday.
    assert contact_due(local(2026, 11, 20, 15), Priority.ENHANCED, OFFICE_HOURS) == local(
        2026, 11, 24, 15
    )
    # Received at night: the clock starts when the office opens.
    assert contact_due(local(2026, 11, 23, 22), Priority.ENHANCED, OFFICE_HOURS) == local(
        2026, 11, 25, 17
    )
    # Across Easter 2026 (Good Friday 3 April, Easter Monday 6 April) and into summer time.
    assert contact_due(local(2026, 4, 2, 13), Priority.ENHANCED, OFFICE_HOURS) == local(
        2026, 4, 8, 13
    )


@given(moments, nations)
def test_working_hours_due_is_inside_office_hours_on_a_working_day(
    received: datetime, nation: Nation
) -> None:
    policy = OFFICE_HOURS.model_copy(update={"nation": nation})
    due = contact_due(received, Priority.ENHANCED, policy)
    assert due > received
    there = due.astimezone(LONDON)
    assert is_working_day(there.date(), nation)
    assert policy.office_opens < there.time() <= policy.office_closes


@given(moments, moments, nations)
def test_working_hours_are_monotonic(first: datetime, second: datetime, nation: Nation) -> None:
    earlier, later = sorted((first, second), key=instant)
    policy = OFFICE_HOURS.model_copy(update={"nation": nation})
    assert contact_due(earlier, Priority.ENHANCED, policy) <= contact_due(
        later, Priority.ENHANCED, policy
    )


def test_facilitation_targets_follow_the_stage_only_where_the_profile_sets_them() -> None:
    received = local(2026, 1, 5, 10)
    targets = DeadlinePolicy(
        facilitation_weeks={"community-resolution": 6, "conditional-caution": 16}
    )
    assert facilitation_due(received, "community-resolution", targets) == received + timedelta(
        weeks=6
    )
    assert facilitation_due(received, "conditional-caution", targets) == received + timedelta(
        weeks=16
    )
    assert facilitation_due(received, "court", targets) is None
    assert facilitation_due(received, "community-resolution", POLICY) is None, "no default"


def test_amber_means_due_before_the_next_working_day_ends() -> None:
    friday = local(2026, 11, 20, 12)
    assert due_within_a_working_day(local(2026, 11, 23, 17), friday, POLICY)
    assert not due_within_a_working_day(local(2026, 11, 24, 17), friday, POLICY)
    assert not due_within_a_working_day(local(2026, 11, 20, 11), friday, POLICY), "overdue"


# --- every bundled profile, as a service would live with it --------------------------

# Expected deadlines worked out by hand on a calendar (England and Wales bank holidays:
# Christmas Day, Boxing Day, New Year's Day, Good Friday, Easter Monday; Scotland adds
# St Andrew's Day, Monday 30 November 2026). (received, standard due, enhanced due).
DATED = [
    # Friday 17:30, after the office has closed: Friday itself does not count.
    (local(2026, 11, 20, 17, 30), local(2026, 11, 27, 17), local(2026, 11, 23, 17)),
    # Saturday: counting starts on Monday.
    (local(2026, 11, 21, 10), local(2026, 11, 27, 17), local(2026, 11, 23, 17)),
    # Good Friday 2026 (3 April); Easter Monday (6 April) is skipped too.
    (local(2026, 4, 3, 11), local(2026, 4, 13, 17), local(2026, 4, 7, 17)),
    # Christmas Eve 2025 (Wednesday): 25, 26 December and 1 January are skipped.
    (local(2025, 12, 24, 10), local(2026, 1, 5, 17), local(2025, 12, 29, 17)),
    # Boxing Day 2025 (a Friday) at 17:30: the example, once due on a Sunday.
    (local(2025, 12, 26, 17, 30), local(2026, 1, 5, 17), local(2025, 12, 29, 17)),
    # St David's Day (Monday 1 March 2027) is not a bank holiday in Wales: it counts.
    (local(2027, 2, 26, 10), local(2027, 3, 5, 17), local(2027, 3, 1, 17)),
]


def bundled() -> list[tuple[str, DeadlinePolicy]]:
    from bot.profile import bundled_profiles, load_profile

    return [(name, load_profile(name).deadlines) for name in bundled_profiles()]


@pytest.mark.parametrize(("name", "policy"), bundled())
@pytest.mark.parametrize(("received", "standard", "enhanced"), DATED)
def test_each_profile_meets_the_dated_table(
    name: str, policy: DeadlinePolicy, received: datetime, standard: datetime, enhanced: datetime
) -> None:
    assert contact_due(received, Priority.STANDARD, policy) == standard, name
    assert contact_due(received, Priority.ENHANCED, policy) == enhanced, name


def test_a_scottish_bank_holiday_is_skipped_only_in_scotland() -> None:
    # Friday 27 November 2026; Monday 30th is St Andrew's Day, a bank holiday in Scotland.
    received = local(2026, 11, 27, 10)
    scotland = DeadlinePolicy(nation=Nation.SCOTLAND)
    assert contact_due(received, Priority.ENHANCED, POLICY) == local(2026, 11, 30, 17)
    assert contact_due(received, Priority.ENHANCED, scotland) == local(2026, 12, 1, 17)
    assert contact_due(received, Priority.STANDARD, POLICY) == local(2026, 12, 4, 17)
    assert contact_due(received, Priority.STANDARD, scotland) == local(2026, 12, 7, 17)


# Times of day around opening and closing, and the night.
TIMES = [
    time(0, 0),
    time(8, 59),
    time(9, 0),
    time(12, 30),
    time(16, 59),
    time(17, 0),
    time(17, 30),
    time(23, 59),
]


@pytest.mark.parametrize(("name", "policy"), bundled())
def test_every_day_of_2025_to_2027_is_due_in_office_hours_on_a_working_day(
    name: str, policy: DeadlinePolicy
) -> None:
    zone = ZoneInfo(policy.timezone)
    day, last = date(2025, 1, 1), date(2027, 12, 31)
    previous: dict[Priority, datetime] = {}
    while day <= last:
        for moment in TIMES:
            received = datetime.combine(day, moment, tzinfo=zone)
            for priority in Priority:
                due = contact_due(received, priority, policy)
                there = due.astimezone(zone)
                where = f"{name} {priority} received {received:%a %d %b %Y %H:%M}"
                assert due > received, where
                assert is_working_day(there.date(), policy.nation), where
                assert policy.office_opens < there.time() <= policy.office_closes, where
                assert due >= previous.get(priority, due), f"{where}: earlier than before"
                previous[priority] = due
                deadline = policy.deadline(priority)
                if deadline.unit is Unit.WORKING_DAYS:
                    counted, step = 0, day
                    while step < there.date():
                        step += timedelta(days=1)
                        counted += is_working_day(step, policy.nation)
                    assert counted == deadline.amount, where
        day += timedelta(days=1)
