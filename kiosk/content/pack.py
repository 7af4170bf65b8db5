"""Read and validate a content pack: TOML files people edit, one per topic and per office.

Every field of every pack file has a declared shape (see "The shape of every pack file"
below); a value is checked against it before anything uses it. `load_pack` never raises on
bad content: it returns what it could read plus a list of problems, each with its file and,
where it can be found, its line.
"""
from __future__ import annotations

import dataclasses
import hashlib
import math
import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from kiosk.content.records import LeafletLabels
from kiosk.languages import KNOWN_LANGUAGES
from kiosk.updates.versions import is_valid as is_valid_version

ERROR = "error"
MISSING_TRANSLATION = "missing-translation"
EMPTY_FIELD = "empty-field"


# --- Shapes: what one value may be ----------------------------------------------------
@dataclass(frozen=True)
class Shape:
    """What a value may hold, in words for the error (`must be <describe>`) and as a test."""

    describe: str
    accepts: Callable[[object], bool]
    clean: Callable[[object], object] = lambda value: value


_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")  # tab and newline are fine


def _plain_text(value) -> bool:
    return isinstance(value, str) and not _CONTROL.search(value)


def _is_number(value) -> bool:  # bool is an int in Python: never a number here
    return isinstance(value, (int, float)) and not isinstance(value, bool)


TEXT = Shape("text", _plain_text, str.strip)
ID = Shape("an id (letters, digits, '.', '-' and '_')",
           lambda v: isinstance(v, str) and re.fullmatch(r"[A-Za-z0-9_.-]{1,100}", v) is not None)
ID_LIST = Shape("a list of ids", lambda v: isinstance(v, list) and all(ID.accepts(i) for i in v))
FLAG = Shape("true or false", lambda v: isinstance(v, bool))
VERSION = Shape("dot-separated numbers, e.g. \"2026.11.25.1\"",
                lambda v: isinstance(v, str) and is_valid_version(v), str.strip)
LANGUAGE_LIST = Shape(
    f"a non-empty list of language codes ({', '.join(KNOWN_LANGUAGES)})",
    lambda v: isinstance(v, list) and bool(v) and all(isinstance(c, str) and c in KNOWN_LANGUAGES
                                                      for c in v),
    tuple,
)
LANGUAGE = Shape("a language code", lambda v: isinstance(v, str) and v in KNOWN_LANGUAGES)
TABLE = Shape("a table", lambda v: isinstance(v, dict))
TABLE_LIST = Shape("[[...]] tables", lambda v: isinstance(v, list) and all(isinstance(i, dict)
                                                                          for i in v))


def one_of(*choices: str) -> Shape:
    return Shape("one of " + ", ".join(repr(c) for c in choices), lambda v: v in choices
                 if isinstance(v, str) else False)


def whole(low: int, high: int) -> Shape:
    return Shape(f"a whole number from {low} to {high}",
                 lambda v: isinstance(v, int) and not isinstance(v, bool) and low <= v <= high)


def coordinate(limit: float) -> Shape:
    """Empty ("") while unknown, else a finite number within ±limit degrees."""
    return Shape(
        f"empty or a number within ±{limit:g}",
        lambda v: v == "" or (_is_number(v) and math.isfinite(v) and abs(v) <= limit),
        lambda v: None if v == "" else float(v),
    )


@dataclass(frozen=True)
class Field:
    shape: Shape
    default: object = None  # used when the key is absent, or after its value was refused
    required: bool = False


def required(shape: Shape) -> Field:
    return Field(shape, None, required=True)


# --- The shape of every pack file ----------------------------------------------------------
# One entry per key a file may hold. To add a field: declare it here, then read it from the
# checked `values` in its _load_* function below (and store it in the database model).
ORDER = whole(-1_000_000, 1_000_000)
TOPIC_KINDS = ("intro", "section", "programme", "need")
TOPIC_OPENS = ("", "offices")

