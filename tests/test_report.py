"""The quarterly return: a seeded quarter with figures worked out by hand."""

from __future__ import annotations

import csv
import os
import subprocess
import sys
from collections.abc import AsyncIterator
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from bot.files.report import chart_values, write_return
from referral_store import DeadlinePolicy, Store
from referral_store.desk import ClosureDetail, ClosureReason, ContactMethod, Desk, DeskError
from referral_store.monitoring import save_survey
from referral_store.report import (
    WITHHELD,
    Period,
    PeriodError,
    Return,
    Table,
    quarterly_return,
    suppress,
)
from tests.conftest import Backend
from tests.seed import at, seed_quarter

Q1 = Period.quarter("2026Q1")  # April to June 2026 (financial year)
AFTER = datetime(2026, 7, 20, 9, tzinfo=UTC)


@pytest.fixture
async def seeded(backend: Backend) -> AsyncIterator[tuple[Store, dict[str, str]]]:
    async with await backend.open() as store:
        yield store, await seed_quarter(store)


def table(result: Return, name: str) -> list[tuple[object, ...]]:
    return result.tables[name].rows


async def test_every_table_matches_the_figures_worked_by_hand(
    seeded: tuple[Store, dict[str, str]],
) -> None:
    store, _ = seeded
    result = await quarterly_return(store, Q1, now=AFTER)
    assert table(result, "referrals_by_source") == [
        ("police", 2),
        ("probation", 1),
        ("self-referral", 3),
        ("total", 6),
    ]
    assert table(result, "referrals_by_type") == [
        ("offender-initiated", 1),
        ("victim-initiated", 5),
        ("total", 6),
    ]
    assert table(result, "referrals_by_area") == [
        ("ne", 2),
        ("not recorded", 1),
        ("wm", 3),
        ("total", 6),
    ]
    # 002 9.2's measure, worked by hand: "% of victims contacted within 5 working days of
    # the receipt of full referral". Victims received: A, B, C, E, F. A (30 April; 4 May is a
    # bank holiday, so due 8 May) reached 8 May: in time. B (18 May; 25 May is a bank
    # holiday, so due 26 May) reached 27 May: late. C (enhanced, 1 June, due 8 June on this
    # measure) never reached. E (29 June) was not yet due when the quarter ended; F withdrew
    # before contact. So 1 of 3 = 33.3%. The one offender, D (10 June), reached 11 June.
    assert table(result, "contacted_within_5_working_days") == [
        ("victims", 1, 1, 1, 1, 1, 33.3),
        ("offenders", 1, 0, 0, 0, 0, 100.0),
    ]
    assert result.headline["contacted_in_time_percent"] == 33.3
    # The profile's own deadlines: C (enhanced, 1 working day) was due 2 June, never met.
    assert table(result, "contact_within_deadline") == [
        ("victims", "standard", 1, 1, 0, 1, 1, 50.0),
        ("victims", "enhanced", 0, 0, 1, 0, 0, 0.0),
        ("victims", "all", 1, 1, 1, 1, 1, 33.3),
        ("offenders", "standard", 1, 0, 0, 0, 0, 100.0),
        ("offenders", "enhanced", 0, 0, 0, 0, 0, None),
        ("offenders", "all", 1, 0, 0, 0, 0, 100.0),
    ]
    assert ("marker", "hate", 2) in table(result, "crime")
    assert ("type", "burglary", 6) in table(result, "crime")
    assert table(result, "activities") == [
        ("conference", 1),
        ("shuttle-mediation", 1),
        ("total", 2),
    ]
    # Broken down as the seeds ask: A's victim answered monitoring; D's (offender-led) did not.
    by = table(result, "activities_by")
    assert ("conference", "victim age_band", "35-44", 1) in by
    assert ("conference", "victim ethnic_group", "asian", 1) in by
    assert ("shuttle-mediation", "victim age_band", "not recorded", 1) in by
    assert ("shuttle-mediation", "crime type", "burglary", 1) in by
    assert ("conference", "stage", "finished", 1) in by
    assert len(by) == 2 * 7, "each activity once under each of seven breakdowns"
    assert ("agreed to take part (preparation began)", "victim gender", "woman", 1) in table(
        result, "willingness_by"
    )
    assert table(result, "time_to_activity") == [
        ("conference", 1, 32.0, 32.0),
        ("shuttle-mediation", 1, 10.0, 10.0),
        ("all", 2, 21.0, 21.0),
    ]
    # Closed in the quarter: A (direct), F (withdrawn), G (unsuitable): all victim-initiated.
    assert table(result, "closures") == [
        ("victims", "direct-delivered", 1),
        ("victims", "unsuitable", 1),
        ("victims", "withdrawn", 1),
        ("victims", "total", 3),
    ]
    assert table(result, "declined_and_unsuitable") == [("victims", "unsuitable", "risk", 1)]
    assert table(result, "onward_referrals") == [
        ("victims", "victim-support", 1),
        ("victims", "total", 1),
    ]
    assert "facilitation_targets" not in result.tables, "the default profile sets none"
    # At the end of June: B contacted, C and E new, D at its activity.
    assert table(result, "in_progress") == [
        ("activity", 1),
        ("contacted", 1),
        ("new", 2),
        ("total", 4),
    ]
    assert table(result, "willingness") == [
        ("offender-initiated", "agreed to take part (preparation began)", 1),
        ("offender-initiated", "willing to explore (assessment began)", 1),
        ("victim-initiated", "agreed to take part (preparation began)", 1),
        ("victim-initiated", "willing to explore (assessment began)", 1),
    ]
    assert table(result, "satisfaction") == [("victims", "5 (satisfied)", 1)]
    assert table(result, "justice_system") == [("victims", "it did not deal with it", 1)]
    assert table(result, "outcomes") == [
        ("victims", "coping", "improved", 1),
        ("victims", "informed", "improved", 1),
        ("victims", "safety", "same", 1),
        ("victims", "wellbeing", "improved", 1),
    ]
    demographics = table(result, "demographics")
    assert ("victim", "age_band", "35-44", 1) in demographics
    assert ("victim", "age_band", "not recorded", 4) in demographics
    assert ("victim", "ethnic_group", "asian", 1) in demographics
    assert ("victim", "ethnicity", "white-british", 1) in demographics
    assert ("offender", "age_band", "25-34", 1) in demographics
    assert ("offender", "ethnic_group", "white", 1) in demographics, "recorded by staff"
    assert not any(row[1] == "disability" for row in demographics if row[0] == "offender")


