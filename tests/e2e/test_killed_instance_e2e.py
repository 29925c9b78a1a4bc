"""Two ``rjbot run --webhook`` instances behind nginx over one store; one dies by SIGKILL
part-way, exactly between saving a step and sending its reply (tests/e2e/killed_bot.py),
while it holds other people's posts too. The posts it held fail, nginx hands them to the
other instance, and that one says what the dead one had saved but never said. Every person
gets every answer, every referral is made exactly once.

On code that kept no replies with a step, the person whose step was saved by the dead
instance hears nothing (the repeat is taken for a duplicate) and their walk times out.
"""

from __future__ import annotations

import signal
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from referral_store.crypto import new_key
from tests.e2e.harness import Emulator
from tests.e2e.proxy import Proxy
from tests.e2e.test_crash_and_privacy_e2e import NAME
from tests.e2e.test_instances_e2e import export, script_for, walk
from tests.e2e.webhooks import WebhookBot, duplicate_every, hook_stats, wait_until

PEOPLE = 30
# The instance dies as it is about to send the replies of its 60th step: early enough
# that most people are still mid-way, late enough that it holds several people's posts.
KILL_AT = 60
RESENT = b"a repeated update was never answered"


@pytest.mark.timeout(900)
@pytest.mark.parametrize("backend", ["sqlite", "postgresql"])
def test_an_instance_killed_between_commit_and_reply_loses_no_answer(
    tmp_path: Path, backend: str, request: pytest.FixtureRequest
) -> None:
    env: dict[str, str] = {"RJBOT_LOG_LEVEL": "INFO"}
    db = str(tmp_path / "rj.sqlite3")
    if backend == "postgresql":
        db = request.getfixturevalue("postgres_url")
        env["RJBOT_DATA_KEY"] = new_key()
    started = time.monotonic()
    with Emulator() as api:
        a = WebhookBot(api, db, log=tmp_path / "a.log", env=env)
        b = WebhookBot(
            api,
            db,
            log=tmp_path / "b.log",
            env={**env, "KILL_AT": str(KILL_AT)},
            module="tests.e2e.killed_bot",
        )
        with Proxy([a.port, b.port]) as proxy:
            a.url = b.url = proxy.url
            with a, b:
                duplicate_every(api, 7)
                progress, pressed_twice = [0], [0]
                total = PEOPLE * (len(script_for(NAME)[1].did) + 1)
                died = threading.Event()
                process = b.process
                assert process is not None

                def watch() -> None:
                    process.wait()
                    died.set()

                threading.Thread(target=watch, daemon=True).start()
                with ThreadPoolExecutor(max_workers=PEOPLE) as pool:
                    names = list(
                        pool.map(lambda n: walk(api, n, progress, pressed_twice), range(PEOPLE))
                    )
                assert died.is_set() and process.returncode == -signal.SIGKILL, b.output()
                wait_until(lambda: hook_stats(api)["pending"] == 0, "every post answered", 120)
                stats = hook_stats(api)
    elapsed = time.monotonic() - started
    rows = export(db, {k: v for k, v in env.items() if k != "RJBOT_LOG_LEVEL"})
    made = sorted(str(r["details"]["name"]) for r in rows)  # type: ignore[index]
    assert made == sorted(names), "every referral exactly once"
    resent = (tmp_path / "a.log").read_bytes().count(RESENT)
    assert resent >= 1, "the step the dead instance saved was answered by the other"
    print(
        f"\n{backend}: {PEOPLE} people, {total} steps, 2 instances, one SIGKILLed between "
        f"a commit and its reply: {len(rows)} referrals; {resent} saved steps answered by "
        f"the other instance; posts {stats}; {elapsed:.1f} s"
    )