PACK_FIELDS = {  # pack.toml
    "version": required(VERSION),
    "default_language": required(LANGUAGE),
    "languages": required(LANGUAGE_LIST),
}
TOPIC_FIELDS = {  # topics/<id>.toml
    "kind": required(one_of(*TOPIC_KINDS)),
    "order": Field(ORDER, 0),
    "pictogram": required(ID),
    "related": Field(ID_LIST, []),
    "opens": Field(one_of(*TOPIC_OPENS), ""),
}
OFFICE_FIELDS = {  # offices/<id>.toml; contact fields stay "" while unknown: never guess
    "order": Field(ORDER, 0),
    "central": Field(FLAG, False),
    "phone": Field(TEXT, ""),
    "email": Field(TEXT, ""),
    "website": Field(TEXT, ""),
    "latitude": Field(coordinate(90), None),
    "longitude": Field(coordinate(180), None),
    "services": Field(ID_LIST, []),
    # the city's public coordinates (nearest office first), always with where they come from
    "city_latitude": Field(coordinate(90), None),
    "city_longitude": Field(coordinate(180), None),
    "city_source": Field(TEXT, ""),
}
EMERGENCY_FIELDS = {  # emergency.toml: a [[number]] table per number
    "number": Field(TABLE_LIST, []),
}
EMERGENCY_NUMBER_FIELDS = {  # each [[number]]
    "id": required(TEXT),
    "number": required(TEXT),
}
LEAFLET_FIELDS: dict[str, Field] = {}  # leaflet.toml holds only [text.xx] tables

# Each item's per-language [text.xx] tables: `reviewed` plus these texts (all TEXT).
TOPIC_TEXT_REQUIRED = ("title", "summary", "body")
OFFICE_TEXT_REQUIRED = ("name", "city")
OFFICE_TEXT_OPTIONAL = ("address", "hours")
OFFICE_CONTACT_FIELDS = ("phone", "email", "website", "latitude", "longitude")
EMERGENCY_TEXT_REQUIRED = ("label",)
EMERGENCY_TEXT_OPTIONAL = ("note",)
LEAFLET_LABEL_KEYS = tuple(f.name for f in dataclasses.fields(LeafletLabels))


@dataclass(frozen=True)
class Problem:
    severity: str  # ERROR, MISSING_TRANSLATION or EMPTY_FIELD
    file: str
    line: int | None
    message: str

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}" if self.line else self.file
        return f"{where}: {self.message}"


@dataclass(frozen=True)
class LocalText:
    """One language's text of an item; `fields` holds title/summary/body or name/city/..."""

    language: str
    reviewed: bool
    fields: dict[str, str]


@dataclass
class TopicSource:
    id: str
    kind: str
    order: int
    pictogram: str
    related: list[str]
    opens: str
    texts: dict[str, LocalText]


@dataclass
class OfficeSource:
    id: str
    order: int
    central: bool
    phone: str
    email: str
    website: str
    latitude: float | None
    longitude: float | None
    services: list[str]
    texts: dict[str, LocalText]
    # The centre of the office's city, a public fact with its source: distances use it
    # until the office's own latitude/longitude are known.
    city_latitude: float | None = None
    city_longitude: float | None = None
    city_source: str = ""


@dataclass
class EmergencySource:
    id: str
    number: str
    order: int
    texts: dict[str, LocalText]


@dataclass(frozen=True)
class LanguageCoverage:
    language: str
    translated: int
    total: int
    reviewed: int

    @property
    def percent(self) -> float:
        return 100.0 * self.translated / self.total if self.total else 100.0

    @property
    def complete(self) -> bool:
        return self.translated == self.total


@dataclass
class LeafletSource:
    """The fixed leaflet words (leaflet.toml), per language."""

    texts: dict[str, LocalText]


