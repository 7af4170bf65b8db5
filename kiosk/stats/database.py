"""The writable state database: SQLite in WAL mode with synchronous=FULL, its schema brought
up to date by the Alembic migrations shipped in this package (no alembic.ini needed)."""
from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlalchemy.engine import Engine

MIGRATIONS = Path(__file__).resolve().parent / "migrations"
# The newest migration. When the database is already there, neither Alembic (about 13 MB of
# memory) nor SQLAlchemy is imported for it; a test checks this against the migration scripts.
HEAD_REVISION = "0001"


def _pragmas(dbapi_connection, _record) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=FULL")  # a counted event survives a power cut
    cursor.execute("PRAGMA busy_timeout=2000")
    cursor.close()


def make_state_engine(path: Path) -> Engine:
    from sqlalchemy import create_engine, event

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


def stored_revision(path: Path) -> str | None:
    """The revision recorded in the database, read with sqlite3 alone (None if none)."""
    if not Path(path).exists():
        return None
    try:
        with closing(sqlite3.connect(path)) as connection:
            row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.Error:
        return None
    return row[0] if row else None


def ensure_schema(path: Path) -> None:
    """Migrate to the newest schema; Alembic is imported only when there is work to do."""
    if stored_revision(path) != HEAD_REVISION:
        engine = make_state_engine(path)
        try:
            upgrade(engine)
        finally:
            engine.dispose()


def open_state_database(path: Path) -> Engine:
    """An engine on the migrated database, for reading the figures (staff, exports)."""
    ensure_schema(path)
    return make_state_engine(path)


def open_state_connection(path: Path) -> sqlite3.Connection:
    """A plain sqlite3 connection on the migrated database, for the recorder's writes: a
    count costs microseconds of Python (the fsync releases the GIL), so the writer thread
    takes almost nothing from the screen's thread."""
    ensure_schema(path)
    connection = sqlite3.connect(path, timeout=2.0)
    _pragmas(connection, None)
    return connection
