"""Export and import: a replacement provider loads the whole service from one export."""

from __future__ import annotations

import io
import json
import os
import re
import subprocess
import sys
from datetime import timedelta
from pathlib import Path

import pytest

from bot.files.sealed import SealedFileError, SealedWriter, open_lines
from bot.files.transfer import read_csv, read_jsonl, write_csv, write_jsonl
from referral_store import Store
from referral_store.desk import ContactMethod, Desk
from referral_store.privacy import withdraw
from referral_store.tables import TABLES as DECLARED
from referral_store.transfer import TABLES, ImportError_, export_rows, header, import_rows
from tests.conftest import Backend
from tests.seed import at, seed_quarter
from tests.test_store import CONSENT, RECEIVED, referral


async def full_store(db: Path | Backend) -> Store:
    """The seeded quarter plus everything else a store can hold."""
    store = await (db.open() if isinstance(db, Backend) else Store.open(db))
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
    tmp_path: Path, backend: Backend
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

    # A new provider: another database (on either backend), and another data key.
    async with await backend.open() as new:
        assert new.keyring.current_id != old.keyring.current_id
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


async def test_the_csv_export_round_trips_too(tmp_path: Path, backend: Backend) -> None:
    old = await full_store(tmp_path / "old.sqlite3")
    try:
        first = await jsonl(old)
        (tmp_path / "csv").mkdir()
        await write_csv(export_rows(old), tmp_path / "csv")
    finally:
        await old.close()
    assert (tmp_path / "csv" / "referrals.csv").read_text("utf-8").startswith("reference,kind,")
    async with await backend.open() as new:
        await import_rows(new, read_csv(tmp_path / "csv"))
        assert await jsonl(new) == first


