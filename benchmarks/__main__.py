"""``python -m benchmarks [--quick]``: run every benchmark, print the table, write the docs."""

from __future__ import annotations

import argparse
import asyncio
import os
import platform
import tempfile
import time
import warnings
from datetime import UTC, datetime
from pathlib import Path

from benchmarks import dialogue, e2e, memory, store

DOC = Path(__file__).resolve().parent.parent / "docs" / "performance.md"


def row(name: str, figure: str, target: str, met: bool | None) -> str:
    verdict = "—" if met is None else ("met" if met else "**not met**")
    return f"| {name} | {figure} | {target} | {verdict} |"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true", help="small sizes, for a smoke run")
    parser.add_argument("--no-write", action="store_true", help="print only")
    args = parser.parse_args()
    warnings.simplefilter("ignore")
    scale = {
        "chats": 50 if args.quick else 300,
        "submissions": 300 if args.quick else 2000,
        "claims": 300 if args.quick else 2000,
        "stored": 50_000 if args.quick else 1_000_000,
        "people": 2_000 if args.quick else 10_000,
        "e2e": 10 if args.quick else 50,
        # Every timed comparison is the median of this many runs, the bots taking turns.
        "rounds": 3 if args.quick else 5,
        "rounds_e2e": 3,
    }
    rows: list[str] = []
    started = time.monotonic()

    talk = asyncio.run(dialogue.measure(scale["chats"], scale["rounds"]))
    echo, ours, usual = talk.echo, talk.rjbot, talk.usual
    calls = talk.calls_per_update
    cpu_ratio, wall_ratio = ours.cpu_ms / echo.cpu_ms, ours.wall_ms / echo.wall_ms
    rows.append(
        row(
            f"1. Self-referral, {scale['chats']} concurrent chats, {ours.updates} updates: "
            "CPU per update against a bare echo handler (same Application, same updates, "
            f"{calls['rjbot']:.2f} vs {calls['echo']:.2f} Bot API calls an update)",
            f"CPU {ours.cpu_ms:.3f} ms vs {echo.cpu_ms:.3f} ms = **{cpu_ratio:.2f}×**; "
            f"wall {ours.wall_ms:.3f} ms vs {echo.wall_ms:.3f} ms = {wall_ratio:.2f}×",
            "≤ 1.5× (CPU)",
            cpu_ratio <= 1.5,
        )
    )
    rows.append(
        row(
            "2. Updates per second against a ConversationHandler with PicklePersistence "
            "(theirs saves at intervals, ours after every step)",
            f"{ours.per_second:.0f}/s vs {usual.per_second:.0f}/s = "
            f"**{ours.per_second / usual.per_second:.2f}×**; CPU per update "
            f"{ours.cpu_ms:.3f} ms vs {usual.cpu_ms:.3f} ms",
            "≥ 1×",
            ours.per_second >= usual.per_second,
        )
    )

    with tempfile.TemporaryDirectory() as folder:
        where = Path(folder)
        submitted = asyncio.run(store.submissions(where, scale["submissions"]))
        rows.append(
            row(
                "3a. Durable referral submissions (referral + consent + "
                "conversation, one transaction each)",
                f"{submitted:.0f}/s",
                "—",
                None,
            )
        )
        claimed, doubles = asyncio.run(store.claims(where, scale["claims"]))
        rows.append(
            row(
                f"3b. Claim attempts with 8 concurrent claimers over {scale['claims']} referrals",
                f"{claimed:.0f}/s, {doubles} double claims",
                "0 double claims",
                doubles == 0,
            )
        )
        big = where / "million.sqlite3"
        filled = time.monotonic()
        store.fill_million(big, scale["stored"])
        filled = time.monotonic() - filled
        next_due, sweep, raised = asyncio.run(store.at_scale(big))
        rows.append(
            row(
                f"3c. Next-due query at {scale['stored']:,} stored referrals (median of 21)",
                f"{next_due:.2f} ms",
                "< 10 ms",
                next_due < 10,
            )
        )
        rows.append(
            row(
                f"3d. Full reminder sweep at {scale['stored']:,} ({raised:,} alerts raised)",
                f"{sweep:.3f} s",
                "< 1 s",
                sweep < 1,
            )
        )
        small = where / "tenth.sqlite3"
        store.fill_million(small, scale["stored"] // 10)
        peak_small, peak_big = store.export_peak_mb(small), store.export_peak_mb(big)
        rows.append(
            row(
                f"3e. Export peak memory: {scale['stored'] // 10:,} vs "
                f"{scale['stored']:,} referrals",
                f"{peak_small:.0f} MB vs {peak_big:.0f} MB",
                "flat",
                peak_big < peak_small * 1.2,
            )
        )
        resident = memory.half_finished_peak_mb(where, scale["people"])
        rows.append(
            row(
                f"4. Resident memory with {scale['people']:,} half-finished conversations",
                f"{resident:.0f} MB",
                "< 150 MB",
                resident < 150,
            )
        )

    loads = e2e.measure(scale["e2e"], scale["rounds_e2e"])
    echo_load, our_load = loads["echo"], loads["rjbot"]
    rows.append(
        row(
            f"5. {scale['e2e']} people at once through the Bot API emulator, the same texts "
            "and presses for both bots: reply latency p50 / p99, updates/s, CPU per update",
            f"p99 {our_load.p99:.0f} ms vs {echo_load.p99:.0f} ms = "
            f"**{our_load.p99 / echo_load.p99:.2f}×**; p50 {our_load.p50:.0f} vs "
            f"{echo_load.p50:.0f} ms; {our_load.runs.per_second:.0f}/s vs "
            f"{echo_load.runs.per_second:.0f}/s; CPU {our_load.runs.cpu_ms:.2f} ms vs "
            f"{echo_load.runs.cpu_ms:.2f} ms",
            "p99 ≤ 1.2×",
            our_load.p99 <= echo_load.p99 * 1.2,
        )
    )

    table = "\n".join(
        [
            "| benchmark | measured | target | |",
            "|---|---|---|---|",
            *rows,
        ]
    )
    header = (
        f"Machine: {platform.machine()}, {os.cpu_count()} cores, Python "
        f"{platform.python_version()}, {platform.system()} {platform.release()}  \n"
        f"Date: {datetime.now(UTC):%Y-%m-%d %H:%M} UTC  \n"
        f"Command: `python -m benchmarks{' --quick' if args.quick else ''}` "
        f"({time.monotonic() - started:.0f} s; filling {scale['stored']:,} referrals took "
        f"{filled:.0f} s)  \n"
        f"Medians of {scale['rounds']} runs (benchmarks 1-2) and {scale['rounds_e2e']} runs "
        "(5); CPU is the measured process's own (all its threads); memory is the measured "
        "process's own peak (VmHWM)"
    )
    print(header)
    print(table)
    if not args.no_write:
        text = DOC.read_text() if DOC.exists() else ""
        begin, end = "<!-- results -->", "<!-- /results -->"
        block = f"{begin}\n{header}\n\n{table}\n{end}"
        if begin in text and end in text:
            text = text[: text.index(begin)] + block + text[text.index(end) + len(end) :]
        else:
            text = text + "\n" + block + "\n"
        DOC.write_text(text)


if __name__ == "__main__":
    main()
