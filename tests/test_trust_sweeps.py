"""Sweeps deliver once per recipient: two sweepers at once, and one recipient failing."""

from __future__ import annotations

import asyncio
import logging
import os
import subprocess
import sys
from collections import Counter
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from bot.profile import load_profile
from bot.sweep import sweep
from referral_store import Consent, Store
from referral_store.crypto import Keyring
from referral_store.desk import Desk, Role
from tests.conftest import Backend
from tests.test_privacy_store import referral

ROOT = Path(__file__).resolve().parent.parent
MANAGERS = (21, 22, 23)
FAILING = 23


async def overdue(db: Path | str, count: int, keyring: Keyring | None = None) -> list[str]:
    """``count`` referrals long past their first-contact deadline, and three managers."""
    async with await Store.open(db, keyring=keyring) as store:
        desk = Desk(store)
        for telegram_id in MANAGERS:
            await desk.join(await desk.invite(Role.MANAGER), telegram_id, f"M{telegram_id}")
        old = datetime.now(UTC) - timedelta(days=30)
        return [
            (await store.submit_referral(referral(), Consent("v1", "en", old), now=old)).reference
            for _ in range(count)
        ]


def test_two_sweepers_over_100_alerts_repeat_nothing_to_anyone(
    tmp_path: Path, backend: Backend
) -> None:
    db, log = str(backend.db), tmp_path / "sent.log"
    references = asyncio.run(overdue(db, 100, backend.keyring))
    env = {k: v for k, v in os.environ.items() if not k.startswith("RJBOT_")}
    env |= backend.key_env()
    workers = [
        subprocess.Popen(
            [sys.executable, "-m", "tests.sweep_worker", db, str(log), str(FAILING), "4"],
            cwd=ROOT,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for _ in range(2)
    ]
    outputs = [worker.communicate(timeout=300) for worker in workers]
    for worker, (out, err) in zip(workers, outputs, strict=True):
        assert worker.returncode == 0 and len(out.splitlines()) == 4, err
    sends = Counter(log.read_text().split("\n")[:-1])
    for manager in MANAGERS[:2]:
        for reference in references:
            assert sends[f"{manager} {reference}"] == 1, (manager, reference)
    assert sum(sends.values()) == 200, "0 repeats, and nothing to the failing recipient"


async def test_only_the_failed_recipient_is_retried_with_backoff_then_reported(
    backend: Backend, caplog: pytest.LogCaptureFixture
) -> None:
    [reference] = await overdue(backend.db, 1, backend.keyring)
    sent: list[int] = []
    tried: list[int] = []

    async def send(chat_id: int, text: str) -> bool:
        tried.append(chat_id)
        if chat_id == FAILING:
            return False
        sent.append(chat_id)
        return True

    policy = load_profile().deadlines
    start = datetime.now(UTC)
    async with await backend.open() as store:
        desk = Desk(store)
        first = await sweep(desk, policy, send, None, start)
        assert sorted(sent) == [21, 22] and first.waiting == 1
        soon = await sweep(desk, policy, send, None, start + timedelta(seconds=10))
        assert tried.count(FAILING) == 1 and soon.waiting == 1, "not before the backoff"
        with caplog.at_level(logging.WARNING):
            reported = 0
            for minutes in (2, 5, 9, 17):
                result = await sweep(desk, policy, send, None, start + timedelta(minutes=minutes))
                reported += result.reported
        assert sorted(sent) == [21, 22], "the others never get it twice"
        assert tried.count(FAILING) >= 3
        assert reported == 1, "reported once, after repeated failure"
        assert any(reference in r.getMessage() for r in caplog.records)
        log = await desk.audit_log(reference)
        assert any(entry.action == "alert-undelivered" for entry in log)


async def test_a_sweep_finds_the_lease_held_and_does_nothing(backend: Backend) -> None:
    await overdue(backend.db, 2, backend.keyring)
    now = datetime.now(UTC)
    async with await backend.open() as store:
        desk = Desk(store)
        assert await desk.take_lease("sweep", "someone-else", now, timedelta(minutes=5))
        calls: list[int] = []

        async def send(chat_id: int, text: str) -> bool:
            calls.append(chat_id)
            return True

        busy = await sweep(desk, load_profile().deadlines, send, None, now)
        assert busy.busy and calls == []
        later = await sweep(desk, load_profile().deadlines, send, None, now + timedelta(minutes=6))
        assert not later.busy and later.sent == 2, "an expired lease is taken over"
