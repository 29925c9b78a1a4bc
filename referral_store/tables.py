"""Each exported table's columns, declared once: the export's query, the import's checks
and its insert are all derived from here (referral_store/transfer.py), and docs/export.md
lists the same fields in the same order (a test compares them).

A column is named as the export names it; ``stored`` gives the table's own column where
that differs. A table whose rows belong to a referral names it by its ``reference``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

# Absent from the export of an older rjbot: the column's value then.
REQUIRED: Any = ...


@dataclass(frozen=True)
class Column:
    name: str
    type: Any
    default: Any = REQUIRED
    # An ISO time, which must carry its UTC offset.
    time: bool = False
    stored: str | None = None

    @property
    def column(self) -> str:
        return self.stored or self.name


@dataclass(frozen=True)
class Table:
    name: str
    columns: tuple[Column, ...]
    # The key a page of the export starts after (one index seek a page).
    keys: tuple[str, ...] = ("t.id",)
    # Rows belong to a referral: exported with its reference, stored with its id.
    of_referral: bool = False
    # Read beside the columns, to open sealed values, and never exported.
    hidden: tuple[str, ...] = ()

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(c.name for c in self.columns)


def _text(name: str, *, time: bool = False, optional: bool = True) -> Column:
    return Column(name, str | None if optional else str, time=time)


def _time(name: str, *, optional: bool = True) -> Column:
    return _text(name, time=True, optional=optional)


_REFERENCE = Column("reference", str)

# In the order an import needs them: staff and referrals before what refers to them.
TABLES: tuple[Table, ...] = (
    Table(
        "staff",
        (
            Column("id", int),
            Column("telegram_id", int | None),
            _text("name", optional=False),
            _text("role", optional=False),
            _text("language", optional=False),
            _time("added_at", optional=False),
            _time("removed_at"),
            # Trained for sensitive and complex cases (seed 002 5.10); absent in older exports.
            Column("complex_cases", bool, default=False),
        ),
    ),
    Table(
        "referrals",
        (
            _REFERENCE,
            _text("kind", optional=False),
            _text("channel", optional=False),
            _text("source"),
            _text("priority", optional=False),
            _text("status", optional=False),
            _text("area"),
            _text("language", optional=False),
            Column("interpreter", bool | None),
            _text("crime_category"),
            Column("markers", list[str]),
            _text("stage"),
            _text("route"),
            Column("details", dict[str, Any] | None),
            _time("received_at", optional=False),
            _time("due_at", optional=False),
            Column("claimed_by", int | None),
            _time("claimed_at"),
            _time("first_contact_at"),
            _text("activity"),
            _text("closure_reason"),
            _text("closure_detail"),
            _time("closed_at"),
            # The chat it came from, sealed; its keyed hash (owner) is made again on import.
            Column("chat", str | None, stored="contact_ref"),
            # "sensitive" and/or "complex" (seed 002 5.10); absent in older exports.
            Column("care", list[str], default=[]),
            # When it is safe to contact the person (sealed); absent in older exports.
            Column("safe_times", str | None, default=None),
        ),
    ),
    Table(
        "consents",
        (
            _REFERENCE,
            _text("text_version", optional=False),
            _text("language", optional=False),
            _time("given_at", optional=False),
        ),
        of_referral=True,
    ),
    Table(
        "onward_consents",
        (
            _REFERENCE,
            _text("service", optional=False),
            _time("given_at", optional=False),
            _text("recorded_by", optional=False),
        ),
        keys=("t.referral_id", "t.service"),
        of_referral=True,
    ),
    Table(
        "events",
        (
            _REFERENCE,
            _time("at", optional=False),
            _text("kind", optional=False),
            _text("actor"),
            Column("data", dict[str, Any]),
        ),
        of_referral=True,
    ),
    Table(
        "contacts",
        (
            _REFERENCE,
            _time("at", optional=False),
            Column("staff_id", int | None),
            _text("method", optional=False),
            Column("reached", bool),
            _text("note"),
        ),
        of_referral=True,
    ),
    Table(
        "monitoring",
        (
            _REFERENCE,
            _text("subject", optional=False),
            _text("recorded_by", optional=False),
            _text("recorded_at", optional=False),
            _text("consent_at"),
            _text("age_band"),
            _text("gender"),
            _text("ethnicity"),
            _text("disability"),
            _text("language_need"),
        ),
        keys=("t.referral_id", "t.subject"),
        of_referral=True,
    ),
    Table(
        "surveys",
        (
            _REFERENCE,
            _text("agreed_at", optional=False),
            _text("sent_at"),
            _text("answered_at"),
            _text("recorded_by"),
            _text("wellbeing"),
            _text("coping"),
            _text("safety"),
            _text("informed"),
            Column("satisfaction", int | None),
            _text("justice"),
            _text("comment"),
            # A person who caused harm's own measures; absent in older exports.
            Column("understanding", str | None, default=None),
            Column("relationships", str | None, default=None),
            Column("trust", str | None, default=None),
        ),
        keys=("t.referral_id",),
        of_referral=True,
    ),
    Table(
        "alerts",
        (
            _REFERENCE,
            _text("kind", optional=False),
            _text("raised_at", optional=False),
            _text("sent_at"),
        ),
        keys=("t.referral_id", "t.kind"),
        of_referral=True,
    ),
    Table(
        "audit",
        (
            _text("at", optional=False),
            _text("actor", optional=False),
            _text("action", optional=False),
            _text("reference"),
            _text("detail", optional=False),
        ),
    ),
    Table(
        "conversations",
        (
            # Sealed, bound to the chat's keyed hash (the hidden key).
            Column("chat", str, stored="who"),
            _text("state", optional=False),
            _text("updated_at", optional=False),
            Column("last_update", int | None),
        ),
        keys=("t.updated_at", "t.key"),
        hidden=("key",),
    ),
)
BY_NAME = {table.name: table for table in TABLES}
