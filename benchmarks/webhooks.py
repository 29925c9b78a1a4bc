"""Webhook shapes under load: 50 people through the emulator, one instance or two behind
nginx, on SQLite or on PostgreSQL (a throwaway cluster on loopback).

python -m benchmarks.webhooks prints a Markdown table (docs/performance.md, "Webhooks").
Every shape runs the same walk as benchmarks/e2e.py: the emulator posting each update and
each person waiting for the answer before the next step.
"""

from __future__ import annotations

import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from contextlib import ExitStack
from pathlib import Path
from statistics import median, quantiles

from benchmarks.e2e import Load, _person
from referral_store.crypto import new_key
from tests.e2e.harness import Emulator, Person
from tests.e2e.proxy import Proxy
from tests.e2e.webhooks import WebhookBot
from tests.pg_cluster import Cluster, fresh_database


def run(people: int, instances: int, server: str | None) -> Load:
    """``server``: a PostgreSQL server's URL (a fresh database on it), or None for SQLite."""
    with tempfile.TemporaryDirectory() as folder, Emulator() as api, ExitStack() as stack:
        db: str | Path = Path(folder) / "rj.sqlite3"
        env: dict[str, str] = {}
        if server is not None:
            db = stack.enter_context(fresh_database(server))
            env = {"RJBOT_DATA_KEY": new_key()}
        bots = [
            WebhookBot(api, db, log=Path(folder) / f"{i}.log", env=env) for i in range(instances)
        ]
        if instances > 1:
            proxy = stack.enter_context(Proxy([b.port for b in bots]))
            for bot in bots:
                bot.url = proxy.url
        for bot in bots:
            stack.enter_context(bot)
        with Person(api, user_id=99) as warm:
            warm.send_text("/start")
            warm.wait_reply(None, timeout=60)
        started = time.perf_counter()
        with ThreadPoolExecutor(max_workers=people) as pool:
            results = list(pool.map(lambda i: _person(api, 1000 + i, False), range(people)))
        elapsed = time.perf_counter() - started
    latencies = [ms for result in results for ms in result]
    return Load(len(latencies), elapsed, latencies)


SHAPES = (
    (1, False, "SQLite, one instance"),
    (2, False, "SQLite, two instances behind nginx"),
    (1, True, "PostgreSQL, one instance"),
    (2, True, "PostgreSQL, two instances behind nginx"),
)


def main(people: int = 50) -> None:
    print("| shape (webhooks) | updates | updates/s | p50 ms | p99 ms |")
    print("| --- | ---: | ---: | ---: | ---: |")
    with Cluster() as cluster:
        for instances, postgres, name in SHAPES:
            load = run(people, instances, cluster.url if postgres else None)
            p99 = quantiles(load.latencies_ms, n=100)[98]
            print(
                f"| {name} | {load.updates} | {load.updates / load.seconds:.0f} | "
                f"{median(load.latencies_ms):.0f} | {p99:.0f} |",
                flush=True,
            )


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 50)
