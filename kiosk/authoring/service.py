"""`StudioService`: the one door to the authoring store, for the studio window and the CLI.

Every method runs in a transaction of its own, checks the acting user's roles, writes an
audit row for every change, and returns frozen records (never ORM objects). Failures are
the `kiosk.authoring.errors` exceptions, each one plain line; a database that cannot be
reached is `StoreUnavailable`, whatever the driver said (the details go to the log).
"""
from __future__ import annotations

import contextlib
import datetime as dt
import logging
from pathlib import Path
from typing import Iterator

from sqlalchemy import delete, event, func, insert, select
from sqlalchemy.engine import Engine
from sqlalchemy.exc import DBAPIError, IntegrityError
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import set_committed_value
from sqlalchemy.orm.exc import StaleDataError

from kiosk.authoring import database
from kiosk.authoring.errors import (
    InvalidFacts, InvalidText, NotFound, PermissionDenied, StaleEdit, StaleFacts, StoreUnavailable,
    StudioError, WorkflowError,
)
from kiosk.authoring.models import AuditEntry, Item, SourceSnapshot, Translation, User, utcnow
from kiosk.authoring.packfiles import MANIFEST_KEY, PackItem, PackText
from kiosk.authoring.records import (
    APPROVED, DRAFT, EMERGENCY, FILE, IN_REVIEW, LEAFLET, MANIFEST, MISSING, OFFICE, TOPIC,
    TRANSLATABLE, AuditRecord, Cell, ExportResult, FactsRecord, Grid, GridFilter, GridRow,
    ImportResult, ItemTexts, LanguageCounts, Permissions, Progress, PublishRequest,
    PublishResult, SourceDiff, StoreInfo, TextRecord, UserRecord,
)
from kiosk.authoring.roles import SYSTEM, Actor, parse_role
from kiosk.authoring.texts import diff_fields, field_specs, is_empty, text_hash, title_of
from kiosk.authoring.validation import (
    normalise_office_facts, office_facts_problems, text_problems,
)
from kiosk.languages import KNOWN_LANGUAGES

log = logging.getLogger(__name__)

FAMILY_ORDER = {TOPIC: 0, OFFICE: 1, EMERGENCY: 2, LEAFLET: 3, MANIFEST: 4, FILE: 5}
OFFICE_CONTACT_FACTS = ("phone", "email", "website", "latitude", "longitude")


def _sqlite_autocommit(dbapi_connection, _record) -> None:
    dbapi_connection.isolation_level = None  # SQLAlchemy emits BEGIN itself (below)


def _sqlite_begin(connection) -> None:
    # Writers take the lock at BEGIN, so two people saving at once queue up (busy_timeout)
    # instead of one failing halfway; readers (DEFERRED) never wait for a writer in WAL mode.
    mode = connection.get_execution_options().get("sqlite_begin", "IMMEDIATE")
    connection.exec_driver_sql(f"BEGIN {mode}")


