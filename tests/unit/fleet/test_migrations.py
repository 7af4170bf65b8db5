"""The fleet store's migrations: from nothing to the newest, and 0002 fills the kiosk days
from figures a store already holds."""
from __future__ import annotations

from alembic import command
from sqlalchemy import text

from kiosk.fleet.database import alembic_config, make_engine, upgrade
from kiosk.fleet.figures import known_kiosks


def test_an_older_store_is_brought_up_to_date_with_its_kiosk_days(database_url):
    engine = make_engine(database_url)
    try:
        with engine.begin() as connection:
            command.upgrade(alembic_config(connection), "fleet0001")
            connection.execute(text(
                "INSERT INTO fleet_usage_counts VALUES ('k2', '2026-11-01T09', 'search', '', '', 5),"
                " ('k2', '2026-11-01T10', 'search', '', '', 6), ('k1', '2026-11-03T09', 'search', '', '', 7)"))
        upgrade(engine)
        upgrade(engine)  # a second time changes nothing
        with engine.connect() as connection:
            days = connection.execute(text(
                "SELECT kiosk_id, day FROM fleet_kiosk_days ORDER BY kiosk_id, day")).all()
            version = connection.execute(text("SELECT version_num FROM fleet_alembic_version")).scalar()
        assert [tuple(d) for d in days] == [("k1", "2026-11-03"), ("k2", "2026-11-01")]
        assert version == "fleet0002"
        assert known_kiosks(engine) == ["k1", "k2"]
    finally:
        engine.dispose()
