"""A private PostgreSQL 15 cluster for the authoring and fleet tests, started by the test run.

`initdb` and `pg_ctl` refuse to run as root (CI runs as root), so as root the cluster is made
and run as the `postgres` system user (`runuser`), in a temporary folder that user owns,
listening only on a Unix socket there (`listen_addresses=''`): no port, nothing shared with a
system cluster. Each test gets a database of its own, dropped afterwards.
"""
from __future__ import annotations

import pytest

# The cluster itself lives in kiosk/tools so `kiosk bench` can start one too.
from kiosk.tools.postgres_sandbox import PG_BIN, PostgresCluster, why_unavailable  # noqa: F401
from kiosk.tools.postgres_sandbox import clean_leftovers as _clean_leftovers


@pytest.fixture(scope="session")
def postgres_cluster():
    reason = why_unavailable()
    if reason:
        pytest.skip(reason)
    _clean_leftovers()
    cluster = PostgresCluster()
    try:
        cluster.start()
        yield cluster
    finally:
        cluster.stop()


@pytest.fixture
def postgres_url(postgres_cluster):
    """A fresh, empty PostgreSQL database for one test, dropped afterwards."""
    name = postgres_cluster.create_database()
    try:
        yield postgres_cluster.url(name)
    finally:
        postgres_cluster.drop_database(name)


@pytest.fixture(params=["sqlite", "postgresql"])
def database_url(request, tmp_path):
    """The same test on a SQLite file and on a real PostgreSQL database."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'test.db'}"
    else:
        yield request.getfixturevalue("postgres_url")
