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
import time
from pathlib import Path
from typing import Iterator

from sqlalchemy import event, func, select, update
from sqlalchemy.engine import Engine
from sqlalchemy.exc import DBAPIError, IntegrityError, InterfaceError, OperationalError
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import set_committed_value
from sqlalchemy.orm.exc import StaleDataError

from kiosk.authoring import database, gridstate
from kiosk.authoring.errors import (
    InvalidFacts, InvalidText, NotFound, PermissionDenied, StaleEdit, StaleFacts, StoreUnavailable,
    StudioError, WorkflowError,
)
from kiosk.authoring.models import AuditEntry, Item, SourceSnapshot, Translation, User, utcnow
from kiosk.authoring.packfiles import MANIFEST_KEY, PackItem, PackText, to_json
from kiosk.authoring.records import (
    APPROVED, DRAFT, EMERGENCY, FILE, IN_REVIEW, LEAFLET, MANIFEST, MISSING, OFFICE, TOPIC,
    TRANSLATABLE, AuditRecord, Cell, ExportResult, FactsRecord, Grid, GridFilter, GridRow,
    ImportResult, ItemTexts, LanguageCounts, Permissions, Progress, PublishRequest,
    PublishResult, SourceDiff, StoreInfo, TextRecord, UserRecord,
)
from kiosk.authoring.roles import SYSTEM, Actor, parse_role
from kiosk.authoring.texts import diff_fields, field_specs, is_empty, text_hash, title_of
from kiosk.authoring.validation import facts_problems, normalise_office_facts, text_problems
from kiosk.languages import KNOWN_LANGUAGES

log = logging.getLogger(__name__)

LANGUAGES_TTL_S = 30.0
FAMILY_ORDER = {TOPIC: 0, OFFICE: 1, EMERGENCY: 2, LEAFLET: 3, MANIFEST: 4, FILE: 5}


