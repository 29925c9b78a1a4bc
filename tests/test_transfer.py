"""Export and import: a replacement provider loads the whole service from one export."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from datetime import timedelta
from pathlib import Path

import pytest

from bot.transfer_files import read_csv, read_jsonl, write_csv, write_jsonl
from referral_store import Store
from referral_store.desk import ContactMethod, Desk
from referral_store.privacy import withdraw
from referral_store.transfer import TABLES, ImportError_, export_rows, import_rows
from tests.seed import at, seed_quarter


async def full_store(path: Path) -> Store:
    """The seeded quarter plus everything else a store can hold."""
    store = await Store.open(path)
    refs = await seed_quarter(store)
    desk = Desk(store)
    ann = await desk.by_id(1)
    assert ann is not None
    await desk.log_contact(
        refs["B"], ann, ContactMethod.PHONE, reached=False, note="Left a message", now=at(5, 26)
    )
    await desk.raise_alerts(at(6, 5), timedelta(hours=24))
    await store.save_conversation("tg:42", '{"step":"v.name","answers":{"consent":"agree"}}', 7)
    return store


async def jsonl(store: Store) -> str:
    buffer = io.StringIO()
    await write_jsonl(export_rows(store), buffer)
    return buffer.getvalue()


async def test_export_import_export_is_identical_and_open_cases_carry_over(
    tmp_path: Path,
) -> None:
    old = await full_store(tmp_path / "old.sqlite3")
    try:
        first = await jsonl(old)
        old_queue = await old.open_referrals()
    finally:
        await old.close()
    (tmp_path / "export.jsonl").write_text(first, encoding="utf-8")
    tables = {json.loads(line)["table"] for line in first.splitlines()[1:]}
    assert tables == set(TABLES), "every table is in the export"
    assert "Left a message" in first and "Sam" in first, "sealed fields are opened"

    # A new provider: another file, and another data key.
    async with await Store.open(tmp_path / "new.sqlite3") as new:
        old_key = (tmp_path / "old.sqlite3.key").read_bytes()
        assert (tmp_path / "new.sqlite3.key").read_bytes() != old_key
        counts = await import_rows(new, read_jsonl(tmp_path / "export.jsonl"))
        # Seven referrals, one withdrawn; its chat's conversation went with it.
        assert counts["referrals"] == 7 and counts["conversations"] == 7
        assert await jsonl(new) == first
        assert [(i.reference, i.status, i.due_at) for i in await new.open_referrals()] == [
            (i.reference, i.status, i.due_at) for i in old_queue
        ]
        state, last_update = await new.conversation("tg:42")
        assert state is not None and "v.name" in state and last_update == 7
        # The person can still withdraw from their chat with the new provider.
        withdrawn = await withdraw(new, "tg:2")
        assert len(withdrawn) == 1


async def test_the_csv_export_round_trips_too(tmp_path: Path) -> None:
    old = await full_store(tmp_path / "old.sqlite3")
    try:
        first = await jsonl(old)
        (tmp_path / "csv").mkdir()
        await write_csv(export_rows(old), tmp_path / "csv")
    finally:
        await old.close()
    assert (tmp_path / "csv" / "referrals.csv").read_text("utf-8").startswith("reference,kind,")
    async with await Store.open(tmp_path / "new.sqlite3") as new:
        await import_rows(new, read_csv(tmp_path / "csv"))
        assert await jsonl(new) == first


async def test_a_bad_record_loads_nothing_and_says_where(tmp_path: Path) -> None:
    old = await full_store(tmp_path / "old.sqlite3")
    try:
        lines = (await jsonl(old)).splitlines()
    finally:
        await old.close()
    broken = json.loads(lines[20])
    broken["row"]["at" if "at" in broken["row"] else "reference"] = 12
    lines[20] = json.dumps(broken)
    (tmp_path / "bad.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    async with await Store.open(tmp_path / "new.sqlite3") as new:
        with pytest.raises(ImportError_, match="line 21"):
            await import_rows(new, read_jsonl(tmp_path / "bad.jsonl"))
        assert await new.open_referrals() == [], "all or nothing"
        assert await jsonl(new) == lines[0] + "\n"


async def test_an_import_into_a_store_in_use_is_refused(tmp_path: Path) -> None:
    old = await full_store(tmp_path / "old.sqlite3")
    try:
        (tmp_path / "x.jsonl").write_text(await jsonl(old), encoding="utf-8")
        before = await jsonl(old)
        with pytest.raises(ImportError_, match="not empty"):
            await import_rows(old, read_jsonl(tmp_path / "x.jsonl"))
        assert await jsonl(old) == before
    finally:
        await old.close()


def rjbot(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "bot", *args], capture_output=True, text=True, check=False
    )


async def test_the_commands_move_a_service_between_databases(tmp_path: Path) -> None:
    old = await full_store(tmp_path / "old.sqlite3")
    await old.close()
    out = rjbot(
        "--db",
        str(tmp_path / "old.sqlite3"),
        "export",
        "--format",
        "csv",
        "--out",
        str(tmp_path / "csv"),
    )
    assert out.returncode == 0, out.stderr
    assert "7 referrals" in out.stderr
    moved = rjbot("--db", str(tmp_path / "new.sqlite3"), "import", str(tmp_path / "csv"))
    assert moved.returncode == 0, moved.stderr
    assert "Imported 1 staff, 7 referrals" in moved.stderr
    again = rjbot("--db", str(tmp_path / "new.sqlite3"), "import", str(tmp_path / "csv"))
    assert again.returncode == 2 and "nothing was imported: the store is not empty" in again.stderr
    first = rjbot("--db", str(tmp_path / "old.sqlite3"), "export")
    second = rjbot("--db", str(tmp_path / "new.sqlite3"), "export")
    assert first.returncode == second.returncode == 0
    assert first.stdout == second.stdout
    assert "Sam" not in out.stderr + moved.stderr, "no personal data in what it says"
