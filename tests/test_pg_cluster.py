"""The throwaway PostgreSQL cluster the store's tests run on: loopback only, never as root,
and gone once stopped."""

from __future__ import annotations

import os
from pathlib import Path

from tests.pg_cluster import Cluster, fresh_database, psql


def test_a_cluster_listens_on_loopback_as_a_plain_user_and_leaves_nothing_behind() -> None:
    with Cluster() as cluster:
        assert cluster.url.startswith("postgresql://rjbot@127.0.0.1:")
        assert psql(cluster.url, "SHOW listen_addresses") == "127.0.0.1"
        data = Path(psql(cluster.url, "SHOW data_directory"))
        # PostgreSQL refuses root; CI runs as root, so the cluster must be someone else's.
        assert data.stat().st_uid != 0
        if os.geteuid() != 0:
            assert data.stat().st_uid == os.geteuid()
        home = data.parent
    assert not home.exists()


def test_each_test_database_starts_empty_and_is_dropped_after(postgres_server: str) -> None:
    with fresh_database(postgres_server) as url:
        name = url.rsplit("/", 1)[1]
        psql(url, "CREATE TABLE t (x int)")
        listed = psql(postgres_server, f"SELECT count(*) FROM pg_database WHERE datname = '{name}'")
        assert listed == "1"
        with fresh_database(postgres_server) as other:
            assert psql(other, "SELECT count(*) FROM pg_tables WHERE schemaname = 'public'") == "0"
    gone = psql(postgres_server, f"SELECT count(*) FROM pg_database WHERE datname = '{name}'")
    assert gone == "0"
