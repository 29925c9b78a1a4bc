"""Webhook shapes under load: 50 people through the emulator, one instance or two behind nginx.

python -m benchmarks.webhooks prints a Markdown table (docs/performance.md, "Webhooks").
Every shape runs the same walk as benchmarks/e2e.py: one SQLite store, the emulator posting
each update and each person waiting for the answer before the next step.
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
from tests.e2e.harness import Emulator, Person
from tests.e2e.proxy import Proxy
from tests.e2e.webhooks import WebhookBot


def run(people: int, instances: int) -> Load:
    with tempfile.TemporaryDirectory() as folder, Emulator() as api, ExitStack() as stack:
        db = Path(folder) / "rj.sqlite3"
        bots = [WebhookBot(api, db, log=Path(folder) / f"{i}.log") for i in range(instances)]
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


def main(people: int = 50) -> None:
    print("| shape | updates | updates/s | p50 ms | p99 ms |")
    print("| --- | ---: | ---: | ---: | ---: |")
    for instances, name in ((1, "one instance, webhook"), (2, "two instances behind nginx")):
        load = run(people, instances)
        p99 = quantiles(load.latencies_ms, n=100)[98]
        print(
            f"| {name} | {load.updates} | {load.updates / load.seconds:.0f} | "
            f"{median(load.latencies_ms):.0f} | {p99:.0f} |"
        )


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 50)
