"""Export everything the service holds, and load it into a fresh store: the contract-end handover.

An export is a sequence of ``(table, row)`` records in a documented shape
(docs/export.md): sealed fields are opened, internal ids are replaced by the
referral's reference, and each table is read a page at a time, so memory stays
flat however large the store. An import re-seals everything under the new
store's key, in one transaction: it loads all of it or nothing. Both take each
table's columns from referral_store/tables.py, where they are declared once.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import AsyncGenerator, Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from pydantic import BaseModel, ConfigDict, ValidationError, create_model, field_validator

from referral_store import audit
from referral_store.schema import MIGRATIONS
from referral_store.store import (
    Store,
    Tx,
    WriteTx,
    clear_language,
    open_answer,
    open_crime,
    open_markers,
    open_safe_times,
    seal_answer,
    seal_crime,
    seal_markers,
    seal_safe_times,
)
from referral_store.tables import BY_NAME, Table
from referral_store.tables import TABLES as DECLARED

FORMAT = "rjbot-export"
VERSION = 1
PAGE = 500

Row = dict[str, Any]
Opener = Callable[[Store, Row], Row]


@dataclass(frozen=True)
class Source:
    """How one table is read: its columns as exported, the query, and its key (for paging)."""

    columns: tuple[str, ...]
    sql: str
    names: tuple[str, ...]
    opened: Opener | None = None
    keys: tuple[str, ...] = ("t.id",)


def _referral_open(store: Store, row: Row) -> Row:
    reference = row["reference"]
    row["markers"] = open_markers(store.keyring, reference, row["markers"])
    row["crime_category"] = open_crime(store.keyring, reference, row["crime_category"])
    row["safe_times"] = open_safe_times(store.keyring, reference, row["safe_times"])
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


_OPENERS: Mapping[str, Opener] = {
    "referrals": _referral_open,
    "events": _event_open,
    "contacts": _contact_open,
    "monitoring": _monitoring_open,
    "surveys": _survey_open,
    "conversations": _conversation_open,
}


def _source(table: Table) -> Source:
    """The export's query of a declared table: its hidden columns, then its own."""
    selected = [f"t.{name}" for name in table.hidden]
    for column in table.columns:
        if table.of_referral and column.name == "reference":
            selected.append("r.reference")
        elif column.stored:
            selected.append(f"t.{column.stored} AS {column.name}")
        else:
            selected.append(f"t.{column.name}")
    joined = " JOIN referrals r ON r.id = t.referral_id" if table.of_referral else ""
    return Source(
        table.names,
        f"SELECT {', '.join(selected)} FROM {table.name} t{joined}",
        (*table.hidden, *table.names),
        _OPENERS.get(table.name),
        table.keys,
    )


SOURCES: Mapping[str, Source] = {table.name: _source(table) for table in DECLARED}
TABLES = tuple(SOURCES)


def header() -> Row:
    return {"format": FORMAT, "version": VERSION, "schema": len(MIGRATIONS)}


async def export_rows(store: Store) -> AsyncGenerator[tuple[str, Row]]:
    """Every table's rows, a page at a time, in import order, all from one snapshot.

    One ``read()`` for the whole export: a referral submitted (or withdrawn) while it is
    written is in it with all its rows or not at all, so the import never meets events
    without their referral. The snapshot is a reader connection's own, so the bot goes
    on writing meanwhile; close the generator (``contextlib.aclosing``) if it is left
    part-way, so the snapshot ends.
    """
    async with store.read() as tx:
        for table, source in SOURCES.items():
            width = len(source.keys)
            keys = ", ".join(source.keys)
            # Keyset paging on the table's own key, so each page is one index seek.
            select = source.sql.replace("SELECT ", f"SELECT {keys}, ", 1)
            last: tuple[Any, ...] | None = None
            while True:
                where = "" if last is None else f" WHERE ({keys}) > ({', '.join('?' * width)})"
                sql = f"{select}{where} ORDER BY {keys} LIMIT {PAGE}"
                rows = await tx.fetch_all(sql, last or ())
                if not rows:
                    break
                for values in rows:
                    last = tuple(values[:width])
                    row = dict(zip(source.names, values[width:], strict=True))
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


def _model(table: Table) -> type[_Strict]:
    """The checks an imported row of ``table`` passes: its declared columns and times."""
    times = [c.name for c in table.columns if c.time]
    validators = {"_times": field_validator(*times)(_moment)} if times else {}
    fields: dict[str, Any] = {c.name: (c.type, c.default) for c in table.columns}
    return create_model(
        f"{table.name.title().replace('_', '')}Row",
        __base__=_Strict,
        __validators__=validators,
        **fields,
    )


