"""Where imported content packs live on a kiosk, which one is in use, and safe writes to disk.

    data_dir/content/
        state.json          {"current": v | null, "previous": v | "bundled" | null,
                             "highest": v | null}
        packs/<version>/    each installed pack, unpacked and verified (current and previous)
        staging-*/          a bundle being unpacked (removed by the next import)
        .lock               held while an import or a rollback runs

`current` null means the pack bundled with the software; `previous` is what a rollback goes
back to ("bundled" for the bundled pack, null when there is nothing to go back to). `highest` is the highest version
ever installed here: an import must be newer than it (and than what is serving), so an old
signed bundle can never be replayed. A rollback goes back to `previous` without lowering
`highest`; moving forward again takes a bundle newer than anything installed before.
No Qt, no SQLAlchemy, no cryptography: start-up reads this.
"""
from __future__ import annotations

import contextlib
import fcntl
import json
import logging
import os
import shutil
import tomllib
from dataclasses import asdict, dataclass
from pathlib import Path

from kiosk.durable import fsync_path, write_atomically
from kiosk.updates.errors import BundleRejected
from kiosk.updates.versions import is_valid, newest, parse_version

log = logging.getLogger(__name__)

BUNDLED = "bundled"


@dataclass(frozen=True)
class StoreState:
    current: str | None = None
    previous: str | None = None
    highest: str | None = None


def pack_version(folder: Path) -> str | None:
    """The `version` in a pack's pack.toml, or None if it cannot be read."""
    try:
        data = tomllib.loads((Path(folder) / "pack.toml").read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError):
        return None
    version = data.get("version")
    return version.strip() if isinstance(version, str) and is_valid(version) else None


class ContentStore:
    def __init__(self, settings):
        self.settings = settings
        self.root = Path(settings.data_dir) / "content"
        self.packs = self.root / "packs"
        self.state_file = self.root / "state.json"

    # --- state -------------------------------------------------------------------------
    def state(self) -> StoreState:
        try:
            raw = json.loads(self.state_file.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return StoreState()
        except (OSError, ValueError) as exc:
            log.error("content update state unreadable (%s); using the bundled content", exc)
            return StoreState()
        values = {k: raw.get(k) for k in ("current", "previous", "highest")}
        state = {k: v if isinstance(v, str) and is_valid(v) else None for k, v in values.items()}
        if values["previous"] == BUNDLED:
            state["previous"] = BUNDLED
        return StoreState(**state)

    def write_state(self, state: StoreState) -> None:
        self.root.mkdir(parents=True, exist_ok=True)
        write_atomically(self.state_file, json.dumps(asdict(state), indent=1).encode() + b"\n")

    # --- which pack --------------------------------------------------------------------
    def pack_dir(self, version: str | None) -> Path:
        if version is None or version == BUNDLED:
            return Path(self.settings.content_dir)
        return self.packs / version

    def bundled_version(self) -> str | None:
        return pack_version(self.settings.content_dir)

    def active(self) -> tuple[str | None, Path]:
        """(installed version or None for the bundled pack, its folder) that should serve."""
        current = self.state().current
        if current is not None and (self.pack_dir(current) / "pack.toml").is_file():
            bundled = self.bundled_version()
            if bundled is None or parse_version(current) > parse_version(bundled):
                return current, self.pack_dir(current)
        return None, Path(self.settings.content_dir)

    def serving_version(self) -> str | None:
        version, folder = self.active()
        return version if version is not None else pack_version(folder)

    def version_floor(self) -> str | None:
        """An import must be newer than this: the highest ever installed, or what serves now."""
        return newest(self.state().highest, self.serving_version())

    # --- folders -----------------------------------------------------------------------
    @contextlib.contextmanager
    def locked(self, busy=BundleRejected):
        """One import or rollback at a time; `busy` is raised if another holds the lock.
        The kernel drops the lock when its holder dies, even by kill -9."""
        self.root.mkdir(parents=True, exist_ok=True)
        with open(self.root / ".lock", "a+") as lock:
            try:
                fcntl.flock(lock.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError as exc:
                raise busy("another content import or rollback is running") from exc
            try:
                yield
            finally:
                fcntl.flock(lock.fileno(), fcntl.LOCK_UN)

    def new_staging(self) -> Path:
        self.root.mkdir(parents=True, exist_ok=True)
        for n in range(1000):
            path = self.root / f"staging-{os.getpid()}-{n}"
            try:
                path.mkdir()
            except FileExistsError:
                continue
            return path
        raise BundleRejected("cannot create a staging folder")

    def install(self, staging: Path, version: str) -> Path:
        """Move a verified staging folder to packs/<version> with one rename, synced."""
        for folder, _dirs, _files in os.walk(staging):
            fsync_path(Path(folder))
        self.packs.mkdir(parents=True, exist_ok=True)
        target = self.packs / version
        if target.exists():  # left by an import that was cut off before it took effect
            shutil.rmtree(target)
        os.rename(staging, target)
        fsync_path(self.packs)
        return target

    def collect_garbage(self) -> None:
        """Remove staging folders and packs neither current nor previous (call under the lock)."""
        if not self.root.is_dir():
            return
        state = self.state()
        keep = {state.current, state.previous}
        for path in self.root.glob("staging-*"):
            shutil.rmtree(path, ignore_errors=True)
        if self.packs.is_dir():
            for path in self.packs.iterdir():
                if path.name not in keep:
                    shutil.rmtree(path, ignore_errors=True)


def active_pack_dir(settings) -> Path:
    """The content pack start-up should serve: an imported one if newer than the bundled one."""
    return ContentStore(settings).active()[1]
