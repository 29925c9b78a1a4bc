"""docs/deploy.md's backup and restore, run as written: a live store copied with
``sqlite3 .backup`` while it is open and its newest writes sit in the write-ahead log, then
put back in place of a lost one and read with the key kept apart from it."""

from __future__ import annotations

import os
import shutil
import stat
import subprocess
import sys
from pathlib import Path

from referral_store import Store
from referral_store.crypto import Keyring, new_key, parse_keys
from tests.e2e.harness import ROOT
from tests.pg_cluster import fresh_database, server_bin
from tests.seed import seed_quarter


def rjbot(
    db: Path | str, *args: str, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "RJBOT_DB": str(db), **(env or {})}
    env.pop("RJBOT_PROFILE", None)
    return subprocess.run(
        [sys.executable, "-m", "bot", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def records(export: str) -> list[str]:
    return [line for line in export.splitlines()[1:] if '"table": "audit"' not in line]


def sh(command: str, cwd: Path) -> None:
    subprocess.run(["bash", "-c", command], cwd=cwd, check=True, timeout=120, capture_output=True)


async def test_a_backup_of_a_live_store_restores_to_the_same_records(tmp_path: Path) -> None:
    live, backups, restored = tmp_path / "srv", tmp_path / "backups", tmp_path / "new"
    for folder in (live, backups, restored):
        folder.mkdir()
    db = live / "rjbot.sqlite3"
    async with await Store.open(db) as store:
        await seed_quarter(store)
        # Still open (as the bot would be): the newest pages are only in the WAL file.
        assert (live / "rjbot.sqlite3-wal").stat().st_size > 0
        # docs/deploy.md, "Backups": the database, then the key, each to its own place.
        sh(
            f"umask 077 && sqlite3 {db} \".backup '{backups}/rjbot-2026-12-02.sqlite3'\"",
            cwd=live,
        )
    sh(f"umask 077 && cp {db}.key {backups}/rjbot.sqlite3.key", cwd=live)
    copy = backups / "rjbot-2026-12-02.sqlite3"
    assert stat.S_IMODE(copy.stat().st_mode) == 0o600, "the copy holds what the store holds"
    before = rjbot(db, "export")
    assert before.returncode == 0, before.stderr

    # docs/deploy.md, "Restoring": the live folder is gone; the copy and its key go in place.
    shutil.rmtree(live)
    target = restored / "rjbot.sqlite3"
    sh(
        f"install -m 600 {copy} {target} && install -m 600 {backups}/rjbot.sqlite3.key "
        f"{target}.key && sqlite3 {target} 'PRAGMA integrity_check'",
        cwd=restored,
    )
    after = rjbot(target, "export")
    assert after.returncode == 0, after.stderr
    # The same records, row for row. Not the header (when the export was made) nor the
    # audit log, which each export itself writes to.
    kept, back = records(before.stdout), records(after.stdout)
    assert back == kept
    assert sum('"table": "referrals"' in line for line in back) == 7
    queue = rjbot(target, "queue")
    assert queue.returncode == 0 and "RJ-" in queue.stdout


def test_restoring_with_another_stores_key_is_one_clear_line(tmp_path: Path) -> None:
    db, other = tmp_path / "rjbot.sqlite3", tmp_path / "other.sqlite3"
    for made in (db, other):
        assert rjbot(made, "queue").returncode == 0  # made, each with its own key beside it
    lost = tmp_path / "lost"
    lost.mkdir()
    shutil.copy(db, lost / "rjbot.sqlite3")
    shutil.copy(other.with_name("other.sqlite3.key"), lost / "rjbot.sqlite3.key")
    done = rjbot(lost / "rjbot.sqlite3", "queue")
    assert done.returncode == 2
    (line,) = done.stderr.strip().splitlines()
    assert "sealed with another key" in line
    assert "Traceback" not in done.stderr


async def test_a_postgresql_backup_with_pg_dump_restores_to_the_same_records(
    tmp_path: Path, postgres_server: str, postgres_url: str
) -> None:
    key = new_key()
    async with await Store.open(postgres_url, keyring=Keyring(tuple(parse_keys(key)))) as store:
        await seed_quarter(store)
        dump = tmp_path / "rjbot-2026-12-02.dump"
        # docs/deploy.md, "Backups" (PostgreSQL), while the store is open.
        sh(
            f"umask 077 && {server_bin()}/pg_dump --format=custom --file={dump} {postgres_url}",
            cwd=tmp_path,
        )
    assert stat.S_IMODE(dump.stat().st_mode) == 0o600
    env = {"RJBOT_DATA_KEY": key}
    before = rjbot(postgres_url, "export", env=env)
    assert before.returncode == 0, before.stderr
    with fresh_database(postgres_server) as restored:
        # docs/deploy.md, "Restoring" (PostgreSQL): into a new, empty database.
        sh(f"{server_bin()}/pg_restore --no-owner --dbname={restored} {dump}", cwd=tmp_path)
        after = rjbot(restored, "export", env=env)
        assert after.returncode == 0, after.stderr
        assert records(after.stdout) == records(before.stdout)
        assert sum('"table": "referrals"' in line for line in records(after.stdout)) == 7
        # And it opens as a store, with the same key.
        assert rjbot(restored, "queue", env=env).returncode == 0