MODELS: Mapping[str, type[_Strict]] = {table.name: _model(table) for table in DECLARED}


def check_header(found: Mapping[str, Any]) -> None:
    if found.get("format") != FORMAT:
        raise ImportError_("this is not an rjbot export (its header names no rjbot format)")
    if found.get("version") != VERSION or found.get("schema") != len(MIGRATIONS):
        raise ImportError_(
            f"this export is format {found.get('version')}, schema {found.get('schema')}; "
            f"this rjbot reads format {VERSION}, schema {len(MIGRATIONS)}"
        )


async def _referral_id(tx: Tx, reference: str) -> int:
    row = await tx.fetch_one("SELECT id FROM referrals WHERE reference = ?", (reference,))
    if row is None:
        raise ValueError(f"refers to {reference}, which is not among the referrals before it")
    return int(row[0])


def _sealed(store: Store, table: str, row: Row) -> Row:
    """An imported row's values as its table stores them: sealed under this store's key."""
    k = store.keyring
    if table == "referrals":
        ref, chat = row["reference"], row.pop("chat")
        details = row["details"]
        row |= {
            "language": clear_language(row["language"]),
            "interpreter": None if row["interpreter"] is None else int(row["interpreter"]),
            "crime_category": seal_crime(k, ref, row["crime_category"]),
            "markers": seal_markers(k, ref, row["markers"]),
            "safe_times": seal_safe_times(k, ref, row["safe_times"]),
            "details": None
            if details is None
            else k.seal(json.dumps(details, ensure_ascii=False), f"referrals.details:{ref}"),
            "owner": k.owner(chat) if chat else None,
            "contact_ref": k.seal(chat, f"referrals.contact_ref:{ref}") if chat else None,
            "care": json.dumps(sorted(set(row["care"]))),
        }
    elif table == "events":
        row["data"] = json.dumps(row["data"])
    elif table == "contacts" and row["note"]:
        row["note"] = k.seal(row["note"], f"contacts.note:{row['reference']}")
    elif table == "monitoring":
        for column in ("ethnicity", "disability"):
            row[column] = seal_answer(k, row["reference"], row["subject"], column, row[column])
    elif table == "surveys" and row["comment"]:
        row["comment"] = k.seal(row["comment"], f"surveys.comment:{row['reference']}")
    elif table == "conversations":
        chat = row.pop("chat")
        owner = k.owner(chat)
        row |= {
            "key": owner,
            "who": k.seal(chat, f"conversations.who:{owner}"),
            "state": k.seal(row["state"], f"conversations.state:{chat}"),
        }
    return row


async def _insert(store: Store, tx: WriteTx, table: str, row: BaseModel) -> None:
    values = row.model_dump()
    if table == "audit":
        # Chained here as they arrive; who was logged in where they were made is not known.
        await audit.record(tx, **values, user="imported")
        return
    values = _sealed(store, table, values)
    if BY_NAME[table].of_referral:
        values = {"referral_id": await _referral_id(tx, values.pop("reference"))} | values
    await tx.execute(
        f"INSERT INTO {table} ({', '.join(values)}) VALUES ({', '.join('?' * len(values))})",
        tuple(values.values()),
    )


async def import_rows(store: Store, records: Iterable[tuple[str, str, Row]]) -> dict[str, int]:
    """Load ``(where, table, row)`` records into an empty store; counts per table.

    ``where`` names the record's place in the file for error messages. Any
    problem stops the import and rolls everything back.
    """
    counts = dict.fromkeys(TABLES, 0)
    async with store.write() as tx:
        found = await tx.fetch_one(
            "SELECT (SELECT count(*) FROM referrals) + (SELECT count(*) FROM staff)"
        )
        if found and found[0]:
            raise ImportError_("the store is not empty: import into a new database file")
        for where, table, raw in records:
            model = MODELS.get(table)
            if model is None:
                raise ImportError_(f"{where}: unknown table {table!r}")
            try:
                row = model.model_validate(raw)
                await _insert(store, tx, table, row)
            except ValidationError as error:
                first = error.errors()[0]
                field = ".".join(str(p) for p in first["loc"]) or "(row)"
                raise ImportError_(f"{where} ({table}): {field}: {first['msg']}") from None
            except ValueError as error:
                raise ImportError_(f"{where} ({table}): {error}") from None
            except sqlite3.IntegrityError as error:
                # SQLite's message names the constraint, never a value.
                raise ImportError_(f"{where} ({table}): {error}") from None
            counts[table] += 1
        await store.rows_loaded(tx)
    return counts
