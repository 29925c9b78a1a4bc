"""Migrations, applied in order by ``PRAGMA user_version``.

Append new scripts; never edit one that has shipped, because stores in use
have already run it.
"""

from __future__ import annotations

MIGRATIONS: tuple[str, ...] = (
    # 1: staff, referrals, consent records, contacts, events, audit, alerts, conversations.
    """
    CREATE TABLE staff (
        id INTEGER PRIMARY KEY,
        telegram_id INTEGER UNIQUE,
        name TEXT NOT NULL,
        role TEXT NOT NULL CHECK (role IN ('facilitator', 'manager')),
        language TEXT NOT NULL DEFAULT 'en',
        added_at TEXT NOT NULL,
        removed_at TEXT
    );
    CREATE TABLE invites (
        code_hash TEXT PRIMARY KEY,
        role TEXT NOT NULL CHECK (role IN ('facilitator', 'manager')),
        created_at TEXT NOT NULL,
        expires_at TEXT NOT NULL,
        used_at TEXT,
        used_by INTEGER REFERENCES staff (id)
    ) WITHOUT ROWID;
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
        details TEXT,  -- sealed; NULL once erased
        received_at TEXT NOT NULL,
        due_at TEXT NOT NULL,
        claimed_by INTEGER REFERENCES staff (id),
        claimed_at TEXT,
        first_contact_at TEXT,
        activity TEXT,
        closure_reason TEXT,
        closed_at TEXT,
        -- Keyed hash of the chat it came from (for /withdraw), and the chat itself, sealed.
        owner TEXT,
        contact_ref TEXT
    );
    CREATE INDEX referrals_by_owner ON referrals (owner) WHERE owner IS NOT NULL;
    CREATE INDEX referrals_open_by_due ON referrals (due_at)
        WHERE status NOT IN ('closed', 'withdrawn');
    CREATE INDEX referrals_awaiting_contact ON referrals (due_at)
        WHERE first_contact_at IS NULL AND status NOT IN ('closed', 'withdrawn');
    CREATE INDEX referrals_by_claimer ON referrals (claimed_by, due_at)
        WHERE claimed_by IS NOT NULL;
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
    CREATE TABLE contacts (
        id INTEGER PRIMARY KEY,
        referral_id INTEGER NOT NULL REFERENCES referrals (id) ON DELETE CASCADE,
        at TEXT NOT NULL,
        staff_id INTEGER REFERENCES staff (id),
        method TEXT NOT NULL,
        reached INTEGER NOT NULL,
        note TEXT
    );
    CREATE INDEX contacts_by_referral ON contacts (referral_id, at);
    CREATE TABLE audit (
        id INTEGER PRIMARY KEY,
        at TEXT NOT NULL,
        actor TEXT NOT NULL,
        action TEXT NOT NULL,
        reference TEXT,
        detail TEXT NOT NULL DEFAULT ''
    );
    CREATE INDEX audit_by_reference ON audit (reference, at);
    -- One row per referral and kind: a reminder or escalation is raised once, ever.
    CREATE TABLE alerts (
        referral_id INTEGER NOT NULL REFERENCES referrals (id) ON DELETE CASCADE,
        kind TEXT NOT NULL CHECK (kind IN ('reminder', 'escalation')),
        raised_at TEXT NOT NULL,
        sent_at TEXT,
        PRIMARY KEY (referral_id, kind)
    ) WITHOUT ROWID;
    CREATE INDEX alerts_unsent ON alerts (raised_at) WHERE sent_at IS NULL;
    -- Message ids of a chat (keyed hash), so a quick exit can delete them.
    CREATE TABLE chat_messages (
        key TEXT NOT NULL,
        message_id INTEGER NOT NULL,
        at TEXT NOT NULL,
        PRIMARY KEY (key, message_id)
    ) WITHOUT ROWID;
    -- Keyed by a keyed hash of the chat; the chat (who) and the state are sealed.
    CREATE TABLE conversations (
        key TEXT PRIMARY KEY,
        who TEXT NOT NULL,
        state TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        last_update INTEGER
    ) WITHOUT ROWID;
    """,
    # 2: monitoring answers, outcome surveys, and the detail of why a case closed.
    """
    -- Given with its own consent (self) or recorded by staff; categories only, no names.
    CREATE TABLE monitoring (
        referral_id INTEGER NOT NULL REFERENCES referrals (id) ON DELETE CASCADE,
        subject TEXT NOT NULL CHECK (subject IN ('victim', 'offender')),
        recorded_by TEXT NOT NULL,
        recorded_at TEXT NOT NULL,
        consent_at TEXT,
        age_band TEXT,
        gender TEXT,
        ethnicity TEXT,
        disability TEXT,
        language_need TEXT,
        PRIMARY KEY (referral_id, subject)
    ) WITHOUT ROWID;
    -- One per referral: asked only if the person agreed, once the case has closed.
    CREATE TABLE surveys (
        referral_id INTEGER PRIMARY KEY REFERENCES referrals (id) ON DELETE CASCADE,
        agreed_at TEXT NOT NULL,
        sent_at TEXT,
        answered_at TEXT,
        recorded_by TEXT,
        wellbeing TEXT,
        coping TEXT,
        safety TEXT,
        informed TEXT,
        satisfaction INTEGER CHECK (satisfaction BETWEEN 1 AND 5),
        comment TEXT  -- sealed
    );
    CREATE INDEX surveys_to_send ON surveys (referral_id) WHERE sent_at IS NULL;
    ALTER TABLE referrals ADD COLUMN closure_detail TEXT;
    """,
    # 3: how the person felt the justice system dealt with the offence (002, 9.2).
    """
    ALTER TABLE surveys ADD COLUMN justice TEXT;
    """,
    # 4 (trust): the key check and key epoch; the chat behind stored message ids; the
    # audit chain; sealing what was in clear.
    """
    -- One row: which key the store is sealed under, and a value only that key opens.
    -- Every writer compares its own key with key_id, so a rotation cannot race it.
    CREATE TABLE keycheck (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        key_id TEXT NOT NULL,
        token TEXT NOT NULL
    );
    -- The chat (sealed) behind a keyed hash in chat_messages, so a rotation can re-key them.
    CREATE TABLE chats (
        key TEXT PRIMARY KEY,
        who TEXT NOT NULL,
        at TEXT NOT NULL
    ) WITHOUT ROWID;
    -- The audit log as a hash chain (referral_store/audit.py), with who was logged in.
    ALTER TABLE audit ADD COLUMN os_user TEXT;
    ALTER TABLE audit ADD COLUMN hash TEXT;
    CREATE TABLE audit_head (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        count INTEGER NOT NULL,
        hash TEXT NOT NULL
    );
    CREATE INDEX audit_unchained ON audit (id) WHERE hash IS NULL;
    CREATE INDEX audit_by_action ON audit (action, id);
    -- Each alert's delivery to each recipient: sent once, retried (with backoff) only
    -- for the recipient it failed for, and reported after repeated failure.
    CREATE TABLE deliveries (
        referral_id INTEGER NOT NULL REFERENCES referrals (id) ON DELETE CASCADE,
        kind TEXT NOT NULL,
        recipient INTEGER NOT NULL,
        attempts INTEGER NOT NULL DEFAULT 0,
        next_at TEXT,
        delivered_at TEXT,
        reported_at TEXT,
        PRIMARY KEY (referral_id, kind, recipient)
    ) WITHOUT ROWID;
    -- A lease: one sweeper works at a time, across the bot and cron.
    CREATE TABLE leases (
        name TEXT PRIMARY KEY,
        holder TEXT NOT NULL,
        until TEXT NOT NULL
    ) WITHOUT ROWID;
    -- Wrong /join codes per account (a keyed hash of it), for the rate limit.
    CREATE TABLE join_attempts (who TEXT NOT NULL, at TEXT NOT NULL);
    CREATE INDEX join_attempts_by_who ON join_attempts (who, at);
    -- One-time upgrades done in Python (sealing what older versions kept in clear).
    CREATE TABLE upgrades (name TEXT PRIMARY KEY) WITHOUT ROWID;
    -- A language typed under "Another language" was kept in clear; it is in the sealed
    -- details as well, so the column keeps only codes.
    UPDATE referrals SET language = 'other' WHERE NOT (
        language GLOB '[a-z][a-z]' OR language GLOB '[a-z][a-z][a-z]'
        OR language GLOB '[a-z][a-z]-[A-Z][A-Z]' OR language GLOB '[a-z][a-z][a-z]-[A-Z][A-Z]'
    );
    """,
    # Consent to pass a person's details to another service, one row per service: given in
    # the chat ("self") or told to staff (staff:N). Seed 002 10: "Referrals will only be
    # made with consent from the victim." No personal data: a service id and a time.
    """
    CREATE TABLE onward_consents (
        referral_id INTEGER NOT NULL REFERENCES referrals (id) ON DELETE CASCADE,
        service TEXT NOT NULL,
        given_at TEXT NOT NULL,
        recorded_by TEXT NOT NULL,
        PRIMARY KEY (referral_id, service)
    ) WITHOUT ROWID;
    """,
    # Sensitive and complex cases, and the staff trained for them. Seed 002 5.10: "sensitive
    # and complex cases are allocated to appropriately trained, skilled and experienced
    # practitioners". care: a JSON list of "sensitive" and "complex".
    """
    ALTER TABLE referrals ADD COLUMN care TEXT NOT NULL DEFAULT '[]';
    ALTER TABLE staff ADD COLUMN complex_cases INTEGER NOT NULL DEFAULT 0;
    CREATE INDEX referrals_unclaimed_care ON referrals (due_at)
        WHERE claimed_by IS NULL AND care != '[]' AND status NOT IN ('closed', 'withdrawn');
    """,
    # A person who caused harm's own outcome measures (002 9.2; 003 3.15).
    """
    ALTER TABLE surveys ADD COLUMN understanding TEXT;
    ALTER TABLE surveys ADD COLUMN relationships TEXT;
    ALTER TABLE surveys ADD COLUMN trust TEXT;
    """,
    # Web sign-in for staff (referral_store/accounts.py): a login per member of staff, its
    # one-use recovery codes, and server-side sessions. No secret is kept in clear: the
    # password as an Argon2id hash, the TOTP secret sealed, codes and session ids hashed.
    """
    CREATE TABLE web_logins (
        staff_id INTEGER PRIMARY KEY REFERENCES staff (id),
        username TEXT NOT NULL UNIQUE COLLATE NOCASE,
        password_hash TEXT NOT NULL,
        totp_secret TEXT,  -- sealed; NULL until two-factor is set up (or after a reset)
        totp_ready INTEGER NOT NULL DEFAULT 0,
        totp_step INTEGER,  -- the last time step accepted: each code works once
        failures INTEGER NOT NULL DEFAULT 0,
        locked_until TEXT,
        disabled_at TEXT,
        created_at TEXT NOT NULL
    );
    CREATE TABLE recovery_codes (
        staff_id INTEGER NOT NULL REFERENCES staff (id),
        code_hash TEXT NOT NULL,
        used_at TEXT,
        PRIMARY KEY (staff_id, code_hash)
    ) WITHOUT ROWID;
    -- purpose: 'desk' (signed in) or 'setup' (password given, two-factor still to set up).
    CREATE TABLE web_sessions (
        id_hash TEXT PRIMARY KEY,
        staff_id INTEGER NOT NULL REFERENCES staff (id),
        purpose TEXT NOT NULL CHECK (purpose IN ('desk', 'setup')),
        created_at TEXT NOT NULL,
        seen_at TEXT NOT NULL
    ) WITHOUT ROWID;
    CREATE INDEX web_sessions_by_staff ON web_sessions (staff_id);
    """,
    # When the person said it is safe to contact them, as its own field (sealed), so a
    # message the bot sends later (the outcome survey) keeps to it whatever the question
    # is named in the flow. Older referrals get it from their details on opening (store.py).
    """
    ALTER TABLE referrals ADD COLUMN safe_times TEXT;
    """,
    # An invite that adds a web login to someone already on the desk (a Telegram account):
    # it makes no new member of staff, and Telegram's /join does not take it.
    """
    ALTER TABLE invites ADD COLUMN for_staff INTEGER REFERENCES staff (id);
    """,
    # A new referral's notice to the team's chat is an alert like a reminder, raised in the
    # referral's own transaction and delivered (with retries) by whoever sweeps. The table
    # is made again because SQLite cannot change a CHECK; referrals made before this were
    # announced already and get no notice.
    """
    CREATE TABLE alerts_new (
        referral_id INTEGER NOT NULL REFERENCES referrals (id) ON DELETE CASCADE,
        kind TEXT NOT NULL CHECK (kind IN ('new', 'reminder', 'escalation')),
        raised_at TEXT NOT NULL,
        sent_at TEXT,
        PRIMARY KEY (referral_id, kind)
    ) WITHOUT ROWID;
    INSERT INTO alerts_new (referral_id, kind, raised_at, sent_at)
        SELECT referral_id, kind, raised_at, sent_at FROM alerts;
    DROP TABLE alerts;
    ALTER TABLE alerts_new RENAME TO alerts;
    CREATE INDEX alerts_unsent ON alerts (raised_at) WHERE sent_at IS NULL;
    """,
)
