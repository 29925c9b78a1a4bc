"""50 people at once through the Bot API emulator: rjbot against an echo bot, same emulator.

Both bots get the same texts and the same button presses (benchmarks/echo_bot.py answers a
press with the same two Bot API calls as rjbot), and each bot's CPU time is read from its
own process.
"""

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

from benchmarks.measure import Runs, Sample, cpu_seconds, runs
from bot.profile import load_profile
from dialogues.flows import VICTIM
from tests.e2e.harness import ROOT, TOKEN, Emulator, Person, emulator
from tests.talk import VICTIM_ANSWERS, walked

# The self-referral as a person types and presses it, walked from the flow under the
# default profile; every step gets a new message.
STEPS = walked(VICTIM, load_profile().rules(), **{**VICTIM_ANSWERS, "contact": "phone, email"}).did


# What the echo bot's keyboard offers, so it can be pressed exactly as rjbot's is.
LABELS = tuple(dict.fromkeys(what for how, what in STEPS if how == "press"))


@dataclass(frozen=True)
class Load:
    sample: Sample
    latencies_ms: list[float]

    @property
    def p50(self) -> float:
        return median(self.latencies_ms)

    @property
    def p99(self) -> float:
        return quantiles(self.latencies_ms, n=100)[98]


@dataclass(frozen=True)
class Loads:
    """Several runs of one bot: medians of each run's figures."""

    loads: tuple[Load, ...]

    @property
    def runs(self) -> Runs:
        return runs([load.sample for load in self.loads])

    @property
    def p50(self) -> float:
        return median(load.p50 for load in self.loads)

    @property
    def p99(self) -> float:
        return median(load.p99 for load in self.loads)


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


def _person(api: Emulator, user_id: int) -> list[float]:
    person = Person(api, user_id=user_id)
    latencies = []
    try:
        for how, what in STEPS:
            started = time.perf_counter()
            if how == "text":
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
        module = ["benchmarks.echo_bot"] if echo else ["bot", "run"]
        bot = _start(module, api, Path(folder) / "rj.sqlite3")
        try:
            warm = Person(api, user_id=99)
            warm.send_text("/start")
            warm.wait_reply(None, timeout=60)
            warm.close()
            cpu, started = cpu_seconds(bot.pid), time.perf_counter()
            with ThreadPoolExecutor(max_workers=people) as pool:
                results = list(pool.map(lambda i: _person(api, 1000 + i), range(people)))
            elapsed, cpu = time.perf_counter() - started, cpu_seconds(bot.pid) - cpu
        finally:
            bot.terminate()
            bot.wait(timeout=15)
    latencies = [ms for result in results for ms in result]
    return Load(Sample(len(latencies), elapsed, cpu), latencies)


def measure(people: int, rounds: int) -> dict[str, Loads]:
    """Each bot ``rounds`` times, taking turns."""
    found: dict[str, list[Load]] = {"echo": [], "rjbot": []}
    for _ in range(rounds):
        found["echo"].append(run(people, echo=True))
        found["rjbot"].append(run(people, echo=False))
    return {name: Loads(tuple(made)) for name, made in found.items()}
