"""The words of an item: which fields each family has, their hash, and the grid title."""
from __future__ import annotations

import difflib
import hashlib
import json

from kiosk.authoring.records import EMERGENCY, LEAFLET, OFFICE, TOPIC, FieldDiff, FieldSpec
from kiosk.content.pack import (
    EMERGENCY_TEXT_REQUIRED, LEAFLET_LABEL_KEYS, OFFICE_TEXT_OPTIONAL, OFFICE_TEXT_REQUIRED,
    TOPIC_TEXT_REQUIRED,
)

_MULTILINE = {"body", "summary", "note", "address", "hours", "no_contact_details",
              "ask_any_office", "unreviewed"}


def _specs(required: tuple[str, ...], optional: tuple[str, ...] = ()) -> tuple[FieldSpec, ...]:
    return tuple(FieldSpec(name, name in required, name in _MULTILINE)
                 for name in (*required, *optional))


FIELD_SPECS: dict[str, tuple[FieldSpec, ...]] = {
    TOPIC: _specs(TOPIC_TEXT_REQUIRED),
    OFFICE: _specs(OFFICE_TEXT_REQUIRED, OFFICE_TEXT_OPTIONAL),
    EMERGENCY: _specs(EMERGENCY_TEXT_REQUIRED, ("note",)),
    LEAFLET: _specs(LEAFLET_LABEL_KEYS),
}
TITLE_FIELDS = ("title", "name", "label", "organisation")


def field_specs(family: str, fields: dict[str, str] | None = None) -> tuple[FieldSpec, ...]:
    """The family's fields, then any other field the text carries (kept, never dropped)."""
    specs = FIELD_SPECS.get(family, ())
    known = {spec.name for spec in specs}
    extra = tuple(FieldSpec(name, False, True) for name in (fields or {}) if name not in known)
    return specs + extra


def text_hash(fields: dict[str, str]) -> str:
    """A hash of the words only (field order and surrounding blanks do not count)."""
    canonical = json.dumps({k: str(v).strip() for k, v in fields.items() if str(v).strip()},
                           ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def title_of(fields: dict[str, str]) -> str:
    for name in TITLE_FIELDS:
        if str(fields.get(name, "")).strip():
            return str(fields[name]).strip()[:500]
    return ""


def is_empty(fields: dict[str, str]) -> bool:
    return not any(str(value).strip() for value in fields.values())


def diff_fields(old: dict[str, str], new: dict[str, str]) -> tuple[FieldDiff, ...]:
    """Field by field, old -> new, with unified-diff lines for the changed ones."""
    names = list(dict.fromkeys([*new, *old]))
    diffs = []
    for name in names:
        before, after = str(old.get(name, "")), str(new.get(name, ""))
        changed = before.strip() != after.strip()
        unified = tuple(difflib.unified_diff(
            before.splitlines(), after.splitlines(), "before", "now", lineterm="", n=1,
        )) if changed else ()
        diffs.append(FieldDiff(name, before, after, changed, unified))
    return tuple(diffs)
