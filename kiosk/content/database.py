"""Build the content database from a pack, and keep it current and whole at start-up.

A SQLite database is built beside the old one, checked, synced and switched with an atomic
rename, so a failed build never leaves the kiosk without content: whatever stops a build
(a full disk, a read-only folder, kill -9, a fault of ours) the old file stays whole and
serving, and the next start builds again. One build at a time: `content.db.lock` (flock,
dropped by the kernel when its holder dies) makes a second build wait or refuse.
"""
from __future__ import annotations

import contextlib
import fcntl
import logging
import os
import time
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

from sqlalchemy import create_engine, event, select, text
from sqlalchemy.engine import Engine, make_url
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from kiosk.content import models
from kiosk.content.pack import LoadedPack, Problem, load_pack, pack_fingerprint
from kiosk.content.search import SEARCH_SCHEMA, build_index
from kiosk.durable import fsync_path, write_failure
from kiosk.paths import PICTOGRAMS

log = logging.getLogger(__name__)


class DatabaseCorrupt(Exception):
    """The database file exists but cannot be read as a content database."""


class BuildBusy(Exception):
    """Another process is building the content database right now."""


class PackInvalid(Exception):
    """The content pack has errors; `problems` lists them."""

    def __init__(self, problems: list[Problem]):
        super().__init__(f"content pack has {len(problems)} error(s)")
        self.problems = problems


@dataclass
class EnsureResult:
    """What start-up did to the database and why: 'kept', 'built', 'rebuilt' or 'unavailable'."""

    action: str
    message: str
    problems: list[Problem] = field(default_factory=list)

    @property
    def serving(self) -> bool:
        return self.action != "unavailable"


def make_engine(url: str) -> Engine:
    engine = create_engine(url)
    if engine.dialect.name == "sqlite":
        # Rollback journal, not WAL: WAL can fail to open from a read-only folder.
        @event.listens_for(engine, "connect")
        def _pragmas(dbapi_connection, _record):
            cursor = dbapi_connection.cursor()
            cursor.execute("PRAGMA foreign_keys=ON")
            cursor.close()

    return engine


def sqlite_path(url: str) -> Path | None:
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or not parsed.database or parsed.database == ":memory:":
        return None
    return Path(parsed.database)


def _reading_engine(url: str) -> Engine:
    """An engine that only reads: for SQLite it never creates an empty file where none is."""
    path = sqlite_path(url)
    if path is None:
        return make_engine(url)
    return make_engine(f"sqlite:///file:{path}?mode=ro&uri=true")


def read_fingerprint(url: str) -> str | None:
    """The fingerprint of the pack the database was built from; None if there is no database."""
    path = sqlite_path(url)
    if path is not None and not path.exists():
        return None
    engine = _reading_engine(url)
    try:
        with engine.connect() as conn:
            if path is not None:
                verdict = conn.execute(text("PRAGMA quick_check")).scalar()
                if verdict != "ok":
                    raise DatabaseCorrupt(f"integrity check failed: {verdict}")
            row = conn.execute(
                select(models.Meta.value).where(models.Meta.key == "fingerprint")
            ).scalar()
            if row is None:
                raise DatabaseCorrupt("no fingerprint in meta table")
            return row
    except DBAPIError as exc:
        if path is None:
            return None  # a server database without our tables yet
        raise DatabaseCorrupt(str(exc.orig)) from exc
    finally:
        engine.dispose()


BUILD_WAIT_S = 300.0  # a kiosk starting during a build waits this long for it to finish


@contextlib.contextmanager
def build_lock(url: str, wait: bool = True):
    """Hold the build lock of the SQLite database at `url` (nothing for a server database).

    With `wait`, block until another build is done (up to BUILD_WAIT_S); else raise BuildBusy.
    """
    path = sqlite_path(url)
    if path is None:
        yield
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path.with_name(path.name + ".lock"), os.O_RDWR | os.O_CREAT, 0o644)
    try:
        deadline = time.monotonic() + BUILD_WAIT_S
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if not wait or time.monotonic() > deadline:
                    raise BuildBusy("another content build is running") from None
                time.sleep(0.05)
        yield
    finally:
        os.close(fd)  # closing drops the lock


