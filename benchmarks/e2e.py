"""50 people at once through the Bot API emulator: rjbot against an echo bot, same emulator."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from statistics import median, quantiles

from bot.profile import load_profile
from dialogues.flows import VICTIM
from tests.e2e.harness import ROOT, TOKEN, Emulator, Person, emulator
from tests.talk import VICTIM_ANSWERS, walked

# The self-referral as a person types and presses it, walked from the flow under the
# default profile; every step gets a new message.
STEPS = walked(VICTIM, load_profile().rules(), **{**VICTIM_ANSWERS, "contact": "phone, email"}).did


@dataclass(frozen=True)
class Load:
    updates: int
    seconds: float
    latencies_ms: list[float]

    @property
    def per_second(self) -> float:
        return self.updates / self.seconds

    @property
    def p50(self) -> float:
        return median(self.latencies_ms)

    @property
    def p99(self) -> float:
        return quantiles(self.latencies_ms, n=100)[98]


def _start(module: list[str], api: Emulator, db: Path) -> subprocess.Popen[bytes]:
    env = {
        **os.environ,
        "RJBOT_TELEGRAM_TOKEN": TOKEN,
        "RJBOT_TELEGRAM_API_URL": api.api_url,
        "RJBOT_POLL_INTERVAL": "0.05",
        "RJBOT_DB": str(db),
        "RJBOT_FLOOD_PER_10S": "100000",
        "RJBOT_SWEEP_SECONDS": "0",
    }
    return subprocess.Popen(
        [sys.executable, "-m", *module],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )


def _person(api: Emulator, user_id: int, echo: bool) -> list[float]:
    person = Person(api, user_id=user_id)
    latencies = []
    try:
        for how, what in STEPS:
            started = time.perf_counter()
            if echo or how == "text":
                person.send_text(what)
            else:
                person.press(what)
            person.wait_reply(None, timeout=60)
            latencies.append((time.perf_counter() - started) * 1000)
    finally:
        person.close()
    return latencies


def run(people: int, echo: bool) -> Load:
    with tempfile.TemporaryDirectory() as folder, emulator() as api:
        module = ["tests.e2e.echo_bot"] if echo else ["bot", "run"]
        bot = _start(module, api, Path(folder) / "rj.sqlite3")
        try:
            warm = Person(api, user_id=99)
            warm.send_text("/start" if not echo else "hi")
            warm.wait_reply(None, timeout=60)
            warm.close()
            started = time.perf_counter()
            with ThreadPoolExecutor(max_workers=people) as pool:
                results = list(pool.map(lambda i: _person(api, 1000 + i, echo), range(people)))
            elapsed = time.perf_counter() - started
        finally:
            bot.terminate()
            bot.wait(timeout=15)
    latencies = [ms for result in results for ms in result]
    return Load(len(latencies), elapsed, latencies)
