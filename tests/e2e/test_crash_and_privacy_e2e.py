"""A real bot process, killed with SIGKILL after every step (and between saving each step
and answering it), and what it leaves behind.

Figures from these runs are reported in docs/safety.md.
"""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from bot.profile import load_profile
from tests.e2e.harness import ROOT, TOKEN, Person, Script, Twin, emulator, script
from tests.exports import referrals
from tests.talk import VICTIM_ANSWERS, Given, Talk

NAME, PHONE, EMAIL = "Zebedee Canarywood", "07123 456780", "zeb.canary@example.org"

# A self-referral under the default profile (the bot's), every other answer the standard one.
GIVEN: dict[str, Given] = {
    **VICTIM_ANSWERS,
    "name": NAME,
    "contact": ["Phone call", "Email"],
    "phone": PHONE,
    "email": EMAIL,
    "message": "No messages, please",
    "crime": "Hate crime",
    "markers": "None of these",
    "when": "In the last month",
    "area": "London",
    "lives": "London",
    "access": "I use a wheelchair",
}


def _steps() -> Script:
    """The self-referral walked from the flow (``tests.talk``), from /start to Send."""
    talk = Talk(load_profile().rules())
    talk.start()
    talk.press("I was harmed: refer myself")
    talk.answer(**GIVEN)
    # The engine alone only asks for the referral to be stored: the bot says it is received.
    sent = ("press", "Send my referral", "We have received your referral")
    return [("text", "/start", "What would you like to do?"), *script(talk), sent]


# (how the person acts, what they wait for next): the same steps for every test that
# walks a whole self-referral through a bot process.
STEPS = _steps()


def start_bot(api_url: str, db: Path, log: Path, *, kill_at: int = 0) -> subprocess.Popen[bytes]:
    """``rjbot run`` polling the emulator; with ``kill_at``, killed by its own hand once that
    many steps were saved and their replies not yet sent (tests/e2e/killed_bot.py)."""
    env = {
        **os.environ,
        "RJBOT_TELEGRAM_TOKEN": TOKEN,
        "RJBOT_TELEGRAM_API_URL": api_url,
        "RJBOT_POLL_INTERVAL": "0.05",
        "RJBOT_DB": str(db),
        "RJBOT_LOG_LEVEL": "DEBUG",
        "RJBOT_FLOOD_PER_10S": "1000",
        "KILL_AT": str(kill_at),
    }
    env.pop("RJBOT_PROFILE", None)
    launcher = "tests.e2e.killed_bot" if kill_at else "bot"
    with log.open("ab") as sink:
        return subprocess.Popen(
            [sys.executable, "-m", launcher, "run"],
            cwd=ROOT,
            env=env,
            stdout=sink,
            stderr=sink,
        )


def kill(process: subprocess.Popen[bytes]) -> None:
    process.send_signal(signal.SIGKILL)
    process.wait(timeout=10)