def _sqlite_autocommit(dbapi_connection, _record) -> None:
    dbapi_connection.isolation_level = None  # SQLAlchemy emits BEGIN itself (below)
    dbapi_connection.execute("PRAGMA foreign_keys=ON")


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
        self._languages_cache: tuple[float, tuple[str, tuple[str, ...]]] | None = None

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
        service = cls(engine, database.normalise_url(url), user)
        service._fill_missing_grid_summaries()
        return service

    def _fill_missing_grid_summaries(self) -> None:
        """A store upgraded from schema 0001 has items without a grid summary: add them."""
        with self._session(write=False) as session:
            missing = session.scalar(select(func.count(Item.id)).where(
                Item.family.in_(TRANSLATABLE), Item.grid_kind == ""))
        if missing:
            self.as_user(None).refresh_grid()

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
        except (OperationalError, InterfaceError) as exc:  # the server or the file
            raise database.unavailable(self.url, exc) from exc
        except DBAPIError as exc:  # e.g. a value the database will not hold
            log.warning("authoring store refused a statement", exc_info=exc)
            reason = str(exc.orig or exc).strip().splitlines()
            raise StudioError("the database refused the change: "
                              + (reason[0] if reason else type(exc).__name__)) from exc

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
            try:
                actor = self._actor(session)
            except PermissionDenied:  # unknown or disabled: may do nothing
                return Permissions(False, False, False, False, False)
            return actor.permissions(language, source)

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
        """The source language and the pack's languages. Kept for LANGUAGES_TTL_S: they
        change only when an admin imports a pack or edits the manifest, and reading them
        is a round trip on every save otherwise."""
        cached = self._languages_cache
        if cached is not None and time.monotonic() - cached[0] < LANGUAGES_TTL_S:
            return cached[1]
        manifest = self._manifest(session)
        languages = tuple(l for l in manifest.get("languages", []) if isinstance(l, str))
        value = (str(manifest.get("default_language", "")), languages)
        if languages:
            self._languages_cache = (time.monotonic(), value)
        return value

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
        """The status grid: a row per translatable item, a cell per pack language, in pack
        order. `counts` are over every item, whatever the filter."""
        wanted = filters or GridFilter()
        with self._session(write=False) as session:
            source, languages = self._languages(session)
            items = session.execute(
                select(Item.key, Item.family, Item.position, Item.verify_by, Item.grid_title,
                       Item.grid_cells, Item.grid_kind, Item.grid_order, Item.grid_missing)
                .where(Item.family.in_(TRANSLATABLE))).all()
        items.sort(key=lambda r: (FAMILY_ORDER.get(r[1], 9), r[7], r[2], r[0]))
        cell_of = {f"{state}:{flag}": Cell(state, flag == "1")
                   for state in (MISSING, DRAFT, IN_REVIEW, APPROVED) for flag in "01"}
        missing_cell = cell_of[f"{MISSING}:0"]
        parsed: dict[str, dict[str, Cell]] = {}  # most items share a handful of summaries
        seen: dict[str, int] = {}
        today = dt.date.today()
        needle = wanted.text.strip().casefold()
        rows = []
        for key, family, _position, verify_by, title, cells_text, kind, _order, missing in items:
            cells = parsed.get(cells_text)
            if cells is None:
                cells = dict.fromkeys(languages, missing_cell)
                for part in cells_text.split(",") if cells_text else ():
                    lang, _, state_flag = part.partition(":")
                    if lang in cells:
                        cells[lang] = cell_of.get(state_flag, missing_cell)
                parsed[cells_text] = cells
            seen[cells_text] = seen.get(cells_text, 0) + 1
            row = GridRow(key, family, kind, title, verify_by,
                          verify_by is not None and verify_by < today,
                          tuple(missing.split(",")) if missing else (), dict(cells))
            if _row_matches(row, wanted, needle):
                rows.append(row)
        tallies = {lang: dict.fromkeys((MISSING, DRAFT, IN_REVIEW, APPROVED, "outdated"), 0)
                   for lang in languages}
        for cells_text, times in seen.items():
            for lang, cell in parsed[cells_text].items():
                tallies[lang][cell.state] += times
                if cell.outdated:
                    tallies[lang]["outdated"] += times
        counts = {lang: LanguageCounts(t[MISSING], t[DRAFT], t[IN_REVIEW], t[APPROVED],
                                       t["outdated"]) for lang, t in tallies.items()}
        return Grid(source, languages, tuple(rows), counts, len(items))

    def _refresh_grid(self, session: Session, item: Item, source: str | None = None,
                      texts: dict[str, Translation] | None = None) -> None:
        """Rewrite the item's grid summary from its texts as this transaction sees them
        (`texts`: all of the item's rows, already loaded and changed in this session)."""
        if item.family not in TRANSLATABLE:
            return
        if source is None:
            source, _ = self._languages(session)
        if texts is None:
            texts = self._texts(session, item.id)
        values = gridstate.summary(
            item.family, item.facts, item.position, source,
            [(t.language, t.state, t.title, t.text_hash, t.source_hash) for t in texts.values()])
        items = Item.__table__
        # A Core UPDATE: the summary is not part of the facts, so their version stays.
        session.execute(update(items).where(items.c.id == item.id).values(**values))

    def refresh_grid(self) -> int:
        """Recompute every item's grid summary (after an upgrade from schema 0001)."""
        with self._session() as session:
            source, _ = self._languages(session)
            items = session.scalars(select(Item).where(Item.family.in_(TRANSLATABLE))).all()
            for item in items:
                self._refresh_grid(session, item, source)
            return len(items)

    # -- texts ---------------------------------------------------------------------------

    def _item(self, session: Session, key: str, families=TRANSLATABLE, lock: bool = False) -> Item:
        """The item; with `lock`, its row is locked for this transaction (PostgreSQL: FOR
        UPDATE; SQLite writers are one at a time anyway), so changes to one item's texts
        queue up and its grid summary always sees the others' committed changes."""
        query = select(Item).where(Item.key == key)
        item = session.scalar(query.with_for_update() if lock else query)
        if item is None or (families and item.family not in families):
            raise NotFound(f"there is no item {key!r} in the store")
        return item

    @staticmethod
    def _texts(session: Session, item_id: int) -> dict[str, Translation]:
        """All of an item's texts by language, in one query."""
        return {row.language: row for row in session.scalars(
            select(Translation).where(Translation.item_id == item_id))}

    @staticmethod
    def _translation(session: Session, item_id: int, language: str) -> Translation | None:
        return session.scalar(select(Translation).where(
            Translation.item_id == item_id, Translation.language == language))

    @staticmethod
    def _known_language(language: str) -> None:
        if language not in KNOWN_LANGUAGES:
            raise NotFound(f"{language!r} is not a language the kiosk knows")

    def _record(self, key: str, language: str, row: Translation | None,
                source_row: Translation | None, source: str) -> TextRecord:
        if row is None:
            return TextRecord(key, language, {}, MISSING, False, 0, "", "", None, "")
        return TextRecord(
            key=key, language=language, fields=dict(row.fields), state=row.state,
            outdated=_outdated(row, source_row, source), version=row.version, author=row.author,
            updated_by=row.updated_by, updated_at=row.updated_at, source_hash=row.source_hash,
        )

    def text(self, key: str, language: str) -> TextRecord:
        """One language's words of an item (state MISSING and version 0 if none yet)."""
        self._known_language(language)
        with self._session(write=False) as session:
            item = self._item(session, key)
            source, _ = self._languages(session)
            row = self._translation(session, item.id, language)
            source_row = self._translation(session, item.id, source)
            return self._record(key, language, row, source_row, source)

    def item_texts(self, key: str, language: str) -> ItemTexts:
        """What the editor shows: source text, the `language` text, the facts."""
        self._known_language(language)
        with self._session(write=False) as session:
            item = self._item(session, key)
            source, _ = self._languages(session)
            row = self._translation(session, item.id, language)
            source_row = self._translation(session, item.id, source)
            specs = field_specs(item.family, {**(source_row.fields if source_row else {}),
                                              **(row.fields if row else {})})
            return ItemTexts(
                key=key, family=item.family,
                kind=str(item.facts.get("kind", item.family)) if item.family == TOPIC else item.family,
                field_specs=specs,
                source=self._record(key, source, source_row, source_row, source),
                target=self._record(key, language, row, source_row, source),
                facts=_facts_record(item),
            )

    def save_text(self, key: str, language: str, fields: dict[str, str],
                  expected_version: int) -> TextRecord:
        """Save one language's words. `expected_version` is the version the editor opened
        (0 for a new text); if someone saved since, StaleEdit carries their text and yours.
        Fields not given keep their words. Changed words become a DRAFT by the acting user
        (an approval is dropped); all-empty words make the text MISSING again. The
        translation is recorded as made from the current source text, so saving also
        clears "outdated". Saving the source language drops the approval of every other
        language (their words are kept; they show as outdated until saved again)."""
        fields = {str(name): str(value) for name, value in fields.items()}
        self._known_language(language)
        try:
            with self._session() as session:
                actor = self._actor(session)
                item = self._item(session, key, lock=True)
                source, _ = self._languages(session)
                if not actor.can_edit_text(language, source):
                    raise PermissionDenied(f"{actor.name} may not edit {language} texts")
                problems = text_problems(item.family, fields)
                if problems:
                    raise InvalidText(problems)
                texts = self._texts(session, item.id)
                row, source_row = texts.get(language), texts.get(source)
                if (row.version if row else 0) != expected_version:
                    raise StaleEdit(self._record(key, language, row, source_row, source), fields)
                words = {**(row.fields if row else {}), **fields}
                made_from = self._made_from(language, source, words, source_row)
                if row is not None and words == row.fields and row.source_hash == made_from:
                    return self._record(key, language, row, source_row, source)
                state = MISSING if is_empty(words) else DRAFT
                row = self._write_text(session, actor, item, language, source, row, words,
                                       state, made_from, actor.name, "save",
                                       expected_version=expected_version, texts=texts)
                session.flush()
                return self._record(key, language, row,
                                    row if language == source else source_row, source)
        except (StaleDataError, IntegrityError):
            # Someone saved between our read and our write: the database refused ours.
            raise StaleEdit(self.text(key, language), fields) from None

    @staticmethod
    def _made_from(language: str, source: str, words: dict, source_row: Translation | None) -> str:
        if language == source:
            return text_hash(words)
        if source_row is None or source_row.state == MISSING:
            return ""
        return source_row.text_hash

    def _write_text(self, session: Session, actor: Actor, item: Item, language: str,
                    source: str, row: Translation | None, words: dict, state: str,
                    made_from: str, author: str, action: str, *,
                    expected_version: int | None = None, reverts: int | None = None,
                    note: str = "", texts: dict[str, Translation] | None = None) -> Translation:
        """Store one language's words and state with its audit row; a changed source text
        is snapshotted and drops the other languages' approvals. `texts`: the item's rows
        if already loaded (saves a query)."""
        if texts is None:
            texts = self._texts(session, item.id)
        before = _text_json(row)
        now = utcnow()
        new_hash = text_hash(words)
        if row is None:
            row = Translation(item_id=item.id, language=language, author=author, version=1)
            session.add(row)
            texts[language] = row
        elif expected_version is not None:
            # The UPDATE then says WHERE version = <what the editor opened>: the database
            # itself refuses a save that lost a race (StaleDataError), never merges it.
            set_committed_value(row, "version", expected_version)
        source_changed = language == source and (before is None or row.text_hash != new_hash)
        row.fields, row.title, row.text_hash = dict(words), title_of(words), new_hash
        row.source_hash, row.state, row.author = made_from, state, author
        row.updated_by, row.updated_at = actor.name, now
        self._audit(session, actor, item.key, language, action, before, _text_json(row),
                    reverts=reverts, note=note)
        if source_changed and state != MISSING:
            self._snapshot(session, item.id, new_hash, words)
            self._drop_approvals(session, actor, item, language, new_hash, texts)
        self._refresh_grid(session, item, source, texts)
        return row

    @staticmethod
    def _snapshot(session: Session, item_id: int, hash_: str, words: dict) -> None:
        exists = session.scalar(select(SourceSnapshot.id).where(
            SourceSnapshot.item_id == item_id, SourceSnapshot.text_hash == hash_))
        if exists is None:
            session.add(SourceSnapshot(item_id=item_id, text_hash=hash_, fields=dict(words),
                                       created_at=utcnow()))

    def _drop_approvals(self, session: Session, actor: Actor, item: Item, source: str,
                        new_hash: str, texts: dict[str, Translation]) -> None:
        rows = [t for t in texts.values() if t.language != source
                and t.state in (APPROVED, IN_REVIEW) and t.source_hash != new_hash]
        for other in rows:
            before = _text_json(other)
            other.state, other.updated_by, other.updated_at = DRAFT, actor.name, utcnow()
            self._audit(session, actor, item.key, other.language, "outdated", before,
                        _text_json(other), note="the source text changed")

    def _transition(self, key: str, language: str, expected_version: int | None, action: str,
                    allowed_from: tuple[str, ...], to_state: str, may, note: str = "") -> TextRecord:
        self._known_language(language)
        try:
            with self._session() as session:
                actor = self._actor(session)
                item = self._item(session, key, lock=True)
                source, _ = self._languages(session)
                texts = self._texts(session, item.id)
                row, source_row = texts.get(language), texts.get(source)
                may(actor, row, source)
                if row is None or row.state == MISSING:
                    raise WorkflowError(f"there is no {language} text yet")
                if expected_version is not None and row.version != expected_version:
                    raise StaleEdit(self._record(key, language, row, source_row, source),
                                    dict(row.fields))
                if row.state not in allowed_from:
                    raise WorkflowError(f"the {language} text is {row.state.replace('_', ' ')}; "
                                        f"{action} needs it {' or '.join(allowed_from).replace('_', ' ')}")
                if to_state != DRAFT and _outdated(row, source_row, source):
                    raise WorkflowError("the source text changed since this translation was "
                                        "made: look at the changes and save it first")
                before = _text_json(row)
                set_committed_value(row, "version", row.version)
                row.state, row.updated_by, row.updated_at = to_state, actor.name, utcnow()
                self._audit(session, actor, key, language, action, before, _text_json(row),
                            note=note)
                session.flush()
                self._refresh_grid(session, item, source, texts)
                return self._record(key, language, row, source_row, source)
        except StaleDataError:
            current = self.text(key, language)
            raise StaleEdit(current, dict(current.fields)) from None

    def submit_for_review(self, key: str, language: str,
                          expected_version: int | None = None) -> TextRecord:
        """DRAFT -> IN_REVIEW (not while outdated), by someone who may edit the language."""
        def may(actor: Actor, _row, source: str) -> None:
            if not actor.can_edit_text(language, source):
                raise PermissionDenied(f"{actor.name} may not edit {language} texts")
        return self._transition(key, language, expected_version, "submit", (DRAFT,), IN_REVIEW, may)

    def approve(self, key: str, language: str, expected_version: int | None = None) -> TextRecord:
        """IN_REVIEW -> APPROVED, by a reviewer of the language who did not write the text."""
        def may(actor: Actor, row, _source) -> None:
            if not actor.can_review(language):
                raise PermissionDenied(f"{actor.name} is not a reviewer of {language}")
            if row is not None and not actor.is_system and row.author == actor.name:
                raise PermissionDenied("you wrote this text: another reviewer must approve it")
        return self._transition(key, language, expected_version, "approve", (IN_REVIEW,),
                                APPROVED, may)

    def reject(self, key: str, language: str, reason: str = "",
               expected_version: int | None = None) -> TextRecord:
        """IN_REVIEW (or APPROVED) -> DRAFT, with the reviewer's reason in the history."""
        def may(actor: Actor, _row, _source) -> None:
            if not actor.can_review(language):
                raise PermissionDenied(f"{actor.name} is not a reviewer of {language}")
        return self._transition(key, language, expected_version, "reject",
                                (IN_REVIEW, APPROVED), DRAFT, may, note=reason.strip())

    def source_diff(self, key: str, language: str) -> SourceDiff:
        """The source text this translation was made from beside the source text now."""
        self._known_language(language)
        with self._session(write=False) as session:
            item = self._item(session, key)
            source, _ = self._languages(session)
            row = self._translation(session, item.id, language)
            source_row = self._translation(session, item.id, source)
            now = dict(source_row.fields) if source_row else {}
            if row is None or not row.source_hash:
                return SourceDiff(key, language, False, diff_fields({}, now))
            if source_row is not None and row.source_hash == source_row.text_hash:
                return SourceDiff(key, language, True, diff_fields(now, now))
            old = session.scalar(select(SourceSnapshot.fields).where(
                SourceSnapshot.item_id == item.id, SourceSnapshot.text_hash == row.source_hash))
            if old is None:
                return SourceDiff(key, language, False, diff_fields({}, now))
            return SourceDiff(key, language, True, diff_fields(dict(old), now))

    # -- facts ---------------------------------------------------------------------------

    def facts(self, key: str) -> FactsRecord:
        with self._session(write=False) as session:
            return _facts_record(self._item(session, key, families=None))

    def _facts_access(self, actor: Actor, item: Item) -> None:
        if item.family == FILE:
            raise WorkflowError(f"{item.key} is kept as a file; change it in the pack")
        if item.family == MANIFEST and not actor.is_admin():
            raise PermissionDenied("only an admin can change the pack manifest")
        if not actor.can_edit_facts():
            raise PermissionDenied(f"{actor.name} may not change an item's details")

    def save_facts(self, key: str, facts: dict, expected_version: int) -> FactsRecord:
        """Change an item's facts (office phone, e-mail, web address, coordinates ...).
        Keys not given keep their value; unknown keys are kept. Validated (InvalidFacts);
        an empty value is always allowed. StaleFacts if someone saved since."""
        try:
            with self._session() as session:
                actor = self._actor(session)
                item = self._item(session, key, families=None, lock=True)
                self._facts_access(actor, item)
                if item.version != expected_version:
                    raise StaleFacts(_facts_record(item), facts)
                merged = {**item.facts, **to_json(dict(facts))}
                problems = self._facts_problems(session, item, merged)
                if problems:
                    raise InvalidFacts(problems)
                if item.family == OFFICE:
                    merged = normalise_office_facts(merged)
                if merged == item.facts:
                    return _facts_record(item)
                before = _facts_json(item)
                set_committed_value(item, "version", expected_version)
                item.facts, item.updated_by, item.updated_at = merged, actor.name, utcnow()
                self._languages_cache = None  # in case it was the manifest
                self._audit(session, actor, key, "", "facts", before, _facts_json(item))
                session.flush()
                self._refresh_grid(session, item)
                return _facts_record(item)
        except StaleDataError:
            raise StaleFacts(self.facts(key), facts) from None

    def _facts_problems(self, session: Session, item: Item, facts: dict) -> dict[str, str]:
        topic_ids = {k.split(":", 1)[1] for k in session.scalars(
            select(Item.key).where(Item.family == TOPIC))}
        return facts_problems(item.family, item.key, facts, topic_ids)

    def set_verify_by(self, key: str, verify_by: dt.date | None,
                      expected_version: int) -> FactsRecord:
        """The date by which someone should check the item is still true (None: no date)."""
        try:
            with self._session() as session:
                actor = self._actor(session)
                item = self._item(session, key, families=None, lock=True)
                self._facts_access(actor, item)
                if item.version != expected_version:
                    raise StaleFacts(_facts_record(item), {"verify_by": verify_by})
                if item.verify_by == verify_by:
                    return _facts_record(item)
                before = _facts_json(item)
                set_committed_value(item, "version", expected_version)
                item.verify_by, item.updated_by, item.updated_at = verify_by, actor.name, utcnow()
                self._audit(session, actor, key, "", "verify_by", before, _facts_json(item))
                session.flush()
                return _facts_record(item)
        except StaleDataError:
            raise StaleFacts(self.facts(key), {"verify_by": verify_by}) from None

    # -- history -------------------------------------------------------------------------

    def history(self, key: str | None = None, limit: int = 500) -> list[AuditRecord]:
        """Audit entries, newest first: of one item (all its languages), or of everything."""
        with self._session(write=False) as session:
            query = select(AuditEntry).order_by(AuditEntry.id.desc()).limit(limit)
            if key is not None:
                query = query.where(AuditEntry.item_key == key)
            return [_audit_record(entry) for entry in session.scalars(query)]

    def revert(self, entry_id: int) -> AuditRecord:
        """Put back what the entry changed (its `before`), as a new entry. An approval is
        only put back by a reviewer of the language who did not write the text; otherwise
        the restored words come back as a DRAFT."""
        with self._session() as session:
            actor = self._actor(session)
            entry = session.get(AuditEntry, entry_id)
            if entry is None:
                raise NotFound(f"there is no history entry {entry_id}")
            if entry.action in ("publish", "users") or entry.item_key.startswith("user:"):
                raise WorkflowError(f"a {entry.action} entry cannot be reverted")
            item = self._item(session, entry.item_key, families=None, lock=True)
            source, _ = self._languages(session)
            if entry.language:
                self._revert_text(session, actor, item, entry, source)
            else:
                self._revert_facts(session, actor, item, entry)
            session.flush()
            newest = session.scalar(select(AuditEntry).where(AuditEntry.reverts == entry.id)
                                    .order_by(AuditEntry.id.desc()).limit(1))
            return _audit_record(newest)

    def _revert_text(self, session: Session, actor: Actor, item: Item, entry: AuditEntry,
                     source: str) -> None:
        language = entry.language
        if not (actor.can_edit_text(language, source) or actor.can_review(language)):
            raise PermissionDenied(f"{actor.name} may not change {language} texts")
        before = entry.before or {"fields": {}, "state": MISSING, "source_hash": "", "author": ""}
        words = dict(before.get("fields", {}))
        state = before.get("state", DRAFT)
        author = before.get("author", "")
        if state == APPROVED and not (actor.can_review(language)
                                      and (actor.is_system or author != actor.name)):
            state = DRAFT
        if is_empty(words):
            state = MISSING
        made_from = text_hash(words) if language == source else before.get("source_hash", "")
        texts = self._texts(session, item.id)
        source_row = texts.get(source)
        if (state in (APPROVED, IN_REVIEW) and language != source and source_row is not None
                and source_row.state != MISSING and made_from != source_row.text_hash):
            state = DRAFT  # made from an older source text: its approval cannot come back
        self._write_text(session, actor, item, language, source, texts.get(language), words,
                         state, made_from, author, "revert", reverts=entry.id, texts=texts)

    def _revert_facts(self, session: Session, actor: Actor, item: Item, entry: AuditEntry) -> None:
        self._facts_access(actor, item)
        if entry.before is None:
            raise WorkflowError("this entry created the item; items are not deleted here")
        before = _facts_json(item)
        item.facts = dict(entry.before.get("facts", item.facts))
        verify_by = entry.before.get("verify_by")
        item.verify_by = dt.date.fromisoformat(verify_by) if verify_by else None
        item.updated_by, item.updated_at = actor.name, utcnow()
        self._audit(session, actor, item.key, "", "revert", before, _facts_json(item),
                    reverts=entry.id)
        session.flush()
        self._refresh_grid(session, item)

    # -- the pack ------------------------------------------------------------------------

    def import_pack(self, folder: Path | str, replace: bool = False) -> ImportResult:
        """Load a pack folder. Checked first with the same rules as `kiosk content check`;
        any error raises PackRejected with `file:line` lines and nothing is imported. A store
        that already holds content is only overwritten with `replace` (the history stays)."""
        from kiosk.authoring import packstore

        with self._session() as session:
            actor = self._actor(session)
            if not actor.is_admin():
                raise PermissionDenied("only an admin can import a pack")
            self._languages_cache = None
            return packstore.import_pack(session, actor, Path(folder), replace, self._audit)

    def _pack_items(self, session: Session) -> tuple[list[PackItem], str]:
        """Every item as plain pack items; a text is reviewed when approved and up to date."""
        source, _ = self._languages(session)
        items = session.scalars(select(Item)).all()
        rows = session.scalars(select(Translation)).all()
        by_item: dict[int, dict[str, Translation]] = {}
        for row in rows:
            by_item.setdefault(row.item_id, {})[row.language] = row
        result = []
        for item in items:
            texts = by_item.get(item.id, {})
            source_row = texts.get(source)
            pack_texts = {
                lang: PackText(row.state == APPROVED and not _outdated(row, source_row, source),
                               dict(row.fields))
                for lang, row in texts.items() if row.state != MISSING and not is_empty(row.fields)
            }
            result.append(PackItem(item.key, item.family, item.position, dict(item.facts),
                                   pack_texts))
        return result, source

    def export_pack(self, folder: Path | str, languages: tuple[str, ...] | None = None,
                    version: str | None = None) -> ExportResult:
        """Write the content as a pack into `folder` (new or empty). Approved, up-to-date
        texts are `reviewed = true`, all others false. With `languages`, only those (and
        pack.toml lists only those). With `version`, pack.toml carries it."""
        from kiosk.authoring import packstore

        with self._session(write=False) as session:
            items, source = self._pack_items(session)
        return packstore.export_pack(items, source, Path(folder), languages, version)

    def publish(self, request: PublishRequest, progress: Progress | None = None) -> PublishResult:
        """Export the chosen languages under a new version, run the content check, sign it
        with the publisher's key and write `content-<version>.kioskbundle` into
        `request.out_dir`. Any failure raises PublishFailed and writes no bundle."""
        from kiosk.authoring import publishing

        with self._session(write=False) as session:
            actor = self._actor(session)
            if not actor.can_publish():
                raise PermissionDenied(f"{actor.name} is not a publisher")
            items, source = self._pack_items(session)
            manifest = self._manifest(session)
        result = publishing.publish(items, source, manifest, request, progress)
        with self._session() as session:
            item = self._item(session, MANIFEST_KEY, families=None)
            before = _facts_json(item)
            item.facts = {**item.facts, "version": result.version}
            item.updated_by, item.updated_at = actor.name, utcnow()
            self._audit(session, actor, MANIFEST_KEY, "", "publish", before, _facts_json(item),
                        note=result.bundle_path)
        return result

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


