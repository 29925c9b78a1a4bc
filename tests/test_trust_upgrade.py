"""A store made before the key check is upgraded on first open: key check, sealing, chain."""

from __future__ import annotations

import json
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from referral_store import Store
from referral_store.audit import verify
from referral_store.crypto import DataKeyError, Keyring, new_key, parse_keys
from referral_store.schema import MIGRATIONS
from referral_store.store import statements
from referral_store.transfer import export_rows

# The schema just before the key check (not a number: the integrator orders migrations).
BEFORE = next(i for i, script in enumerate(MIGRATIONS) if "CREATE TABLE keycheck" in script)
REFERENCE = "RJ-ABCD-EFGH"


def older_store(db: Path, keys: Keyring) -> None:
    """A store as rjbot made it before: markers and ethnicity in clear, audit unchained."""
    with closing(sqlite3.connect(db)) as connection:
        for script in MIGRATIONS[:BEFORE]:
            for statement in statements(script):
                connection.execute(statement)
        connection.execute(f"PRAGMA user_version = {BEFORE}")
        details = json.dumps({"name": "Zebediah Quuxworth"})
        connection.execute(
            "INSERT INTO referrals (id, reference, kind, channel, priority, language, "
            "crime_category, markers, details, received_at, due_at) VALUES "
            "(1, ?, 'victim', 'telegram', 'enhanced', 'Quuxlandic', 'domestic', '[\"hate\"]', "
            "?, '2026-01-05T10:00:00.000000+00:00', '2026-01-07T10:00:00.000000+00:00')",
            (REFERENCE, keys.seal(details, f"referrals.details:{REFERENCE}")),
        )
        connection.execute(
            "INSERT INTO consents (referral_id, text_version, language, given_at) "
            "VALUES (1, 'v1', 'en', '2026-01-05T10:00:00.000000+00:00')"
        )
        connection.execute(
            "INSERT INTO monitoring (referral_id, subject, recorded_by, recorded_at, ethnicity, "
            "disability) VALUES (1, 'victim', 'self', '2026-01-05T10:00:00.000000+00:00', "
            "'white-roma', 'yes')"
        )
        for action in ("invite", "join", "view"):
            connection.execute(
                "INSERT INTO audit (at, actor, action) "
                "VALUES ('2026-01-05T10:00:00.000000+00:00', 'cli', ?)",
                (action,),
            )
        connection.commit()


async def test_an_older_store_is_checked_sealed_and_chained_on_first_open(
    tmp_path: Path,
) -> None:
    # SQLite alone: stores older than the key check were SQLite files (PostgreSQL came later).
    db = tmp_path / "old.sqlite3"
    key = new_key()
    keys = Keyring(tuple(parse_keys(key)))
    older_store(db, keys)
    with pytest.raises(DataKeyError, match="does not open"):
        await Store.open(db, keyring=Keyring(tuple(parse_keys(new_key()))))
    with closing(sqlite3.connect(db)) as connection:
        version = connection.execute("PRAGMA user_version").fetchone()[0]
    assert version == BEFORE, "a wrong key changed nothing, not even the schema"
    async with await Store.open(db, keyring=keys) as store:
        referral = await store.get_referral(REFERENCE)
        assert referral is not None
        assert referral.markers == ("hate",) and referral.crime_category == "domestic"
        assert referral.language == "other"
        [monitoring] = [r async for t, r in export_rows(store) if t == "monitoring"]
        assert (monitoring["ethnicity"], monitoring["disability"]) == ("white-roma", "yes")
        async with store.read() as tx:
            verdict = await verify(tx)
        assert verdict.intact and verdict.entries == 3
    with closing(sqlite3.connect(db)) as connection:
        version = connection.execute("PRAGMA user_version").fetchone()[0]
        [row] = connection.execute(
            "SELECT language, crime_category, markers FROM referrals"
        ).fetchall()
        [answers] = connection.execute("SELECT ethnicity, disability FROM monitoring").fetchall()
    assert version == len(MIGRATIONS)
    assert row[0] == "other" and all(str(v).startswith("v1.") for v in (*row[1:], *answers))
