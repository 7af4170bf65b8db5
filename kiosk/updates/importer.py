"""Install a signed content bundle, or roll back to the previous content; no Qt.

Order of an import, so that a failure or a power cut at any point leaves whole content:
verify and unpack into a staging folder; rename it to packs/<version>; build the new
database beside the live one, check it, sync it, keep the old file as content.db.previous
(a hard link) and switch with an atomic rename; only then record the new version in
state.json (the commit point). Until that record is written start-up still serves the old
pack, and rebuilds the database from it if the switch had already happened.
"""
from __future__ import annotations

import contextlib
import logging
import os
import shutil
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from kiosk.updates.errors import BundleRejected, RollbackUnavailable
from kiosk.updates.keys import trusted_keys
from kiosk.updates.reader import Limits, read_bundle
from kiosk.durable import fsync_path, write_failure
from kiosk.updates.store import BUNDLED, ContentStore, StoreState
from kiosk.updates.versions import newest

log = logging.getLogger(__name__)

Progress = Callable[[int, int, str], None]


@dataclass(frozen=True)
class ImportResult:
    version: str
    previous_version: str | None  # what served before (the bundled pack's version if that)
    pack_dir: Path  # the folder to serve from now (see ContentSource.reload)
    files: int
    unpacked_bytes: int
    seconds: float


@dataclass(frozen=True)
class RollbackResult:
    version: str | None  # the version serving now
    rolled_back_from: str
    pack_dir: Path


def _no_progress(_done: int, _total: int, _stage: str) -> None:
    pass


def import_bundle(bundle_path, settings, progress: Progress | None = None) -> ImportResult:
    """Verify and install a bundle; raises BundleRejected (old content untouched) with the reason.

    `progress(done_bytes, total_bytes, stage)` is called from this thread; stages are
    "checking", "unpacking", "building", "switching", "committing" and "done".
    """
    report = progress or _no_progress
    started = time.monotonic()
    keys = trusted_keys(settings.update_public_keys)
    limits = Limits.from_settings(settings)
    store = ContentStore(settings)
    with _writable(), store.locked():
        store.collect_garbage()
        before = store.state()
        serving_installed, _folder = store.active()  # None: the bundled pack serves
        serving = store.serving_version()
        staging = store.new_staging()
        installed = None
        try:
            report(0, 0, "checking")
            manifest = read_bundle(
                Path(bundle_path), keys, limits, store.version_floor(), staging, report
            )
            installed = store.install(staging, manifest.version)
            pack = _checked_pack(installed, manifest.version, settings.offered_languages)
            report(manifest.total_size, manifest.total_size, "building")
            _switch_database(pack, settings, report, manifest.total_size)
            report(manifest.total_size, manifest.total_size, "committing")
            try:
                store.write_state(StoreState(
                    current=manifest.version, previous=serving_installed or BUNDLED,
                    highest=newest(before.highest, manifest.version, serving),
                ))
            except OSError:
                _restore_previous_database(settings)
                raise
        except BundleRejected as exc:
            log.warning("content bundle %s refused: %s", bundle_path, exc.reason)
            _discard(staging, installed)
            raise
        except Exception as exc:  # disk full, a fault of ours: still one clear reason, old content kept
            log.exception("content import failed")
            _discard(staging, installed)
            detail = write_failure(exc) or " ".join(str(exc).split()) or type(exc).__name__
            raise BundleRejected(f"the import failed on this kiosk: {detail}") from exc
        store.collect_garbage()
    report(manifest.total_size, manifest.total_size, "done")
    log.info("content version %s installed (was %s)", manifest.version, serving)
    return ImportResult(
        version=manifest.version, previous_version=serving, pack_dir=installed,
        files=len(manifest.files), unpacked_bytes=manifest.total_size,
        seconds=time.monotonic() - started,
    )


@contextlib.contextmanager
def _writable():
    """The data folder cannot take the lock or a staging folder: one line, nothing changed."""
    try:
        yield
    except OSError as exc:
        reason = write_failure(exc) or " ".join(str(exc).split())
        log.error("content import impossible: %s", exc)
        raise BundleRejected(f"nothing was installed: {reason}") from exc


