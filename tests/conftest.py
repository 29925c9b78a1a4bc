"""Test-wide settings."""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest

from tests.pg_cluster import ENV, Cluster, ClusterError, fresh_database


@pytest.fixture(autouse=True)
def _fast_test_drivers(monkeypatch: pytest.MonkeyPatch) -> None:
    """Tests press buttons faster than any person; the flood limit has a test of its own."""
    monkeypatch.setenv("RJBOT_FLOOD_PER_10S", "1000")


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[str]:
    """A PostgreSQL server for this session: the one .ci/run started, or a throwaway one.

    Under CI a missing server fails the tests that need it: a green run never hides
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
        if os.environ.get("CI") == "true":
            pytest.fail(f"PostgreSQL is needed here: {error}")
        pytest.skip(f"PostgreSQL is not available: {error}")
    try:
        yield cluster.url
    finally:
        cluster.stop()


@pytest.fixture
def postgres_url(postgres_server: str) -> Iterator[str]:
    """A new, empty PostgreSQL database for one test, dropped after it."""
    with fresh_database(postgres_server) as url:
        yield url
