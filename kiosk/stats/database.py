"""The writable state database: SQLite in WAL mode with synchronous=FULL, its schema brought
up to date by the Alembic migrations shipped in this package (no alembic.ini needed)."""
from __future__ import annotations

from pathlib import Path

from sqlalchemy import create_engine, event
from sqlalchemy.engine import Engine

MIGRATIONS = Path(__file__).resolve().parent / "migrations"
# The newest migration. When the database is already there, Alembic (about 13 MB of memory)
# is not even imported; a test checks this against the migration scripts.
HEAD_REVISION = "0001"


def _pragmas(dbapi_connection, _record) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=FULL")  # a counted event survives a power cut
    cursor.execute("PRAGMA busy_timeout=2000")
    cursor.close()


def make_state_engine(path: Path) -> Engine:
    Path(path).parent.mkdir(parents=True, exist_ok=True)
    engine = create_engine(f"sqlite:///{path}")
    event.listen(engine, "connect", _pragmas)
    return engine


def alembic_config(connection=None):
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.attributes["connection"] = connection
    return config


def upgrade(engine: Engine) -> None:
    """Bring the schema to the newest migration; a no-op when it is already there."""
    from alembic import command

    with engine.begin() as connection:
        command.upgrade(alembic_config(connection), "head")


def current_revision(engine: Engine) -> str | None:
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def stored_revision(engine: Engine) -> str | None:
    """The revision recorded in the database, read without Alembic (None if none)."""
    from sqlalchemy.exc import DBAPIError

    try:
        with engine.connect() as connection:
            return connection.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()
    except DBAPIError:
        return None


def open_state_database(path: Path) -> Engine:
    engine = make_state_engine(path)
    if stored_revision(engine) != HEAD_REVISION:
        upgrade(engine)
    return engine