async def test_the_return_does_not_change_with_what_happens_after_the_quarter(
    seeded: tuple[Store, dict[str, str]],
) -> None:
    store, refs = seeded
    before = await quarterly_return(store, Q1, now=AFTER)
    desk = Desk(store)
    ann = await desk.by_id(1)
    assert ann is not None
    await desk.close(
        refs["B"], ann, ClosureReason.VICTIM_DISENGAGED, ClosureDetail.NO_RESPONSE, now=at(7, 5)
    )
    after = await quarterly_return(store, Q1, now=AFTER)
    assert table(after, "in_progress") == table(before, "in_progress")
    assert table(after, "closures") == table(before, "closures")


async def test_the_files_suppress_small_numbers_and_include_a_chart(
    seeded: tuple[Store, dict[str, str]], tmp_path: Path
) -> None:
    store, _ = seeded
    result = await quarterly_return(store, Q1, service="Test RJ", now=AFTER)
    written = write_return(result, tmp_path / "out", area_names={"wm": "West Midlands"})
    names = {p.name for p in written}
    assert {"summary.md", "charts.png", "contact_within_deadline.csv", "outcomes.csv"} <= names
    png = (tmp_path / "out" / "charts.png").read_bytes()
    assert png.startswith(b"\x89PNG") and len(png) > 20_000
    with (tmp_path / "out" / "referrals_by_source.csv").open(encoding="utf-8") as handle:
        assert list(csv.reader(handle)) == [
            ["source", "count"],
            ["police", "<5"],
            ["probation", "<5"],
            ["self-referral", "<5"],
            ["total", "6"],
        ]
    with (tmp_path / "out" / "referrals_by_area.csv").open(encoding="utf-8") as handle:
        assert ["West Midlands", "<5"] in list(csv.reader(handle))
    with (tmp_path / "out" / "contacted_within_5_working_days.csv").open(encoding="utf-8") as f:
        rows = list(csv.reader(f))
    assert rows[1] == ["victims", "<5", "<5", "<5", "<5", "<5", "n/a (<5)"]
    summary = (tmp_path / "out" / "summary.md").read_text("utf-8")
    assert "1 April 2026 to 30 June 2026" in summary
    # 5 victim-initiated and 1 offender-initiated: the 1 is hidden, so the 5 is withheld too,
    # or 6 - 5 would give it away; the summary line says no more than the table.
    assert "Referrals received: 6 ([c] victim-initiated, <5 offender-initiated)" in summary
    assert (
        '"% of victims contacted within 5 working days of the receipt of full referral"' in summary
    ), "the measure is defined in the seed's own words"
    everything = "".join(p.read_text("utf-8") for p in written if p.suffix in (".csv", ".md"))
    assert "Sam" not in everything, "no personal data in the return"

    exact = write_return(result, tmp_path / "exact", threshold=1)
    assert "33.3% (1 of 3 victims whose 5 working days had passed)" in exact[0].read_text("utf-8")


