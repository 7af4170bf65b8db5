"""The frozen records the studio service hands out: plain values, never ORM objects."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Callable

# Per (item, language) a text moves through these states; "outdated" is derived, not stored.
MISSING = "missing"
DRAFT = "draft"
IN_REVIEW = "in_review"
APPROVED = "approved"
STATES = (MISSING, DRAFT, IN_REVIEW, APPROVED)

# Item families: where the item lives in the pack.
TOPIC = "topic"          # topics/<id>.toml (kind: intro, section, programme, need)
OFFICE = "office"        # offices/<id>.toml
EMERGENCY = "emergency"  # one [[number]] of emergency.toml
LEAFLET = "leaflet"      # leaflet.toml: the leaflets' fixed words
MANIFEST = "manifest"    # pack.toml (no texts)
FILE = "file"            # any other file of the pack, kept byte for byte (no texts)
TRANSLATABLE = (TOPIC, OFFICE, EMERGENCY, LEAFLET)

# Roles. Per-language roles are written "translator:hy", "reviewer:hy".
EDITOR = "editor"          # source-language texts and every item's facts
TRANSLATOR = "translator"  # texts in one language
REVIEWER = "reviewer"      # approves or rejects texts in one language, never their own
PUBLISHER = "publisher"    # publishes bundles
ADMIN = "admin"            # everything, including users

# Progress callback of publish: (done, total, stage), like kiosk.updates' TerminalProgress.
Progress = Callable[[int, int, str], None]


@dataclass(frozen=True)
class UserRecord:
    name: str
    display_name: str
    roles: tuple[str, ...]  # e.g. ("editor", "translator:hy", "reviewer:ka")
    active: bool


@dataclass(frozen=True)
class StoreInfo:
    url: str  # without password
    source_language: str  # the pack's default_language: every translation is made from it
    languages: tuple[str, ...]  # the pack's languages, in pack order
    version: str  # pack.toml version as last imported or published
    items: int  # translatable items
    schema_revision: str


@dataclass(frozen=True)
class Permissions:
    """What the acting user may do in one language (for enabling buttons)."""

    edit_text: bool
    review: bool  # approve / reject (still never one's own text)
    edit_facts: bool
    publish: bool
    admin: bool


@dataclass(frozen=True)
class Cell:
    """One (item, language) square of the status grid."""

    state: str  # MISSING, DRAFT, IN_REVIEW or APPROVED
    outdated: bool  # the source text changed since this translation was made


@dataclass(frozen=True)
class GridRow:
    key: str  # e.g. "topic:need-office", "office:tbilisi", "emergency:emergency", "leaflet:words"
    family: str  # TOPIC, OFFICE, EMERGENCY or LEAFLET
    kind: str  # topic kind (intro/section/programme/need), else the family
    title: str  # the source-language title (name, label ...)
    verify_by: dt.date | None
    overdue: bool  # verify_by has passed
    missing_facts: tuple[str, ...]  # empty contact facts of an office, e.g. ("phone", "email")
    cells: dict[str, Cell]  # language -> cell, for every pack language


@dataclass(frozen=True)
class LanguageCounts:
    missing: int = 0
    draft: int = 0
    in_review: int = 0
    approved: int = 0
    outdated: int = 0


@dataclass(frozen=True)
class GridFilter:
    """Every condition given must hold. Language-bound conditions use `language`."""

    family: str | None = None  # TOPIC, OFFICE, ...
    kind: str | None = None  # "need", "programme", "section", "intro", "office", ...
    language: str | None = None  # the language `state` / `outdated` refer to
    state: str | None = None  # cell state in `language`
    outdated: bool = False  # only rows outdated in `language` (any language if None)
    missing_fact: str | None = None  # e.g. "phone": offices whose phone is empty
    overdue: bool = False  # verify-by date has passed
    text: str = ""  # case-insensitive part of the key or the source title


@dataclass(frozen=True)
class Grid:
    source_language: str
    languages: tuple[str, ...]
    rows: tuple[GridRow, ...]  # filtered, in pack order (topics, offices, emergency, leaflet)
    counts: dict[str, LanguageCounts]  # per language, over ALL translatable items (unfiltered)
    total_items: int


@dataclass(frozen=True)
class FieldSpec:
    name: str
    required: bool
    multiline: bool


@dataclass(frozen=True)
class TextRecord:
    """One language's text of an item. `version` 0 means no text yet (MISSING)."""

    key: str
    language: str
    fields: dict[str, str]
    state: str
    outdated: bool
    version: int
    author: str  # who last changed the words (a reviewer may not approve their own)
    updated_by: str
    updated_at: dt.datetime | None
    source_hash: str  # hash of the source text this translation was made from


@dataclass(frozen=True)
class FactsRecord:
    """An item's non-text facts (office phone, topic kind ...) as in the pack, unknown keys kept."""

    key: str
    family: str
    facts: dict
    verify_by: dt.date | None
    version: int
    updated_by: str
    updated_at: dt.datetime | None


@dataclass(frozen=True)
class ItemTexts:
    """What the editor shows: the source beside the target, and the item's facts."""

    key: str
    family: str
    kind: str
    field_specs: tuple[FieldSpec, ...]
    source: TextRecord
    target: TextRecord
    facts: FactsRecord


@dataclass(frozen=True)
class FieldDiff:
    name: str
    old: str
    new: str
    changed: bool
    unified: tuple[str, ...]  # difflib unified-diff lines of old -> new (empty when unchanged)


@dataclass(frozen=True)
class SourceDiff:
    """What changed in the source since a translation was made."""

    key: str
    language: str
    known: bool  # False when the old source text is not on record (then `old` fields are "")
    fields: tuple[FieldDiff, ...]

    @property
    def changed(self) -> bool:
        return any(f.changed for f in self.fields)


@dataclass(frozen=True)
class AuditRecord:
    id: int
    at: dt.datetime
    user: str
    item_key: str
    language: str  # "" for facts and whole-item entries
    action: str  # "save", "submit", "approve", "reject", "outdated", "facts", "verify_by",
    #              "import", "revert", "publish", "users"
    before: dict | None
    after: dict | None
    reverts: int | None  # id of the entry this one reverted
    note: str = ""  # e.g. the reviewer's reason for a rejection


@dataclass(frozen=True)
class ImportResult:
    version: str
    items: int
    translations: int
    languages: tuple[str, ...]
    warnings: tuple[str, ...]  # missing translations, empty fields (not errors)


@dataclass(frozen=True)
class ExportResult:
    folder: str
    version: str
    files: int
    languages: tuple[str, ...]


@dataclass(frozen=True)
class PublishRequest:
    out_dir: str  # folder (or stick) to write content-<version>.kioskbundle into
    key_path: str  # the publisher's Ed25519 private key (kiosk content keygen)
    languages: tuple[str, ...] = ()  # () means every pack language; the source one is required
    require_approved: tuple[str, ...] = ()  # languages whose every text must be approved
    version: str = ""  # "" bumps: <today>.1, or <today>.<n+1> after a version of today
    expected_public_keys: tuple[str, ...] = ()  # if given, the key must match one (base64/PEM)


@dataclass(frozen=True)
class PublishResult:
    bundle_path: str
    version: str
    previous_version: str
    languages: tuple[str, ...]
    files: int
    size: int
    report: str  # the content check report (as `kiosk content check` prints it)
    reviewed: dict[str, int] = field(default_factory=dict)  # language -> approved texts