def build_database(pack: LoadedPack, url: str, wait: bool = True) -> None:
    """Write the pack into a fresh database at `url`; refuses a pack with errors.

    Raises BuildBusy when another build holds the lock and `wait` is false (or it waits too
    long); anything else that stops the build leaves the old database as it was.
    """
    if pack.errors:
        raise PackInvalid(pack.errors)
    with build_lock(url, wait):
        _build(pack, url)


def _build(pack: LoadedPack, url: str) -> None:
    """Build and switch; call with the build lock held."""
    path = sqlite_path(url)
    if path is None:
        engine = make_engine(url)
        try:
            _fill(engine, pack, recreate=True)
        finally:
            engine.dispose()  # the pooled connection, or it stays open until collected
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    staging = path.with_name(path.name + ".building")
    _remove_staging(staging)  # left by a build that was killed
    engine = make_engine(f"sqlite:///{staging}")
    try:
        _fill(engine, pack, recreate=False)
        with engine.connect() as conn:
            verdict = conn.execute(text("PRAGMA integrity_check")).scalar()
        if verdict != "ok":
            raise DatabaseCorrupt(f"new database failed its integrity check: {verdict}")
        engine.dispose()
        fsync_path(staging)
        os.replace(staging, path)
    except BaseException:
        engine.dispose()
        _remove_staging(staging)
        raise
    fsync_path(path.parent)


def _remove_staging(staging: Path) -> None:
    for leftover in (staging, staging.with_name(staging.name + "-journal")):
        with contextlib.suppress(OSError):
            leftover.unlink(missing_ok=True)


def _fill(engine: Engine, pack: LoadedPack, recreate: bool) -> None:
    if recreate:
        models.Base.metadata.drop_all(engine)
    models.Base.metadata.create_all(engine)
    meta = {
        "version": pack.version,
        "fingerprint": pack.fingerprint,
        "default_language": pack.default_language,
        "languages": ",".join(pack.languages),
        "complete_languages": ",".join(pack.complete_languages()),
        "built_at": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        "search_schema": SEARCH_SCHEMA,
    }
    with Session(engine) as session, session.begin():
        session.add_all(models.Meta(key=k, value=v) for k, v in meta.items())
        for topic in pack.topics.values():
            session.add(models.Topic(
                id=topic.id, kind=topic.kind, order=topic.order,
                pictogram=topic.pictogram, opens=topic.opens,
                texts=[
                    models.TopicText(language=t.language, reviewed=t.reviewed, **t.fields)
                    for t in topic.texts.values()
                ],
            ))
        session.flush()
        for topic in pack.topics.values():
            session.add_all(
                models.TopicLink(topic_id=topic.id, position=i, target_id=target)
                for i, target in enumerate(topic.related)
            )
        for office in pack.offices.values():
            session.add(models.Office(
                id=office.id, order=office.order, central=office.central,
                phone=office.phone, email=office.email, website=office.website,
                latitude=office.latitude, longitude=office.longitude,
                city_latitude=office.city_latitude, city_longitude=office.city_longitude,
                city_source=office.city_source,
                texts=[
                    models.OfficeText(language=t.language, reviewed=t.reviewed, **t.fields)
                    for t in office.texts.values()
                ],
                services=[
                    models.OfficeService(position=i, topic_id=topic_id)
                    for i, topic_id in enumerate(office.services)
                ],
            ))
        for number in pack.emergency:
            session.add(models.EmergencyNumber(
                id=number.id, number=number.number, order=number.order,
                texts=[
                    models.EmergencyText(
                        language=t.language, reviewed=t.reviewed,
                        label=t.fields["label"], note=t.fields.get("note", ""),
                    )
                    for t in number.texts.values()
                ],
            ))
        if pack.leaflet is not None:
            session.add_all(
                models.LeafletText(language=t.language, key=key, reviewed=t.reviewed, value=value)
                for t in pack.leaflet.texts.values()
                for key, value in t.fields.items()
            )
    with engine.begin() as conn:  # the search index, from the rows just written
        build_index(conn)


