"""A throwaway PostgreSQL cluster on loopback, for the tests that need a database server.

Debian's packages (``postgresql-15``) put the server in /usr/lib/postgresql/15/bin. The
cluster lives in a fresh temporary folder, listens on 127.0.0.1 only (its socket in that
folder too), and is removed, data and all, when it stops. PostgreSQL refuses to run as root,
and CI runs as root: then the cluster runs as an unprivileged user (``postgres``, or
``nobody``) through ``runuser``.

Used two ways:
- by the test fixtures (tests/conftest.py), which start one per test session unless
  ``RJBOT_TEST_POSTGRES`` already names a server;
- by .ci/run, around the whole run: ``python3 tests/pg_cluster.py COMMAND...`` starts a
  cluster, runs COMMAND with ``RJBOT_TEST_POSTGRES`` set to its URL, then removes it.

Standard library only, so .ci/run can use it before any virtual environment exists.
"""

from __future__ import annotations

import glob
import os
import pwd
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from types import TracebackType

ENV = "RJBOT_TEST_POSTGRES"
# Tests run as this role; a throwaway cluster trusts loopback (nothing else can reach it).
ROLE = "rjbot"
# Durability is pointless for data removed at the end, and costs the tests time.
_FAST = "-c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200"


class ClusterError(RuntimeError):
    """PostgreSQL is not installed, or the cluster would not start."""


def server_bin() -> Path:
    """The folder with initdb and pg_ctl: RJBOT_PG_BIN, Debian's newest, or PATH."""
    given = os.environ.get("RJBOT_PG_BIN")
    candidates = [given] if given else []
    candidates += sorted(
        glob.glob("/usr/lib/postgresql/*/bin"), key=lambda p: int(Path(p).parent.name)
    )[::-1]
    on_path = shutil.which("initdb")
    if on_path:
        candidates.append(str(Path(on_path).parent))
    for folder in candidates:
        if (Path(folder) / "initdb").is_file() and (Path(folder) / "pg_ctl").is_file():
            return Path(folder)
    raise ClusterError(
        "PostgreSQL is not installed (no initdb and pg_ctl in /usr/lib/postgresql/*/bin or on "
        "PATH): apt-get install -y postgresql-15, or set RJBOT_PG_BIN"
    )


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _runner() -> tuple[list[str], int | None, int | None]:
    """How to run the server's tools: as ourselves, or (when root) as a plain user."""
    if os.geteuid() != 0:
        return [], None, None
    for name in ("postgres", "nobody"):
        try:
            user = pwd.getpwnam(name)
        except KeyError:
            continue
        return ["runuser", "-u", name, "--"], user.pw_uid, user.pw_gid
    raise ClusterError("running as root, and there is no postgres or nobody user to run as")


class Cluster:
    """``with Cluster() as pg``: initdb, start on a free loopback port, stop and remove."""

    def __init__(self, start_timeout: float = 120) -> None:
        self.start_timeout = start_timeout
        self.bin = server_bin()
        self.port = 0
        self._home: Path | None = None

    @property
    def url(self) -> str:
        """The ``postgres`` database as the test role: tests make their own from it."""
        return f"postgresql://{ROLE}@127.0.0.1:{self.port}/postgres"

    def _run(self, home: Path, *args: str, timeout: float) -> None:
        prefix, _, _ = _runner()
        # In the cluster's folder: the unprivileged user may not read the caller's.
        done = subprocess.run(
            [*prefix, *args], capture_output=True, text=True, timeout=timeout, check=False, cwd=home
        )
        if done.returncode != 0:
            raise ClusterError(f"{Path(args[0]).name} failed:\n{done.stdout}\n{done.stderr}")

    def start(self) -> None:
        _, uid, gid = _runner()
        self._home = Path(tempfile.mkdtemp(prefix="rjbot-pg-"))
        if uid is not None and gid is not None:
            os.chown(self._home, uid, gid)
        data = self._home / "data"
        try:
            self._run(
                self._home,
                str(self.bin / "initdb"),
                "-D",
                str(data),
                "-U",
                ROLE,
                "--auth=trust",
                "--encoding=UTF8",
                "--no-locale",
                "--no-sync",
                timeout=self.start_timeout,
            )
            # A free port can be taken between probing and binding: try a few.
            for attempt in range(3):
                self.port = _free_port()
                try:
                    self._run(
                        self._home,
                        str(self.bin / "pg_ctl"),
                        "-D",
                        str(data),
                        "-l",
                        str(self._home / "server.log"),
                        "-w",
                        "-t",
                        str(int(self.start_timeout)),
                        "-o",
                        f"-c listen_addresses=127.0.0.1 -p {self.port} "
                        f"-c unix_socket_directories={self._home} {_FAST}",
                        "start",
                        timeout=self.start_timeout + 10,
                    )
                    return
                except ClusterError:
                    if attempt == 2:
                        raise
                    time.sleep(0.5)
        except BaseException as error:
            log = self._home / "server.log"
            if log.is_file() and isinstance(error, ClusterError):
                error.add_note(log.read_text("utf-8", errors="replace")[-3000:])
            self.stop()
            raise

    def stop(self) -> None:
        home, self._home = self._home, None
        if home is None:
            return
        data = home / "data"
        try:
            if (data / "postmaster.pid").exists():
                self._run(
                    home,
                    str(self.bin / "pg_ctl"),
                    "-D",
                    str(data),
                    "-m",
                    "fast",
                    "stop",
                    timeout=60,
                )
        finally:
            shutil.rmtree(home, ignore_errors=True)

    def __enter__(self) -> Cluster:
        self.start()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()


def psql(url: str, sql: str) -> str:
    """Run one statement as the test role, its rows unaligned (CREATE DATABASE cannot run in
    a transaction, so this is not done through a driver's)."""
    done = subprocess.run(
        [str(server_bin() / "psql"), "-X", "-qAt", "-v", "ON_ERROR_STOP=1", "-d", url, "-c", sql],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    if done.returncode != 0:
        raise ClusterError(f"psql: {done.stderr.strip()}")
    return done.stdout.strip()


def database_url(server: str, name: str) -> str:
    """The URL of database ``name`` on the server that ``server`` points at."""
    return f"{server.rsplit('/', 1)[0]}/{name}"


@contextmanager
def fresh_database(server: str, template: str | None = None) -> Iterator[str]:
    """A new database on ``server`` (a URL), dropped afterwards even if in use: empty, or a
    copy of the database named ``template`` (which nothing may be connected to)."""
    name = f"rjbot_{uuid.uuid4().hex[:16]}"
    psql(server, f"CREATE DATABASE {name}" + (f" TEMPLATE {template}" if template else ""))
    try:
        yield database_url(server, name)
    finally:
        psql(server, f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


def main(argv: list[str]) -> int:
    """Run a command with a throwaway cluster around it (for .ci/run)."""
    if not argv:
        sys.stderr.write("usage: python3 tests/pg_cluster.py COMMAND [ARG...]\n")
        return 2
    try:
        with Cluster() as cluster:
            sys.stderr.write(f"pg_cluster: PostgreSQL on 127.0.0.1:{cluster.port}\n")
            return subprocess.run(
                argv, env={**os.environ, ENV: cluster.url}, check=False
            ).returncode
    except ClusterError as error:
        sys.stderr.write(f"pg_cluster: {error}\n")
        return 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