def _row_matches(row: GridRow, wanted: GridFilter, needle: str) -> bool:
    if wanted.family and row.family != wanted.family:
        return False
    if wanted.kind and row.kind != wanted.kind:
        return False
    if needle and needle not in row.key.casefold() and needle not in row.title.casefold():
        return False
    if wanted.missing_fact and wanted.missing_fact not in row.missing_facts:
        return False
    if wanted.overdue and not row.overdue:
        return False
    if wanted.language:
        cell = row.cells.get(wanted.language)
        if cell is None:
            return False
        if wanted.state and cell.state != wanted.state:
            return False
        if wanted.outdated and not cell.outdated:
            return False
    elif wanted.outdated and not any(cell.outdated for cell in row.cells.values()):
        return False
    elif wanted.state and not any(cell.state == wanted.state for cell in row.cells.values()):
        return False
    return True


def _outdated(row: Translation | None, source_row: Translation | None, source: str) -> bool:
    return (row is not None and row.language != source and row.state != MISSING
            and source_row is not None and source_row.state != MISSING
            and row.source_hash != source_row.text_hash)


def _text_json(row: Translation | None) -> dict | None:
    if row is None:
        return None
    return {"fields": dict(row.fields), "state": row.state, "source_hash": row.source_hash,
            "author": row.author}


def _facts_json(item: Item) -> dict:
    return {"facts": dict(item.facts),
            "verify_by": item.verify_by.isoformat() if item.verify_by else None}


def _facts_record(item: Item) -> FactsRecord:
    return FactsRecord(item.key, item.family, dict(item.facts), item.verify_by, item.version,
                       item.updated_by, item.updated_at)


def _audit_record(entry: AuditEntry) -> AuditRecord:
    return AuditRecord(entry.id, entry.at, entry.user, entry.item_key, entry.language,
                       entry.action, entry.before, entry.after, entry.reverts, entry.note or "")
