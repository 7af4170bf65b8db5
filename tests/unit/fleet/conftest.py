"""A fresh fleet store per test, on SQLite and on PostgreSQL, and small CSV files to feed it."""
from __future__ import annotations

import pytest

from kiosk.stats.export import COLUMNS


@pytest.fixture
def fleet_engine(database_url):
    from kiosk.fleet.database import open_fleet_database

    engine = open_fleet_database(database_url)
    yield engine
    engine.dispose()


def csv_text(rows) -> str:
    return ",".join(COLUMNS) + "\n" + "".join(",".join(map(str, row)) + "\n" for row in rows)


@pytest.fixture
def write_csv(tmp_path):
    def write(name: str, rows, text: str | None = None):
        path = tmp_path / name
        path.write_text(csv_text(rows) if text is None else text, encoding="utf-8")
        return path
    return write
