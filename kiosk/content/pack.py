"""Read and validate a content pack: TOML files people edit, one per topic and per office.

`load_pack` never raises on bad content: it returns what it could read plus a list of
problems, each with its file and, where it can be found, its line.
"""
from __future__ import annotations

import dataclasses
import hashlib
import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from kiosk.content.records import LeafletLabels
from kiosk.languages import KNOWN_LANGUAGES

TOPIC_KINDS = ("intro", "section", "programme", "need")
TOPIC_OPENS = ("", "offices")
TOPIC_KEYS = {"kind", "order", "pictogram", "related", "opens", "text"}
TOPIC_TEXT_REQUIRED = ("title", "summary", "body")
OFFICE_KEYS = {
    "order", "central", "phone", "email", "website", "latitude", "longitude", "services", "text",
    *("city_latitude", "city_longitude", "city_source"),
}
OFFICE_CONTACT_FIELDS = ("phone", "email", "website", "latitude", "longitude")
OFFICE_TEXT_REQUIRED = ("name", "city")
OFFICE_TEXT_OPTIONAL = ("address", "hours")
EMERGENCY_TEXT_REQUIRED = ("label",)
LEAFLET_LABEL_KEYS = tuple(f.name for f in dataclasses.fields(LeafletLabels))
MANIFEST_KEYS = {"version", "default_language", "languages"}

ERROR = "error"
MISSING_TRANSLATION = "missing-translation"
EMPTY_FIELD = "empty-field"


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
        digest.update(path.read_bytes() + b"\0")
    return digest.hexdigest()


class _FileReader:
    """Parses one TOML file and records problems against it, finding lines where it can."""

    def __init__(self, pack: LoadedPack, path: Path):
        self.pack = pack
        self.path = path
        self.name = path.relative_to(pack.folder).as_posix()
        self.raw = ""

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
        return None

    def line_of(self, key: str, after: str = "") -> int | None:
        """Line of `key = ...` (or of a `[table]` header), searched after `after`'s line."""
        start = 0
        if after:
            found = re.search(rf"^\s*\[\[?{re.escape(after)}\]?\]\s*$", self.raw, re.M)
            start = found.start() if found else 0
        pattern = rf"^\s*(\[{re.escape(key)}\]|{re.escape(key)}\s*=)"
        found = re.compile(pattern, re.M).search(self.raw, start)
        return self.raw.count("\n", 0, found.start()) + 1 if found else None

    def report(self, severity: str, message: str, line: int | None = None) -> None:
        self.pack.problems.append(Problem(severity, self.name, line, message))

    def error(self, message: str, line: int | None = None) -> None:
        self.report(ERROR, message, line)

    def check_keys(self, data: dict, allowed: set[str], table: str = "") -> None:
        for key in sorted(set(data) - allowed):
            self.error(f"unknown key '{key}'", self.line_of(key, after=table))

    def texts(self, data: dict, required: tuple[str, ...], optional: tuple[str, ...] = (),
              table: str = "text", ahead_ok: bool = False) -> dict[str, LocalText]:
        """Validate the per-language `[text.xx]` tables of an item.

        With `ahead_ok`, a known language that pack.toml does not list yet is skipped
        quietly (leaflet words written before the content in that language arrives).
        """
        texts: dict[str, LocalText] = {}
        raw_texts = data.get("text", {})
        if not isinstance(raw_texts, dict):
            self.error("'text' must be a table of languages", self.line_of("text"))
            return texts
        for lang, entry in raw_texts.items():
            header = f"{table}.{lang}"
            line = self.line_of(header)
            if lang not in self.pack.languages:
                if ahead_ok and lang in KNOWN_LANGUAGES:
                    continue
                self.error(f"text in language '{lang}', which pack.toml does not list", line)
                continue
            if not isinstance(entry, dict):
                self.error(f"[{header}] must be a table", line)
                continue
            self.check_keys(entry, {"reviewed", *required, *optional}, table=header)
            if not isinstance(entry.get("reviewed"), bool):
                self.error(f"[{header}] needs reviewed = true or false", line)
            values: dict[str, str] = {}
            for key in (*required, *optional):
                value = entry.get(key, "")
                if not isinstance(value, str):
                    self.error(f"[{header}] {key} must be text", self.line_of(key, after=header))
                    value = ""
                values[key] = value.strip()
                if key in required and not values[key]:
                    self.error(f"[{header}] missing required text '{key}'", line)
            texts[lang] = LocalText(lang, entry.get("reviewed") is True, values)
        for lang in self.pack.languages:
            if lang not in texts and lang not in raw_texts:
                severity = ERROR if lang == self.pack.default_language else MISSING_TRANSLATION
                self.report(severity, f"no text in '{lang}'")
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


