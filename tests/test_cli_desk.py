"""The desk from a terminal, run as processes: a week of work without Telegram."""

from __future__ import annotations

import asyncio
import re
from datetime import UTC, datetime, timedelta
from pathlib import Path

from referral_store import Consent, NewReferral, Priority, ReferralKind
from referral_store.desk import ClosureReason, Desk, Role
from referral_store.monitoring import save_own_answers
from tests.conftest import Backend
from tests.test_terminal import rjbot


def seed(db: Backend, received: datetime, count: int = 1) -> tuple[list[str], int, int]:
    """Referrals received at ``received``, a facilitator and a manager; their ids."""

    async def run() -> tuple[list[str], int, int]:
        async with await db.open() as store:
            desk = Desk(store)
            ann = await desk.join(await desk.invite(Role.FACILITATOR), 11, "Ann")
            cat = await desk.join(await desk.invite(Role.MANAGER), 13, "Cat")
            assert ann is not None and cat is not None
            references = []
            for _ in range(count):
                stored = await store.submit_referral(
                    NewReferral(
                        kind=ReferralKind.VICTIM,
                        channel="terminal",
                        source=None,
                        priority=Priority.STANDARD,
                        area=None,
                        language="en",
                        interpreter=None,
                        crime_category=None,
                        markers=(),
                        stage=None,
                        route=None,
                        details={"name": "Sam"},
                    ),
                    Consent("v1", "en", received),
                    now=received,
                )
                references.append(stored.reference)
            return references, ann.id, cat.id

    return asyncio.run(run())


def test_staff_are_invited_listed_and_removed(backend: Backend) -> None:
    db = backend
    invited = rjbot(db, "staff", "invite", "--role", "manager", "--hours", "2")
    assert invited.returncode == 0, invited.stderr
    code = re.search(r"/join (\S+)", invited.stdout)
    assert code and "2 hours" in invited.stdout
    assert rjbot(db, "staff", "list").stdout.count("manager") == 0, "nobody has joined yet"
    _, ann, _ = seed(db, datetime.now(UTC))
    listing = rjbot(db, "staff", "list").stdout
    assert "Ann" in listing and "facilitator" in listing
    assert rjbot(db, "staff", "remove", str(ann)).returncode == 0
    assert "Ann" not in rjbot(db, "staff", "list").stdout
    gone = rjbot(db, "staff", "remove", str(ann))
    assert gone.returncode == 2 and "No member of staff" in gone.stderr


def test_a_manager_changes_a_role_from_the_terminal(backend: Backend) -> None:
    db = backend
    _, ann, cat = seed(db, datetime.now(UTC))  # Ann a facilitator, Cat a manager
    refused = rjbot(db, "staff", "role", str(cat), "--role", "facilitator", "--as", str(ann))
    assert refused.returncode == 2 and "Only a manager can change a role." in refused.stderr
    last = rjbot(db, "staff", "role", str(cat), "--role", "facilitator", "--as", str(cat))
    assert last.returncode == 2 and "at least one manager" in last.stderr
    made = rjbot(db, "staff", "role", str(ann), "--role", "manager", "--as", str(cat))
    assert made.returncode == 0 and "now a manager" in made.stdout
    assert rjbot(db, "staff", "list").stdout.count("manager") == 2
    assert "role" in rjbot(db, "audit").stdout


def test_a_case_worked_from_the_terminal(backend: Backend) -> None:
    db = backend
    [reference], ann, cat = seed(db, datetime.now(UTC))
    assert rjbot(db, "claim", reference, "--as", str(ann)).returncode == 0
    again = rjbot(db, "claim", reference, "--as", str(cat))
    assert again.returncode == 2 and "already claimed by Ann" in again.stderr
    steps = [
        ("contact", reference, "--as", str(ann), "--method", "phone", "--not-reached"),
        (
            "contact",
            reference,
            "--as",
            str(ann),
            "--method",
            "letter",
            "--reached",
            "--note",
            "spoke after letter",
        ),
        ("status", reference, "--as", str(ann), "assessing"),
        ("status", reference, "--as", str(ann), "activity", "--activity", "conference"),
        ("close", reference, "--as", str(ann), "--reason", "direct-delivered"),
    ]
    for step in steps:
        done = rjbot(db, *step)
        assert done.returncode == 0, (step, done.stderr)
    shown = rjbot(db, "show", reference)
    assert "Name: Sam" in shown.stdout and "closed" in shown.stdout
    log = rjbot(db, "audit", "--reference", reference).stdout
    for action in ("claim", "contact", "status", "close", "view"):
        assert action in log
    assert "Sam" not in log
    assert reference not in rjbot(db, "queue").stdout


def test_bad_desk_input_is_one_clear_line(backend: Backend) -> None:
    db = backend
    [reference], ann, _ = seed(db, datetime.now(UTC))
    unknown = rjbot(db, "claim", reference, "--as", "999")
    assert unknown.returncode == 2 and "No member of staff with id 999" in unknown.stderr
    wrong = rjbot(db, "status", reference, "--as", str(ann), "closed")
    assert wrong.returncode == 2 and "Traceback" not in wrong.stderr
    missing = rjbot(db, "show", "RJ-XXXX-XXXX")
    assert missing.returncode == 2 and "No referral RJ-XXXX-XXXX" in missing.stderr
    method = rjbot(db, "contact", reference, "--as", str(ann), "--method", "pigeon", "--reached")
    assert method.returncode == 2 and "pigeon" in method.stderr


