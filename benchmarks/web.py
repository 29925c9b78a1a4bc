"""``python -m benchmarks.web [--open N]``: the web desk's queue and case pages, server time.

A store with N open referrals (10,000 by default), a manager signed in, and each page asked
for many times through the whole app (middleware, session look-up, the desk's queue, the
template); the time is taken inside the server, around the ASGI app, and reported as p50
and p95.
"""

from __future__ import annotations

import argparse
import asyncio
import tempfile
import time
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime
from pathlib import Path
from statistics import quantiles
from typing import Any

from starlette.testclient import TestClient

from benchmarks.store import _referral
from bot.profile import load_profile
from bot.web import build_app
from referral_store import Consent, Store, accounts
from referral_store.desk import Desk, Role

REQUESTS = 200


def timed(app: Any, spent: dict[str, list[float]]) -> Callable[..., Awaitable[None]]:
    async def wrapper(scope: Any, receive: Any, send: Any) -> None:
        started = time.perf_counter()
        await app(scope, receive, send)
        if scope["type"] == "http":
            key = scope["path"].split("/")[1]
            spent.setdefault(key, []).append((time.perf_counter() - started) * 1000)

    return wrapper


async def fill(db: Path, count: int) -> tuple[str, int]:
    async with await Store.open(db) as store:
        now = datetime.now(UTC)
        reference = ""
        for n in range(count):
            stored = await store.submit_referral(
                _referral(), Consent("bench", "en", now), conversation=(f"b:{n}", "{}"), now=now
            )
            reference = reference or stored.reference
        desk = Desk(store)
        manager = await accounts.join(
            store, await desk.invite(Role.MANAGER), "Bench", "bench", "correct horse battery"
        )
        return reference, manager.id


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--open", type=int, default=10_000, help="open referrals in the store")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        db = Path(folder) / "bench.sqlite3"
        started = time.monotonic()
        reference, manager_id = asyncio.run(fill(db, args.open))
        filled = time.monotonic() - started
        store = asyncio.run(_keyring_of(db))
        app = build_app(load_profile(None), db, store)
        spent: dict[str, list[float]] = {}
        with TestClient(timed(app, spent), base_url="http://127.0.0.1") as client:
            portal = client.portal
            assert portal is not None
            web = app.state.web
            session = portal.call(accounts.open_session, web.store, manager_id, "desk")
            client.cookies.set("rjbot_session", session)
            for path in ("/queue", f"/case/{reference}"):
                client.get(path)  # warm: templates compiled, caches filled
                spent.clear()
                for _ in range(REQUESTS):
                    assert client.get(path).status_code == 200
                print(f"{path.split('/')[1]:>6}: " + _figures(next(iter(spent.values()))))
        print(f"({args.open:,} open referrals, filled in {filled:.0f} s; {REQUESTS} requests each)")


async def _keyring_of(db: Path) -> Any:
    async with await Store.open(db) as store:
        return store.keyring


def _figures(times: list[float]) -> str:
    cuts = quantiles(times, n=20)
    return f"p50 {cuts[9]:.1f} ms, p95 {cuts[18]:.1f} ms"


if __name__ == "__main__":
    main()
