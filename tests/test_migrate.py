"""``rjbot migrate --to postgresql://...``: a service moves from its SQLite file to
PostgreSQL with one command, everything or nothing, and the copy holds the same records."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
from pathlib import Path

from referral_store import Store
from referral_store.crypto import new_key
from tests.e2e.harness import ROOT
from tests.pg_cluster import psql
from tests.seed import seed_quarter


def rjbot(db: Path | str, *args: str, key: Path | None = None) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "RJBOT_DB": str(db)}
    env.pop("RJBOT_PROFILE", None)
    env.pop("RJBOT_DATA_KEY", None)
    if key is not None:
        env["RJBOT_DATA_KEY_FILE"] = str(key)
    return subprocess.run(
        [sys.executable, "-m", "bot", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
    )


def records(export: str) -> list[str]:
    # Not the header (when it was made) nor the audit log, which each command writes to.
    return sorted(line for line in export.splitlines()[1:] if '"table": "audit"' not in line)


async def test_a_store_moves_to_postgresql_with_every_record(
    tmp_path: Path, postgres_url: str
) -> None:
    db = tmp_path / "rjbot.sqlite3"
    async with await Store.open(db) as store:
        await seed_quarter(store)
        await store.save_conversation("tg:42", '{"step": "menu"}', 7)
    key = tmp_path / "rjbot.sqlite3.key"

    moved = rjbot(db, "migrate", "--to", postgres_url)
    assert moved.returncode == 0, moved.stderr
    (said,) = moved.stderr.strip().splitlines()
    assert "7 referrals" in said and "every count matches" in said
    assert postgres_url.split("@")[0] not in said, "the URL's user part is not repeated"

    before = rjbot(db, "export")
    after = rjbot(postgres_url, "export", key=key)
    assert before.returncode == 0 and after.returncode == 0, after.stderr
    assert records(after.stdout) == records(before.stdout)
    # The copy works as a store: the queue, and a conversation carried on from its row.
    queue = rjbot(postgres_url, "queue", key=key)
    assert queue.returncode == 0 and queue.stdout.count("RJ-") >= 3
    async with await Store.open(postgres_url, keyring=store.keyring) as copy:
        assert await copy.conversation("tg:42") == ('{"step": "menu"}', 7)
        # New rows get new ids after the copied ones.
        await seed_quarter(copy)
        assert len(await copy.open_referrals()) == 2 * len(await store_queue(db))


async def store_queue(db: Path) -> list[object]:
    async with await Store.open(db) as store:
        return list(await store.open_referrals())


def test_a_database_that_is_not_empty_is_refused_and_left_as_it_was(
    tmp_path: Path, postgres_url: str
) -> None:
    db = tmp_path / "rjbot.sqlite3"
    assert rjbot(db, "queue").returncode == 0
    key = tmp_path / "rjbot.sqlite3.key"
    assert rjbot(db, "migrate", "--to", postgres_url).returncode == 0  # an empty store moves
    audit = psql(postgres_url, "SELECT count(*) FROM audit")
    again = rjbot(db, "migrate", "--to", postgres_url)
    assert again.returncode == 2
    (line,) = again.stderr.strip().splitlines()
    assert line.startswith("rjbot: nothing was copied: ") and "not empty" in line
    assert psql(postgres_url, "SELECT count(*) FROM audit") == audit
    assert rjbot(postgres_url, "queue", key=key).returncode == 0


def test_migrate_refuses_what_is_not_a_postgresql_url_in_one_line(tmp_path: Path) -> None:
    done = rjbot(tmp_path / "rjbot.sqlite3", "migrate", "--to", str(tmp_path / "other.db"))
    assert done.returncode == 2
    assert done.stderr.strip().splitlines() == [
        "rjbot: --to takes a PostgreSQL URL, such as postgresql://rjbot@db.example.org/rjbot"
    ]


def test_a_postgresql_store_without_its_key_or_server_is_one_clear_line(
    tmp_path: Path, postgres_url: str
) -> None:
    no_key = rjbot(postgres_url, "queue")
    assert no_key.returncode == 2
    assert no_key.stderr.strip().splitlines() == [
        "rjbot: data key: a PostgreSQL store needs its key in RJBOT_DATA_KEY or RJBOT_DATA_KEY_FILE"
    ]
    key, other = tmp_path / "data.key", tmp_path / "other.key"
    for made in (key, other):
        made.write_text(new_key() + "\n")
        made.chmod(0o600)
    assert rjbot(postgres_url, "queue", key=key).returncode == 0  # made, sealed with key
    wrong = rjbot(postgres_url, "queue", key=other)
    assert wrong.returncode == 2
    (line,) = wrong.stderr.strip().splitlines()
    assert "sealed with another key" in line
    host, port = postgres_url.split("@", 1)[1].split("/", 1)[0].split(":")
    with socket.socket() as probe:
        probe.bind((host, 0))
        closed = probe.getsockname()[1]  # nothing listens once the probe is closed
    gone = rjbot(postgres_url.replace(f":{port}/", f":{closed}/"), "queue", key=key)
    assert gone.returncode == 2
    (line,) = gone.stderr.strip().splitlines()
    assert "cannot reach the PostgreSQL database" in line and "Traceback" not in gone.stderr