def _checked_pack(folder: Path, version: str, offered: tuple[str, ...]):
    """The same rules as `kiosk content check`: no errors, every offered language complete."""
    from kiosk.content.check import offered_but_incomplete
    from kiosk.content.pack import load_pack
    from kiosk.paths import PICTOGRAMS

    pack = load_pack(folder, PICTOGRAMS)
    if pack.errors:
        raise BundleRejected(f"the content pack has {len(pack.errors)} error(s), first: {pack.errors[0]}")
    incomplete = offered_but_incomplete(pack, offered)
    if incomplete:
        raise BundleRejected(
            f"the content pack leaves {', '.join(incomplete)} incomplete, which this kiosk offers "
            "(`kiosk content check` on the pack lists what is missing)")
    if pack.version != version:
        raise BundleRejected(
            f"pack.toml says version {pack.version} but the signed manifest says {version}"
        )
    return pack


def _discard(staging: Path, installed: Path | None) -> None:
    shutil.rmtree(staging, ignore_errors=True)
    if installed is not None:
        shutil.rmtree(installed, ignore_errors=True)


def _live_path(settings) -> Path | None:
    from kiosk.content.database import sqlite_path

    return sqlite_path(settings.content_database_url)


def _switch_database(pack, settings, report: Progress, total: int) -> None:
    """Build beside the live database and switch; the old file stays as content.db.previous."""
    from kiosk.content.database import BuildBusy, PackInvalid, build_database, build_failure

    live = _live_path(settings)
    if live is not None and live.exists():
        previous = live.with_name(live.name + ".previous")
        link = live.with_name(live.name + ".previous-link")
        link.unlink(missing_ok=True)
        os.link(live, link)
        os.replace(link, previous)
        fsync_path(live.parent)
    report(total, total, "switching")
    if live is not None:
        live.parent.mkdir(parents=True, exist_ok=True)
    try:
        build_database(pack, settings.content_database_url)
    except PackInvalid as exc:
        raise BundleRejected(f"the content pack has errors: {exc.problems[0]}") from exc
    except BuildBusy as exc:
        raise BundleRejected("a content build is running on this kiosk; import again when it "
                             "is done") from exc
    except Exception as exc:  # full disk, read-only folder, SQLAlchemy: the old database stays
        log.exception("the new content database could not be built")
        raise BundleRejected(
            f"the new content database could not be built ({build_failure(exc)})") from exc


def _restore_previous_database(settings) -> None:
    live = _live_path(settings)
    if live is None:
        return
    previous = live.with_name(live.name + ".previous")
    if previous.exists():
        link = live.with_name(live.name + ".restore-link")
        link.unlink(missing_ok=True)
        os.link(previous, link)
        os.replace(link, live)
        fsync_path(live.parent)


def rollback(settings) -> RollbackResult:
    """Serve the previous content again (one step back); the monotonic `highest` is kept."""
    from kiosk.content.pack import load_pack
    from kiosk.paths import PICTOGRAMS

    store = ContentStore(settings)
    with store.locked(busy=RollbackUnavailable):
        state = store.state()
        current, _folder = store.active()
        if current is None:
            raise RollbackUnavailable("the bundled content is serving; there is nothing to roll back to")
        if state.previous is None:
            raise RollbackUnavailable("no previous content is kept (a rollback goes back one step only)")
        target = None if state.previous == BUNDLED else state.previous
        folder = store.pack_dir(target)
        if not (folder / "pack.toml").is_file():
            raise RollbackUnavailable(f"the previous content {state.previous} is no longer on this kiosk")
        pack = load_pack(folder, PICTOGRAMS)
        if pack.errors:
            raise RollbackUnavailable(f"the previous content at {folder} cannot be used: {pack.errors[0]}")
        _restore_database(pack, settings)
        store.write_state(StoreState(current=target, previous=None, highest=state.highest))
        store.collect_garbage()
    log.info("content rolled back from %s to %s", current, target or "the bundled pack")
    return RollbackResult(version=pack.version, rolled_back_from=current, pack_dir=folder)


def _restore_database(pack, settings) -> None:
    """Put the kept content.db.previous back if it holds exactly `pack`; else build it afresh."""
    from kiosk.content.database import DatabaseCorrupt, build_database, read_fingerprint

    live = _live_path(settings)
    previous = live.with_name(live.name + ".previous") if live is not None else None
    if previous is not None and previous.exists():
        try:
            kept = read_fingerprint(f"sqlite:///{previous}") == pack.fingerprint
        except DatabaseCorrupt:
            kept = False
        if kept:
            fsync_path(previous)
            os.replace(previous, live)
            fsync_path(live.parent)
            return
    build_database(pack, settings.content_database_url)
