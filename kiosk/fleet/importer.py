"""Idempotent import of kiosk usage exports into the fleet store.

Each file: refused quickly if too large or not text; recognised by its SHA-256 if imported
before (nothing changes); else parsed whole (refused with a line number, nothing kept), then
its rows go in within one transaction with the ledger entry: an upsert on the natural key that
keeps the larger count and never adds, so re-read sticks and overlapping exports (a kiosk
exports everything it still holds) change nothing twice.
"""
from __future__ import annotations

import hashlib
import os
from concurrent.futures import ThreadPoolExecutor
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from sqlalchemy import Engine, func, insert, select
from sqlalchemy.exc import IntegrityError

from kiosk.fleet.models import ImportedFile, KioskDay, UsageCount
from kiosk.fleet.usage_csv import MAX_FILE_BYTES, SNIFF_BYTES, MalformedFile, check_size_and_kind, parse_usage

IMPORTED, ALREADY, NOTHING_NEW, REFUSED = "imported", "already imported", "nothing new", "refused"
_COLUMNS = ("kiosk_id", "hour_utc", "event", "key", "language", "count")


@dataclass(frozen=True)
class FileOutcome:
    path: Path
    status: str  # IMPORTED | ALREADY | NOTHING_NEW | REFUSED
    rows: int = 0
    changed: int = 0  # rows added, or raised to a larger count
    reason: str = ""

    def line(self) -> str:
        """One line for staff."""
        if self.status == IMPORTED:
            return (f"{self.path}: imported {self.rows} rows "
                    f"({self.changed} new or larger counts)")
        if self.status == ALREADY:
            return f"{self.path}: already imported ({self.reason}); nothing changed"
        if self.status == NOTHING_NEW:
            return f"{self.path}: all {self.rows} rows already held; nothing changed"
        return f"{self.path}: refused: {self.reason}; nothing of it kept"


def usage_files(paths: Iterable[Path]) -> list[Path]:
    """Files named, and the *.csv files under folders named (sorted); a file named twice is
    read twice (and found in the ledger the second time)."""
    found: list[Path] = []
    for path in map(Path, paths):
        if path.is_dir():
            found += sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() == ".csv")
        else:
            found.append(path)
    return found


def _read(path: Path, max_bytes: int) -> bytes:
    """The file's bytes, after the quick checks (size and the first bytes) have passed."""
    size = os.stat(path).st_size
    with open(path, "rb") as stream:
        head = stream.read(SNIFF_BYTES)
        check_size_and_kind(head, size, max_bytes)
        data = head + stream.read(max_bytes + 1 - len(head))
    check_size_and_kind(data[:SNIFF_BYTES], len(data), max_bytes)  # it grew while we read
    return data


def _copy_text(counts: dict) -> bytes:
    """The rows in COPY's text format. The checks let no tab, newline or carriage return
    through (keys are printable; the other columns have strict forms), so only a backslash
    needs escaping."""
    lines = []
    for (kiosk_id, hour, event, key, language), count in counts.items():
        if "\\" in key:
            key = key.replace("\\", "\\\\")
        lines.append(f"{kiosk_id}\t{hour}\t{event}\t{key}\t{language}\t{count}\n")
    return "".join(lines).encode("utf-8")


def _upsert_postgresql(connection, counts: dict) -> int:
    """COPY into a temporary table, then one INSERT ... ON CONFLICT keeping GREATEST."""
    from sqlalchemy import Integer, String, column, table, text
    from sqlalchemy.dialects.postgresql import insert as pg_insert

    connection.execute(text("CREATE TEMPORARY TABLE fleet_staging "
                            "(LIKE fleet_usage_counts) ON COMMIT DROP"))
    cursor = connection.connection.driver_connection.cursor()
    with cursor.copy(f"COPY fleet_staging ({', '.join(_COLUMNS)}) FROM STDIN") as copy:
        copy.write(_copy_text(counts))
    staging = table("fleet_staging", *(column(c, String) for c in _COLUMNS[:-1]),
                    column("count", Integer))
    statement = pg_insert(UsageCount).from_select(
        list(_COLUMNS), select(*(staging.c[c] for c in _COLUMNS)))
    statement = statement.on_conflict_do_update(
        index_elements=list(_COLUMNS[:-1]),
        set_={"count": func.greatest(UsageCount.count, statement.excluded.count)},
        where=UsageCount.count < statement.excluded.count,  # unchanged rows are not rewritten
    )
    sql = str(statement.compile(dialect=connection.dialect))  # no parameters: all from staging
    cursor.execute(sql)
    return cursor.rowcount


def _upsert_sqlite(connection, counts: dict) -> int:
    """Batched executemany of INSERT ... ON CONFLICT keeping max()."""
    from sqlalchemy.dialects.sqlite import insert as sqlite_insert

    statement = sqlite_insert(UsageCount)
    statement = statement.on_conflict_do_update(
        index_elements=list(_COLUMNS[:-1]),
        set_={"count": func.max(UsageCount.count, statement.excluded.count)},
        where=UsageCount.count < statement.excluded.count,
    )
    cursor = connection.connection.driver_connection.cursor()
    sql = str(statement.compile(dialect=connection.dialect))
    cursor.executemany(sql, ((*key, count) for key, count in counts.items()))
    return cursor.rowcount