def _load_manifest(pack: LoadedPack) -> None:
    reader = _FileReader(pack, pack.folder / "pack.toml")
    data = reader.load()
    if data is None:
        return
    reader.check_keys(data, MANIFEST_KEYS)
    version = data.get("version")
    if not isinstance(version, str) or not version.strip():
        reader.error("missing version", reader.line_of("version"))
    languages = data.get("languages")
    if not isinstance(languages, list) or not languages:
        reader.error("languages must be a non-empty list", reader.line_of("languages"))
        return
    unknown = [code for code in languages if code not in KNOWN_LANGUAGES]
    if unknown:
        reader.error(f"unknown language code(s): {', '.join(map(str, unknown))}",
                     reader.line_of("languages"))
    default = data.get("default_language")
    if default not in languages:
        reader.error("default_language must be one of languages",
                     reader.line_of("default_language"))
    pack.version = str(version or "").strip()
    pack.default_language = str(default)
    pack.languages = tuple(code for code in languages if code in KNOWN_LANGUAGES)


def _int(reader: _FileReader, data: dict, key: str, default: int = 0) -> int:
    value = data.get(key, default)
    if isinstance(value, bool) or not isinstance(value, int):
        reader.error(f"{key} must be a whole number", reader.line_of(key))
        return default
    return value


def _str_list(reader: _FileReader, data: dict, key: str) -> list[str]:
    value = data.get(key, [])
    if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
        reader.error(f"{key} must be a list of ids", reader.line_of(key))
        return []
    return value


def _load_topic(pack: LoadedPack, path: Path) -> None:
    reader = _FileReader(pack, path)
    data = reader.load()
    if data is None:
        return
    reader.check_keys(data, TOPIC_KEYS)
    kind = data.get("kind")
    if kind not in TOPIC_KINDS:
        reader.error(f"kind must be one of {', '.join(TOPIC_KINDS)}", reader.line_of("kind"))
    opens = data.get("opens", "")
    if opens not in TOPIC_OPENS:
        reader.error("opens may only be \"offices\"", reader.line_of("opens"))
    pictogram = data.get("pictogram", "")
    if not isinstance(pictogram, str) or not pictogram:
        reader.error("missing pictogram", reader.line_of("pictogram"))
        pictogram = ""
    pack.topics[path.stem] = TopicSource(
        id=path.stem,
        kind=str(kind),
        order=_int(reader, data, "order"),
        pictogram=pictogram,
        related=_str_list(reader, data, "related"),
        opens=str(opens),
        texts=reader.texts(data, TOPIC_TEXT_REQUIRED),
    )


def _coordinate(reader: _FileReader, data: dict, key: str, limit: float) -> float | None:
    value = data.get(key, "")
    if value == "":
        return None
    if isinstance(value, bool) or not isinstance(value, (int, float)) or abs(value) > limit:
        reader.error(f"{key} must be empty or a number within ±{limit:g}", reader.line_of(key))
        return None
    return float(value)


