"""Export everything the service holds, and load it into a fresh store: the contract-end handover.

An export is a sequence of ``(table, row)`` records in a documented shape
(docs/export.md): sealed fields are opened, internal ids are replaced by the
referral's reference, and each table is read a page at a time, so memory stays
flat however large the store. An import re-seals everything under the new
store's key, in one transaction: it loads all of it or nothing.
"""

from __future__ import annotations

import json
from collections.abc import AsyncIterator, Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import aiosqlite
from pydantic import BaseModel, ConfigDict, ValidationError, field_validator

from referral_store import audit
from referral_store.schema import MIGRATIONS
from referral_store.store import (
    Store,
    clear_language,
    open_answer,
    open_crime,
    open_markers,
    seal_answer,
    seal_crime,
    seal_markers,
)

FORMAT = "rjbot-export"
VERSION = 1
PAGE = 500

Row = dict[str, Any]


@dataclass(frozen=True)
class Source:
    """How one table is read: its columns as exported, the query, and its key (for paging)."""

    columns: tuple[str, ...]
    sql: str
    opened: Callable[[Store, Row], Row] | None = None
    keys: tuple[str, ...] = ("t.id",)


def _referral_open(store: Store, row: Row) -> Row:
    reference = row["reference"]
    row["markers"] = open_markers(store.keyring, reference, row["markers"])
    row["crime_category"] = open_crime(store.keyring, reference, row["crime_category"])
    row["care"] = json.loads(row["care"] or "[]")
    row["interpreter"] = None if row["interpreter"] is None else bool(row["interpreter"])
    details = row["details"]
    row["details"] = (
        json.loads(store.keyring.open(details, f"referrals.details:{reference}"))
        if details
        else None
    )
    chat = row["chat"]
    row["chat"] = store.keyring.open(chat, f"referrals.contact_ref:{reference}") if chat else None
    return row


def _event_open(store: Store, row: Row) -> Row:
    row["data"] = json.loads(row["data"] or "{}")
    return row


def _contact_open(store: Store, row: Row) -> Row:
    row["reached"] = bool(row["reached"])
    note = row["note"]
    row["note"] = store.keyring.open(note, f"contacts.note:{row['reference']}") if note else None
    return row


def _monitoring_open(store: Store, row: Row) -> Row:
    for column in ("ethnicity", "disability"):
        row[column] = open_answer(
            store.keyring, row["reference"], row["subject"], column, row[column]
        )
    return row


def _survey_open(store: Store, row: Row) -> Row:
    comment = row["comment"]
    row["comment"] = (
        store.keyring.open(comment, f"surveys.comment:{row['reference']}") if comment else None
    )
    return row


def _conversation_open(store: Store, row: Row) -> Row:
    key = row.pop("key")
    chat = store.keyring.open(row["chat"], f"conversations.who:{key}")
    row["chat"] = chat
    row["state"] = store.keyring.open(row["state"], f"conversations.state:{chat}")
    return row


_R = "JOIN referrals r ON r.id = t.referral_id"

