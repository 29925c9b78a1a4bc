"""The bundled service profiles: each seed service runs from its own file, with its own rules."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from bot.conversation import Conversations
from bot.profile import ProfileError, bundled_profiles, load_profile
from dialogues.events import Command, Press, Text
from referral_store import Store, Unit

SEED_SERVICES = ["cambridgeshire", "kent", "norfolk-suffolk", "west-midlands", "west-yorkshire"]
RECEIVED = datetime(2025, 12, 19, 10, 0, tzinfo=UTC)


def test_every_seed_service_has_a_valid_profile() -> None:
    assert bundled_profiles() == sorted(["default", *SEED_SERVICES])
    names = set()
    for name in bundled_profiles():
        profile = load_profile(name)
        assert profile.intake.areas, name
        names.add(profile.service.name)
        if name != "default":
            assert "Seed 00" in profile.service.source, "each says where its rules come from"
    assert len(names) == len(bundled_profiles())


def test_west_midlands_follows_its_specification() -> None:
    profile = load_profile("west-midlands")
    assert [a.name for a in profile.intake.areas] == [
        "Birmingham",
        "Coventry",
        "Dudley",
        "Sandwell",
        "Solihull",
        "Walsall",
        "Wolverhampton",
    ]
    assert profile.intake.out_of_scope == ("asb",)
    assert profile.intake.youth_offender == "pass-on"
    assert (profile.deadlines.standard.amount, profile.deadlines.standard.unit) == (
        5,
        Unit.WORKING_DAYS,
    )


def test_west_yorkshire_counts_clock_hours_for_adults() -> None:
    profile = load_profile("west-yorkshire")
    assert [a.name for a in profile.intake.areas] == [
        "Bradford",
        "Calderdale",
        "Kirklees",
        "Leeds",
        "Wakefield",
    ]
    assert (profile.deadlines.standard.amount, profile.deadlines.standard.unit) == (72, Unit.HOURS)
    assert (profile.deadlines.enhanced.amount, profile.deadlines.enhanced.unit) == (48, Unit.HOURS)
    assert profile.intake.minimum_age == 18 and profile.intake.under_age == "signpost"


def test_norfolk_and_suffolk_covers_both_counties() -> None:
    areas = {a.name for a in load_profile("norfolk-suffolk").intake.areas}
    assert {"Norwich", "Ipswich", "Great Yarmouth", "West Suffolk"} <= areas


async def refer(profile_name: str, tmp_path: Path, crime: str = "burglary") -> tuple[str, object]:
    """A minimal self-referral under a profile; the due date and what was said about scope."""
    profile = load_profile(profile_name)
    async with await Store.open(tmp_path / f"{profile_name}.sqlite3", profile.deadlines) as store:
        talk = Conversations(store, profile, "terminal", clock=lambda: RECEIVED)
        area = profile.intake.areas[0].id
        said = []
        for event in [
            Command("refer"),
            Press("v.consent|agree"),
            Text("Sam"),
            Text("email"),
            Text("sam@example.org"),
            Press("v.times|any"),
            Press("v.message|none"),
            Press("v.age|yes"),
            Press(f"v.crime|{crime}"),
            Press("v.markers|none"),
            Press("v.when|month"),
            Press("v.police|no"),
            Press("v.known|no"),
            Press(f"v.area|{area}"),
            Press("v.language|en"),
            Press("v.interpreter|no"),
            Press("v.access|skip"),
            Press("v.risk|no"),
            Press("v.heard|skip"),
            Press("v.summary|send"),
        ]:
            result = await talk.handle("k", event)
            said.extend(r.text for r in result.replies)
        [item] = await store.open_referrals()
        return " ".join(said), item.due_at


@pytest.mark.parametrize(
    ("name", "due"),
    [
        ("west-midlands", datetime(2025, 12, 30, 17, 0, tzinfo=UTC)),
        ("kent", datetime(2025, 12, 30, 17, 0, tzinfo=UTC)),
        ("west-yorkshire", RECEIVED + timedelta(hours=72)),
    ],
)
async def test_each_service_sets_its_own_contact_deadline(
    name: str, due: datetime, tmp_path: Path
) -> None:
    _, due_at = await refer(name, tmp_path)
    assert due_at == due


async def test_scope_rules_differ_between_services(tmp_path: Path) -> None:
    said, _ = await refer("west-midlands", tmp_path, crime="asb")
    assert "does not usually work with this kind of case" in said
    said, _ = await refer("kent", tmp_path, crime="asb")
    assert "does not usually work with this kind of case" not in said


def test_a_wrong_profile_names_the_field(tmp_path: Path) -> None:
    bad = tmp_path / "bad.toml"
    bad.write_text(
        '[service]\nname = "X"\n[intake]\nareas = [{ id = "Bad Id!", name = "B" }]\n'
        '[deadlines]\nstandard = { amount = 5, unit = "fortnights" }\n'
    )
    with pytest.raises(ProfileError) as caught:
        load_profile(bad)
    message = str(caught.value)
    assert "intake.areas.0.id" in message and "lower-case" in message
    assert "deadlines.standard.unit" in message
    with pytest.raises(ProfileError, match="cannot read"):
        load_profile(tmp_path / "missing.toml")