def search_schema_current(url: str) -> bool:
    """False for a database built before this kiosk's search index layout: rebuild it."""
    engine = _reading_engine(url)
    try:
        with engine.connect() as conn:
            stored = conn.execute(
                select(models.Meta.value).where(models.Meta.key == "search_schema")
            ).scalar()
    except DBAPIError:
        return False
    finally:
        engine.dispose()
    return stored == SEARCH_SCHEMA


def ensure_database(content_dir: Path, url: str) -> EnsureResult:
    """Make the database match the pack; when that fails in any way, keep serving what is there.

    A start during another build waits for it, then finds the database up to date.
    """
    content_dir = Path(content_dir)
    stored, corrupt = _stored_fingerprint(url)
    if stored is not None and _up_to_date(content_dir, url, stored):
        return EnsureResult("kept", "content database is up to date")
    try:
        with build_lock(url, wait=True):
            stored, corrupt = _stored_fingerprint(url)  # a build may have finished meanwhile
            if stored is not None and _up_to_date(content_dir, url, stored):
                return EnsureResult("kept", "content database is up to date")
            pack = load_pack(content_dir, PICTOGRAMS)
            if pack.errors:
                for problem in pack.errors:
                    log.error("content pack: %s", problem)
                if stored is not None:
                    return EnsureResult(
                        "kept", "content pack has errors; the previous content keeps serving",
                        pack.errors)
                return EnsureResult(
                    "unavailable", "content pack has errors and there is no previous content",
                    pack.errors)
            _build(pack, url)
    except Exception as exc:  # full disk, read-only folder, a build elsewhere, a fault of ours
        reason = build_failure(exc)
        log.exception("content database could not be built: %s", reason)
        if stored is not None:
            return EnsureResult(
                "kept", f"the content database could not be rebuilt ({reason}); "
                        "the previous content keeps serving")
        return EnsureResult(
            "unavailable", f"the content database could not be built ({reason})")
    action = "rebuilt" if corrupt else "built"
    log.info("content database %s from pack version %s", action, pack.version)
    return EnsureResult(action, f"content database {action} from pack version {pack.version}")


def _stored_fingerprint(url: str) -> tuple[str | None, str | None]:
    """(fingerprint of the database now, or None; why it cannot be read, or None)."""
    try:
        return read_fingerprint(url), None
    except DatabaseCorrupt as exc:
        log.error("content database unreadable (%s); rebuilding it", exc)
        return None, str(exc)
    except Exception as exc:  # e.g. a server database that cannot be reached
        log.exception("content database cannot be read")
        return None, build_failure(exc)


def _up_to_date(content_dir: Path, url: str, stored: str) -> bool:
    return ((content_dir / "pack.toml").is_file() and stored == pack_fingerprint(content_dir)
            and search_schema_current(url))


def build_failure(exc: BaseException) -> str:
    """One line an operator can act on, for the ways a build fails."""
    if isinstance(exc, BuildBusy):
        return "another content build is running; it was not finished in time"
    known = write_failure(exc)
    if known:
        return known
    orig = getattr(exc, "orig", None)  # SQLAlchemy wraps the sqlite3 error
    message = " ".join(str(orig if orig is not None else exc).split()) or type(exc).__name__
    if "disk is full" in message:
        return "the disk is full"
    if "readonly" in message or "unable to open database file" in message:
        return "the data folder cannot be written"
    return message