# In the order an import needs them: staff and referrals before what refers to them.
SOURCES: Mapping[str, Source] = {
    "staff": Source(
        (
            "id",
            "telegram_id",
            "name",
            "role",
            "language",
            "added_at",
            "removed_at",
            "complex_cases",
        ),
        "SELECT t.id, telegram_id, name, role, language, added_at, removed_at, complex_cases "
        "FROM staff t",
    ),
    "referrals": Source(
        (
            "reference",
            "kind",
            "channel",
            "source",
            "priority",
            "status",
            "area",
            "language",
            "interpreter",
            "crime_category",
            "markers",
            "stage",
            "route",
            "details",
            "received_at",
            "due_at",
            "claimed_by",
            "claimed_at",
            "first_contact_at",
            "activity",
            "closure_reason",
            "closure_detail",
            "closed_at",
            "chat",
            "care",
        ),
        "SELECT reference, kind, channel, source, priority, status, area, language, "
        "interpreter, crime_category, markers, stage, route, details, received_at, due_at, "
        "claimed_by, claimed_at, first_contact_at, activity, closure_reason, closure_detail, "
        "closed_at, contact_ref AS chat, care FROM referrals t",
        _referral_open,
    ),
    "consents": Source(
        ("reference", "text_version", "language", "given_at"),
        f"SELECT r.reference, t.text_version, t.language, t.given_at FROM consents t {_R}",
    ),
    "onward_consents": Source(
        ("reference", "service", "given_at", "recorded_by"),
        f"SELECT r.reference, t.service, t.given_at, t.recorded_by FROM onward_consents t {_R}",
        keys=("t.referral_id", "t.service"),
    ),
    "events": Source(
        ("reference", "at", "kind", "actor", "data"),
        f"SELECT r.reference, t.at, t.kind, t.actor, t.data FROM events t {_R}",
        _event_open,
    ),
    "contacts": Source(
        ("reference", "at", "staff_id", "method", "reached", "note"),
        f"SELECT r.reference, t.at, t.staff_id, t.method, t.reached, t.note FROM contacts t {_R}",
        _contact_open,
    ),
    "monitoring": Source(
        (
            "reference",
            "subject",
            "recorded_by",
            "recorded_at",
            "consent_at",
            "age_band",
            "gender",
            "ethnicity",
            "disability",
            "language_need",
        ),
        f"SELECT r.reference, t.subject, t.recorded_by, t.recorded_at, t.consent_at, "
        f"t.age_band, t.gender, t.ethnicity, t.disability, t.language_need "
        f"FROM monitoring t {_R}",
        _monitoring_open,
        keys=("t.referral_id", "t.subject"),
    ),
    "surveys": Source(
        (
            "reference",
            "agreed_at",
            "sent_at",
            "answered_at",
            "recorded_by",
            "wellbeing",
            "coping",
            "safety",
            "informed",
            "satisfaction",
            "justice",
            "comment",
            "understanding",
            "relationships",
            "trust",
        ),
        f"SELECT r.reference, t.agreed_at, t.sent_at, t.answered_at, "
        f"t.recorded_by, t.wellbeing, t.coping, t.safety, t.informed, t.satisfaction, "
        f"t.justice, t.comment, t.understanding, t.relationships, t.trust FROM surveys t {_R}",
        _survey_open,
        keys=("t.referral_id",),
    ),
    "alerts": Source(
        ("reference", "kind", "raised_at", "sent_at"),
        f"SELECT r.reference, t.kind, t.raised_at, t.sent_at FROM alerts t {_R}",
        keys=("t.referral_id", "t.kind"),
    ),
    "audit": Source(
        ("at", "actor", "action", "reference", "detail"),
        "SELECT at, actor, action, reference, detail FROM audit t",
    ),
    "conversations": Source(
        ("chat", "state", "updated_at", "last_update"),
        "SELECT t.key, t.who AS chat, t.state, t.updated_at, t.last_update FROM conversations t",
        _conversation_open,
        keys=("t.updated_at", "t.key"),
    ),
}
TABLES = tuple(SOURCES)


def header() -> Row:
    return {"format": FORMAT, "version": VERSION, "schema": len(MIGRATIONS)}


async def export_rows(store: Store) -> AsyncIterator[tuple[str, Row]]:
    """Every table's rows, a page at a time, in import order."""
    for table, source in SOURCES.items():
        width = len(source.keys)
        keys = ", ".join(source.keys)
        # Keyset paging on the table's own key, so each page is one index seek.
        select = source.sql.replace("SELECT ", f"SELECT {keys}, ", 1)
        last: tuple[Any, ...] | None = None
        while True:
            where = "" if last is None else f" WHERE ({keys}) > ({', '.join('?' * width)})"
            sql = f"{select}{where} ORDER BY {keys} LIMIT {PAGE}"
            async with store._lock, store._db.execute(sql, last or ()) as cursor:
                names = [d[0] for d in cursor.description][width:]
                rows = await cursor.fetchall()
            if not rows:
                break
            for values in rows:
                last = tuple(values[:width])
                row = dict(zip(names, values[width:], strict=True))
                if source.opened is not None:
                    row = source.opened(store, row)
                yield table, {c: row[c] for c in source.columns}


# -- import ---------------------------------------------------------------------


class ImportError_(ValueError):
    """What is wrong with an export, and where; nothing has been loaded."""


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=False)


def _moment(value: str | None) -> str | None:
    if value is not None:
        parsed = datetime.fromisoformat(value)
        if parsed.tzinfo is None:
            raise ValueError("times must carry their UTC offset")
    return value


class StaffRow(_Strict):
    id: int
    telegram_id: int | None
    name: str
    role: str
    language: str
    added_at: str
    removed_at: str | None
    # Trained for sensitive and complex cases (seed 002 5.10); absent in older exports.
    complex_cases: bool = False

    _times = field_validator("added_at", "removed_at")(_moment)


class ReferralRow(_Strict):
    reference: str
    kind: str
    channel: str
    source: str | None
    priority: str
    status: str
    area: str | None
    language: str
    interpreter: bool | None
    crime_category: str | None
    markers: list[str]
    stage: str | None
    route: str | None
    details: dict[str, Any] | None
    received_at: str
    due_at: str
    claimed_by: int | None
    claimed_at: str | None
    first_contact_at: str | None
    activity: str | None
    closure_reason: str | None
    closure_detail: str | None
    closed_at: str | None
    chat: str | None
    # "sensitive" and/or "complex" (seed 002 5.10); absent in older exports.
    care: list[str] = []

    _times = field_validator(
        "received_at", "due_at", "claimed_at", "first_contact_at", "closed_at"
    )(_moment)


