"""End to end: the bot as its own process, a person on the other side of a Bot API emulator."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.e2e.harness import ROOT, Emulator, Person, bot_process, emulator
from tests.exports import referrals

FACILITATORS = 9999


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
        person.send_text("/start src-police")
        person.wait_reply("What would you like to do?")
        person.press("I was harmed: refer myself")
        person.wait_reply("Do you agree")
        person.press("Yes, I agree")
        person.wait_reply("18 or older")
        person.send_text("banana")
        person.wait_reply("choose one of the options")
        person.press("Yes")
        person.wait_reply("What would you like us to call you")
        person.send_text("Sam Example")
        person.wait_reply("How is it safe")
        person.press("Phone call")
        person.press("Message me in this chat")
        person.press("Done")
        person.wait_reply("What phone number")
        person.send_text("not a phone")
        person.wait_reply("does not look like a phone number")
        person.send_text("07123 456789")
        person.wait_reply("When is it safe")
        person.send_text("after 6pm on weekdays")
        person.wait_reply("leave a message")
        person.press("No messages, please")
        person.wait_reply("What happened")
        for label, next_prompt in [
            ("Domestic abuse", "Was any of it"),
            ("None of these", "Roughly when"),
            ("In the last month", "reported to the police"),
            ("Yes", "crime reference"),
        ]:
            person.press(label)
            person.wait_reply(next_prompt)
        person.press("Skip")
        person.wait_reply("Where is the case now")
        person.press("Police are investigating")
        person.wait_reply("Do you know who harmed you")
        person.press("Yes")
        person.wait_reply("under 18 at the time")
        person.press("No")
        person.wait_reply("Which area")
        person.press("North West")
        person.wait_reply("Which area do you live in")
        person.press("North West")
        person.wait_reply("which area the person who harmed you lives in")
        person.press("I don't know")
        person.wait_reply("Which language")
        person.press("English")
        person.wait_reply("interpreter")
        person.press("No")
        person.wait_reply("easier for you to take part")
        person.press("Skip")
        person.wait_reply("at risk of harm")
        person.press("No")
        person.wait_reply("How did you hear")
        person.press("Police")
        person.wait_reply("in your own words")
        person.send_text("They broke in while we were away.")
        person.wait_reply("What would you hope for")
        person.press("Skip")
        summary = person.wait_reply("Please check your answers")
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
        person.send_text("/enquire")
        person.wait_reply("Before you go on")
        steps = [
            ("I understand, go on", "Do you agree"),
            ("Yes, I agree", "18 or older"),
            ("Yes", "accept that what you did"),
            ("Yes", "What would you like us to call you"),
        ]
        for label, prompt in steps:
            person.press(label)
            person.wait_reply(prompt)
        person.send_text("Jo")
        person.wait_reply("How is it safe")
        person.press("Through my probation officer or prison staff")
        person.press("Done")
        person.wait_reply("Who should we contact")
        person.send_text("Pat at Leeds probation")
        person.wait_reply("Where are you in the justice system")
        for label, prompt in [
            ("In prison", "What kind of offence"),
            ("Burglary", "Which area"),
            ("Yorkshire and the Humber", "Which area do you live in"),
            ("Yorkshire and the Humber", "Which language"),
            ("English", "interpreter"),
            ("No", "easier for you"),
            ("Skip", "in your own words"),
            ("Skip", "What would you hope for"),
            ("Skip", "Please check your answers"),
            ("Send my referral", "We have received your referral"),
        ]:
            person.press(label)
            person.wait_reply(prompt)
    finally:
        person.close()
    [row] = referrals(cli(db, "export", "--format", "json"))
    assert row["kind"] == "offender" and row["stage"] == "custody"
    assert "offender-initiated" in cli(db, "queue")