def _city_position(reader: _FileReader, data: dict) -> dict:
    """city_latitude/city_longitude: both or neither, and never without their source."""
    lat = _coordinate(reader, data, "city_latitude", 90)
    lon = _coordinate(reader, data, "city_longitude", 180)
    source = data.get("city_source", "")
    if not isinstance(source, str):
        reader.error("city_source must be text", reader.line_of("city_source"))
        source = ""
    given = [data.get(key, "") != "" for key in ("city_latitude", "city_longitude")]
    if (lat is None) != (lon is None) and given[0] != given[1]:  # a bad value is reported once
        reader.error("give both city_latitude and city_longitude, or neither",
                     reader.line_of("city_latitude") or reader.line_of("city_longitude"))
    if (lat is None) != (lon is None):
        lat = lon = None
    elif lat is not None and not source.strip():
        reader.error("city coordinates need city_source: where they come from",
                     reader.line_of("city_latitude"))
    return {"city_latitude": lat, "city_longitude": lon, "city_source": source.strip()}


def _load_office(pack: LoadedPack, path: Path) -> None:
    reader = _FileReader(pack, path)
    data = reader.load()
    if data is None:
        return
    reader.check_keys(data, OFFICE_KEYS)
    contacts = {}
    for key in ("phone", "email", "website"):
        value = data.get(key, "")
        if not isinstance(value, str):
            reader.error(f"{key} must be text (\"\" when unknown)", reader.line_of(key))
            value = ""
        contacts[key] = value.strip()
    central = data.get("central", False)
    if not isinstance(central, bool):
        reader.error("central must be true or false", reader.line_of("central"))
    office = OfficeSource(
        id=path.stem,
        order=_int(reader, data, "order"),
        central=central is True,
        latitude=_coordinate(reader, data, "latitude", 90),
        longitude=_coordinate(reader, data, "longitude", 180),
        services=_str_list(reader, data, "services"),
        texts=reader.texts(data, OFFICE_TEXT_REQUIRED, OFFICE_TEXT_OPTIONAL),
        **contacts,
        **_city_position(reader, data),
    )
    pack.offices[office.id] = office
    for key in OFFICE_CONTACT_FIELDS:
        if getattr(office, key) in ("", None):
            reader.report(EMPTY_FIELD, f"{key} is empty", reader.line_of(key))
    if not office.services:
        reader.report(EMPTY_FIELD, "services is empty", reader.line_of("services"))
    for lang, text in office.texts.items():
        for key in OFFICE_TEXT_OPTIONAL:
            if not text.fields[key]:
                reader.report(EMPTY_FIELD, f"[text.{lang}] {key} is empty",
                              reader.line_of(key, after=f"text.{lang}"))


def _load_emergency(pack: LoadedPack, path: Path) -> None:
    reader = _FileReader(pack, path)
    data = reader.load()
    if data is None:
        return
    reader.check_keys(data, {"number"})
    entries = data.get("number", [])
    if not isinstance(entries, list):
        reader.error("use [[number]] tables", reader.line_of("number"))
        return
    for order, entry in enumerate(entries):
        reader.check_keys(entry, {"id", "number", "text"}, table="number")
        number_id = str(entry.get("id", "")).strip()
        number = str(entry.get("number", "")).strip()
        if not number_id or not number:
            reader.error("each [[number]] needs an id and a number", reader.line_of("number"))
            continue
        texts = reader.texts(entry, EMERGENCY_TEXT_REQUIRED, ("note",), table="number.text")
        pack.emergency.append(EmergencySource(number_id, number, order, texts))


def _load_leaflet(pack: LoadedPack, path: Path) -> None:
    reader = _FileReader(pack, path)
    data = reader.load()
    if data is None:
        return
    reader.check_keys(data, {"text"})
    pack.leaflet = LeafletSource(reader.texts(data, LEAFLET_LABEL_KEYS, ahead_ok=True))


def _check_references(pack: LoadedPack, pictogram_dir: Path | None) -> None:
    def report(item_dir: str, item_id: str, key: str, message: str) -> None:
        reader = _FileReader(pack, pack.folder / item_dir / f"{item_id}.toml")
        reader.raw = reader.path.read_text(encoding="utf-8")
        reader.error(message, reader.line_of(key))

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