@dataclass
class LoadedPack:
    folder: Path
    version: str = ""
    default_language: str = ""
    languages: tuple[str, ...] = ()
    topics: dict[str, TopicSource] = field(default_factory=dict)
    offices: dict[str, OfficeSource] = field(default_factory=dict)
    emergency: list[EmergencySource] = field(default_factory=list)
    leaflet: LeafletSource | None = None
    problems: list[Problem] = field(default_factory=list)
    fingerprint: str = ""

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == ERROR]

    def translatable(self) -> list:
        """Everything that carries a text per language."""
        items = [*self.topics.values(), *self.offices.values(), *self.emergency]
        if self.leaflet is not None:
            items.append(self.leaflet)  # the leaflets' fixed words
        return items

    def complete_languages(self) -> tuple[str, ...]:
        """Languages in which every topic, office and emergency number has its text."""
        items = self.translatable()
        return tuple(lang for lang in self.languages if all(lang in i.texts for i in items))

    def coverage(self) -> dict[str, LanguageCoverage]:
        """Per language: how many items have their text, and how many of those are reviewed."""
        items = self.translatable()
        result = {}
        for lang in self.languages:
            texts = [i.texts[lang] for i in items if lang in i.texts]
            result[lang] = LanguageCoverage(lang, len(texts), len(items),
                                            sum(t.reviewed for t in texts))
        return result


def pack_files(folder: Path) -> list[Path]:
    return sorted(Path(folder).rglob("*.toml"))


def pack_fingerprint(folder: Path) -> str:
    """A hash of every pack file's name and bytes: the database records which pack it holds."""
    digest = hashlib.sha256()
    for path in pack_files(folder):
        digest.update(path.relative_to(folder).as_posix().encode() + b"\0")
        if not path.is_file():  # a folder or a pipe named *.toml: load_pack reports it
            digest.update(b"not a file\0")
            continue
        try:
            digest.update(path.read_bytes() + b"\0")
        except OSError as exc:  # unreadable, or a folder named *.toml: load_pack reports it
            digest.update(f"unreadable {exc.errno}".encode() + b"\0")
    return digest.hexdigest()


# --- Where a key is written: lines for problems ---------------------------------------------
_HEADER = re.compile(r"^\s*(\[\[?)\s*([^\[\]]+?)\s*\]\]?\s*(#.*)?$")
_ASSIGN = re.compile(r"^\s*((?:\"[^\"]*\"|'[^']*'|[A-Za-z0-9_-]+)(?:\s*\.\s*(?:\"[^\"]*\"|'[^']*'|[A-Za-z0-9_-]+))*)\s*=")


def _key_parts(text: str) -> tuple[str, ...]:
    parts = re.findall(r"\"([^\"]*)\"|'([^']*)'|([A-Za-z0-9_-]+)", text)
    return tuple(next(p for p in groups if p) if any(groups) else "" for groups in parts)


def key_lines(raw: str) -> dict[tuple, int]:
    """The line of every table header and `key =` in a TOML text, by key path; the n-th
    [[array]] table is path + (n,). Lines inside multi-line strings are skipped."""
    lines: dict[tuple, int] = {}
    arrays: dict[tuple, int] = {}  # [[array]] path -> index of its latest table
    table: tuple = ()
    in_string = ""
    for number, line in enumerate(raw.splitlines(), 1):
        if in_string:
            if line.count(in_string) % 2:
                in_string = ""
            continue
        header = _HEADER.match(line)
        if header:
            parts = _key_parts(header.group(2))
            if header.group(1) == "[[":  # a new element of the array named by its last part
                path = _with_indexes(parts[:-1], arrays) + parts[-1:]
                arrays[path] = arrays.get(path, -1) + 1
                path = path + (arrays[path],)
            else:
                path = _with_indexes(parts, arrays)
            table = path
            _record(lines, table, number)
            continue
        assign = _ASSIGN.match(line)
        if assign:
            _record(lines, table + _key_parts(assign.group(1)), number)
            rest = line[assign.end():]
            for quote in ('"""', "'''"):
                if rest.count(quote) % 2:
                    in_string = quote
    return lines


def _record(lines: dict[tuple, int], path: tuple, number: int) -> None:
    """The line of `path` and of each table it implies (`[a.b]` or `a.b = 1` defines `a`)."""
    for end in range(1, len(path) + 1):
        lines.setdefault(path[:end], number)


def _with_indexes(path: tuple, arrays: dict[tuple, int]) -> tuple:
    """`number.text.en` after the 2nd [[number]] is ("number", 1, "text", "en")."""
    result: tuple = ()
    for part in path:
        result += (part,)
        if result in arrays:
            result += (arrays[result],)
    return result


