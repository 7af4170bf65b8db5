"""Reading one kiosk usage export (CSV) strictly: every row checked, or the whole file refused
with the line number of the first fault. Nothing here touches a database.

The kiosk writes `kiosk_id,hour_utc,event,key,language,count` (kiosk/stats/export.py), one
row per hour, event, key and language, in UTF-8. A file is refused when it is too large, is
not text, has other columns, or when any row has a bad hour, an unknown event, a negative or
non-integer count, a value too long for the store, or a kiosk id that fails the settings rule.
"""
from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass
from datetime import date

from kiosk.fleet.models import EVENT_MAX, KEY_MAX, KIOSK_ID_MAX, LANGUAGE_MAX
from kiosk.settings import valid_kiosk_id
from kiosk.stats.events import EVENTS
from kiosk.stats.export import COLUMNS

MAX_FILE_BYTES = 64 * 1024 * 1024  # a year of a busy kiosk is about 2 MB
SNIFF_BYTES = 8192
MAX_COUNT = 2**31 - 1  # the store's integer column
# The kiosk writes 2026-11-25T09; a whole UTC hour written out in full ISO 8601 (a
# spreadsheet's re-save) is taken too, and stored in the kiosk's form.
_HOUR = re.compile(r"(\d{4}-\d{2}-\d{2})[T ](\d{2})(?::00(?::00)?)?(?:Z|[+]00:?00)?\Z")
_LANGUAGE = re.compile(r"([a-z]{2,3}(-[A-Za-z0-9]{1,4})?)?\Z")

Row = tuple[str, str, str, str, str]  # kiosk_id, hour_utc, event, key, language


class MalformedFile(ValueError):
    """The file is refused; `line` is 1-based (0 when the fault is the file as a whole)."""

    def __init__(self, line: int, reason: str):
        super().__init__(f"line {line}: {reason}" if line else reason)
        self.line = line
        self.reason = reason


@dataclass(frozen=True)
class UsageFile:
    counts: dict[Row, int]  # a key written twice in one file keeps its larger count
    rows: int  # data rows read


def _short(value: str, limit: int = 40) -> str:
    return repr(value if len(value) <= limit else value[:limit] + "…")


def check_size_and_kind(head: bytes, size: int, max_bytes: int = MAX_FILE_BYTES) -> None:
    """The quick refusals, from the size and the first bytes only."""
    if size > max_bytes:
        raise MalformedFile(0, f"too large ({size / 2**20:.1f} MiB; at most {max_bytes / 2**20:.0f} MiB)"
                               " — not a kiosk usage export")
    if size == 0:
        raise MalformedFile(0, "empty file — not a kiosk usage export")
    nul = head[:SNIFF_BYTES].find(b"\0")
    if nul >= 0:
        raise MalformedFile(head[:nul].count(b"\n") + 1, "binary content — not a CSV file")


def _decode(data: bytes) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[:exc.start].count(b"\n") + 1
        raise MalformedFile(line, "not UTF-8 text — not a kiosk usage export") from None


class _Checker:
    """Per-row checks, with the values already found good remembered (a file repeats its
    kiosk id, its hours and its languages on every row, so most checks are a set lookup)."""

    def __init__(self) -> None:
        self.hours: dict[str, str] = {}  # as written -> the kiosk's form
        self.kiosks: set[str] = set()
        self.languages: set[str] = {""}

    def hour(self, value: str) -> str | None:
        match = _HOUR.match(value)
        if not match:
            return f"hour_utc {_short(value)} is not a whole UTC hour like 2026-11-25T09"
        day, hh = match.groups()
        try:
            date(int(day[:4]), int(day[5:7]), int(day[8:10]))
        except ValueError:
            return f"hour_utc {_short(value)} is not a real date"
        if int(hh) > 23:
            return f"hour_utc {_short(value)} is not a real hour"
        self.hours[value] = f"{day}T{hh}"
        return None

    def kiosk(self, value: str) -> str | None:
        if not valid_kiosk_id(value) or len(value) > KIOSK_ID_MAX:
            return (f"kiosk_id {_short(value)} is not a kiosk id (letters, digits, '.', '_', '-';"
                    f" at most {KIOSK_ID_MAX})")
        self.kiosks.add(value)
        return None

    def language(self, value: str) -> str | None:
        if len(value) > LANGUAGE_MAX or not _LANGUAGE.match(value):
            return f"language {_short(value)} is not a language code"
        self.languages.add(value)
        return None

    def row_fault(self, fields: list[str]) -> str | None:
        """Why the row is refused, or None."""
        if len(fields) != len(COLUMNS):
            return f"{len(fields)} values where {len(COLUMNS)} are expected ({','.join(COLUMNS)})"
        kiosk_id, hour, event, key, language, count = fields
        if kiosk_id not in self.kiosks and (fault := self.kiosk(kiosk_id)):
            return fault
        if hour not in self.hours and (fault := self.hour(hour)):
            return fault
        if event not in EVENTS or len(event) > EVENT_MAX:
            return f"event {_short(event)} is not one the kiosk counts"
        if len(key) > KEY_MAX or not key.isprintable():
            return f"key {_short(key)} is longer than {KEY_MAX} characters or holds control characters"
        if language not in self.languages and (fault := self.language(language)):
            return fault
        if not (count.isascii() and count.isdigit() and len(count) <= 10) or int(count) > MAX_COUNT:
            return f"count {_short(count)} is not a whole number of at least 0"
        return None


def parse_usage(data: bytes, max_bytes: int = MAX_FILE_BYTES) -> UsageFile:
    """Every row of an export, or MalformedFile for the first fault (nothing partial)."""
    check_size_and_kind(data[:SNIFF_BYTES], len(data), max_bytes)
    text = _decode(data)
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    counts: dict[Row, int] = {}
    rows = 0
    checker = _Checker()
    try:
        header = next(reader, None)
        if header is None or [h.strip() for h in header] != list(COLUMNS):
            shown = ",".join(header or [])
            raise MalformedFile(1, f"the columns must be {','.join(COLUMNS)}, not {_short(shown, 60)}")
        for fields in reader:
            if not fields:
                continue  # a blank line holds no figure
            fault = checker.row_fault(fields)
            if fault:
                raise MalformedFile(reader.line_num, fault)
            key: Row = (fields[0], checker.hours[fields[1]], fields[2], fields[3], fields[4])
            count = int(fields[5])
            if counts.get(key, -1) < count:
                counts[key] = count
            rows += 1
    except csv.Error as exc:
        raise MalformedFile(reader.line_num, f"not valid CSV ({exc})") from None
    return UsageFile(counts, rows)
