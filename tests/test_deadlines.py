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


def test_enhanced_is_48_clock_hours() -> None:
    received = local(2025, 12, 24, 15, 30)
    due = contact_due(received, Priority.ENHANCED, POLICY)
    assert due.replace(tzinfo=None) == datetime(2025, 12, 26, 15, 30), "holidays do not pause it"


def test_enhanced_counts_real_hours_across_the_clock_change() -> None:
    # Saturday 28 March 2026 12:00 GMT; the clocks go forward overnight on Sunday.
    due = contact_due(local(2026, 3, 28, 12), Priority.ENHANCED, POLICY)
    assert due.replace(tzinfo=None) == datetime(2026, 3, 30, 12, 0)
    assert due.astimezone(LONDON).hour == 13, "13:00 BST on Monday, not 12:00"


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


def test_a_service_can_count_standard_cases_in_hours() -> None:
    policy = DeadlinePolicy(standard=Deadline(amount=72, unit=Unit.HOURS))
    received = local(2026, 5, 1, 9)
    assert contact_due(received, Priority.STANDARD, policy) == received + timedelta(hours=72)


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


def test_facilitation_targets_follow_the_stage() -> None:
    received = local(2026, 1, 5, 10)
    assert facilitation_due(received, "community-resolution", POLICY) == received + timedelta(
        weeks=6
    )
    assert facilitation_due(received, "conditional-caution", POLICY) == received + timedelta(
        weeks=16
    )
    assert facilitation_due(received, "court", POLICY) is None


def test_amber_means_due_before_the_next_working_day_ends() -> None:
    friday = local(2026, 11, 20, 12)
    assert due_within_a_working_day(local(2026, 11, 23, 17), friday, POLICY)
    assert not due_within_a_working_day(local(2026, 11, 24, 17), friday, POLICY)
    assert not due_within_a_working_day(local(2026, 11, 20, 11), friday, POLICY), "overdue"