class _FileReader:
    """Parses one TOML file and records problems against it, finding lines where it can."""

    def __init__(self, pack: LoadedPack, path: Path):
        self.pack = pack
        self.path = path
        self.name = path.relative_to(pack.folder).as_posix()
        self.raw = ""
        self._lines: dict[tuple, int] | None = None

    def load(self) -> dict | None:
        try:
            self.raw = self.path.read_text(encoding="utf-8")
            return tomllib.loads(self.raw)
        except UnicodeDecodeError:
            self.error("not UTF-8 text")
        except OSError as exc:
            self.error(f"cannot be read ({exc.strerror})")
        except tomllib.TOMLDecodeError as exc:
            match = re.search(r"at line (\d+)", str(exc))
            line = int(match.group(1)) if match else None
            if line is None and "end of document" in str(exc):
                line = self.raw.count("\n") or 1  # e.g. a string that is never closed
            self.error(f"malformed TOML: {exc}", line)
        except RecursionError:
            self.error("malformed TOML: nested too deeply")
        return None

    def line(self, path: tuple) -> int | None:
        """Line of the key at `path`, else of the nearest enclosing table written in the file."""
        if self._lines is None:
            self._lines = key_lines(self.raw)
        while path:
            if path in self._lines:
                return self._lines[path]
            path = path[:-1]
        return None

    def line_of(self, key: str, after: str = "") -> int | None:
        """Line of `key` (dotted), inside the table `after` (dotted) if given."""
        return self.line(_key_parts(after) + _key_parts(key))

    def report(self, severity: str, message: str, line: int | None = None) -> None:
        self.pack.problems.append(Problem(severity, self.name, line, message))

    def error(self, message: str, line: int | None = None) -> None:
        self.report(ERROR, message, line)

    def fields(self, data: dict, declared: dict[str, Field], at: tuple = (),
               also: tuple[str, ...] = ("text",)) -> dict:
        """Each declared key's value, checked against its shape (the default when absent or
        refused); unknown keys are errors. Keys in `also` are read by the caller."""
        where = f"[{'.'.join(str(p) for p in at if not isinstance(p, int))}] " if at else ""
        for key in sorted(set(data) - set(declared) - set(also)):
            self.error(f"{where}unknown key '{key}'", self.line(at + (key,)))
        values = {}
        for key, spec in declared.items():
            if key not in data:
                if spec.required:
                    self.error(f"{where}missing {key} (must be {spec.shape.describe})",
                               self.line(at))
                values[key] = spec.default
            elif not spec.shape.accepts(data[key]):
                self.error(f"{where}{key} must be {spec.shape.describe}", self.line(at + (key,)))
                values[key] = spec.default
            else:
                values[key] = spec.shape.clean(data[key])
        return values

    def texts(self, data: dict, required: tuple[str, ...], optional: tuple[str, ...] = (),
              at: tuple = (), ahead_ok: bool = False) -> dict[str, LocalText]:
        """Validate the per-language `[text.xx]` tables of an item.

        With `ahead_ok`, a known language that pack.toml does not list yet is skipped
        quietly (leaflet words written before the content in that language arrives).
        """
        texts: dict[str, LocalText] = {}
        raw_texts = data.get("text", {})
        if not isinstance(raw_texts, dict):
            self.error("'text' must be a table of languages", self.line(at + ("text",)))
            raw_texts = {}
        for lang, entry in raw_texts.items():
            path = at + ("text", lang)
            header = ".".join(str(p) for p in path if not isinstance(p, int))
            line = self.line(path)
            if lang not in self.pack.languages:
                if ahead_ok and lang in KNOWN_LANGUAGES:
                    continue
                self.error(f"text in language '{lang}', which pack.toml does not list", line)
                continue
            if not isinstance(entry, dict):
                self.error(f"[{header}] must be a table", line)
                continue
            for key in sorted(set(entry) - {"reviewed", *required, *optional}):
                self.error(f"unknown key '{key}'", self.line(path + (key,)))
            if not isinstance(entry.get("reviewed"), bool):
                self.error(f"[{header}] needs reviewed = true or false", line)
            values: dict[str, str] = {}
            for key in (*required, *optional):
                value = entry.get(key, "")
                if not TEXT.accepts(value):
                    self.error(f"[{header}] {key} must be {TEXT.describe}",
                               self.line(path + (key,)))
                    values[key] = ""
                    continue  # one problem per key
                values[key] = value.strip()
                if key in required and not values[key]:
                    self.error(f"[{header}] missing required text '{key}'", line)
            texts[lang] = LocalText(lang, entry.get("reviewed") is True, values)
        for lang in self.pack.languages:
            if lang not in texts and lang not in raw_texts:
                severity = ERROR if lang == self.pack.default_language else MISSING_TRANSLATION
                self.report(severity, f"no text in '{lang}'", self.line(at))
        return texts