def test_the_cron_sweep_prints_each_alert_once(backend: Backend) -> None:
    db = backend
    overdue, _, _ = seed(db, datetime.now(UTC) - timedelta(days=14), count=2)
    first = rjbot(db, "sweep")
    assert first.returncode == 0, first.stderr
    assert all(ref in first.stdout for ref in overdue)
    assert first.stdout.count("Overdue") == 2
    # Each referral's notice too, for a service whose cron mails what the sweep prints.
    assert first.stdout.count("New referral") == 2
    assert "2 raised, 4 sent" in first.stderr
    second = rjbot(db, "sweep")
    assert second.stdout == "" and "0 raised, 0 sent" in second.stderr


def test_what_the_return_needs_is_recorded_from_the_terminal(
    backend: Backend, tmp_path: Path
) -> None:
    db = backend
    [reference], ann, cat = seed(db, datetime.now(UTC))
    # The person agreed to be surveyed (as the bot records it after their referral).
    db.change("INSERT INTO surveys (referral_id, agreed_at) SELECT id, received_at FROM referrals")
    assert rjbot(db, "claim", reference, "--as", str(ann)).returncode == 0
    # Seed 002 10: "Referrals will only be made with consent from the victim."
    unasked = rjbot(db, "onward", reference, "--as", str(ann), "--to", "mental-health")
    assert unasked.returncode == 2 and "has not agreed" in unasked.stderr
    assert "Traceback" not in unasked.stderr and len(unasked.stderr.strip().splitlines()) == 1
    steps = [
        ("onward", reference, "--as", str(ann), "--to", "mental-health", "--agreed"),
        (
            "monitoring",
            reference,
            "--as",
            str(ann),
            "--subject",
            "offender",
            "--age-band",
            "25-34",
            "--gender",
            "man",
            "--ethnicity",
            "mixed-white-asian",
        ),
        ("close", reference, "--as", str(ann), "--reason", "unsuitable", "--why", "risk"),
        (
            "survey",
            reference,
            "--as",
            str(cat),
            "--wellbeing",
            "same",
            "--satisfaction",
            "3",
            "--justice",
            "2",
        ),
    ]
    for step in steps:
        done = rjbot(db, *step)
        assert done.returncode == 0, (step[0], done.stderr)
    wrong = rjbot(
        db, "monitoring", reference, "--as", str(ann), "--subject", "offender", "--gender", "robot"
    )
    assert wrong.returncode == 2 and "gender must be one of: woman, man" in wrong.stderr
    unhappy = rjbot(db, "survey", reference, "--as", str(ann), "--coping", "sideways")
    assert unhappy.returncode == 2 and "coping must be one of" in unhappy.stderr

    report = rjbot(
        db,
        "report",
        "--quarter",
        "2026Q3",
        "--out",
        str(tmp_path / "r"),
        "--threshold",
        "1",
        "--allow-small-numbers",
    )
    assert report.returncode == 0, report.stderr
    tables = {p.stem: p.read_text("utf-8") for p in (tmp_path / "r").glob("*.csv")}
    assert "unsuitable,risk,1" in tables["declined_and_unsuitable"]
    assert "mental-health,1" in tables["onward_referrals"]
    assert "offender,ethnic_group,mixed,1" in tables["demographics"]
    assert "victims,3 (neither),1" in tables["satisfaction"]
    assert "victims,2 (dissatisfied),1" in tables["justice_system"]


def test_staff_see_which_surveys_to_ask_by_phone(backend: Backend) -> None:
    db = backend

    async def seed_surveys() -> list[str]:
        async with await db.open() as store:
            desk = Desk(store)
            ann = await desk.join(await desk.invite(Role.MANAGER), 11, "Ann")
            assert ann is not None
            references = []
            for chat, times in (("tg:1", "evening"), ("tg:2", "after 6 when he is out")):
                new = NewReferral(
                    kind=ReferralKind.VICTIM,
                    channel="telegram",
                    source=None,
                    priority=Priority.STANDARD,
                    area=None,
                    language="en",
                    interpreter=None,
                    crime_category=None,
                    markers=(),
                    stage=None,
                    route=None,
                    details={"name": "Sam", "times": times},
                    safe_times=times,
                )
                now = datetime.now(UTC)
                stored = await store.submit_referral(
                    new, Consent("v1", "en", now), conversation=(chat, "{}"), now=now
                )
                await save_own_answers(
                    store, chat, stored.reference, None, survey=True, consent_at=None
                )
                await desk.close(stored.reference, ann, ClosureReason.DIRECT)
                references.append(stored.reference)
            return references

    chosen, typed = asyncio.run(seed_surveys())
    listing = rjbot(db, "surveys")
    assert listing.returncode == 0, listing.stderr
    lines = {
        line.split()[1] if line.startswith("│") else "": line
        for line in listing.stdout.splitlines()
    }
    assert "Surveys owed: 2" in listing.stdout
    assert any(chosen in line and "the bot will send it" in line for line in lines.values())
    assert any(typed in line and "ask by phone" in line for line in lines.values())
    assert "after 6" not in listing.stdout, "no personal details in the list"
