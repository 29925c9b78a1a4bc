"""Everything staff and operators do is in a hash-chained audit log that shows tampering."""

from __future__ import annotations

import getpass
import re
import sqlite3
from contextlib import closing
from datetime import UTC, datetime
from pathlib import Path

from tests.conftest import Backend
from tests.test_cli_desk import seed
from tests.test_terminal import rjbot


def entries(db: Backend) -> list[tuple[object, ...]]:
    return db.select("SELECT actor, action, detail, os_user FROM audit ORDER BY id")


def test_operator_commands_are_audited_with_the_os_user_and_as(
    backend: Backend, tmp_path: Path
) -> None:
    db = backend
    _, ann, cat = seed(db, datetime.now(UTC))
    runs = [
        ("export", "--as", str(cat), "--out", str(tmp_path / "e.jsonl")),
        ("purge", "--dry-run"),
        ("purge", "--as", str(cat)),
        ("report", "--quarter", "2026Q3", "--out", str(tmp_path / "r")),
        ("rotate-key", "--as", str(cat)),
        ("staff", "invite", "--as", str(cat)),
        ("staff", "remove", str(ann), "--as", str(cat)),
    ]
    for args in runs:
        done = rjbot(db, *args)
        assert done.returncode == 0, (args, done.stderr)
    imported = tmp_path / "copy.sqlite3"
    assert rjbot(imported, "import", str(tmp_path / "e.jsonl"), "--as", str(cat)).returncode == 0
    user = getpass.getuser()
    logged = {(actor, action): (detail, os_user) for actor, action, detail, os_user in entries(db)}
    me = f"cli:{user}"
    for actor, action in [
        (f"staff:{cat}", "export"),
        (me, "purge-dry-run"),
        (f"staff:{cat}", "purge"),
        (me, "report"),
        (f"staff:{cat}", "rotate-key"),
        (f"staff:{cat}", "invite"),
        (f"staff:{cat}", "remove-staff"),
        (me, "profile-load"),
    ]:
        assert (actor, action) in logged, (actor, action, sorted(logged))
        assert logged[(actor, action)][1] == user, "the OS user is named as well"
    assert "1 referrals" in logged[(f"staff:{cat}", "export")][0]
    with closing(sqlite3.connect(imported)) as copy:
        into = copy.execute("SELECT actor, action FROM audit").fetchall()
    assert (f"staff:{cat}", "import") in into
    profile_loads = [e for e in entries(db) if e[1] == "profile-load"]
    assert len(profile_loads) == 1, "logged when the profile changes, not on every command"
    assert rjbot(db, "--profile", "west-midlands", "queue").returncode == 0
    assert len([e for e in entries(db) if e[1] == "profile-load"]) == 2


def test_audit_verify_finds_an_edited_or_deleted_entry(backend: Backend) -> None:
    db = backend
    seed(db, datetime.now(UTC))
    for _ in range(3):
        assert rjbot(db, "staff", "invite").returncode == 0
    intact = rjbot(db, "audit", "--verify")
    assert intact.returncode == 0, intact.stderr
    count = int(re.search(r"(\d+) entries", intact.stdout).group(1))  # type: ignore[union-attr]
    assert count == len(entries(db)) >= 5

    for tamper, where in [
        ("UPDATE audit SET detail = 'forged' WHERE id = 3", "entry 3"),
        ("DELETE FROM audit WHERE id = 2", "entry 3"),
        ("DELETE FROM audit WHERE id = (SELECT max(id) FROM audit)", "newest"),
        ("UPDATE audit SET actor = 'staff:99' WHERE id = 1", "entry 1"),
    ]:
        with db.copy() as copy:
            copy.change(tamper)
            found = rjbot(copy, "audit", "--verify")
        assert found.returncode == 1, (tamper, found.stdout)
        lines = found.stderr.strip().splitlines()
        assert len(lines) == 1 and "tampered" in lines[0] and where in lines[0], (tamper, lines)


def test_a_report_with_small_numbers_needs_a_flag_and_is_audited(
    backend: Backend, tmp_path: Path
) -> None:
    db = backend
    seed(db, datetime.now(UTC))
    out = tmp_path / "r"
    refused = rjbot(db, "report", "--quarter", "2026Q3", "--out", str(out), "--threshold", "3")
    assert refused.returncode == 2 and "--allow-small-numbers" in refused.stderr
    assert len(refused.stderr.strip().splitlines()) == 1 and not out.exists()
    allowed = rjbot(
        db,
        "report",
        "--quarter",
        "2026Q3",
        "--out",
        str(out),
        "--threshold",
        "3",
        "--allow-small-numbers",
    )
    assert allowed.returncode == 0, allowed.stderr
    assert any(a == "report" and "threshold 3" in d for _, a, d, _ in entries(db))
