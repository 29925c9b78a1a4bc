"""Bad input is one clear line and exit status 2: never a traceback, a hang, or a memory blow-up."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest

from referral_store.transfer import header
from tests.conftest import Backend
from tests.test_cli_desk import seed

ROOT = Path(__file__).resolve().parent.parent
HUGE = "99999999999999999999"
# Peak memory of one command, in MiB: the interpreter and its libraries, and no file held whole.
MEMORY_LIMIT_MB = 200
MEASURED = (
    "import resource, subprocess, sys; done = subprocess.run(sys.argv[1:]); "
    "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss // 1024, file=sys.stderr); "
    "sys.exit(done.returncode)"
)


def measured(db: Path | Backend, *args: str) -> tuple[subprocess.CompletedProcess[str], int]:
    """Run ``rjbot args`` and its peak memory in MiB (read from a wrapper process)."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("RJBOT_")}
    where, keys = (str(db.db), db.key_env()) if isinstance(db, Backend) else (str(db), {})
    done = subprocess.run(
        [sys.executable, "-c", MEASURED, sys.executable, "-m", "bot", "--db", where, *args],
        cwd=ROOT,
        env=env | keys,
        capture_output=True,
        text=True,
        timeout=30,  # "within a few seconds", with room for a busy machine
        check=False,
    )
    *said, peak = done.stderr.strip().splitlines()
    return subprocess.CompletedProcess(
        done.args, done.returncode, done.stdout, "\n".join(said)
    ), int(peak)


@pytest.fixture
def store(backend: Backend) -> Backend:
    seed(backend, datetime.now(UTC))
    return backend


def one_line(done: subprocess.CompletedProcess[str], *words: str) -> None:
    lines = done.stderr.strip().splitlines()
    assert done.returncode == 2, (done.returncode, done.stderr)
    assert len(lines) == 1 and "Traceback" not in done.stderr, done.stderr
    for word in words:
        assert word in lines[0], (word, lines[0])


def test_a_db_in_a_missing_folder_or_on_a_folder(tmp_path: Path) -> None:
    # SQLite alone: a PostgreSQL store is a URL, not a path (test_migrate: an unreachable one).
    missing = tmp_path / "nowhere" / "rj.sqlite3"
    done, _ = measured(missing, "queue")
    one_line(done, "does not exist")
    assert not missing.parent.exists(), "nothing is made for it"
    done, _ = measured(tmp_path, "queue")
    one_line(done, "is a folder")


def test_a_db_that_is_not_sqlite_is_named_as_such(tmp_path: Path) -> None:
    # SQLite alone: any file may be given as its database; a URL names a database server.
    notes = tmp_path / "notes.txt"
    notes.write_text("shopping list\n" * 100)
    for command in (("queue",), ("rotate-key",), ("export",)):
        done, _ = measured(notes, *command)
        one_line(done, "not an rjbot database")
        assert "key" not in done.stderr.lower(), "not blamed on a key file"
    assert not Path(f"{notes}.key").exists()


def test_export_into_a_missing_folder_or_onto_a_folder(store: Backend, tmp_path: Path) -> None:
    done, _ = measured(store, "export", "--out", str(tmp_path / "gone" / "e.jsonl"))
    one_line(done, "does not exist")
    done, _ = measured(store, "export", "--out", str(tmp_path))
    one_line(done, "is a folder")
    existing = tmp_path / "e.csv"
    existing.write_text("")
    done, _ = measured(store, "export", "--format", "csv", "--out", str(existing))
    one_line(done, "is a file")


def test_import_of_dev_zero_ends_at_once(backend: Backend) -> None:
    done, peak = measured(backend, "import", "/dev/zero")
    one_line(done, "not a file")
    assert peak < MEMORY_LIMIT_MB


def test_import_of_a_huge_one_line_file_is_refused_with_bounded_memory(
    backend: Backend, tmp_path: Path
) -> None:
    huge = tmp_path / "huge.jsonl"
    first = json.dumps(header())  # a real header, so the reader goes on to line 2
    with huge.open("w") as handle:
        handle.write(first + "\n")
        for _ in range(300):
            handle.write("x" * 2**20)  # 300 MiB on one line
        handle.write("\n")
    done, peak = measured(backend, "import", str(huge))
    assert done.returncode == 2 and len(done.stderr.strip().splitlines()) == 1, done.stderr
    assert "Traceback" not in done.stderr
    assert peak < MEMORY_LIMIT_MB, f"{peak} MiB for a 300 MiB line"


def test_import_of_binary_junk_and_a_sealed_file_with_a_giant_chunk(
    backend: Backend, tmp_path: Path
) -> None:
    junk = tmp_path / "junk.jsonl"
    junk.write_bytes(bytes(range(256)) * 1000)
    done, _ = measured(backend, "import", str(junk))
    one_line(done, "nothing was imported")
    sealed = tmp_path / "s.sealed"
    sealed.write_bytes(b"RJBOT-SEALED-EXPORT-1\n" + b"s" * 16 + b"\xff\xff\xff\xf0" + b"x" * 100)
    env_done = subprocess.run(
        [sys.executable, "-m", "bot", "--db", str(backend.db), "import", str(sealed)],
        cwd=ROOT,
        env={
            **os.environ,
            **backend.key_env(),
            "RJBOT_EXPORT_PASSPHRASE": "correct horse battery staple",
        },
        capture_output=True,
        text=True,
        timeout=30,
        check=False,
    )
    one_line(env_done, "damaged")


@pytest.mark.parametrize(
    "args",
    [
        ("claim", "RJ-AAAA-AAAA", "--as", HUGE),
        ("staff", "remove", HUGE),
        ("staff", "remove", "-5"),
        ("training", HUGE, "--as", "1"),
        ("export", "--as", HUGE),
        ("show", "RJ-AAAA-AAAA"),
    ],
)
def test_huge_or_unknown_ids_are_one_line(store: Backend, args: tuple[str, ...]) -> None:
    done, _ = measured(store, *args)
    one_line(done)