def _note_kiosk_days(connection, counts: dict) -> None:
    """Record the (kiosk, day) pairs the file has figures for (a few hundred rows at most)."""
    days = sorted({(kiosk_id, hour[:10]) for kiosk_id, hour, *_ in counts})
    if connection.dialect.name == "postgresql":
        from sqlalchemy.dialects.postgresql import insert as dialect_insert
    else:
        from sqlalchemy.dialects.sqlite import insert as dialect_insert
    connection.execute(dialect_insert(KioskDay).on_conflict_do_nothing(),
                       [{"kiosk_id": k, "day": d} for k, d in days])


def store_counts(connection, counts: dict) -> int:
    """Upsert in the connection's transaction; the number of rows added or raised."""
    if not counts:
        return 0
    if connection.dialect.name == "postgresql":
        changed = _upsert_postgresql(connection, counts)
    elif connection.dialect.name == "sqlite":
        changed = _upsert_sqlite(connection, counts)
    else:
        raise ValueError(f"the fleet store runs on PostgreSQL or SQLite, not {connection.dialect.name}")
    _note_kiosk_days(connection, counts)
    return changed


@dataclass(frozen=True)
class _Parsed:
    path: Path
    digest: str
    size: int
    parsed: object  # UsageFile


def _prepare(engine: Engine, path: Path, max_bytes: int) -> _Parsed | FileOutcome:
    """Read, hash, look up in the ledger and parse: everything before the transaction."""
    try:
        data = _read(path, max_bytes)
    except MalformedFile as exc:
        return FileOutcome(path, REFUSED, reason=str(exc))
    except OSError as exc:
        return FileOutcome(path, REFUSED, reason=f"cannot be read ({exc.strerror or exc})")
    digest = hashlib.sha256(data).hexdigest()
    with engine.connect() as connection:
        earlier = connection.execute(
            select(ImportedFile.name, ImportedFile.imported_at).where(ImportedFile.sha256 == digest)
        ).first()
    if earlier:
        return FileOutcome(path, ALREADY, reason=_earlier(earlier))
    try:
        return _Parsed(path, digest, len(data), parse_usage(data, max_bytes))
    except MalformedFile as exc:
        return FileOutcome(path, REFUSED, reason=str(exc))


def _store(engine: Engine, ready: _Parsed) -> FileOutcome:
    """The ledger entry and the rows, in one transaction: all or nothing."""
    path, parsed = ready.path, ready.parsed
    try:
        with engine.begin() as connection:
            connection.execute(insert(ImportedFile).values(
                sha256=ready.digest, name=path.name[:255], size=ready.size, rows=parsed.rows,
                changed=0, imported_at=datetime.now(timezone.utc)))
            changed = store_counts(connection, parsed.counts)
            connection.execute(ImportedFile.__table__.update()
                               .where(ImportedFile.sha256 == ready.digest).values(changed=changed))
    except IntegrityError:  # the same bytes, stored a moment ago (by this run or another)
        with engine.connect() as connection:
            earlier = connection.execute(select(ImportedFile.name, ImportedFile.imported_at)
                                         .where(ImportedFile.sha256 == ready.digest)).first()
        return FileOutcome(path, ALREADY, reason=_earlier(earlier) if earlier else "just now")
    return FileOutcome(path, IMPORTED if changed else NOTHING_NEW, parsed.rows, changed)


def import_file(engine: Engine, path: Path, max_bytes: int = MAX_FILE_BYTES) -> FileOutcome:
    ready = _prepare(engine, Path(path), max_bytes)
    return ready if isinstance(ready, FileOutcome) else _store(engine, ready)


def _earlier(row) -> str:
    name, when = row
    stamp = when.strftime("%Y-%m-%d %H:%M") if when else "earlier"
    return f"the same bytes as {name}, {stamp} UTC"


def import_paths(engine: Engine, paths: Iterable[Path],
                 progress: Callable[[int, int, Path], None] | None = None,
                 max_bytes: int = MAX_FILE_BYTES) -> list[FileOutcome]:
    """Import every file (folders: their *.csv files); `progress(done, total, path)` after each.

    Two stages overlap: while one file's rows go into the store (the database works, Python
    waits), the next file is read and checked on a helper thread. Files are still stored one
    at a time, in order, each in its own transaction."""
    files = usage_files(paths)
    outcomes: list[FileOutcome] = []
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="fleet-read") as reader:
        pending = reader.submit(_prepare, engine, files[0], max_bytes) if files else None
        for done, path in enumerate(files, 1):
            ready = pending.result()
            pending = (reader.submit(_prepare, engine, files[done], max_bytes)
                       if done < len(files) else None)
            outcomes.append(ready if isinstance(ready, FileOutcome) else _store(engine, ready))
            if progress:
                progress(done, len(files), path)
    return outcomes