def load_pack(folder: Path, pictogram_dir: Path | None = None) -> LoadedPack:
    folder = Path(folder)
    pack = LoadedPack(folder=folder)
    if not (folder / "pack.toml").is_file():
        pack.problems.append(Problem(ERROR, str(folder), None, "no pack.toml: not a content pack"))
        return pack
    pack.fingerprint = pack_fingerprint(folder)
    _load_manifest(pack)
    if pack.errors:
        return pack  # without languages nothing else can be checked meaningfully
    for path in sorted((folder / "topics").glob("*.toml")):
        _load_topic(pack, path)
    for path in sorted((folder / "offices").glob("*.toml")):
        _load_office(pack, path)
    if (folder / "emergency.toml").is_file():
        _load_emergency(pack, folder / "emergency.toml")
    if (folder / "leaflet.toml").is_file():
        _load_leaflet(pack, folder / "leaflet.toml")
    else:
        pack.problems.append(Problem(ERROR, "leaflet.toml", None, "missing: the leaflet words"))
    _check_references(pack, pictogram_dir)
    return pack


def _read(pack: LoadedPack, path: Path) -> tuple[_FileReader, dict | None]:
    reader = _FileReader(pack, path)
    if not path.is_file():
        reader.error("is not a file")
        return reader, None
    return reader, reader.load()


def _load_manifest(pack: LoadedPack) -> None:
    reader, data = _read(pack, pack.folder / "pack.toml")
    if data is None:
        return
    values = reader.fields(data, PACK_FIELDS, also=())
    languages = values["languages"] or ()
    if values["default_language"] is not None and languages and \
            values["default_language"] not in languages:
        reader.error("default_language must be one of languages", reader.line(("default_language",)))
    pack.version = values["version"] or ""
    pack.default_language = values["default_language"] or ""
    pack.languages = tuple(dict.fromkeys(languages))


def _load_topic(pack: LoadedPack, path: Path) -> None:
    reader, data = _read(pack, path)
    if data is None:
        return
    values = reader.fields(data, TOPIC_FIELDS)
    pack.topics[path.stem] = TopicSource(
        id=path.stem,
        kind=values["kind"] or "",
        order=values["order"],
        pictogram=values["pictogram"] or "",
        related=list(values["related"]),
        opens=values["opens"],
        texts=reader.texts(data, TOPIC_TEXT_REQUIRED),
    )


def _city_position(reader: _FileReader, data: dict, values: dict) -> dict:
    """city_latitude/city_longitude (shapes checked already): both or neither, and never
    without their source."""
    lat, lon, source = values["city_latitude"], values["city_longitude"], values["city_source"]
    given = [data.get(key, "") != "" for key in ("city_latitude", "city_longitude")]
    if given[0] != given[1]:  # a value refused for its shape is reported once, by its shape
        reader.error("give both city_latitude and city_longitude, or neither",
                     reader.line_of("city_latitude") or reader.line_of("city_longitude"))
    if (lat is None) != (lon is None):
        lat = lon = None
    elif lat is not None and not source.strip():
        reader.error("city coordinates need city_source: where they come from",
                     reader.line_of("city_latitude"))
    return {"city_latitude": lat, "city_longitude": lon, "city_source": source.strip()}


