"""Moving a whole pack into the store (one transaction, all or nothing) and out to a folder."""
from __future__ import annotations

import os
import shutil
import tempfile
import tomllib
from pathlib import Path

from sqlalchemy import delete, func, insert, select
from sqlalchemy.orm import Session

from kiosk.authoring import gridstate
from kiosk.authoring.errors import PackRejected, StudioError
from kiosk.authoring.models import AuditEntry, Item, SourceSnapshot, Translation, utcnow
from kiosk.authoring.packfiles import MANIFEST_KEY, PackItem, read_pack, write_pack
from kiosk.authoring.records import APPROVED, DRAFT, MISSING, TRANSLATABLE, ExportResult, ImportResult
from kiosk.authoring.texts import is_empty, text_hash, title_of


def check_folder(folder: Path):
    """The pack as `kiosk content check` reads it; PackRejected (file:line) on any error."""
    from kiosk.content.pack import load_pack
    from kiosk.paths import PICTOGRAMS

    if not folder.is_dir():
        raise PackRejected([f"{folder}: no such folder"])
    pack = load_pack(folder, PICTOGRAMS)
    if pack.errors:
        raise PackRejected([str(problem) for problem in pack.errors])
    return pack


def import_pack(session: Session, actor, folder: Path, replace: bool, audit) -> ImportResult:
    pack = check_folder(folder)
    try:
        items = read_pack(folder)
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise PackRejected([f"{folder}: {exc}"]) from exc
    existing = session.scalar(select(func.count(Item.id))) or 0
    if existing and not replace:
        raise StudioError(f"the store already holds content ({existing} items); import with "
                          "--replace to overwrite it (its history stays)")
    previous = _current_state(session) if existing else {}
    if existing:
        session.execute(delete(SourceSnapshot))
        session.execute(delete(Translation))
        session.execute(delete(Item))
    source = pack.default_language
    now = utcnow()
    ids = {key: item_id for item_id, key in session.execute(
        insert(Item).returning(Item.id, Item.key, sort_by_parameter_order=True),
        [{"key": item.key, "family": item.family, "position": item.position,
          "facts": item.facts, "verify_by": None, "version": 1, "updated_by": actor.name,
          "updated_at": now, **_grid_summary(item, source)} for item in items],
    )}
    texts, snapshots = [], []
    audits = [_audit_row(actor, now, item.key, "", previous.get((item.key, "")),
                         {"facts": item.facts, "verify_by": None}) for item in items]
    for item in items:
        source_text = item.texts.get(source)
        source_hash = text_hash(_words(source_text.fields)) if source_text else ""
        if source_text:
            snapshots.append({"item_id": ids[item.key], "text_hash": source_hash,
                              "fields": _words(source_text.fields), "created_at": now})
        for language, text in item.texts.items():
            words = _words(text.fields)
            state = _text_state(words, text.reviewed)
            row = {"item_id": ids[item.key], "language": language, "fields": words,
                   "title": title_of(words), "text_hash": text_hash(words),
                   "source_hash": source_hash, "state": state, "author": "", "version": 1,
                   "updated_by": actor.name, "updated_at": now}
            texts.append(row)
            audits.append(_audit_row(actor, now, item.key, language,
                                     previous.get((item.key, language)),
                                     {"fields": words, "state": state,
                                      "source_hash": source_hash, "author": ""}))
    if texts:
        session.execute(insert(Translation), texts)
    if snapshots:
        session.execute(insert(SourceSnapshot), snapshots)
    session.execute(insert(AuditEntry), audits)
    warnings = tuple(str(p) for p in pack.problems if p not in pack.errors)
    return ImportResult(pack.version, sum(i.family in TRANSLATABLE for i in items), len(texts),
                        pack.languages, warnings)


def _text_state(words: dict, reviewed: bool) -> str:
    return MISSING if is_empty(words) else APPROVED if reviewed else DRAFT


def _grid_summary(item: PackItem, source: str) -> dict:
    if item.family not in TRANSLATABLE:
        return {}
    source_text = item.texts.get(source)
    source_hash = text_hash(_words(source_text.fields)) if source_text else ""
    texts = []
    for language, text in item.texts.items():
        words = _words(text.fields)
        texts.append((language, _text_state(words, text.reviewed), title_of(words),
                      text_hash(words), source_hash))
    return gridstate.summary(item.family, item.facts, item.position, source, texts)


def _words(fields: dict) -> dict[str, str]:
    return {str(name): value if isinstance(value, str) else str(value)
            for name, value in fields.items()}


def _audit_row(actor, now, key: str, language: str, before, after) -> dict:
    return {"at": now, "user": actor.name, "item_key": key, "language": language,
            "action": "import", "before": before, "after": after, "reverts": None, "note": ""}


def _current_state(session: Session) -> dict[tuple[str, str], dict]:
    """Each item's facts and texts as they are, for the audit rows of a replacing import."""
    state: dict[tuple[str, str], dict] = {}
    keys = {}
    for item in session.scalars(select(Item)):
        keys[item.id] = item.key
        state[(item.key, "")] = {"facts": dict(item.facts),
                                 "verify_by": item.verify_by.isoformat() if item.verify_by else None}
    for row in session.scalars(select(Translation)):
        state[(keys[row.item_id], row.language)] = {
            "fields": dict(row.fields), "state": row.state, "source_hash": row.source_hash,
            "author": row.author}
    return state


def choose_languages(manifest: dict, languages: tuple[str, ...] | None) -> tuple[str, ...]:
    """The pack languages to write, in pack order; the source language is always needed."""
    pack_languages = tuple(manifest.get("languages", []))
    if not languages:
        return pack_languages
    unknown = [lang for lang in languages if lang not in pack_languages]
    if unknown:
        raise StudioError(f"not a language of the pack: {', '.join(unknown)} "
                          f"(the pack has {', '.join(pack_languages)})")
    source = manifest.get("default_language")
    if source not in languages:
        raise StudioError(f"the source language {source} must be included")
    return tuple(lang for lang in pack_languages if lang in languages)


def write_folder(items: list[PackItem], folder: Path, languages: tuple[str, ...] | None = None,
                 version: str | None = None) -> tuple[tuple[str, ...], str, int]:
    """Write the pack into `folder` (new or empty), via a temporary folder beside it so a
    failure leaves nothing half-written. Returns (languages, version, files)."""
    manifest_item = next((i for i in items if i.key == MANIFEST_KEY), None)
    if manifest_item is None:
        raise StudioError("the store holds no content yet (import a pack first)")
    manifest = dict(manifest_item.facts)
    chosen = choose_languages(manifest, languages)
    if languages:
        manifest["languages"] = list(chosen)
    if version:
        manifest["version"] = version
    items = [PackItem(i.key, i.family, i.position, manifest, i.texts) if i is manifest_item else i
             for i in items]
    folder = Path(folder)
    if folder.exists() and (not folder.is_dir() or any(folder.iterdir())):
        raise StudioError(f"{folder} is not an empty folder; choose a new or empty one")
    folder.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(dir=folder.parent, prefix=f".{folder.name}-"))
    try:
        written = write_pack(items, staging, chosen if languages else None)
        if folder.exists():
            folder.rmdir()
        os.replace(staging, folder)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    return chosen, str(manifest.get("version", "")), len(written)


def export_pack(items: list[PackItem], source: str, folder: Path,
                languages: tuple[str, ...] | None, version: str | None) -> ExportResult:
    chosen, written_version, files = write_folder(items, folder, languages, version)
    return ExportResult(str(folder), written_version, files, chosen)
