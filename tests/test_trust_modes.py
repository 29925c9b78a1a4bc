"""Everything the tool writes is private to its owner, whatever the umask."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest

from tests.conftest import Backend
from tests.test_cli_desk import seed

ROOT = Path(__file__).resolve().parent.parent


def rjbot_umask(
    db: Backend, umask: int, *args: str, **env: str
) -> subprocess.CompletedProcess[str]:
    clean = {k: v for k, v in os.environ.items() if not k.startswith("RJBOT_")}
    return subprocess.run(
        [
            sys.executable,
            "-c",
            f"import os, sys; os.umask({umask}); from bot.cli.main import main; "
            "sys.argv = ['rjbot', *sys.argv[1:]]; main()",
            *args,
        ],
        cwd=ROOT,
        env={**clean, **db.env(), **env},
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def modes(folder: Path) -> dict[str, int]:
    """The mode of every file and folder under ``folder`` (itself excluded)."""
    return {
        str(path.relative_to(folder)): stat.S_IMODE(path.stat().st_mode)
        for path in folder.rglob("*")
    }


@pytest.mark.parametrize("umask", [0o000, 0o022])
def test_every_file_and_folder_written_is_private(
    backend: Backend, tmp_path: Path, umask: int
) -> None:
    db = backend
    seed(db, datetime.now(UTC))
    out = tmp_path / "out"
    out.mkdir(mode=0o700)
    passphrase = {"RJBOT_EXPORT_PASSPHRASE": "correct horse battery staple"}
    runs = [
        ("export", "--out", str(out / "all.jsonl")),
        ("export", "--seal", "--out", str(out / "all.sealed")),
        ("export", "--format", "csv", "--out", str(out / "csv" / "tables")),
        ("report", "--quarter", "2026Q3", "--out", str(out / "returns" / "q3")),
    ]
    for args in runs:
        done = rjbot_umask(db, umask, *args, **passphrase)
        assert done.returncode == 0, (args, done.stderr)
    found = modes(out)
    assert len(found) > 12, found
    loose = {
        name: oct(mode)
        for name, mode in found.items()
        if mode != (0o700 if (out / name).is_dir() else 0o600)
    }
    assert not loose, f"readable by others under umask {oct(umask)}: {loose}"
    if backend.name != "sqlite":
        return  # PostgreSQL's files are its server's, kept private by its own user.
    for suffix in ("", "-wal", "-shm", ".key"):
        path = Path(f"{backend.path}{suffix}")
        if path.exists():
            assert stat.S_IMODE(path.stat().st_mode) == 0o600, path


def test_an_export_over_an_existing_loose_file_makes_it_private(
    backend: Backend, tmp_path: Path
) -> None:
    db = backend
    seed(db, datetime.now(UTC))
    target = tmp_path / "old.jsonl"
    target.write_text("stale")
    target.chmod(0o644)
    assert rjbot_umask(db, 0o022, "export", "--out", str(target)).returncode == 0
    assert stat.S_IMODE(target.stat().st_mode) == 0o600


def test_writing_to_a_device_or_pipe_never_changes_its_mode(tmp_path: Path) -> None:
    """``--out /dev/null`` (or a pipe) is written to, not made private for everyone else."""
    from bot.files.private import open_private

    pipe = tmp_path / "pipe"
    os.mkfifo(pipe, 0o644)
    os.chmod(pipe, 0o644)
    reader = os.open(pipe, os.O_RDONLY | os.O_NONBLOCK)
    try:
        with open_private(pipe, "w", encoding="utf-8") as out:
            out.write("x")
        assert os.read(reader, 10) == b"x"
    finally:
        os.close(reader)
    assert stat.S_IMODE(pipe.stat().st_mode) == 0o644
    with open_private(tmp_path / "file", "w", encoding="utf-8") as out:
        out.write("x")
    assert stat.S_IMODE((tmp_path / "file").stat().st_mode) == 0o600
