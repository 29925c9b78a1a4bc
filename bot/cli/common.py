"""What every ``rjbot`` command shares: options, one-line refusals, the store, the actor."""

from __future__ import annotations

import asyncio
import hashlib
import sqlite3
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated, TypeVar
from urllib.parse import urlsplit

import typer
from rich.console import Console
from rich.markup import escape

from bot.config import ConfigError, keyring
from bot.profile import ProfileError, ServiceProfile, load_profile
from referral_store import Store
from referral_store.audit import os_user
from referral_store.crypto import DataKeyError
from referral_store.desk import Desk, DeskError, Staff, operator_audit

err = Console(stderr=True, highlight=False)
T = TypeVar("T")


@dataclass(frozen=True)
class Options:
    # An SQLite file, or a PostgreSQL URL (a str).
    db: Path | str
    profile_path: Path | None

    def profile(self) -> ServiceProfile:
        return load_profile(self.profile_path)


def fail(message: str) -> typer.Exit:
    err.print(f"[red]rjbot:[/red] {escape(message)}", markup=True, soft_wrap=True)
    return typer.Exit(2)


def options_of(ctx: typer.Context) -> Options:
    assert isinstance(ctx.obj, Options)
    return ctx.obj


def profile_of(options: Options) -> ServiceProfile:
    try:
        return options.profile()
    except ProfileError as error:
        raise fail(str(error)) from None


def cli_actor() -> str:
    """Who runs a command, for the audit log when no --as is given."""
    return f"cli:{os_user()}"


def staff_id_option(value: int | None) -> int | None:
    """A staff id within SQLite's range: anything else is one line, not an OverflowError."""
    if value is not None and not 1 <= value <= MAX_ID:
        raise fail(f"--as {value} is not a staff id (see: rjbot staff list)")
    return value


MAX_ID = 2**63 - 1
AsOperator = Annotated[
    int | None,
    typer.Option(
        "--as",
        help="Your staff id, named in the audit log (see: rjbot staff list).",
        callback=staff_id_option,
    ),
]


async def staff_member(store: Store, staff_id: int) -> Staff:
    """The member of staff ``--as`` names; a refusal if there is none."""
    found = await Desk(store).by_id(staff_id)
    if found is None:
        raise DeskError(f"No member of staff with id {staff_id}. See: rjbot staff list")
    return found


async def operator(store: Store, staff_id: int | None) -> str:
    """The audit log's actor for an operator's command: --as, else the logged-in user."""
    return cli_actor() if staff_id is None else (await staff_member(store, staff_id)).actor


async def _audit_profile(store: Store, profile: ServiceProfile) -> None:
    """Note in the audit log when a command runs under a different service profile."""
    digest = hashlib.sha256(profile.model_dump_json().encode()).hexdigest()[:16]
    detail = f"{profile.service.name} ({digest})"
    async with store.read() as tx:
        last = await tx.fetch_one(
            "SELECT detail FROM audit WHERE action = 'profile-load' ORDER BY id DESC LIMIT 1"
        )
    if last is None or last[0] != detail:
        await operator_audit(store, cli_actor(), "profile-load", detail)


def with_store(options: Options, work: Callable[[Store], Awaitable[T]]) -> T:
    profile = profile_of(options)
    check_db_path(options.db)
    try:
        keys = keyring(options.db)
    except ConfigError as error:
        raise fail(str(error)) from None

    async def run() -> T:
        async with await Store.open(options.db, profile.deadlines, keys) as store:
            await _audit_profile(store, profile)
            return await work(store)

    try:
        return asyncio.run(run())
    except DataKeyError as error:
        raise fail(f"data key: {error}") from None
    except DeskError as error:
        raise fail(str(error)) from None
    except sqlite3.DatabaseError as error:
        raise fail(f"{where(options.db)} cannot be used: {error}") from None


def where(db: Path | str) -> str:
    """The store, named without the password a URL may carry."""
    if isinstance(db, Path):
        return str(db)
    parts = urlsplit(db)
    return f"the PostgreSQL database {parts.path.lstrip('/')} on {parts.hostname}"


SQLITE_HEADER = b"SQLite format 3\x00"


def check_db_path(db: Path | str) -> None:
    """A --db that cannot be a store is one line, before any key file is made for it."""
    if isinstance(db, str):
        return  # a URL: the server says whether it can be used
    if db.is_dir():
        raise fail(f"--db {db} is a folder: give the database file, e.g. {db / 'rjbot.sqlite3'}")
    if not db.parent.is_dir():
        raise fail(f"the folder {db.parent} (for --db) does not exist: make it first")
    if db.exists() and db.stat().st_size > 0:
        try:
            with db.open("rb") as handle:
                head = handle.read(len(SQLITE_HEADER))
        except OSError as error:
            raise fail(f"cannot read {db}: {error.strerror}") from None
        if head != SQLITE_HEADER:
            raise fail(f"{db} is not an rjbot database (not an SQLite file): check --db")


def check_store(options: Options) -> None:
    """Open the store once before a long-running server starts: a wrong key stops it here."""

    async def nothing(store: Store) -> None:
        return None

    with_store(options, nothing)
