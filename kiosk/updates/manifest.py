"""The signed list of a bundle's files: path, size and SHA-256 of each, and the content version.

The signature covers the manifest's exact bytes; the packer writes them as canonical JSON
(sorted keys, no spaces, ASCII) so the same pack always gives the same manifest.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import datetime, timezone

from kiosk.updates.errors import BundleRejected
from kiosk.updates.versions import is_valid

FORMAT = 1
KIND = "iom-kiosk-content-bundle"
MANIFEST_NAME = "manifest.json"
SIGNATURE_NAME = "manifest.sig"
PACK_PREFIX = "pack/"
MAX_MANIFEST_BYTES = 4 * 1024 * 1024
_COMPONENT = re.compile(r"^[A-Za-z0-9_][A-Za-z0-9._-]{0,99}$")
_SHA256 = re.compile(r"^[0-9a-f]{64}$")


@dataclass(frozen=True)
class FileEntry:
    path: str  # relative POSIX path inside the pack, e.g. "topics/need-go-home.toml"
    size: int
    sha256: str


@dataclass(frozen=True)
class Manifest:
    version: str
    files: tuple[FileEntry, ...]
    created: str = ""

    @property
    def total_size(self) -> int:
        return sum(entry.size for entry in self.files)

    def to_bytes(self) -> bytes:
        data = {
            "format": FORMAT,
            "kind": KIND,
            "version": self.version,
            "created": self.created or datetime.now(timezone.utc).isoformat(timespec="seconds"),
            "total_size": self.total_size,
            "files": [
                {"path": e.path, "size": e.size, "sha256": e.sha256} for e in self.files
            ],
        }
        return canonical_json(data)


def canonical_json(data) -> bytes:
    return json.dumps(data, sort_keys=True, separators=(",", ":"), ensure_ascii=True).encode("ascii")


def plain_name(part: str) -> bool:
    """One file or folder name of a bundle: letters, digits, . _ - (no control characters,
    no spaces, nothing hidden)."""
    return isinstance(part, str) and _COMPONENT.fullmatch(part) is not None


def safe_pack_path(path: str) -> bool:
    """A plain relative path of ordinary names ending in .toml: nothing that can escape or hide."""
    if not isinstance(path, str) or len(path) > 255 or not path.endswith(".toml"):
        return False
    parts = path.split("/")
    return 1 <= len(parts) <= 4 and all(plain_name(part) for part in parts)


def parse_manifest(data: bytes, max_files: int, max_unpacked: int) -> Manifest:
    """Check a manifest whose signature is already verified; refuse anything unexpected."""
    try:
        raw = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError) as exc:
        raise BundleRejected(f"the manifest is not valid JSON ({exc})") from exc
    if not isinstance(raw, dict) or raw.get("kind") != KIND:
        raise BundleRejected("the manifest is not a kiosk content manifest")
    if raw.get("format") != FORMAT:
        raise BundleRejected(f"unsupported bundle format {raw.get('format')!r} (this kiosk reads {FORMAT})")
    version = raw.get("version")
    if not isinstance(version, str) or not is_valid(version):
        raise BundleRejected(f"the manifest's version {version!r} is not dot-separated numbers")
    files = raw.get("files")
    if not isinstance(files, list) or not files:
        raise BundleRejected("the manifest lists no files")
    if len(files) > max_files:
        raise BundleRejected(f"the bundle has {len(files)} files, more than the limit of {max_files}")
    entries: list[FileEntry] = []
    seen: set[str] = set()
    for item in files:
        if not isinstance(item, dict):
            raise BundleRejected("a manifest entry is not an object")
        path, size, digest = item.get("path"), item.get("size"), item.get("sha256")
        if not safe_pack_path(path):
            raise BundleRejected(f"the manifest lists an unsafe path: {path!r}")
        if path.lower() in seen:
            raise BundleRejected(f"the manifest lists {path} twice")
        seen.add(path.lower())
        if isinstance(size, bool) or not isinstance(size, int) or size < 0:
            raise BundleRejected(f"the manifest gives no valid size for {path}")
        if not isinstance(digest, str) or not _SHA256.fullmatch(digest):
            raise BundleRejected(f"the manifest gives no valid SHA-256 for {path}")
        entries.append(FileEntry(path, size, digest))
    manifest = Manifest(version.strip(), tuple(entries), str(raw.get("created", "")))
    if raw.get("total_size") != manifest.total_size:
        raise BundleRejected("the manifest's total size does not match its files")
    if manifest.total_size > max_unpacked:
        raise BundleRejected(
            f"the bundle unpacks to {_mb(manifest.total_size)}, more than the limit of {_mb(max_unpacked)}"
        )
    if "pack.toml" not in {entry.path for entry in entries}:
        raise BundleRejected("the manifest does not list pack.toml")
    return manifest


def _mb(size: int) -> str:
    return f"{size / 1_000_000:.1f} MB"
