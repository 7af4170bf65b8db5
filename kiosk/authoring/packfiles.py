"""A content pack folder <-> plain items (no database here).

Generic on purpose: an item's non-text keys are kept as a dict exactly as read (keys the
pack format grows later included), its texts as one dict of fields per language. Files the
studio does not know are kept byte for byte. So whatever `kiosk.content.pack` accepts comes
back out unchanged, apart from comments and layout.
"""
from __future__ import annotations

import base64
import datetime as dt
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from kiosk.authoring.records import EMERGENCY, FILE, LEAFLET, MANIFEST, OFFICE, TOPIC
from kiosk.authoring.texts import field_specs
from kiosk.authoring.tomlwriter import dumps

MANIFEST_KEY = "manifest:pack"
LEAFLET_KEY = "leaflet:words"
_TAG = "__toml__"  # marks a TOML date/time kept in JSON

HEADERS = {
    MANIFEST: "Content pack manifest. Bump version on every change.\n"
              "Written by the content studio (kiosk studio export-pack).",
    TOPIC: "Written by the content studio (kiosk studio export-pack).",
    OFFICE: "Written by the content studio. Contact fields stay empty until they are known;\n"
            "never guess them.",
    EMERGENCY: "Emergency numbers. Written by the content studio.",
    LEAFLET: "Fixed words printed on every leaflet (headings, captions, footer), one table per\n"
             "language. Written by the content studio.",
}


@dataclass
class PackText:
    reviewed: bool
    fields: dict  # field name -> text (values kept as read)


@dataclass
class PackItem:
    key: str  # "topic:<id>", "office:<id>", "emergency:<id>", "leaflet:words", ...
    family: str
    position: int
    facts: dict  # JSON-safe: TOML dates are tagged, see to_json
    texts: dict[str, PackText] = field(default_factory=dict)


def to_json(value):
    """TOML values as JSON-safe ones (dates and times become tagged dicts)."""
    if isinstance(value, dict):
        return {str(k): to_json(v) for k, v in value.items()}
    if isinstance(value, list):
        return [to_json(v) for v in value]
    if isinstance(value, dt.datetime):
        return {_TAG: "datetime", "iso": value.isoformat()}
    if isinstance(value, dt.date):
        return {_TAG: "date", "iso": value.isoformat()}
    if isinstance(value, dt.time):
        return {_TAG: "time", "iso": value.isoformat()}
    return value


def from_json(value):
    if isinstance(value, dict):
        if set(value) == {_TAG, "iso"}:
            parse = {"datetime": dt.datetime, "date": dt.date, "time": dt.time}[value[_TAG]]
            return parse.fromisoformat(value["iso"])
        return {k: from_json(v) for k, v in value.items()}
    if isinstance(value, list):
        return [from_json(v) for v in value]
    return value


def _split_texts(data: dict) -> tuple[dict, dict[str, PackText]]:
    facts = {k: v for k, v in data.items() if k != "text"}
    texts: dict[str, PackText] = {}
    raw = data.get("text", {})
    if isinstance(raw, dict):
        for lang, entry in raw.items():
            if isinstance(entry, dict):
                fields = {k: to_json(v) for k, v in entry.items() if k != "reviewed"}
                texts[str(lang)] = PackText(entry.get("reviewed") is True, fields)
    return to_json(facts), texts


def _load(path: Path) -> dict:
    with path.open("rb") as handle:
        return tomllib.load(handle)


def read_pack(folder: Path) -> list[PackItem]:
    """Every item of a pack folder that `kiosk.content.pack.load_pack` found valid."""
    folder = Path(folder)
    items: list[PackItem] = [PackItem(MANIFEST_KEY, MANIFEST, 0,
                                      to_json(_load(folder / "pack.toml")))]
    known: set[Path] = {folder / "pack.toml"}
    for family, sub in ((TOPIC, "topics"), (OFFICE, "offices")):
        for position, path in enumerate(sorted((folder / sub).glob("*.toml"))):
            facts, texts = _split_texts(_load(path))
            items.append(PackItem(f"{family}:{path.stem}", family, position, facts, texts))
            known.add(path)
    emergency = folder / "emergency.toml"
    if emergency.is_file():
        known.add(emergency)
        for position, entry in enumerate(_load(emergency).get("number", [])):
            facts, texts = _split_texts(entry)
            items.append(PackItem(f"{EMERGENCY}:{entry.get('id', position)}", EMERGENCY,
                                  position, facts, texts))
    leaflet = folder / "leaflet.toml"
    if leaflet.is_file():
        known.add(leaflet)
        facts, texts = _split_texts(_load(leaflet))
        items.append(PackItem(LEAFLET_KEY, LEAFLET, 0, facts, texts))
    for position, path in enumerate(sorted(p for p in folder.rglob("*") if p.is_file())):
        if path in known:
            continue
        rel = path.relative_to(folder).as_posix()
        data = path.read_bytes()
        try:
            facts = {"path": rel, "text": data.decode("utf-8")}
        except UnicodeDecodeError:
            facts = {"path": rel, "base64": base64.b64encode(data).decode("ascii")}
        items.append(PackItem(f"{FILE}:{rel}", FILE, position, facts))
    return items


def _texts_table(item: PackItem, languages: tuple[str, ...] | None) -> dict:
    order = list(languages or ())
    order += [lang for lang in item.texts if lang not in order]
    table = {}
    for lang in order:
        text = item.texts.get(lang)
        if text is None or (languages is not None and lang not in languages):
            continue
        names = [spec.name for spec in field_specs(item.family, text.fields)]
        fields = {name: from_json(text.fields.get(name, "")) for name in names}
        table[lang] = {"reviewed": bool(text.reviewed), **fields}
    return table


def _with_texts(item: PackItem, languages: tuple[str, ...] | None) -> dict:
    data = from_json(item.facts)
    texts = _texts_table(item, languages)
    if texts or item.texts:
        data["text"] = texts
    return data


def write_pack(items: list[PackItem], folder: Path,
               languages: tuple[str, ...] | None = None) -> list[Path]:
    """Write the items as pack files under `folder` (which must exist). With `languages`,
    only those languages' texts are written (the manifest is the caller's business)."""
    folder = Path(folder)
    written: list[Path] = []

    def write(rel: str, text: str | bytes) -> None:
        if Path(rel).is_absolute() or ".." in Path(rel).parts:
            raise ValueError(f"{rel}: a pack file must stay inside the pack folder")
        path = folder / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(text, bytes):
            path.write_bytes(text)
        else:
            path.write_text(text, encoding="utf-8")
        written.append(path)

    numbers = []
    for item in sorted(items, key=lambda i: (i.family, i.position, i.key)):
        name = item.key.split(":", 1)[1]
        if item.family == MANIFEST:
            write("pack.toml", dumps(from_json(item.facts), HEADERS[MANIFEST]))
        elif item.family in (TOPIC, OFFICE):
            sub = "topics" if item.family == TOPIC else "offices"
            write(f"{sub}/{name}.toml", dumps(_with_texts(item, languages), HEADERS[item.family]))
        elif item.family == EMERGENCY:
            numbers.append(_with_texts(item, languages))
        elif item.family == LEAFLET:
            write("leaflet.toml", dumps(_with_texts(item, languages), HEADERS[LEAFLET]))
        elif item.family == FILE:
            facts = item.facts
            data = (base64.b64decode(facts["base64"]) if "base64" in facts
                    else str(facts.get("text", "")))
            write(str(facts.get("path", name)), data)
    if numbers:
        write("emergency.toml", dumps({"number": numbers}, HEADERS[EMERGENCY]))
    return written