class ConsentRow(_Strict):
    reference: str
    text_version: str
    language: str
    given_at: str

    _times = field_validator("given_at")(_moment)


class EventRow(_Strict):
    reference: str
    at: str
    kind: str
    actor: str | None
    data: dict[str, Any]

    _times = field_validator("at")(_moment)


class ContactRow(_Strict):
    reference: str
    at: str
    staff_id: int | None
    method: str
    reached: bool
    note: str | None

    _times = field_validator("at")(_moment)


class MonitoringRow(_Strict):
    reference: str
    subject: str
    recorded_by: str
    recorded_at: str
    consent_at: str | None
    age_band: str | None
    gender: str | None
    ethnicity: str | None
    disability: str | None
    language_need: str | None


class OnwardConsentRow(_Strict):
    reference: str
    service: str
    given_at: str
    recorded_by: str

    _times = field_validator("given_at")(_moment)


class SurveyRow(_Strict):
    reference: str
    agreed_at: str
    sent_at: str | None
    answered_at: str | None
    recorded_by: str | None
    wellbeing: str | None
    coping: str | None
    safety: str | None
    informed: str | None
    satisfaction: int | None
    justice: str | None
    comment: str | None
    # A person who caused harm's own measures; absent in older exports.
    understanding: str | None = None
    relationships: str | None = None
    trust: str | None = None


class AlertRow(_Strict):
    reference: str
    kind: str
    raised_at: str
    sent_at: str | None


class AuditRow(_Strict):
    at: str
    actor: str
    action: str
    reference: str | None
    detail: str


class ConversationRow(_Strict):
    chat: str
    state: str
    updated_at: str
    last_update: int | None


MODELS: Mapping[str, type[_Strict]] = {
    "staff": StaffRow,
    "referrals": ReferralRow,
    "consents": ConsentRow,
    "onward_consents": OnwardConsentRow,
    "events": EventRow,
    "contacts": ContactRow,
    "monitoring": MonitoringRow,
    "surveys": SurveyRow,
    "alerts": AlertRow,
    "audit": AuditRow,
    "conversations": ConversationRow,
}


def check_header(found: Mapping[str, Any]) -> None:
    if found.get("format") != FORMAT:
        raise ImportError_("this is not an rjbot export (its header names no rjbot format)")
    if found.get("version") != VERSION or found.get("schema") != len(MIGRATIONS):
        raise ImportError_(
            f"this export is format {found.get('version')}, schema {found.get('schema')}; "
            f"this rjbot reads format {VERSION}, schema {len(MIGRATIONS)}"
        )


async def _referral_id(db: aiosqlite.Connection, reference: str) -> int:
    cursor = await db.execute("SELECT id FROM referrals WHERE reference = ?", (reference,))
    row = await cursor.fetchone()
    if row is None:
        raise ValueError(f"refers to {reference}, which is not among the referrals before it")
    return int(row[0])


