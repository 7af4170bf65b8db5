"""Build a signed content bundle: a tar (gzip) of manifest.json, manifest.sig and pack/<files>."""
from __future__ import annotations

import hashlib
import io
import os
import tarfile
import time
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from kiosk.content.pack import pack_files
from kiosk.updates.manifest import (
    MANIFEST_NAME, PACK_PREFIX, SIGNATURE_NAME, FileEntry, Manifest, safe_pack_path,
)


def write_bundle(pack_dir: Path, version: str, key: Ed25519PrivateKey, out_path: Path) -> Manifest:
    """Sign every pack file into a bundle at `out_path` (written beside, then renamed)."""
    pack_dir, out_path = Path(pack_dir), Path(out_path)
    contents: list[tuple[str, bytes]] = []
    for path in pack_files(pack_dir):
        rel = path.relative_to(pack_dir).as_posix()
        if not safe_pack_path(rel):
            raise ValueError(f"{rel}: pack file names may use only letters, digits, . _ -")
        contents.append((rel, path.read_bytes()))  # the bytes hashed are the bytes packed
    manifest = Manifest(version, tuple(
        FileEntry(rel, len(data), hashlib.sha256(data).hexdigest()) for rel, data in contents
    ))
    manifest_bytes = manifest.to_bytes()
    members = [(MANIFEST_NAME, manifest_bytes), (SIGNATURE_NAME, key.sign(manifest_bytes))]
    members += [(PACK_PREFIX + rel, data) for rel, data in contents]
    out_path.parent.mkdir(parents=True, exist_ok=True)
    partial = out_path.with_name(out_path.name + ".partial")
    with tarfile.open(partial, "w:gz", format=tarfile.PAX_FORMAT) as tar:
        for name, data in members:
            info = tarfile.TarInfo(name)
            info.size, info.mode, info.mtime = len(data), 0o644, int(time.time())
            tar.addfile(info, io.BytesIO(data))
    with open(partial, "rb") as done:
        os.fsync(done.fileno())
    os.replace(partial, out_path)
    return manifest
