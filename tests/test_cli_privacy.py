"""Keys and erasure from the command line."""

from __future__ import annotations

from datetime import UTC, datetime

from referral_store.crypto import key_file_for, new_key
from tests.conftest import Backend
from tests.test_cli_desk import seed
from tests.test_terminal import rjbot


def test_rotate_key_re_seals_and_replaces_the_key_file(sqlite_backend: Backend) -> None:
    # SQLite's key file beside the database; PostgreSQL's keys are in the environment
    # (test_trust_keys.test_rotation_with_keys_in_the_environment).
    db = sqlite_backend
    [reference], _, _ = seed(db, datetime.now(UTC))
    before = key_file_for(db.path).read_text()
    done = rjbot(db, "rotate-key")
    assert done.returncode == 0, done.stderr
    assert "Re-sealed" in done.stdout
    after = key_file_for(db.path).read_text()
    assert after != before and len(after.split()) == 1, "only the new key is left"
    assert "Name: Sam" in rjbot(db, "show", reference).stdout


def test_a_wrong_data_key_is_one_clear_line(backend: Backend) -> None:
    db = backend
    seed(db, datetime.now(UTC))
    wrong = rjbot(db, "export", env={"RJBOT_DATA_KEY": new_key()})
    assert wrong.returncode == 2
    assert "RJBOT_DATA_KEY" in wrong.stderr and "Traceback" not in wrong.stderr
    bad = rjbot(db, "queue", env={"RJBOT_DATA_KEY": "not-a-key"})
    assert bad.returncode == 2 and "data key" in bad.stderr


def test_purge_keeps_what_is_not_yet_due(backend: Backend) -> None:
    db = backend
    [reference], _, _ = seed(db, datetime.now(UTC))
    done = rjbot(db, "purge")
    assert done.returncode == 0 and "Erased: 0 referrals" in done.stdout
    assert "Name: Sam" in rjbot(db, "show", reference).stdout, "an open case is untouched"
