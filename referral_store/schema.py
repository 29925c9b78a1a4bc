"""Migrations, applied in order by ``PRAGMA user_version``.

Append new scripts; never edit one that has shipped, because stores in use
have already run it.
"""

from __future__ import annotations

MIGRATIONS: tuple[str, ...] = (
    # 1: referrals, consent records, events, conversation state.
    """
    CREATE TABLE referrals (
        id INTEGER PRIMARY KEY,
        reference TEXT NOT NULL UNIQUE,
        kind TEXT NOT NULL CHECK (kind IN ('victim', 'offender')),
        channel TEXT NOT NULL,
        source TEXT,
        priority TEXT NOT NULL CHECK (priority IN ('standard', 'enhanced')),
        status TEXT NOT NULL DEFAULT 'new',
        area TEXT,
        language TEXT NOT NULL,
        interpreter INTEGER,
        crime_category TEXT,
        markers TEXT NOT NULL DEFAULT '[]',
        stage TEXT,
        route TEXT,
        details TEXT NOT NULL,
        received_at TEXT NOT NULL,
        due_at TEXT NOT NULL,
        claimed_by TEXT,
        claimed_at TEXT,
        first_contact_at TEXT
    );
    CREATE INDEX referrals_open_by_due ON referrals (due_at)
        WHERE status NOT IN ('closed', 'withdrawn');
    CREATE TABLE consents (
        id INTEGER PRIMARY KEY,
        referral_id INTEGER NOT NULL UNIQUE REFERENCES referrals (id) ON DELETE CASCADE,
        text_version TEXT NOT NULL,
        language TEXT NOT NULL,
        given_at TEXT NOT NULL
    );
    CREATE TABLE events (
        id INTEGER PRIMARY KEY,
        referral_id INTEGER NOT NULL REFERENCES referrals (id) ON DELETE CASCADE,
        at TEXT NOT NULL,
        kind TEXT NOT NULL,
        actor TEXT,
        data TEXT NOT NULL DEFAULT '{}'
    );
    CREATE INDEX events_by_referral ON events (referral_id, at);
    CREATE TABLE conversations (
        key TEXT PRIMARY KEY,
        state TEXT NOT NULL,
        updated_at TEXT NOT NULL
    ) WITHOUT ROWID;
    """,
)
