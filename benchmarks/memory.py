"""Resident memory with 10,000 half-finished conversations (each in its own process)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

HALF_FINISHED = """
import asyncio, sys
from datetime import UTC, datetime
from benchmarks.measure import own_peak_mb
from bot.conversation import Conversations
from bot.profile import load_profile
from dialogues.events import Command, Press, Text
from referral_store import Store

async def main(db, people):
    profile = load_profile()
    async with await Store.open(db, profile.deadlines) as store:
        talk = Conversations(store, profile, "telegram")
        steps = [Command("refer"), Press("v.consent|agree"), Press("v.age|yes"),
                 Text("Sam"),
                 Text("phone, email"), Text("07123 456789")]
        async def person(i):
            for event in steps:
                await talk.handle(f"tg:{i}", event)
        for start in range(0, people, 500):
            await asyncio.gather(*(person(i) for i in range(start, min(people, start + 500))))
        assert (await store.conversation("tg:0"))[0] is not None

asyncio.run(main(sys.argv[1], int(sys.argv[2])))
print(own_peak_mb(), file=sys.stderr)
"""


def half_finished_peak_mb(folder: Path, people: int) -> float:
    db = folder / f"memory-{people}.sqlite3"
    done = subprocess.run(
        [sys.executable, "-c", HALF_FINISHED, str(db), str(people)],
        cwd=ROOT,
        check=True,
        capture_output=True,
        text=True,
        env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"},
    )
    return float(done.stderr.strip().splitlines()[-1])