def export(db: Path) -> list[dict[str, object]]:
    done = subprocess.run(
        [sys.executable, "-m", "bot", "export"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        env={**os.environ, "RJBOT_DB": str(db)},
        timeout=60,
        check=True,
    )
    return referrals(done.stdout)


# A restart after each of some 25 steps: on a busy machine each start can take seconds.
@pytest.mark.timeout(600)
def test_killed_after_every_step_it_resumes_and_makes_one_referral(tmp_path: Path) -> None:
    """Two people step in time through the group commit (referral_store.steps): each reply
    they wait for was committed before it was sent, so a kill just after it loses nothing,
    and each person makes exactly one referral. (Whether their steps land in one commit
    depends on timing; tests/test_steps.py shows twenty that do.)"""
    db, log = tmp_path / "rj.sqlite3", tmp_path / "bot.log"
    kills = 0
    started = time.monotonic()
    with emulator() as api:
        # Two people at once, so one group commit carries both chats' steps.
        people = [Person(api, user_id=3131), Person(api, user_id=3132)]
        bot = start_bot(api.api_url, db, log)
        try:
            # Both people take each step, then the bot is killed and started again once it
            # has answered both: one group commit can carry both chats' steps.
            for how, what, expect in STEPS:
                for person in people:
                    if how == "press":
                        person.press(what)
                    else:
                        person.send_text(what)
                if not expect:
                    continue  # a tick edits its message in place: nothing new arrives
                for person in people:
                    person.wait_reply(expect, timeout=60)
                kill(bot)
                kills += 1
                bot = start_bot(api.api_url, db, log)
        finally:
            kill(bot)
            for person in people:
                person.close()
    elapsed = time.monotonic() - started
    rows = export(db)
    assert len(rows) == 2, "exactly one referral each"
    for row in rows:
        details = row["details"]
        assert isinstance(details, dict)
        assert details["name"] == NAME and details["access"] == "I use a wheelchair"
        assert details["contact"] == ["phone", "email"]
        assert row["priority"] == "enhanced"
    print(
        f"\ncrash test: {kills} SIGKILLs, one after each answered step; 2 people, "
        f"1 referral each; {elapsed:.1f} s"
    )

    # What the run left on disk and in its logs.
    logs = log.read_bytes()
    commits = re.findall(rb"group commit: \d+ steps", logs)
    assert commits, "every step went through the group commit"
    assert b"referral RJ-" in logs, "the log was captured"
    on_disk = b"".join(p.read_bytes() for p in tmp_path.iterdir() if p.name.startswith("rj.sq"))
    for canary in (NAME, PHONE, PHONE.replace(" ", ""), "7123456780", EMAIL, "wheelchair"):
        assert canary.encode() not in logs, f"{canary} in the logs"
        assert canary.encode() not in on_disk, f"{canary} in the database files"


# A start after each of some 25 steps, as above.
@pytest.mark.timeout(900)
def test_killed_between_saving_and_answering_each_step_answers_after_restart(
    tmp_path: Path,
) -> None:
    """Every step's process dies by SIGKILL once the step is saved and before its reply
    goes (tests/e2e/killed_bot.py). Polling, Telegram never gives that update again; the
    bot started after it sends the reply it owed, and the person carries on: every answer
    arrives, the referral is made once and its reference is told."""
    db, log = tmp_path / "rj.sqlite3", tmp_path / "bot.log"
    kills = 0
    started = time.monotonic()
    with emulator() as api:
        person = Person(api, user_id=5151)
        bot = start_bot(api.api_url, db, log, kill_at=1)
        try:
            for how, what, expect in STEPS:
                if how == "press":
                    person.press(what)
                else:
                    person.send_text(what)
                # Saved, then killed before a word went out.
                assert bot.wait(timeout=120) == -signal.SIGKILL, log.read_text()[-2000:]
                kills += 1
                bot = start_bot(api.api_url, db, log, kill_at=1)
                # A tick edits its message in place; after a restart it comes as a new one.
                person.wait_reply(expect or None, timeout=120)
            said = " ".join(m.text for m in person.bot_messages())
        finally:
            kill(bot)
            person.close()
    elapsed = time.monotonic() - started
    [row] = export(db)
    assert row["details"]["name"] == NAME  # type: ignore[index]
    assert str(row["reference"]) in said, "the reference was told"
    print(
        f"\ncrash test: {kills} SIGKILLs, each between a step's commit and its reply; "
        f"every reply arrived after the restart; 1 referral; {elapsed:.1f} s"
    )


def test_quick_exit_deletes_the_messages_in_the_emulator(tmp_path: Path) -> None:
    db, log = tmp_path / "rj.sqlite3", tmp_path / "bot.log"
    with emulator() as api:
        person = Person(api, user_id=4141)
        bot = start_bot(api.api_url, db, log)
        try:
            twin = Twin(person, Talk(load_profile().rules()))
            twin.start()
            twin.press("I was harmed: refer myself")
            twin.answer(until="contact", name="Sam")
            shown = {u["messageId"] for u in person.received}
            person.send_text("/exit")
            deadline = time.monotonic() + 10
            while time.monotonic() < deadline and not shown <= {
                d["message_id"] for d in person.deleted()
            }:
                time.sleep(0.05)
            deleted = {d["message_id"] for d in person.deleted()}
        finally:
            kill(bot)
            person.close()
    assert shown <= deleted, "every message the bot sent is deleted"
    assert len(deleted) > len(shown), "and the person's own messages"