class StudioService:
    """The authoring store as seen by one person (`user`), or by the system (`user=None`:
    full rights, for the server's command line)."""

    def __init__(self, engine: Engine, url: str, user: str | None = None):
        self.engine = engine
        self.url = url
        self.user = user

    # -- opening -------------------------------------------------------------------------

    @classmethod
    def open(cls, url: str, user: str | None = None, create: bool = True) -> StudioService:
        """Open (and create or upgrade) the store at `url`: a PostgreSQL URL
        (postgresql+psycopg://user:pass@host/db) or a SQLite file (sqlite:///path or a path).
        Raises StoreUnavailable with one line if it cannot be reached."""
        engine = database.open_store(url, create=create)
        if engine.dialect.name == "sqlite":
            event.listen(engine, "connect", _sqlite_autocommit)
            event.listen(engine, "begin", _sqlite_begin)
            engine.dispose()  # connections made during the migration lack the listeners
        return cls(engine, database.normalise_url(url), user)

    def as_user(self, user: str | None) -> StudioService:
        """The same store, acting as another person (shares the connection pool)."""
        return StudioService(self.engine, self.url, user)

    def close(self) -> None:
        self.engine.dispose()

    def ping(self) -> None:
        """Raise StoreUnavailable if the database cannot be reached right now."""
        with self._session(write=False) as session:
            session.execute(select(1))

    @contextlib.contextmanager
    def _session(self, write: bool = True) -> Iterator[Session]:
        try:
            with Session(self.engine, expire_on_commit=False) as session, session.begin():
                if not write and self.engine.dialect.name == "sqlite":
                    session.connection(execution_options={"sqlite_begin": "DEFERRED"})
                yield session
        except StudioError:
            raise
        except (StaleDataError, IntegrityError):
            raise
        except DBAPIError as exc:
            raise database.unavailable(self.url, exc) from exc

    # -- who -----------------------------------------------------------------------------

    def _actor(self, session: Session) -> Actor:
        if self.user is None:
            return Actor(SYSTEM, None)
        user = session.scalar(select(User).where(User.name == self.user))
        if user is None or not user.active:
            raise PermissionDenied(f"there is no active studio user named {self.user!r}")
        return Actor(user.name, tuple(user.roles))

    def current_user(self) -> UserRecord | None:
        """The acting user (None for the system)."""
        if self.user is None:
            return None
        with self._session(write=False) as session:
            user = session.scalar(select(User).where(User.name == self.user))
            if user is None:
                raise NotFound(f"no studio user named {self.user!r}")
            return _user_record(user)

    def permissions(self, language: str) -> Permissions:
        """What the acting user may do in `language` (the service checks again on every call)."""
        with self._session(write=False) as session:
            source, _ = self._languages(session)
            return self._actor(session).permissions(language, source)

    # -- users ---------------------------------------------------------------------------

    def users(self) -> list[UserRecord]:
        with self._session(write=False) as session:
            return [_user_record(u) for u in session.scalars(select(User).order_by(User.name))]

    def create_user(self, name: str, roles: tuple[str, ...] | list[str] = (),
                    display_name: str = "") -> UserRecord:
        """A new team member. Only an admin (or the system) may; the very first user of an
        empty store may be created by anyone with access to the database."""
        name = name.strip()
        if not name or len(name) > 64 or any(c.isspace() for c in name):
            raise StudioError("a user name is one word of at most 64 characters")
        canonical = self._parse_roles(roles)
        with self._session() as session:
            first = session.scalar(select(func.count(User.id))) == 0
            actor = Actor(self.user or SYSTEM, None) if first else self._actor(session)
            if not actor.is_admin():
                raise PermissionDenied("only an admin can add users")
            if session.scalar(select(User).where(User.name == name)) is not None:
                raise StudioError(f"there is already a user named {name!r}")
            user = User(name=name, display_name=display_name.strip(), roles=list(canonical),
                        active=True, created_at=utcnow())
            session.add(user)
            self._audit(session, actor, f"user:{name}", "", "users", None, _user_json(user))
            return _user_record(user)

    def set_roles(self, name: str, roles: tuple[str, ...] | list[str]) -> UserRecord:
        canonical = self._parse_roles(roles)
        return self._change_user(name, lambda user: setattr(user, "roles", list(canonical)))

    def set_active(self, name: str, active: bool) -> UserRecord:
        return self._change_user(name, lambda user: setattr(user, "active", bool(active)))

    def _change_user(self, name: str, change) -> UserRecord:
        with self._session() as session:
            actor = self._actor(session)
            if not actor.is_admin():
                raise PermissionDenied("only an admin can change users")
            user = session.scalar(select(User).where(User.name == name))
            if user is None:
                raise NotFound(f"no studio user named {name!r}")
            before = _user_json(user)
            change(user)
            self._audit(session, actor, f"user:{name}", "", "users", before, _user_json(user))
            return _user_record(user)

    @staticmethod
    def _parse_roles(roles) -> tuple[str, ...]:
        try:
            return tuple(dict.fromkeys(parse_role(role) for role in roles))
        except ValueError as exc:
            raise StudioError(str(exc)) from exc

    # -- the store -----------------------------------------------------------------------

    def _manifest(self, session: Session) -> dict:
        facts = session.scalar(select(Item.facts).where(Item.key == MANIFEST_KEY))
        return facts or {}

    def _languages(self, session: Session) -> tuple[str, tuple[str, ...]]:
        manifest = self._manifest(session)
        languages = tuple(l for l in manifest.get("languages", []) if isinstance(l, str))
        return str(manifest.get("default_language", "")), languages

    def info(self) -> StoreInfo:
        with self._session(write=False) as session:
            manifest = self._manifest(session)
            source, languages = self._languages(session)
            count = session.scalar(select(func.count(Item.id))
                                   .where(Item.family.in_(TRANSLATABLE)))
        return StoreInfo(database.safe_url(self.url), source, languages,
                         str(manifest.get("version", "")), int(count or 0),
                         database.HEAD_REVISION)

    # -- the grid ------------------------------------------------------------------------

    def grid(self, filters: GridFilter | None = None) -> Grid:
        """The status grid: a row per translatable item, a cell per pack language."""
        raise NotImplementedError

    # -- texts ---------------------------------------------------------------------------

    def text(self, key: str, language: str) -> TextRecord:
        """One language's words of an item (state MISSING and version 0 if none yet)."""
        raise NotImplementedError

    def item_texts(self, key: str, language: str) -> ItemTexts:
        """What the editor shows: source text, the `language` text, the facts."""
        raise NotImplementedError

    def save_text(self, key: str, language: str, fields: dict[str, str],
                  expected_version: int) -> TextRecord:
        """Save one language's words. `expected_version` is the version the editor opened
        (0 for a new text); if someone saved since, StaleEdit carries their text and yours.
        Changed words become a DRAFT by the acting user (an approval is dropped). The
        translation is recorded as made from the current source text. Saving the source
        language drops the approval of every other language (their words are kept; they
        show as outdated until saved again)."""
        raise NotImplementedError

    def submit_for_review(self, key: str, language: str,
                          expected_version: int | None = None) -> TextRecord:
        """DRAFT -> IN_REVIEW (not while outdated)."""
        raise NotImplementedError

    def approve(self, key: str, language: str, expected_version: int | None = None) -> TextRecord:
        """IN_REVIEW -> APPROVED, by a reviewer of the language who did not write the text."""
        raise NotImplementedError

    def reject(self, key: str, language: str, reason: str = "",
               expected_version: int | None = None) -> TextRecord:
        """IN_REVIEW -> DRAFT, with the reviewer's reason in the history."""
        raise NotImplementedError

    def source_diff(self, key: str, language: str) -> SourceDiff:
        """The source text this translation was made from beside the source text now."""
        raise NotImplementedError

    # -- facts ---------------------------------------------------------------------------

    def facts(self, key: str) -> FactsRecord:
        raise NotImplementedError

    def save_facts(self, key: str, facts: dict, expected_version: int) -> FactsRecord:
        """Change an item's facts (office phone, e-mail, web address, coordinates ...).
        Keys not given keep their value; unknown keys are kept. Validated (InvalidFacts);
        an empty value is always allowed. StaleFacts if someone saved since."""
        raise NotImplementedError

    def set_verify_by(self, key: str, verify_by: dt.date | None,
                      expected_version: int) -> FactsRecord:
        """The date by which someone should check the item is still true (None: no date)."""
        raise NotImplementedError

    # -- history -------------------------------------------------------------------------

    def history(self, key: str | None = None, limit: int = 500) -> list[AuditRecord]:
        """Audit entries, newest first: of one item (all its languages), or of everything."""
        raise NotImplementedError

    def revert(self, entry_id: int) -> AuditRecord:
        """Put back what the entry changed (its `before`), as a new entry. An approval is
        only put back by a reviewer of the language who did not write the text; otherwise
        the restored words come back as a DRAFT."""
        raise NotImplementedError

    # -- the pack ------------------------------------------------------------------------

    def import_pack(self, folder: Path | str, replace: bool = False) -> ImportResult:
        """Load a pack folder. Checked first with the same rules as `kiosk content check`;
        any error raises PackRejected with `file:line` lines and nothing is imported. A store
        that already holds content is only overwritten with `replace` (the history stays)."""
        raise NotImplementedError

    def export_pack(self, folder: Path | str, languages: tuple[str, ...] | None = None,
                    version: str | None = None) -> ExportResult:
        """Write the content as a pack into `folder` (new or empty). Approved, up-to-date
        texts are `reviewed = true`, all others false. With `languages`, only those."""
        raise NotImplementedError

    def publish(self, request: PublishRequest, progress: Progress | None = None) -> PublishResult:
        """Export the chosen languages under a new version, run the content check, sign it
        with the publisher's key and write `content-<version>.kioskbundle` into
        `request.out_dir`. Any failure raises PublishFailed and writes no bundle."""
        raise NotImplementedError

    # -- audit ---------------------------------------------------------------------------

    def _audit(self, session: Session, actor: Actor, key: str, language: str, action: str,
               before: dict | None, after: dict | None, reverts: int | None = None,
               note: str = "") -> None:
        session.add(AuditEntry(at=utcnow(), user=actor.name, item_key=key, language=language,
                               action=action, before=before, after=after, reverts=reverts,
                               note=note))


def _user_json(user: User) -> dict:
    return {"name": user.name, "display_name": user.display_name, "roles": list(user.roles),
            "active": user.active}


def _user_record(user: User) -> UserRecord:
    return UserRecord(user.name, user.display_name, tuple(user.roles), bool(user.active))