async def test_a_bad_record_loads_nothing_and_says_where(tmp_path: Path, backend: Backend) -> None:
    old = await full_store(tmp_path / "old.sqlite3")
    try:
        lines = (await jsonl(old)).splitlines()
    finally:
        await old.close()
    broken = json.loads(lines[20])
    broken["row"]["at" if "at" in broken["row"] else "reference"] = 12
    lines[20] = json.dumps(broken)
    (tmp_path / "bad.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    async with await backend.open() as new:
        with pytest.raises(ImportError_, match="line 21"):
            await import_rows(new, read_jsonl(tmp_path / "bad.jsonl"))
        assert await new.open_referrals() == [], "all or nothing"
        assert await jsonl(new) == lines[0] + "\n"


async def test_an_import_into_a_store_in_use_is_refused(tmp_path: Path, backend: Backend) -> None:
    old = await full_store(backend)
    try:
        (tmp_path / "x.jsonl").write_text(await jsonl(old), encoding="utf-8")
        before = await jsonl(old)
        with pytest.raises(ImportError_, match="not empty"):
            await import_rows(old, read_jsonl(tmp_path / "x.jsonl"))
        assert await jsonl(old) == before
    finally:
        await old.close()


def rjbot(*args: str, keys: Backend | None = None) -> subprocess.CompletedProcess[str]:
    """``rjbot ARGS``, with the key of the store ``keys`` when it is a PostgreSQL one."""
    return subprocess.run(
        [sys.executable, "-m", "bot", *args],
        capture_output=True,
        text=True,
        check=False,
        env={**os.environ, **(keys.key_env() if keys else {})},
    )


async def test_the_commands_move_a_service_between_databases(
    tmp_path: Path, backend: Backend
) -> None:
    old = await full_store(backend)
    await old.close()
    out = rjbot(
        "--db",
        str(backend.db),
        "export",
        "--format",
        "csv",
        "--out",
        str(tmp_path / "csv"),
        keys=backend,
    )
    assert out.returncode == 0, out.stderr
    assert "7 referrals" in out.stderr
    moved = rjbot("--db", str(tmp_path / "new.sqlite3"), "import", str(tmp_path / "csv"))
    assert moved.returncode == 0, moved.stderr
    assert "Imported 1 staff, 7 referrals" in moved.stderr
    again = rjbot("--db", str(tmp_path / "new.sqlite3"), "import", str(tmp_path / "csv"))
    assert again.returncode == 2 and "nothing was imported: the store is not empty" in again.stderr
    first = rjbot("--db", str(backend.db), "export", keys=backend)
    second = rjbot("--db", str(tmp_path / "new.sqlite3"), "export")
    assert first.returncode == second.returncode == 0
    # Each store also logs the commands run on it (export, import, profile load): the rest
    # is the same, line for line.
    assert _service(first.stdout) == _service(second.stdout)
    assert "Sam" not in out.stderr + moved.stderr, "no personal data in what it says"


def _service(export: str) -> list[str]:
    own = ('"action": "export"', '"action": "import"', '"action": "profile-load"')
    return [line for line in export.splitlines() if not any(a in line for a in own)]


PASSPHRASE = "correct horse battery staple"


async def test_a_sealed_export_round_trips_and_shows_nothing_without_its_passphrase(
    tmp_path: Path,
) -> None:
    old = await full_store(tmp_path / "old.sqlite3")
    try:
        plain = await jsonl(old)
        with (tmp_path / "service.sealed").open("wb") as handle:
            writer = SealedWriter(handle, PASSPHRASE)
            await write_jsonl(export_rows(old), writer)
            writer.close()
    finally:
        await old.close()
    sealed = (tmp_path / "service.sealed").read_bytes()
    assert b"Sam" not in sealed and b"Left a message" not in sealed and b"referrals" not in sealed
    async with await Store.open(tmp_path / "new.sqlite3") as new:
        with pytest.raises(ImportError_, match="RJBOT_EXPORT_PASSPHRASE"):
            await import_rows(new, read_jsonl(tmp_path / "service.sealed"))
        with pytest.raises(ImportError_, match="passphrase is wrong"):
            await import_rows(new, read_jsonl(tmp_path / "service.sealed", "not the passphrase"))
        assert await jsonl(new) == plain.splitlines()[0] + "\n", "nothing loaded"
        await import_rows(new, read_jsonl(tmp_path / "service.sealed", PASSPHRASE))
        assert await jsonl(new) == plain


def test_a_sealed_export_cut_short_or_changed_is_refused(tmp_path: Path) -> None:
    big = "".join(f'{{"n": {i}, "pad": "{"x" * 200}"}}\n' for i in range(2000))
    with (tmp_path / "s").open("wb") as handle:
        writer = SealedWriter(handle, PASSPHRASE)
        writer.write(big)
        writer.close()
    whole = (tmp_path / "s").read_bytes()
    assert "".join(open_lines(tmp_path / "s", PASSPHRASE)) == big
    (tmp_path / "cut").write_bytes(whole[: len(whole) // 2])
    with pytest.raises(SealedFileError):
        list(open_lines(tmp_path / "cut", PASSPHRASE))
    flipped = bytearray(whole)
    flipped[len(whole) // 2] ^= 1
    (tmp_path / "flip").write_bytes(bytes(flipped))
    with pytest.raises(SealedFileError, match="damaged"):
        list(open_lines(tmp_path / "flip", PASSPHRASE))


async def test_rjbot_export_seal_and_import_with_the_passphrase(
    tmp_path: Path, backend: Backend
) -> None:
    old = await full_store(backend)
    await old.close()
    env = {**os.environ, "RJBOT_EXPORT_PASSPHRASE": PASSPHRASE}

    def run(*args: str, **extra: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "bot", *args],
            capture_output=True,
            text=True,
            check=False,
            env={**env, **extra},
        )

    out = run(
        "--db",
        str(backend.db),
        "export",
        "--seal",
        "--out",
        str(tmp_path / "x.sealed"),
        **backend.key_env(),
    )
    assert out.returncode == 0, out.stderr
    short = run(
        "--db",
        str(backend.db),
        "export",
        "--seal",
        "--out",
        str(tmp_path / "y"),
        RJBOT_EXPORT_PASSPHRASE="short",
        **backend.key_env(),
    )
    assert short.returncode == 2 and "at least 12 characters" in short.stderr
    moved = run("--db", str(tmp_path / "new.sqlite3"), "import", str(tmp_path / "x.sealed"))
    assert moved.returncode == 0 and "7 referrals" in moved.stderr, moved.stderr


@pytest.mark.parametrize("during", ["referrals", "consents", "events"])
async def test_a_referral_sent_mid_export_is_wholly_in_it_or_wholly_absent(
    tmp_path: Path, backend: Backend, monkeypatch: pytest.MonkeyPatch, during: str
) -> None:
    # Small pages, so the export is many reads and a referral can land between two.
    monkeypatch.setattr("referral_store.transfer.PAGE", 2)
    exporter = await full_store(backend)
    lines: list[str] = []
    sent: list[str] = []
    try:
        async with await backend.open() as bot:  # the bot, writing as the export runs
            async for table, row in export_rows(exporter):
                lines.append(json.dumps({"table": table, "row": row}, ensure_ascii=False))
                if table == during and not sent:
                    stored = await bot.submit_referral(referral(), CONSENT, now=RECEIVED)
                    sent.append(stored.reference)
            assert sent, f"the export reached {during}"
            after = await jsonl(exporter)
    finally:
        await exporter.close()
    records = [json.loads(line) for line in lines]
    named = {(r["table"], r["row"].get("reference")) for r in records}
    assert not {t for t, ref in named if ref == sent[0]}, "nothing of it: it came after"
    assert {"referrals", "consents", "events"} <= {
        json.loads(line)["table"]
        for line in after.splitlines()[1:]
        if json.loads(line)["row"].get("reference") == sent[0]
    }, "the next export has all of it"
    export = tmp_path / "export.jsonl"
    export.write_text("\n".join([json.dumps(header()), *lines]) + "\n", encoding="utf-8")
    async with await Store.open(tmp_path / "new.sqlite3") as new:
        counts = await import_rows(new, read_jsonl(export))
    assert counts["referrals"] == 7 and counts["events"] == sum(
        r["table"] == "events" for r in records
    ), "the export imports whole"


def test_the_documented_fields_are_the_declared_columns_in_order() -> None:
    # docs/export.md is what a new provider reads: it must say what the export holds.
    page = (Path(__file__).resolve().parent.parent / "docs" / "export.md").read_text("utf-8")
    documented = {}
    for line in page.splitlines():
        found = re.fullmatch(r"\| `(\w+)` \| (.*) \|", line)
        if found:
            fields = re.sub(r"\([^)]*\)", "", found[2])
            documented[found[1]] = tuple(re.findall(r"`(\w+)`", fields))
    assert documented == {t.name: t.names for t in DECLARED}