def _load_office(pack: LoadedPack, path: Path) -> None:
    reader, data = _read(pack, path)
    if data is None:
        return
    values = reader.fields(data, OFFICE_FIELDS)
    office = OfficeSource(
        id=path.stem,
        order=values["order"],
        central=values["central"],
        phone=values["phone"],
        email=values["email"],
        website=values["website"],
        latitude=values["latitude"],
        longitude=values["longitude"],
        services=list(values["services"]),
        texts=reader.texts(data, OFFICE_TEXT_REQUIRED, OFFICE_TEXT_OPTIONAL),
        **_city_position(reader, data, values),
    )
    pack.offices[office.id] = office
    for key in OFFICE_CONTACT_FIELDS:
        if getattr(office, key) in ("", None):
            reader.report(EMPTY_FIELD, f"{key} is empty", reader.line((key,)))
    if not office.services:
        reader.report(EMPTY_FIELD, "services is empty", reader.line(("services",)))
    for lang, text in office.texts.items():
        for key in OFFICE_TEXT_OPTIONAL:
            if not text.fields[key]:
                reader.report(EMPTY_FIELD, f"[text.{lang}] {key} is empty",
                              reader.line(("text", lang, key)))


def _load_emergency(pack: LoadedPack, path: Path) -> None:
    reader, data = _read(pack, path)
    if data is None:
        return
    values = reader.fields(data, EMERGENCY_FIELDS, also=())
    for order, entry in enumerate(values["number"]):
        at = ("number", order)
        fields = reader.fields(entry, EMERGENCY_NUMBER_FIELDS, at=at)
        if not fields["id"] or not fields["number"]:
            if fields["id"] is not None and fields["number"] is not None:
                reader.error("each [[number]] needs an id and a number", reader.line(at))
            continue
        texts = reader.texts(entry, EMERGENCY_TEXT_REQUIRED, EMERGENCY_TEXT_OPTIONAL, at=at)
        pack.emergency.append(EmergencySource(fields["id"], fields["number"], order, texts))
    ids = [number.id for number in pack.emergency]
    for number_id in sorted({i for i in ids if ids.count(i) > 1}):
        reader.error(f"emergency number id '{number_id}' is used twice", reader.line(("number",)))


def _load_leaflet(pack: LoadedPack, path: Path) -> None:
    reader, data = _read(pack, path)
    if data is None:
        return
    reader.fields(data, LEAFLET_FIELDS)
    pack.leaflet = LeafletSource(reader.texts(data, LEAFLET_LABEL_KEYS, ahead_ok=True))


def _check_references(pack: LoadedPack, pictogram_dir: Path | None) -> None:
    readers: dict[Path, _FileReader] = {}

    def report(item_dir: str, item_id: str, key: str, message: str) -> None:
        path = pack.folder / item_dir / f"{item_id}.toml"
        if path not in readers:
            readers[path] = _FileReader(pack, path)
            readers[path].raw = path.read_text(encoding="utf-8", errors="replace")
        readers[path].error(message, readers[path].line((key,)))

    for topic in pack.topics.values():
        for ref in topic.related:
            if ref not in pack.topics:
                report("topics", topic.id, "related", f"related topic '{ref}' does not exist")
            elif ref == topic.id:
                report("topics", topic.id, "related", "a topic cannot be related to itself")
        if pictogram_dir and topic.pictogram and not (pictogram_dir / f"{topic.pictogram}.svg").is_file():
            report("topics", topic.id, "pictogram", f"pictogram '{topic.pictogram}' has no SVG file")
    for office in pack.offices.values():
        for ref in office.services:
            if ref not in pack.topics:
                report("offices", office.id, "services", f"service topic '{ref}' does not exist")
    if not any(topic.kind == "intro" for topic in pack.topics.values()):
        pack.problems.append(Problem(ERROR, "topics/", None, "no topic of kind 'intro'"))
    if not pack.offices:
        pack.problems.append(Problem(ERROR, "offices/", None, "no offices"))
