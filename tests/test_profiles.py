"""The bundled service profiles: each seed service runs from its own file, with its own rules.

Each seed paper in shared/seeds/ gives one profile (domain.md, "The services in the
seeds"). These tests check that every profile loads, that each service's rules are the
ones its paper sets, that every rule names where it comes from, and that a broken
profile is refused with the field named.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import tomllib
from datetime import UTC, datetime
from importlib import resources
from itertools import combinations
from pathlib import Path

import pytest

from bot.conversation import Conversations
from bot.profile import ProfileError, ServiceProfile, bundled_profiles, load_profile
from dialogues.events import Command, Event, Press
from dialogues.flows import VICTIM
from dialogues.rules import Onward, UnderAge
from referral_store import Store, Unit
from referral_store.desk import Desk
from referral_store.desk import Onward as Service
from tests.talk import VICTIM_ANSWERS, walked

ROOT = Path(__file__).resolve().parents[1]
PROFILES = resources.files("bot").joinpath("profiles")
# domain.md "The services in the seeds": which seed paper each service comes from.
SEEDS = {
    "kent": "000",
    "cambridgeshire": "001",
    "west-midlands": "002",
    "norfolk-suffolk": "003",
    "west-yorkshire": "004",
}
RECEIVED = datetime(2025, 12, 19, 10, 0, tzinfo=UTC)  # a Friday before Christmas


def text_of(name: str) -> str:
    return PROFILES.joinpath(f"{name}.toml").read_text("utf-8")


def area_names(profile: ServiceProfile) -> list[str]:
    return [a.name for a in profile.intake.areas]


def deadline(profile: ServiceProfile, which: str) -> tuple[int, Unit]:
    rule = getattr(profile.deadlines, which)
    return rule.amount, rule.unit


# --- every profile loads ---------------------------------------------------------------


def test_the_bundle_is_the_default_and_one_profile_per_seed_service() -> None:
    assert bundled_profiles() == sorted(["default", *SEEDS])


@pytest.mark.parametrize("name", ["default", *SEEDS])
def test_every_bundled_profile_loads_by_path_and_by_name(name: str) -> None:
    with resources.as_file(PROFILES.joinpath(f"{name}.toml")) as path:
        by_path = load_profile(path)
    assert by_path == load_profile(name)
    assert by_path.intake.areas, "a service must list the areas it covers"
    assert by_path.support, "a service must list where else to get help"


def test_each_seed_profile_says_which_seed_it_comes_from() -> None:
    for name, seed in SEEDS.items():
        source = load_profile(name).service.source
        assert source.startswith(f"Seed {seed}:"), (name, source)


# --- every rule names its source -------------------------------------------------------

_KEY = re.compile(r"^([a-z_]+)\s*=")
_CITED = re.compile(r"seed (\d{3})", re.IGNORECASE)
SILENT = "default: seed silent"


def provenance(text: str) -> dict[tuple[str, str], str]:
    """For each key of [intake], [deadlines] and [retention]: its comment and the one above."""
    found: dict[tuple[str, str], str] = {}
    section = ""
    above: list[str] = []
    for raw in text.splitlines():
        line = raw.strip()
        if line.startswith("["):
            section, above = line.strip("[]"), []
        elif line.startswith("#"):
            above.append(line)
        elif (key := _KEY.match(line)) and section in {"intake", "deadlines", "retention"}:
            found[(section, key.group(1))] = " ".join([*above, line.partition("#")[2]])
            above = []
        else:
            above = []
    return found


@pytest.mark.parametrize("name", SEEDS)
def test_every_rule_names_its_own_seed_or_says_the_seed_is_silent(name: str) -> None:
    rules = provenance(text_of(name))
    data = tomllib.loads(text_of(name))
    for section in ("intake", "deadlines", "retention"):
        assert set(data[section]) == {key for s, key in rules if s == section}
    for (section, key), comment in rules.items():
        assert SILENT in comment or _CITED.search(comment), (name, section, key)
        assert set(_CITED.findall(comment)) <= {SEEDS[name]}, f"{name} {key} cites another seed"
    # The support contacts: the comment block just above the first [[support]].
    before = text_of(name).split("[[support]]")[0].rstrip().splitlines()
    block = []
    while before and before[-1].startswith("#"):
        block.insert(0, before.pop())
    assert SILENT in " ".join(block), f"{name}: say where the support contacts come from"


@pytest.mark.parametrize("name", SEEDS)
def test_where_the_seed_is_silent_the_value_is_the_generic_default(name: str) -> None:
    default = tomllib.loads(text_of("default"))
    data = tomllib.loads(text_of(name))
    silent = [(s, k) for (s, k), comment in provenance(text_of(name)).items() if SILENT in comment]
    assert silent, "every seed is silent on something"
    for section, key in silent:
        assert data[section][key] == default[section][key], (name, section, key)


# --- each seed service's own rules -----------------------------------------------------


def test_west_midlands_follows_its_specification() -> None:
    profile = load_profile("west-midlands")
    # Seed 002 5.2: the seven local authority areas.
    assert area_names(profile) == [
        "Birmingham",
        "Coventry",
        "Dudley",
        "Sandwell",
        "Solihull",
        "Walsall",
        "Wolverhampton",
    ]
    assert profile.intake.out_of_scope == ("asb",)  # 5.4
    assert profile.intake.youth_offender is Onward.PASS_ON  # 5.4: the local YOT
    assert profile.intake.under_age is UnderAge.ACCEPT  # 5.3, 5.11: young victims too
    assert deadline(profile, "standard") == (5, Unit.WORKING_DAYS)  # 5.7
    assert (profile.deadlines.office_opens.hour, profile.deadlines.office_closes.hour) == (9, 17)
    assert profile.deadlines.facilitation_weeks == {
        "community-resolution": 6,
        "conditional-caution": 16,
    }


def test_west_yorkshire_keeps_the_victims_code_times_for_adults() -> None:
    profile = load_profile("west-yorkshire")
    assert area_names(profile) == ["Bradford", "Calderdale", "Kirklees", "Leeds", "Wakefield"]
    # 004's 72/48 hours belong to its Core Referral contract (2.2.1), not to RJ (2.2.2).
    assert deadline(profile, "enhanced") == (1, Unit.WORKING_DAYS)
    assert deadline(profile, "standard") == (5, Unit.WORKING_DAYS)
    assert profile.intake.minimum_age == 18
    assert profile.intake.under_age is UnderAge.SIGNPOST  # RJ is for adult victims only


def test_kent_covers_its_twelve_districts_and_medway() -> None:
    profile = load_profile("kent")
    assert set(area_names(profile)) == {
        "Ashford",
        "Canterbury",
        "Dartford",
        "Dover",
        "Folkestone and Hythe",
        "Gravesham",
        "Maidstone",
        "Medway",
        "Sevenoaks",
        "Swale",
        "Thanet",
        "Tonbridge and Malling",
        "Tunbridge Wells",
    }
    assert profile.service.name == "Kent Restorative Justice Service"


def test_cambridgeshire_covers_its_five_districts_and_peterborough() -> None:
    profile = load_profile("cambridgeshire")
    assert set(area_names(profile)) == {
        "Cambridge",
        "East Cambridgeshire",
        "Fenland",
        "Huntingdonshire",
        "South Cambridgeshire",
        "Peterborough",
    }


def test_norfolk_and_suffolk_is_one_service_for_both_counties() -> None:
    profile = load_profile("norfolk-suffolk")
    norfolk = {
        "Breckland",
        "Broadland",
        "Great Yarmouth",
        "King's Lynn and West Norfolk",
        "North Norfolk",
        "Norwich",
        "South Norfolk",
    }
    suffolk = {"Babergh", "East Suffolk", "Ipswich", "Mid Suffolk", "West Suffolk"}
    assert sorted(area_names(profile)) == sorted(norfolk | suffolk)
    # Seed 003 names the service itself.
    assert profile.service.name == "Norfolk and Suffolk Restorative Justice Service"


# --- the profiles differ where the seeds differ ----------------------------------------


def test_services_have_their_own_names_and_areas() -> None:
    profiles = {name: load_profile(name) for name in SEEDS}
    assert len({p.service.name for p in profiles.values()}) == len(SEEDS)
    for (one, a), (other, b) in combinations(profiles.items(), 2):
        shared = set(area_names(a)) & set(area_names(b))
        assert not shared, f"{one} and {other} both cover {shared}"


def test_only_the_services_whose_seed_says_so_differ_from_the_default() -> None:
    profiles = {name: load_profile(name) for name in SEEDS}
    out_of_scope = {n for n, p in profiles.items() if p.intake.out_of_scope}
    assert out_of_scope == {"west-midlands"}
    targets = {n for n, p in profiles.items() if p.deadlines.facilitation_weeks}
    assert targets == {"west-midlands"}  # 002 5.7 alone sets 6 and 16 weeks
    accepts_children = {n for n, p in profiles.items() if p.intake.under_age is UnderAge.ACCEPT}
    assert accepts_children == {"west-midlands"}
    # Where the seeds say nothing on contact times, the default's stand.
    default = load_profile("default").deadlines
    for name in ("kent", "cambridgeshire", "norfolk-suffolk", "west-yorkshire"):
        assert profiles[name].deadlines == default, name


@pytest.mark.parametrize("name", SEEDS)
def test_support_contacts_are_the_national_ones(name: str) -> None:
    """No seed gives a local number, so none is made up."""
    national = {(s.name, s.phone, s.young_people) for s in load_profile("default").support}
    contacts = load_profile(name).support
    assert {(s.name, s.phone, s.young_people) for s in contacts} == national
    assert any(s.phone == "999" for s in contacts)
    assert any(s.young_people and s.name == "Childline" for s in contacts)


# --- the rules at work in a conversation -----------------------------------------------


async def talk(profile_name: str, tmp_path: Path, events: list[Event]) -> tuple[str, list]:
    """What the person is told under a profile, and the referrals it left open."""
    profile = load_profile(profile_name)
    async with await Store.open(tmp_path / f"{profile_name}.sqlite3", profile.deadlines) as store:
        conversations = Conversations(store, profile, "terminal", clock=lambda: RECEIVED)
        said = []
        for event in events:
            result = await conversations.handle("k", event)
            said.extend(r.text for r in result.replies)
        return " ".join(said), await store.open_referrals()


START: list[Event] = [Command("refer"), Press("v.consent|agree")]


def self_referral(profile_name: str, crime: str = "burglary") -> list[Event]:
    """A whole self-referral under the profile's rules; a question whether to pass the
    details on (a crime out of its scope) is answered no."""
    rules = load_profile(profile_name).rules()
    given = {**VICTIM_ANSWERS, "crime": crime, "pass_scope": "no", "heard": "Skip"}
    return walked(VICTIM, rules, "terminal", **given).sent


@pytest.mark.parametrize(
    ("name", "due"),
    [
        # Five working days after Friday 19 December, skipping the bank holidays of 25 and
        # 26 December: Tuesday 30 December at office close.
        ("west-midlands", datetime(2025, 12, 30, 17, 0, tzinfo=UTC)),
        ("kent", datetime(2025, 12, 30, 17, 0, tzinfo=UTC)),
        # West Yorkshire too: its 72 hours are the Core Referral contract's, not RJ's.
        ("west-yorkshire", datetime(2025, 12, 30, 17, 0, tzinfo=UTC)),
    ],
)
async def test_each_service_sets_its_own_contact_deadline(
    name: str, due: datetime, tmp_path: Path
) -> None:
    _, [referral] = await talk(name, tmp_path, self_referral(name))
    assert referral.due_at == due


async def test_scope_rules_differ_between_services(tmp_path: Path) -> None:
    out_of_scope = "do not work with this kind of case"
    said, queued = await talk("west-midlands", tmp_path, self_referral("west-midlands", "asb"))
    # Seed 002 5.4: anti-social behaviour is out of scope; told why, who helps, and asked.
    assert out_of_scope in said and "anti-social behaviour team" in said
    assert queued == [], "the rest of the script does not answer the question: nothing kept"
    said, queued = await talk("kent", tmp_path, self_referral("kent", "asb"))
    assert out_of_scope not in said and len(queued) == 1


async def test_a_young_victim_goes_on_in_west_midlands_but_is_signposted_in_west_yorkshire(
    tmp_path: Path,
) -> None:
    under_18 = [*START, Press("v.age|no")]
    said, _ = await talk("west-yorkshire", tmp_path, under_18)
    assert "This service works with adults" in said and "Childline" in said
    said, _ = await talk("west-midlands", tmp_path, under_18)
    assert "This service works with adults" not in said
    assert "parent or carer" in said, "seed 002 5.11: the provider works with parents"


async def test_a_young_victim_in_norfolk_or_suffolk_is_offered_the_youth_services(
    tmp_path: Path,
) -> None:
    said, queued = await talk(
        "norfolk-suffolk", tmp_path, [*START, Press("v.age|no"), Press("v.pass_youth|no")]
    )
    assert "Norfolk YOT or Suffolk Youth Justice Service" in said
    assert "have not passed anything on" in said and queued == []


async def test_west_yorkshire_needs_the_crime_admitted(tmp_path: Path) -> None:
    start = [Command("enquire"), Press("o.intro|ok"), Press("o.consent|agree")]
    said, _ = await talk("west-yorkshire", tmp_path, [*start, Press("o.age|yes")])
    assert "Do you admit that you committed the offence?" in said and "Partly" not in said
    said, _ = await talk("west-midlands", tmp_path, [*start, Press("o.age|yes")])
    assert "Do you accept that what you did caused harm?" in said


# --- a wrong profile is refused, naming the field --------------------------------------


@pytest.mark.parametrize(
    ("change", "field", "hint"),
    [
        (
            ('amount = 5, unit = "working_days"', 'amount = 5, unit = "fortnights"'),
            "deadlines.standard.unit",
            "working_hours",
        ),
        (
            ('amount = 1, unit = "working_days"', 'amount = 48, unit = "hours"'),
            "deadlines.enhanced.unit",
            "working_hours",
        ),
        (('id = "coventry"', 'id = "Coventry City"'), "intake.areas.1.id", "lower-case"),
        (('id = "coventry"', 'id = "birmingham"'), "intake.areas", "unique"),
        (('["asb"]', '["asbo"]'), "intake.out_of_scope", "unknown crime ids"),
        (("minimum_age = 18", "minimum_ages = 18"), "intake.minimum_ages", "Extra inputs"),
        (
            ('timezone = "Europe/London"', 'timezone = "Europe/Birmingham"'),
            "deadlines.timezone",
            "zone",
        ),
        (('under_age = "accept"', 'under_age = "turn-away"'), "intake.under_age", "signpost"),
    ],
)
def test_a_wrong_profile_names_the_field(
    change: tuple[str, str], field: str, hint: str, tmp_path: Path
) -> None:
    good = text_of("west-midlands")
    old, new = change
    assert good.count(old) == 1, "the test must change exactly one rule"
    bad = tmp_path / "bad.toml"
    bad.write_text(good.replace(old, new), "utf-8")
    with pytest.raises(ProfileError) as caught:
        load_profile(bad)
    message = str(caught.value)
    assert f"{bad}: {field}: " in message, message
    assert hint in message


def test_an_unreadable_or_broken_profile_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ProfileError, match="cannot read"):
        load_profile(tmp_path / "missing.toml")
    broken = tmp_path / "broken.toml"
    broken.write_text('[service]\nname = "X\n', "utf-8")
    with pytest.raises(ProfileError, match="not valid TOML"):
        load_profile(broken)


# --- rjbot profile check ---------------------------------------------------------------


def profile_check(path: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    env.pop("RJBOT_PROFILE", None)
    return subprocess.run(
        [sys.executable, "-m", "bot", "profile", "check", str(path)],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=60,
        check=False,
    )


@pytest.mark.parametrize(
    ("name", "shows"),
    [
        ("west-midlands", ["standard 5 working days", "under 18: accept", "out of scope: asb"]),
        (
            "west-yorkshire",
            ["standard 5 working days, enhanced 1 working day", "under 18: signpost"],
        ),
        ("kent", ["Medway", "standard 5 working days", "out of scope: nothing"]),
        ("cambridgeshire", ["Peterborough", "standard 5 working days"]),
        ("norfolk-suffolk", ["Norwich", "Ipswich", "standard 5 working days"]),
    ],
)
def test_rjbot_profile_check_accepts_each_seed_profile(name: str, shows: list[str]) -> None:
    done = profile_check(ROOT / "bot" / "profiles" / f"{name}.toml")
    assert done.returncode == 0, done.stderr
    assert f"OK - {load_profile(name).service.name}" in done.stdout
    for text in shows:
        assert text in done.stdout, (text, done.stdout)


def test_rjbot_profile_check_refuses_a_wrong_profile(tmp_path: Path) -> None:
    bad = tmp_path / "bad.toml"
    bad.write_text(text_of("west-yorkshire").replace('"working_days"', '"days"', 1), "utf-8")
    done = profile_check(bad)
    assert done.returncode != 0
    assert "deadlines.standard.unit" in done.stderr


def test_the_privacy_notice_comes_from_the_profile() -> None:
    # Seed 003 3.6: the service is "employed by the Constabularies".
    rules = load_profile("norfolk-suffolk").rules()
    assert rules.controller == "Norfolk and Suffolk Constabularies"
    assert rules.retention_days == load_profile("norfolk-suffolk").retention.closed_days
    # Where the seed names nobody, the notice names the service itself.
    assert load_profile("kent").rules().controller == ""


async def test_a_yes_in_the_chat_is_kept_as_a_consent_for_that_service_only(
    tmp_path: Path,
) -> None:
    # Seed 002 10: "Referrals will only be made with consent from the victim."
    rules = load_profile("norfolk-suffolk").rules()
    given = {**VICTIM_ANSWERS, "age": "no", "pass_youth": "yes", "heard": "Skip"}
    events = walked(VICTIM, rules, "terminal", **given).sent
    _, [queued] = await talk("norfolk-suffolk", tmp_path, events)
    profile = load_profile("norfolk-suffolk")
    async with await Store.open(tmp_path / "norfolk-suffolk.sqlite3", profile.deadlines) as store:
        desk = Desk(store)
        assert await desk.onward_consent(queued.reference, Service.YOUTH_OFFENDING_TEAM)
        assert not await desk.onward_consent(queued.reference, Service.VICTIM_SUPPORT)
        referral = await store.get_referral(queued.reference)
    assert referral is not None and referral.route == "onward:youth"
    assert set(referral.care) == {"sensitive", "complex"}, "under 18: 002 5.10"
