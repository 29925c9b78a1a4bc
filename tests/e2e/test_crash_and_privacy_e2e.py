"""A real bot process, killed with SIGKILL after every step, and what it leaves behind.

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

from tests.e2e.harness import ROOT, TOKEN, Person, emulator
from tests.exports import referrals

NAME, PHONE, EMAIL = "Zebedee Canarywood", "07123 456780", "zeb.canary@example.org"

# (how the person acts, what they wait for next)
STEPS: list[tuple[str, str, str]] = [
    ("text", "/start", "What would you like to do?"),
    ("press", "I was harmed: refer myself", "Do you agree"),
    ("press", "Yes, I agree", "18 or older"),
    ("press", "Yes", "What would you like us to call you"),
    ("text", NAME, "How is it safe"),
    ("press", "Phone call", ""),
    ("press", "Email", ""),
    ("press", "Done", "What phone number"),
    ("text", PHONE, "What email address"),
    ("text", EMAIL, "When is it safe"),
    ("press", "Evenings", "leave a message"),
    ("press", "No messages, please", "What happened"),
    ("press", "Hate crime", "Was any of it"),
    ("press", "None of these", "Roughly when"),
    ("press", "In the last month", "reported to the police"),
    ("press", "No", "Do you know who harmed you"),
    ("press", "No", "Which area"),
    ("press", "London", "Which area do you live in"),
    ("press", "London", "Which language"),
    ("press", "English", "interpreter"),
    ("press", "No", "easier for you"),
    ("text", "I use a wheelchair", "at risk of harm"),
    ("press", "No", "How did you hear"),
    ("press", "Skip", "in your own words"),
    ("press", "Skip", "What would you hope for"),
    ("press", "Skip", "Please check your answers"),
    ("press", "Send my referral", "We have received your referral"),
]


def start_bot(api_url: str, db: Path, log: Path) -> subprocess.Popen[bytes]:
    env = {
        **os.environ,
        "RJBOT_TELEGRAM_TOKEN": TOKEN,
        "RJBOT_TELEGRAM_API_URL": api_url,
        "RJBOT_POLL_INTERVAL": "0.05",
        "RJBOT_DB": str(db),
        "RJBOT_LOG_LEVEL": "DEBUG",
        "RJBOT_FLOOD_PER_10S": "1000",
    }
    env.pop("RJBOT_PROFILE", None)
    with log.open("ab") as sink:
        return subprocess.Popen(
            [sys.executable, "-m", "bot", "run"],
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
        people = [Person(api, user_id=3131), Person(api, user_id=3132)]
        bot = start_bot(api.api_url, db, log)
        try:
            for how, what, expect in STEPS:
                for person in people:
                    if how == "text":
                        person.send_text(what)
                    else:
                        person.press(what)
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


def test_quick_exit_deletes_the_messages_in_the_emulator(tmp_path: Path) -> None:
    db, log = tmp_path / "rj.sqlite3", tmp_path / "bot.log"
    with emulator() as api:
        person = Person(api, user_id=4141)
        bot = start_bot(api.api_url, db, log)
        try:
            person.send_text("/start")
            person.wait_reply("What would you like to do?")
            person.press("I was harmed: refer myself")
            person.wait_reply("Do you agree")
            person.press("Yes, I agree")
            person.wait_reply("18 or older")
            person.press("Yes")
            person.wait_reply("call you")
            person.send_text("Sam")
            person.wait_reply("How is it safe")
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
