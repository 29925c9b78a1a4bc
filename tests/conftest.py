"""Test-wide settings."""

from __future__ import annotations

import asyncio
import hashlib
import os
import shutil
import sqlite3
import subprocess
import uuid
from collections.abc import AsyncIterator, Coroutine, Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import asynccontextmanager, closing, contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

import asyncpg
import pytest

from referral_store import Store
from referral_store.crypto import Keyring, key_file_for, new_key, parse_keys
from referral_store.deadlines import DeadlinePolicy
from referral_store.postgres import WRITE_LOCK, dialect
from tests.pg_cluster import (
    ENV,
    Cluster,
    ClusterError,
    database_url,
    fresh_database,
    psql,
    server_bin,
)


@pytest.fixture(autouse=True)
def _fast_test_drivers(monkeypatch: pytest.MonkeyPatch) -> None:
    """Tests press buttons faster than any person; the flood limit has a test of its own."""
    monkeypatch.setenv("RJBOT_FLOOD_PER_10S", "1000")


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[str]:
    """A PostgreSQL server for this session: the one .ci/run started, or a throwaway one.

    A missing server fails the tests that need it, in CI or not: a green run never hides
    an untested backend.
    """
    given = os.environ.get(ENV)
    if given:
        yield given
        return
    cluster = Cluster()
    try:
        cluster.start()
    except ClusterError as error:
        # Never a skip: `make test` installs PostgreSQL first (tools/system-deps).
        pytest.fail(f"PostgreSQL is needed here (tools/system-deps installs it): {error}")
    try:
        yield cluster.url
    finally:
        cluster.stop()


@pytest.fixture
def postgres_url(postgres_server: str) -> Iterator[str]:
    """A new, empty PostgreSQL database for one test, dropped after it."""
    with fresh_database(postgres_server) as url:
        yield url


def raw(db: Path) -> bytes:
    """Everything SQLite has on disk for this database: the file, its WAL and shared memory."""
    return b"".join(
        path.read_bytes() for path in (db, Path(f"{db}-wal"), Path(f"{db}-shm")) if path.exists()
    )


T = TypeVar("T")
_PG_VERSION = "SELECT max(version) FROM schema_version"


def blocking(work: Coroutine[object, object, T]) -> T:
    """Run ``work`` to the end from plain code, even inside a running event loop (an async
    test's synchronous helper): on a loop of its own, in a thread of its own."""
    with ThreadPoolExecutor(1) as thread:
        return thread.submit(asyncio.run, work).result(timeout=120)


