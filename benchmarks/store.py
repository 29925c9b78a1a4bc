"""The store: durable submissions, concurrent claims, and a million stored referrals."""

from __future__ import annotations

import asyncio
import json
import random
import sqlite3
import subprocess
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from statistics import median

from referral_store import Consent, NewReferral, Priority, ReferralKind, Store
from referral_store.desk import Desk, Role
from referral_store.references import new_reference
from referral_store.store import stamp

ROOT = Path(__file__).resolve().parent.parent
NOW = datetime.now(UTC)


def _referral() -> NewReferral:
    return NewReferral(
        kind=ReferralKind.VICTIM,
        channel="bench",
        source=None,
        priority=Priority.STANDARD,
        area="ne",
        language="en",
        interpreter=False,
        crime_category="burglary",
        markers=(),
        stage=None,
        route=None,
        details={"name": "Sam", "phone": "+447123456789", "contact": ["phone"]},
    )


async def submissions(folder: Path, count: int) -> float:
    """Referrals committed per second, each with its consent and conversation, one by one."""
    async with await Store.open(folder / "submit.sqlite3") as store:
        started = time.perf_counter()
        for i in range(count):
            await store.submit_referral(
                _referral(), Consent("v1", "en", NOW), conversation=(f"k{i}", '{"step":"menu"}')
            )
        return count / (time.perf_counter() - started)


async def claims(folder: Path, count: int, claimers: int = 8) -> tuple[float, int]:
    """Claims per second with ``claimers`` at once; and how many referrals went twice."""
    async with await Store.open(folder / "claims.sqlite3") as store:
        desk = Desk(store)
        team = []
        for i in range(claimers):
            member = await desk.join(await desk.invite(Role.FACILITATOR), 500 + i, f"F{i}")
            assert member is not None
            team.append(member)
        references = [
            (await store.submit_referral(_referral(), Consent("v1", "en", NOW))).reference
            for _ in range(count)
        ]

        async def claimer(index: int) -> list[str]:
            order = references[:]
            random.Random(index).shuffle(order)
            return [r for r in order if (await desk.claim(r, team[index])).ok]

        started = time.perf_counter()
        won = await asyncio.gather(*(claimer(i) for i in range(claimers)))
        elapsed = time.perf_counter() - started
        attempts = count * claimers
        claimed = [r for group in won for r in group]
        return attempts / elapsed, len(claimed) - len(set(claimed))


def fill_million(path: Path, count: int) -> None:
    """``count`` referrals over two years: most closed, about 2% open and awaiting contact.

    Written straight into the store's own schema (sealed with its key), because a
    million one-at-a-time submissions would only measure the loop that makes them.
    """

    async def make() -> bytes:
        async with await Store.open(path) as store:
            return store.keyring.current

    asyncio.run(make())
    from referral_store.crypto import load_keyring

    keyring = load_keyring(path)
    db = sqlite3.connect(path)
    db.execute("PRAGMA journal_mode = WAL")
    rng = random.Random(7)
    details = json.dumps({"name": "Sam", "phone": "+447123456789", "contact": ["phone"]})
    batch: list[tuple[object, ...]] = []
    consents: list[tuple[object, ...]] = []
    db.execute("BEGIN")
    for i in range(1, count + 1):
        reference = new_reference() + f"{i:07d}"[-3:]
        received = NOW - timedelta(days=rng.uniform(0, 730))
        open_case = rng.random() < 0.02
        if open_case:
            received = NOW - timedelta(days=rng.uniform(0, 14))
        due = received + timedelta(days=7)
        batch.append(
            (
                i,
                reference,
                "victim",
                "bench",
                "standard",
                "new" if open_case else "closed",
                "en",
                keyring.seal(details, f"referrals.details:{reference}"),
                # Sealed like every referral's markers (special-category data).
                keyring.seal("[]", f"referrals.markers:{reference}"),
                stamp(received),
                stamp(due),
                None if open_case else stamp(received + timedelta(days=2)),
            )
        )
        consents.append((i, "v1", "en", stamp(received)))
        if len(batch) == 50_000:
            _flush(db, batch, consents)
    _flush(db, batch, consents)
    db.execute("COMMIT")
    db.close()


def _flush(
    db: sqlite3.Connection, batch: list[tuple[object, ...]], consents: list[tuple[object, ...]]
) -> None:
    db.executemany(
        "INSERT INTO referrals (id, reference, kind, channel, priority, status, language, "
        "details, markers, received_at, due_at, first_contact_at) "
        "VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
        batch,
    )
    db.executemany(
        "INSERT INTO consents (referral_id, text_version, language, given_at) VALUES (?,?,?,?)",
        consents,
    )
    batch.clear()
    consents.clear()


async def at_scale(path: Path) -> tuple[float, float, int]:
    """Next-due query (median ms), a full reminder sweep (s), and how many alerts it raised."""
    async with await Store.open(path) as store:
        desk = Desk(store)
        times = []
        for _ in range(21):
            started = time.perf_counter()
            await store.open_referrals(limit=1)
            times.append((time.perf_counter() - started) * 1000)
        started = time.perf_counter()
        raised = await desk.raise_alerts(NOW, timedelta(hours=24))
        await desk.unsent_alerts()
        sweep = time.perf_counter() - started
        return median(times), sweep, raised


PEAK = """
import sys
from benchmarks.measure import own_peak_mb
from bot.cli.main import main
sys.argv = ["rjbot", "--db", sys.argv[1], "export", "--out", "/dev/null"]
try:
    main()
except SystemExit:
    pass
print(own_peak_mb(), file=sys.stderr)
"""


def export_peak_mb(path: Path) -> float:
    """Peak resident memory of ``rjbot export`` over the whole store, in its own process."""
    done = subprocess.run(
        [sys.executable, "-c", PEAK, str(path)],
        cwd=ROOT,
        check=True,
        capture_output=True,
        text=True,
    )
    return float(done.stderr.strip().splitlines()[-1])