async def _insert(store: Store, db: aiosqlite.Connection, table: str, row: Any) -> None:
    k = store.keyring
    if table == "staff":
        await db.execute(
            "INSERT INTO staff (id, telegram_id, name, role, language, added_at, removed_at, "
            "complex_cases) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (
                row.id,
                row.telegram_id,
                row.name,
                row.role,
                row.language,
                row.added_at,
                row.removed_at,
                int(row.complex_cases),
            ),
        )
    elif table == "referrals":
        ref = row.reference
        details = (
            k.seal(json.dumps(row.details, ensure_ascii=False), f"referrals.details:{ref}")
            if row.details is not None
            else None
        )
        await db.execute(
            "INSERT INTO referrals (reference, kind, channel, source, priority, status, area, "
            "language, interpreter, crime_category, markers, stage, route, details, "
            "received_at, due_at, claimed_by, claimed_at, first_contact_at, activity, "
            "closure_reason, closure_detail, closed_at, owner, contact_ref, care) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                ref,
                row.kind,
                row.channel,
                row.source,
                row.priority,
                row.status,
                row.area,
                clear_language(row.language),
                None if row.interpreter is None else int(row.interpreter),
                seal_crime(k, ref, row.crime_category),
                seal_markers(k, ref, row.markers),
                row.stage,
                row.route,
                details,
                row.received_at,
                row.due_at,
                row.claimed_by,
                row.claimed_at,
                row.first_contact_at,
                row.activity,
                row.closure_reason,
                row.closure_detail,
                row.closed_at,
                k.owner(row.chat) if row.chat else None,
                k.seal(row.chat, f"referrals.contact_ref:{ref}") if row.chat else None,
                json.dumps(sorted(set(row.care))),
            ),
        )
    elif table == "consents":
        await db.execute(
            "INSERT INTO consents (referral_id, text_version, language, given_at) "
            "VALUES (?, ?, ?, ?)",
            (await _referral_id(db, row.reference), row.text_version, row.language, row.given_at),
        )
    elif table == "onward_consents":
        await db.execute(
            "INSERT INTO onward_consents (referral_id, service, given_at, recorded_by) "
            "VALUES (?, ?, ?, ?)",
            (await _referral_id(db, row.reference), row.service, row.given_at, row.recorded_by),
        )
    elif table == "events":
        await db.execute(
            "INSERT INTO events (referral_id, at, kind, actor, data) VALUES (?, ?, ?, ?, ?)",
            (
                await _referral_id(db, row.reference),
                row.at,
                row.kind,
                row.actor,
                json.dumps(row.data),
            ),
        )
    elif table == "contacts":
        note = k.seal(row.note, f"contacts.note:{row.reference}") if row.note else None
        await db.execute(
            "INSERT INTO contacts (referral_id, at, staff_id, method, reached, note) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            (
                await _referral_id(db, row.reference),
                row.at,
                row.staff_id,
                row.method,
                int(row.reached),
                note,
            ),
        )
    elif table == "monitoring":
        await db.execute(
            "INSERT INTO monitoring (referral_id, subject, recorded_by, recorded_at, "
            "consent_at, age_band, gender, ethnicity, disability, language_need) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                await _referral_id(db, row.reference),
                row.subject,
                row.recorded_by,
                row.recorded_at,
                row.consent_at,
                row.age_band,
                row.gender,
                seal_answer(k, row.reference, row.subject, "ethnicity", row.ethnicity),
                seal_answer(k, row.reference, row.subject, "disability", row.disability),
                row.language_need,
            ),
        )
    elif table == "surveys":
        comment = k.seal(row.comment, f"surveys.comment:{row.reference}") if row.comment else None
        await db.execute(
            "INSERT INTO surveys (referral_id, agreed_at, sent_at, answered_at, recorded_by, "
            "wellbeing, coping, safety, informed, satisfaction, justice, comment, "
            "understanding, relationships, trust) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                await _referral_id(db, row.reference),
                row.agreed_at,
                row.sent_at,
                row.answered_at,
                row.recorded_by,
                row.wellbeing,
                row.coping,
                row.safety,
                row.informed,
                row.satisfaction,
                row.justice,
                comment,
                row.understanding,
                row.relationships,
                row.trust,
            ),
        )
    elif table == "alerts":
        await db.execute(
            "INSERT INTO alerts (referral_id, kind, raised_at, sent_at) VALUES (?, ?, ?, ?)",
            (await _referral_id(db, row.reference), row.kind, row.raised_at, row.sent_at),
        )
    elif table == "audit":
        # Chained here as they arrive; who was logged in where they were made is not known.
        await audit.record(
            db, row.at, row.actor, row.action, row.reference, row.detail, user="imported"
        )
    elif table == "conversations":
        owner = k.owner(row.chat)
        await db.execute(
            "INSERT INTO conversations (key, who, state, updated_at, last_update) "
            "VALUES (?, ?, ?, ?, ?)",
            (
                owner,
                k.seal(row.chat, f"conversations.who:{owner}"),
                k.seal(row.state, f"conversations.state:{row.chat}"),
                row.updated_at,
                row.last_update,
            ),
        )


async def import_rows(store: Store, records: Iterable[tuple[str, str, Row]]) -> dict[str, int]:
    """Load ``(where, table, row)`` records into an empty store; counts per table.

    ``where`` names the record's place in the file for error messages. Any
    problem stops the import and rolls everything back.
    """
    counts = dict.fromkeys(TABLES, 0)
    async with store._transaction() as db:
        cursor = await db.execute(
            "SELECT (SELECT count(*) FROM referrals) + (SELECT count(*) FROM staff)"
        )
        found = await cursor.fetchone()
        if found and found[0]:
            raise ImportError_("the store is not empty: import into a new database file")
        for where, table, raw in records:
            model = MODELS.get(table)
            if model is None:
                raise ImportError_(f"{where}: unknown table {table!r}")
            try:
                row = model.model_validate(raw)
                await _insert(store, db, table, row)
            except ValidationError as error:
                first = error.errors()[0]
                field = ".".join(str(p) for p in first["loc"]) or "(row)"
                raise ImportError_(f"{where} ({table}): {field}: {first['msg']}") from None
            except ValueError as error:
                raise ImportError_(f"{where} ({table}): {error}") from None
            except aiosqlite.IntegrityError as error:
                # SQLite's message names the constraint, never a value.
                raise ImportError_(f"{where} ({table}): {error}") from None
            counts[table] += 1
    return counts
