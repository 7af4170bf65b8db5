"""Content update test kit: signing keys, newer packs, honest and hostile bundles, and a check
of what a kiosk would serve after start-up."""
from __future__ import annotations

import dataclasses
import hashlib
import io
import re
import shutil
import sqlite3
import tarfile
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from kiosk.paths import CONTENT_PACK
from kiosk.updates.keys import public_base64
from kiosk.updates.manifest import FileEntry, Manifest

from kiosk.content.pack import pack_files
from kiosk.updates.store import pack_version

# Read from the bundled pack, which translators bump; the tests' bundles are 2026.12.x.
BUNDLED_VERSION = pack_version(CONTENT_PACK)
PACK_FILES = len(pack_files(CONTENT_PACK))


@pytest.fixture(scope="session")
def signing_keys() -> dict[str, Ed25519PrivateKey]:
    """The kiosk trusts "primary" and "rotation"; "stranger" is anybody else's key."""
    return {name: Ed25519PrivateKey.generate() for name in ("primary", "rotation", "stranger")}


@pytest.fixture
def update_settings(settings, signing_keys, built_database):
    """A kiosk in tmp_path that trusts two keys and serves the bundled pack."""
    from kiosk.content.database import sqlite_path

    trusted = tuple(public_base64(signing_keys[n].public_key()) for n in ("primary", "rotation"))
    chosen = dataclasses.replace(settings, update_public_keys=trusted)
    chosen.data_dir.mkdir(parents=True, exist_ok=True)
    # a copy of the session's database of the bundled pack: quicker than building one per test
    shutil.copyfile(sqlite_path(built_database), chosen.data_dir / "content.db")
    return chosen


def make_pack(folder: Path, version: str, marker: str) -> Path:
    """A copy of the bundled pack at `version`, every topic title starting with "<marker>· "."""
    shutil.copytree(CONTENT_PACK, folder)
    manifest = folder / "pack.toml"
    manifest.write_text(
        manifest.read_text(encoding="utf-8").replace(BUNDLED_VERSION, version), encoding="utf-8"
    )
    for path in (folder / "topics").glob("*.toml"):
        text = path.read_text(encoding="utf-8")
        path.write_text(text.replace('title = "', f'title = "{marker}· '), encoding="utf-8")
    return folder


def pack_contents(folder: Path) -> list[tuple[str, bytes]]:
    return [(p.relative_to(folder).as_posix(), p.read_bytes()) for p in sorted(folder.rglob("*.toml"))]


def manifest_bytes(version: str, files: list[tuple[str, bytes]]) -> bytes:
    return Manifest(version, tuple(
        FileEntry(rel, len(data), hashlib.sha256(data).hexdigest()) for rel, data in files
    )).to_bytes()


def regular(name: str, data: bytes) -> tuple[tarfile.TarInfo, bytes]:
    info = tarfile.TarInfo(name)
    info.size, info.mode = len(data), 0o644
    return info, data


def special(name: str, kind: bytes, linkname: str = "") -> tuple[tarfile.TarInfo, None]:
    info = tarfile.TarInfo(name)
    info.type, info.linkname = kind, linkname
    if kind in (tarfile.CHRTYPE, tarfile.BLKTYPE):
        info.devmajor, info.devminor = 1, 3
    return info, None


def write_tar(path: Path, members, mode: str = "w:gz", fmt=tarfile.PAX_FORMAT) -> Path:
    with tarfile.open(path, mode, format=fmt) as tar:
        for info, data in members:
            tar.addfile(info, io.BytesIO(data) if data is not None else None)
    return path


def craft_bundle(path: Path, key: Ed25519PrivateKey | None, version: str,
                 files: list[tuple[str, bytes]], *, listed=None, extra=(), mode="w:gz",
                 manifest: bytes | None = None) -> Path:
    """A bundle with full control: `listed` is what the manifest says (default: `files`),
    `files` what the archive holds, `extra` more members appended, `key` None = unsigned."""
    manifest = manifest if manifest is not None else manifest_bytes(version, listed or files)
    members = [regular("manifest.json", manifest)]
    if key is not None:
        members.append(regular("manifest.sig", key.sign(manifest)))
    members += [regular("pack/" + rel, data) for rel, data in files]
    members += list(extra)
    return write_tar(path, members, mode)


def served(settings) -> tuple[str, str]:
    """What the kiosk serves after a (re)start: (version, the marker every topic title has).

    Fails if the database is damaged, or if topic titles come from more than one version.
    """
    from kiosk.content.database import ensure_database, sqlite_path
    from kiosk.updates.store import active_pack_dir

    url = settings.content_database_url
    result = ensure_database(active_pack_dir(settings), url)
    assert result.serving, result.message
    with sqlite3.connect(sqlite_path(url)) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    return served_by_database(url)


def served_by_database(url: str) -> tuple[str, str]:
    from kiosk.content.service import ContentService

    service = ContentService(url)
    try:
        titles = [c.title for kind in ("need", "programme", "intro", "section")
                  for c in service.topics(kind, "en")]
        markers = {m.group(1) if (m := re.match(r"^(v\d+)· ", title)) else "" for title in titles}
        assert len(markers) == 1, f"topic titles from different versions: {titles}"
        return service.info.version, markers.pop()
    finally:
        service.close()
