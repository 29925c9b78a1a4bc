"""End to end: the bot as its own process, a person on the other side of a Bot API emulator."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from bot.profile import load_profile
from tests.e2e.harness import ROOT, Emulator, Person, Twin, bot_process, emulator
from tests.exports import referrals
from tests.talk import OFFENDER_ANSWERS, VICTIM_ANSWERS, Given, Talk

FACILITATORS = 9999
# The bot process runs the default profile: the engine that shadows it does too.
RULES = load_profile().rules()
# A self-referral under the default profile; every other question gets its standard answer.
GIVEN: dict[str, Given] = {
    **VICTIM_ANSWERS,
    "name": "Sam Example",
    "contact": ["Phone call", "Message me in this chat"],
    "times": "after 6pm on weekdays",
    "message": "No messages, please",
    "crime": "Domestic abuse",
    "markers": "None of these",
    "when": "In the last month",
    "police": "Yes",
    "stage": "Police are investigating",
    "known": "Yes",
    "offender_u18": "No",
    "area": "North West",
    "lives": "North West",
    "other_lives": "I don't know",
    "language": "English",
    "heard": "Police",
    "story": "They broke in while we were away.",
}


@pytest.fixture
def running(tmp_path: Path) -> Iterator[tuple[Emulator, Path, subprocess.Popen[str]]]:
    db = tmp_path / "rj.sqlite3"
    with (
        emulator() as api,
        bot_process(api.api_url, db, env={"RJBOT_FACILITATOR_CHAT_ID": str(FACILITATORS)}) as bot,
    ):
        yield api, db, bot
        if bot.poll() is not None and bot.stderr:
            pytest.fail(f"the bot stopped: {bot.stderr.read()[-2000:]}")


def cli(db: Path, *args: str) -> str:
    done = subprocess.run(
        [sys.executable, "-m", "bot", *args],
        cwd=ROOT,
        env={**os.environ, "RJBOT_DB": str(db)},
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    return done.stdout


def test_a_person_refers_themselves_through_telegram(
    running: tuple[Emulator, Path, subprocess.Popen[str]],
) -> None:
    api, db, _ = running
    person = Person(api)
    try:
        twin = Twin(person, Talk(RULES))
        twin.start("src-police")
        twin.press("I was harmed: refer myself")
        twin.press("Yes, I agree")
        # Re-asks, said by hand: a typed word where a button is wanted, a bad phone number.
        assert any("choose one of the options" in m for m in twin.type("banana"))
        twin.answer(until="phone", **GIVEN)
        assert any("does not look like a phone number" in m for m in twin.type("not a phone"))
        summary = twin.answer(**GIVEN)
        assert any("Please check your answers" in text for text in summary)
        assert any("They broke in while we were away." in text for text in summary)
        assert any("Sam Example" in text for text in summary)
        person.press("Send my referral")
        confirmation = " ".join(person.wait_reply("We have received your referral"))
    finally:
        person.close()

    reference = re.search(r"RJ-[A-Z0-9]{4}-[A-Z0-9]{4}", confirmation)
    assert reference, confirmation
    [row] = referrals(cli(db, "export", "--format", "json"))
    assert row["reference"] == reference.group(0)
    assert row["kind"] == "victim" and row["source"] == "police"
    assert row["priority"] == "enhanced", "domestic abuse is an enhanced case"
    assert row["channel"] == "telegram"
    assert row["details"]["phone"] == "+447123456789"
    assert row["details"]["contact"] == ["phone", "chat"]
    queue = cli(db, "queue")
    assert reference.group(0) in queue
    assert "Sam" not in queue

    staff = Person(api, user_id=FACILITATORS)
    try:
        notice = " ".join(staff.wait_reply(reference.group(0)))
    finally:
        staff.close()
    assert "enhanced" in notice
    assert "Sam" not in notice and "7123" not in notice


def test_an_offender_enquiry_through_telegram_is_offender_initiated(
    running: tuple[Emulator, Path, subprocess.Popen[str]],
) -> None:
    api, db, _ = running
    person = Person(api, user_id=5151)
    try:
        twin = Twin(person, Talk(RULES))
        twin.command("enquire")
        given: dict[str, Given] = {
            **OFFENDER_ANSWERS,
            "worker": "Pat at Leeds probation",
            "stage": "In prison",
            "area": "Yorkshire and the Humber",
            "lives": "Yorkshire and the Humber",
        }
        assert any("Please check your answers" in m for m in twin.answer(**given))
        person.press("Send my referral")
        person.wait_reply("We have received your referral")
    finally:
        person.close()
    [row] = referrals(cli(db, "export", "--format", "json"))
    assert row["kind"] == "offender" and row["stage"] == "custody"
    assert "offender-initiated" in cli(db, "queue")
