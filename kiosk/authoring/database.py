"""Open an authoring store from a URL (PostgreSQL for a team, a SQLite file for one laptop)
and bring its schema up to date with the Alembic migrations shipped in this package."""
from __future__ import annotations

import logging
from pathlib import Path

from alembic.util.exc import CommandError
from sqlalchemy import create_engine, event
from sqlalchemy.engine import Engine, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, NoSuchModuleError, SQLAlchemyError

from kiosk.authoring.errors import StoreUnavailable

MIGRATIONS = Path(__file__).resolve().parent / "migrations"
HEAD_REVISION = "0002"  # the newest migration; a test checks it against the scripts
CONNECT_TIMEOUT_S = 5

log = logging.getLogger(__name__)


def _sqlite_pragmas(dbapi_connection, _record) -> None:
    # No foreign_keys=ON here: a migration that rebuilds a table (SQLite's way to drop a
    # column) would otherwise cascade-delete the rows that point at it. The service's
    # own connections switch them on.
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA busy_timeout=5000")  # a second person saving waits, not fails
    cursor.close()


def normalise_url(url: str) -> str:
    """Accept a plain path for a SQLite file and postgresql:// for psycopg 3."""
    url = str(url).strip()
    if "://" not in url:
        return f"sqlite:///{Path(url).expanduser().resolve()}"
    if url.startswith("postgresql://") or url.startswith("postgres://"):
        return "postgresql+psycopg://" + url.split("://", 1)[1]
    return url


def safe_url(url: str) -> str:
    """The URL as it may be shown or logged: without a password."""
    try:
        return make_url(normalise_url(url)).render_as_string(hide_password=True)
    except ArgumentError:
        return "<not a database URL>"


def make_engine(url: str) -> Engine:
    url = normalise_url(url)
    try:
        parsed = make_url(url)
    except ArgumentError as exc:
        raise StoreUnavailable(f"not a database URL: {url!r}") from exc
    kwargs: dict = {}
    if parsed.get_backend_name() == "sqlite":
        if parsed.database and parsed.database != ":memory:":
            folder = Path(parsed.database).expanduser().parent
            if not folder.is_dir():
                raise StoreUnavailable(f"cannot open {safe_url(url)}: folder {folder} does not exist")
    elif parsed.get_backend_name() == "postgresql":
        kwargs["connect_args"] = {"connect_timeout": CONNECT_TIMEOUT_S}
        kwargs["pool_pre_ping"] = True  # a server restarted since the last call: reconnect
    try:
        engine = create_engine(url, **kwargs)
    except (ArgumentError, NoSuchModuleError, ImportError) as exc:
        raise StoreUnavailable(f"cannot use {safe_url(url)}: {exc}") from exc
    if parsed.get_backend_name() == "sqlite":
        event.listen(engine, "connect", _sqlite_pragmas)
    return engine


def unavailable(url: str, exc: BaseException) -> StoreUnavailable:
    """A one-line StoreUnavailable for a driver error; the full error goes to the log."""
    log.warning("authoring store %s unavailable: %s", safe_url(url), type(exc).__name__)
    log.debug("authoring store error", exc_info=exc)
    detail = str(getattr(exc, "orig", None) or exc).strip().splitlines()
    reason = detail[0] if detail else type(exc).__name__
    return StoreUnavailable(f"database {safe_url(url)} unavailable: {reason}")


def alembic_config(connection=None):
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.attributes["connection"] = connection
    return config


def current_revision(engine: Engine) -> str | None:
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def upgrade(engine: Engine) -> None:
    """Bring the schema to the newest migration (creating it in an empty database)."""
    from alembic import command

    with engine.begin() as connection:
        command.upgrade(alembic_config(connection), "head")


def open_store(url: str, create: bool = True) -> Engine:
    """An engine on a migrated store. With `create` False, a database without the studio's
    tables is refused rather than set up (for read-only tools)."""
    engine = make_engine(url)
    try:
        revision = current_revision(engine)
        if revision != HEAD_REVISION:
            if revision is None and not create:
                raise StoreUnavailable(f"{safe_url(url)} holds no content studio store")
            upgrade(engine)
    except CommandError as exc:  # e.g. a revision this code does not know: a newer studio
        engine.dispose()
        raise StoreUnavailable(f"{safe_url(url)}: schema {revision} is not one this version "
                               f"of the studio knows ({exc})") from exc
    except (DBAPIError, SQLAlchemyError) as exc:
        engine.dispose()
        raise unavailable(url, exc) from exc
    except StoreUnavailable:
        engine.dispose()
        raise
    return engine