@dataclass(frozen=True)
class Backend:
    """Where a test's store lives: an SQLite file, or a fresh PostgreSQL database."""

    name: str
    db: Path | str
    keyring: Keyring | None
    # The keyring's keys as RJBOT_DATA_KEY gives them, for child processes.
    _encoded: tuple[str, ...] = ()

    async def open(
        self, policy: DeadlinePolicy | None = None, keyring: Keyring | None = None
    ) -> Store:
        """The store, with this backend's key unless another ``keyring`` is given."""
        return await Store.open(self.db, policy, self.keyring if keyring is None else keyring)

    @property
    def path(self) -> Path:
        """The SQLite file (for a test about SQLite's own files only)."""
        assert isinstance(self.db, Path), "an SQLite-only step on the PostgreSQL backend"
        return self.db

    def env(self) -> dict[str, str]:
        """What a child process (``rjbot ...``) needs to open this store."""
        return {"RJBOT_DB": str(self.db), **self.key_env()}

    @contextmanager
    def copy(self) -> Iterator[Backend]:
        """A copy of the store as it is now (with its key), removed after the block: for
        a test that spoils one to see what notices. Nothing may have it open."""
        if isinstance(self.db, Path):
            copy = self.db.with_name(f"copy-{uuid.uuid4().hex[:8]}.sqlite3")
            with closing(sqlite3.connect(self.db)) as source, closing(sqlite3.connect(copy)) as to:
                source.backup(to)
            shutil.copy(key_file_for(self.db), key_file_for(copy))  # private, as its source
            yield Backend(self.name, copy, self.keyring, self._encoded)
            return
        name = self.db.rsplit("/", 1)[1]
        with fresh_database(database_url(self.db, "postgres"), template=name) as url:
            yield Backend(self.name, url, self.keyring, self._encoded)

    def schema_version(self) -> int:
        """The number of migrations the store has run: SQLite's user_version, or the
        PostgreSQL store's schema_version table."""
        sql = "PRAGMA user_version" if self.name == "sqlite" else _PG_VERSION
        [(version,)] = self.select(sql)
        return int(str(version))

    def claim_schema_version(self, version: int) -> None:
        """Mark the store as migrated to ``version`` (as a newer rjbot would, or an older)."""
        if self.name == "sqlite":
            self.change(f"PRAGMA user_version = {int(version)}")
            return
        self.change("DELETE FROM schema_version WHERE version >= ?", (version,))
        self.change("INSERT INTO schema_version (version) VALUES (?)", (version,))

    def digest(self) -> str:
        """A fingerprint of every row kept: it changes with any write (and, unlike the
        files, not with the server's own housekeeping)."""
        kept = raw(self.db) if isinstance(self.db, Path) else self._dump()
        return hashlib.sha256(kept).hexdigest()

    def select(self, sql: str, params: tuple[object, ...] = ()) -> list[tuple[object, ...]]:
        """:meth:`committed`, from plain code."""
        return blocking(self.committed(sql, params))

    def change(self, sql: str, params: tuple[object, ...] = ()) -> None:
        """:meth:`apply`, from plain code."""
        blocking(self.apply(sql, params))

    def raw(self) -> bytes:
        """Everything the database keeps: SQLite's file, WAL and shared memory; or every
        row of the PostgreSQL database as pg_dump writes it out, and the files of its
        tables and indexes as they are on disk (old row versions and freed space too)."""
        if isinstance(self.db, Path):
            return raw(self.db)
        # Written out first: the newest pages may be in the server's memory alone.
        psql(self.db, "CHECKPOINT")
        data = Path(psql(self.db, "SHOW data_directory"))
        files = psql(
            self.db,
            "SELECT pg_relation_filepath(oid) FROM pg_class "
            "WHERE pg_relation_filepath(oid) IS NOT NULL",
        ).split()
        # Each relation's file, and its further segments (one every 1 GB): "16385.1", ...
        segments = [
            segment
            for base in (data / name for name in files)
            for segment in (base, *sorted(base.parent.glob(f"{base.name}.*")))
            if segment.exists()
        ]
        return self._dump() + b"".join(segment.read_bytes() for segment in segments)

    def _dump(self) -> bytes:
        """Every row of the PostgreSQL database, as pg_dump writes it out."""
        return subprocess.run(
            # A fixed restrict key (a random one by default): the same rows, the same dump.
            [str(server_bin() / "pg_dump"), "--data-only", "--restrict-key=rjbot", str(self.db)],
            capture_output=True,
            check=True,
            timeout=120,
        ).stdout

    def key_env(self) -> dict[str, str]:
        """What a child process needs to open this store with the same key."""
        if self.keyring is None:
            return {}
        return {"RJBOT_DATA_KEY": ",".join(self._encoded)}

    async def committed(
        self, sql: str, params: tuple[object, ...] = ()
    ) -> list[tuple[object, ...]]:
        """Read through a connection of its own, which sees only what was committed."""
        if isinstance(self.db, Path):
            db = sqlite3.connect(self.db)
            try:
                return db.execute(sql, params).fetchall()
            finally:
                db.close()
        conn = await asyncpg.connect(self.db)
        try:
            return [tuple(r.values()) for r in await conn.fetch(dialect(sql), *params)]
        finally:
            await conn.close()

    async def apply(self, sql: str, params: tuple[object, ...] = ()) -> None:
        """Write through a connection of its own, committed at once."""
        if isinstance(self.db, Path):
            db = sqlite3.connect(self.db)
            try:
                with db:
                    db.execute(sql, params)
            finally:
                db.close()
            return
        conn = await asyncpg.connect(self.db)
        try:
            await conn.execute(dialect(sql), *params)
        finally:
            await conn.close()

    @asynccontextmanager
    async def writes_held(self) -> AsyncIterator[None]:
        """Another process holds the store's write lock until the block ends."""
        if isinstance(self.db, Path):
            blocker = sqlite3.connect(self.db, isolation_level=None)
            try:
                blocker.execute("BEGIN IMMEDIATE")
                yield
            finally:
                blocker.execute("ROLLBACK")
                blocker.close()
            return
        conn = await asyncpg.connect(self.db)
        try:
            await conn.execute("SELECT pg_advisory_lock($1)", WRITE_LOCK)
            yield
        finally:
            await conn.close()


def backend_of(db: Path | Backend) -> Backend:
    """A store given as an SQLite file's path (its key file beside it), as a Backend."""
    return db if isinstance(db, Backend) else Backend("sqlite", db, None)


@pytest.fixture
def sqlite_backend(tmp_path: Path) -> Backend:
    """The SQLite file alone, for a test about what only SQLite has (its files beside the
    database, the key file among them); each such test says why."""
    return Backend("sqlite", tmp_path / "rj.sqlite3", None)


@pytest.fixture(params=["sqlite", "postgresql"])
def backend(request: pytest.FixtureRequest, tmp_path: Path) -> Backend:
    """The store suite runs once on each backend (docs/deploy.md)."""
    if request.param == "sqlite":
        return Backend("sqlite", tmp_path / "rj.sqlite3", None)
    url = request.getfixturevalue("postgres_url")
    key = new_key()
    return Backend("postgresql", url, Keyring(tuple(parse_keys(key))), (key,))


@pytest.fixture
def second_backend(backend: Backend, request: pytest.FixtureRequest) -> Iterator[Backend]:
    """Another, empty store of the same kind (and key), for a test that compares two."""
    if isinstance(backend.db, Path):
        yield Backend("sqlite", backend.db.with_name("second.sqlite3"), None)
        return
    with fresh_database(request.getfixturevalue("postgres_server")) as url:
        yield Backend("postgresql", url, backend.keyring, backend._encoded)