def test_quarters_follow_the_financial_year_unless_the_profile_says_otherwise() -> None:
    assert (Q1.start, Q1.end) == (date(2026, 4, 1), date(2026, 7, 1))
    q4 = Period.quarter("2026Q4")
    assert (q4.start, q4.end) == (date(2027, 1, 1), date(2027, 4, 1))
    calendar = Period.quarter("2026q3", year_starts_month=1)
    assert (calendar.start, calendar.end) == (date(2026, 7, 1), date(2026, 10, 1))
    assert Period.last_complete(date(2026, 11, 23)).label == "2026Q2"
    assert Period.last_complete(date(2026, 4, 1)) == Period.quarter("2025Q4")
    assert Period.last_complete(date(2026, 1, 5), 1) == Period.quarter("2025Q4", 1)
    assert Period.last_complete(date(2026, 1, 5), 1).start == date(2025, 10, 1)
    with pytest.raises(PeriodError, match="like 2026Q3"):
        Period.quarter("2026Q5")


def test_rjbot_report_writes_the_return_from_one_command(tmp_path: Path, backend: Backend) -> None:
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "bot",
            "--db",
            str(backend.db),
            "report",
            "--quarter",
            "2026Q2",
            "--out",
            str(tmp_path / "q2"),
        ],
        capture_output=True,
        text=True,
        check=False,
        env={**os.environ, **backend.key_env()},
    )
    assert done.returncode == 0, done.stderr
    assert "# Quarterly return 2026Q2" in done.stdout
    assert "1 July 2026 to 30 September 2026" in done.stdout
    assert (tmp_path / "q2" / "charts.png").exists()
    bad = subprocess.run(
        [
            sys.executable,
            "-m",
            "bot",
            "--db",
            str(backend.db),
            "report",
            "--quarter",
            "Q2",
            "--out",
            str(tmp_path / "x"),
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert bad.returncode == 2 and "write it like 2026Q3" in bad.stderr


def test_a_hidden_count_cannot_be_worked_out_from_the_total() -> None:
    sources = Table(
        "referrals_by_source",
        "Referrals received, by source",
        ("source", "count"),
        [("police", 12), ("probation", 3), ("self-referral", 7), ("total", 22)],
        frozenset({"count"}),
    )
    assert suppress(sources, 5) == [
        ("police", 12),
        ("probation", "<5"),
        ("self-referral", WITHHELD),
        ("total", 22),
    ]
    two_hidden = Table(
        "x",
        "x",
        ("source", "count"),
        [("a", 2), ("b", 3), ("c", 9), ("total", 14)],
        frozenset({"count"}),
    )
    assert suppress(two_hidden, 5) == [("a", "<5"), ("b", "<5"), ("c", 9), ("total", 14)]


async def test_no_chart_value_is_one_the_tables_withhold(
    seeded: tuple[Store, dict[str, str]],
) -> None:
    store, _ = seeded
    tables = dict((await quarterly_return(store, Q1, now=AFTER)).tables)
    counts = frozenset({"count"})
    # 2 is hidden; with the total shown, 7 is withheld too or 18 - 7 - 9 would give it away.
    tables["closures"] = Table(
        "closures",
        "Cases closed",
        ("party", "reason", "count"),
        [
            ("victims", "direct-delivered", 7),
            ("victims", "unsuitable", 2),
            ("victims", "withdrawn", 9),
            ("victims", "total", 18),
        ],
        counts,
    )
    # Each party's count is under 5: neither may be drawn, and never their sum of 7.
    tables["outcomes"] = Table(
        "outcomes",
        "Outcomes",
        ("party", "measure", "change", "count"),
        [("victims", "wellbeing", "improved", 3), ("offenders", "wellbeing", "improved", 4)],
        counts,
    )
    drawn = chart_values(tables, 5)
    assert dict(drawn["Cases closed, by party and reason"]) == {
        "victims direct-delivered": WITHHELD,
        "victims unsuitable": "<5",
        "victims withdrawn": 9,
    }
    assert dict(drawn["Outcomes reported, by party"]) == {
        "victims wellbeing improved": "<5",
        "offenders wellbeing improved": "<5",
    }
    for title, pairs in drawn.items():
        for label, value in pairs:
            assert not (isinstance(value, int) and 0 < value < 5), (title, label)


async def test_facilitation_targets_are_measured_by_stage_where_the_profile_sets_them(
    tmp_path: Path,
) -> None:
    # Seed 002 5.7 sets weeks by stage; here 4 weeks for the seeded stage ("finished").
    policy = DeadlinePolicy(facilitation_weeks={"finished": 4})
    async with await Store.open(tmp_path / "rj.sqlite3", policy) as store:
        await seed_quarter(store)
        result = await quarterly_return(store, Q1, now=AFTER)
    # A: received 30 April, conference 1 June, 32 days: after 28. D: 10 days: within.
    # B (18 May, target 15 June) and C (1 June, target 29 June) are open with no activity
    # when their targets pass; E's target (27 July) falls after the quarter.
    assert table(result, "facilitation_targets") == [("finished", 4, 1, 1, 2)]


async def test_offenders_outcomes_are_their_own_measures_counted_apart(
    seeded: tuple[Store, dict[str, str]],
) -> None:
    store, refs = seeded
    desk = Desk(store)
    ann = await desk.by_id(1)
    assert ann is not None
    # D agreed to a survey and the case closed, so the answers may be kept.
    async with store.write() as tx:
        await tx.execute(
            "INSERT INTO surveys (referral_id, agreed_at) "
            "SELECT id, '2026-06-10T10:00:00+00:00' FROM referrals WHERE reference = ?",
            (refs["D"],),
        )
    await desk.close(refs["D"], ann, ClosureReason.DIRECT, now=at(6, 26))
    answers = {"wellbeing": "same", "understanding": "improved", "trust": "worse"}
    await save_survey(store, refs["D"], answers, recorded_by="staff:1", now=at(6, 27))
    result = await quarterly_return(store, Q1, now=AFTER)
    offenders = [row for row in table(result, "outcomes") if row[0] == "offenders"]
    assert offenders == [
        ("offenders", "relationships", "not recorded", 1),
        ("offenders", "trust", "worse", 1),
        ("offenders", "understanding", "improved", 1),
        ("offenders", "wellbeing", "same", 1),
    ]
    victims = [row for row in table(result, "outcomes") if row[0] == "victims"]
    assert {row[1] for row in victims} == {"wellbeing", "coping", "safety", "informed"}
    assert table(result, "justice_system") == [("victims", "it did not deal with it", 1)]
    assert result.headline["surveys_offenders"] == 1 and result.headline["surveys_victims"] == 1


async def test_hours_spent_with_victims_and_offenders_are_summed_apart(
    seeded: tuple[Store, dict[str, str]],
) -> None:
    # 002 9.2: "Number of staff and volunteer hours spent directly with victims and offenders".
    store, refs = seeded
    desk = Desk(store)
    ann = await desk.by_id(1)
    assert ann is not None
    await desk.log_contact(refs["B"], ann, ContactMethod.PHONE, True, minutes=30, now=at(6, 2))
    await desk.log_contact(
        refs["B"], ann, ContactMethod.IN_PERSON, True, minutes=90, party="offender", now=at(6, 3)
    )
    await desk.log_contact(refs["D"], ann, ContactMethod.PHONE, True, minutes=45, now=at(6, 4))
    await desk.log_contact(refs["D"], ann, ContactMethod.PHONE, True, minutes=60, now=at(7, 4))
    result = await quarterly_return(store, Q1, now=AFTER)
    # Victims: B's 30 minutes. Offenders: 90 (B's other party) + 45 (D); July's is outside.
    assert table(result, "time_with_parties") == [("victims", 1, 0.5), ("offenders", 2, 2.2)]
    with pytest.raises(DeskError, match="minutes"):
        await desk.log_contact(refs["B"], ann, ContactMethod.PHONE, True, minutes=-5)
