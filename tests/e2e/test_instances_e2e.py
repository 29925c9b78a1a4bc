"""Two ``rjbot run --webhook`` instances behind nginx over one store, the emulator posting
by webhook: 50 people refer at once, some updates posted twice (both copies at once), some
buttons pressed twice in a row, and one instance stopped part-way while it is handling
posts. Every referral is made exactly once and every person gets every answer.

Stopped with SIGTERM: it finishes the posts it holds and refuses new ones, which nginx then
hands to the other. (Killed outright, between saving a step and answering it:
tests/e2e/test_killed_instance_e2e.py.)

Figures from this run are in docs/deploy.md.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from bot.profile import load_profile
from referral_store.crypto import new_key
from tests.e2e.harness import ROOT, Emulator, Person
from tests.e2e.proxy import Proxy
from tests.e2e.test_crash_and_privacy_e2e import GIVEN, NAME
from tests.e2e.webhooks import WebhookBot, duplicate_every, hook_stats, wait_until
from tests.exports import referrals
from tests.talk import Talk

PEOPLE = 50
# Pressed twice in a row, as a person on a slow connection does.
TWICE = {"Yes, I agree", "Send my referral"}


def script_for(name: str) -> tuple[str, Talk]:
    """What the bot must say to a person giving these answers (walked from the flows):
    the opening's last message, and the steps."""
    script = Talk(load_profile().rules())
    opening = [r.text for r in script.start() if not r.edit][-1]
    script.press("I was harmed: refer myself")
    script.answer(**{**GIVEN, "name": name})
    return opening, script


def walk(api: Emulator, number: int, progress: list[int], pressed_twice: list[int]) -> str:
    """One person's whole referral; returns the name they gave."""
    name = f"{NAME} {number:02d}"
    opening, script = script_for(name)
    with Person(api, user_id=70_000 + number) as person:
        person.send_command("/start")
        person.wait_reply(opening, timeout=240, poll=0.25)
        for (how, what), replies in zip(script.did, script.heard, strict=True):
            if how == "press":
                person.press(what)
                if what in TWICE:
                    person.press(what)
                    pressed_twice[0] += 1
            else:
                person.send_text(what)
            said = [r.text for r in replies if not r.edit]
            if said:  # a tick edits its message in place: nothing new arrives
                person.wait_reply(said[-1], timeout=240, poll=0.25)
            progress[0] += 1
        person.press("Send my referral")
        person.press("Send my referral")
        pressed_twice[0] += 1
        person.wait_reply("We have received your referral", timeout=240, poll=0.25)
        progress[0] += 1
    return name


def export(db: str, env: dict[str, str]) -> list[dict[str, object]]:
    done = subprocess.run(
        [sys.executable, "-m", "bot", "export"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        env={**os.environ, "RJBOT_DB": db, **env},
        timeout=120,
        check=True,
    )
    return referrals(done.stdout)


@pytest.mark.timeout(900)
@pytest.mark.parametrize("backend", ["sqlite", "postgresql"])
def test_fifty_people_two_instances_one_stopped_part_way(
    tmp_path: Path, backend: str, request: pytest.FixtureRequest
) -> None:
    # One SQLite file the instances share on one machine, or a PostgreSQL database they
    # could share from several (docs/deploy.md).
    env: dict[str, str] = {}
    db = str(tmp_path / "rj.sqlite3")
    if backend == "postgresql":
        db = request.getfixturevalue("postgres_url")
        env = {"RJBOT_DATA_KEY": new_key()}
    started = time.monotonic()
    with Emulator() as api:
        a = WebhookBot(api, db, log=tmp_path / "a.log", env=env)
        b = WebhookBot(api, db, log=tmp_path / "b.log", env=env)
        with Proxy([a.port, b.port]) as proxy:
            a.url = b.url = proxy.url
            with a, b:
                duplicate_every(api, 7)
                progress, pressed_twice = [0], [0]
                total = PEOPLE * (len(script_for(NAME)[1].did) + 1)
                killed = threading.Event()

                def killer() -> None:
                    while progress[0] < total // 3:
                        time.sleep(0.05)
                    b.stop(signal.SIGTERM)
                    killed.set()

                watcher = threading.Thread(target=killer, daemon=True)
                watcher.start()
                with ThreadPoolExecutor(max_workers=PEOPLE) as pool:
                    names = list(
                        pool.map(lambda n: walk(api, n, progress, pressed_twice), range(PEOPLE))
                    )
                watcher.join(timeout=60)
                assert killed.is_set(), "instance B was stopped part-way"
                wait_until(lambda: hook_stats(api)["pending"] == 0, "every post answered", 120)
                stats = hook_stats(api)
    elapsed = time.monotonic() - started
    rows = export(db, env)
    made = sorted(str(r["details"]["name"]) for r in rows)  # type: ignore[index]
    assert made == sorted(names), "every referral exactly once"
    assert stats["duplicated"] > 0
    assert pressed_twice[0] >= PEOPLE, "every person pressed at least one button twice"
    print(
        f"\n{backend}: {PEOPLE} people, {total} steps, 2 instances (one stopped at a third): "
        f"{len(rows)} referrals; posts {stats}; {elapsed:.1f} s"
    )
