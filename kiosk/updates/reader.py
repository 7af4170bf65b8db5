"""Read a bundle as a stream: verify the signed manifest first, then unpack only what it lists.

Nothing is trusted before the signature checks out. Members are read in order, never
extracted by tarfile: each must be a regular file listed in the manifest with the same size,
its bytes are hashed while copied into a staging folder, and the decompressed stream is cut
off once it passes the manifest's total (a decompression bomb stops there).
"""
from __future__ import annotations

import bz2
import gzip
import hashlib
import lzma
import os
import stat
import tarfile
import zlib
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import Callable

from kiosk.updates.errors import BundleRejected
from kiosk.updates.keys import signed_by
from kiosk.updates.manifest import (
    MANIFEST_NAME, MAX_MANIFEST_BYTES, PACK_PREFIX, SIGNATURE_NAME, Manifest, parse_manifest,
    plain_name,
)
from kiosk.updates.versions import parse_version

CHUNK = 256 * 1024
# Tar headers and padding on top of the files themselves: a 512-byte header and up to 511
# bytes of padding per member (pax headers double that), plus the end-of-archive blocks.
TAR_OVERHEAD_PER_FILE = 4096
TAR_OVERHEAD = 64 * 1024

Progress = Callable[[int, int, str], None]


@dataclass(frozen=True)
class Limits:
    max_bundle: int
    max_unpacked: int
    max_files: int

    @classmethod
    def from_settings(cls, settings) -> Limits:
        return cls(
            max_bundle=round(settings.update_max_bundle_mb * 1_000_000),
            max_unpacked=round(settings.update_max_unpacked_mb * 1_000_000),
            max_files=int(settings.update_max_files),
        )


class _CappedReader:
    """Decompressed bytes, refused once they pass `cap` (however small the compressed file)."""

    def __init__(self, raw, cap: int):
        self.raw, self.cap, self.count = raw, cap, 0

    def read(self, size: int = -1) -> bytes:
        data = self.raw.read(size)
        self.count += len(data)
        if self.count > self.cap:
            raise BundleRejected(
                f"the bundle unpacks to more than {self.cap / 1_000_000:.1f} MB (a decompression bomb?)"
            )
        return data


def _decompressed(file, head: bytes):
    if head.startswith(b"\x1f\x8b"):
        return gzip.GzipFile(fileobj=file, mode="rb")
    if head.startswith(b"\xfd7zXZ\x00"):
        return lzma.LZMAFile(file, mode="rb")
    if head.startswith(b"BZh"):
        return bz2.BZ2File(file, mode="rb")
    return file  # a plain tar


_DAMAGED = (tarfile.TarError, EOFError, zlib.error, lzma.LZMAError, OSError, ValueError)


def read_bundle(bundle: Path, keys: list, limits: Limits, newer_than: str | None,
                staging: Path, progress: Progress) -> Manifest:
    """Verify `bundle` and unpack its pack files into the empty folder `staging`."""
    bundle = Path(bundle)
    try:
        info = bundle.stat()
        if not stat.S_ISREG(info.st_mode):
            raise BundleRejected(f"{_shown(str(bundle))} is not a file")
        size = info.st_size
        file = open(bundle, "rb")
    except OSError as exc:
        raise BundleRejected(f"cannot read {_shown(str(bundle))}: {exc.strerror}") from exc
    if size > limits.max_bundle:
        file.close()
        raise BundleRejected(
            f"the bundle is {size / 1_000_000:.1f} MB, more than the limit of "
            f"{limits.max_bundle / 1_000_000:.1f} MB"
        )
    with file:
        try:
            head = file.read(6)
            file.seek(0)
            cap = limits.max_unpacked + TAR_OVERHEAD + TAR_OVERHEAD_PER_FILE * limits.max_files
            stream = _CappedReader(_decompressed(file, head), cap)
            with tarfile.open(fileobj=stream, mode="r|") as tar:
                manifest = _read_members(tar, keys, limits, newer_than, staging, progress)
            _read_to_the_end(stream)
            return manifest
        except BundleRejected:
            raise
        except _WriteFailed as exc:
            raise BundleRejected(f"cannot unpack onto this kiosk's disk: {exc}") from exc
        except _DAMAGED as exc:
            detail = " ".join(str(exc).split()) or type(exc).__name__
            raise BundleRejected(f"the bundle is damaged or incomplete ({_shown(detail)})") from exc


def _read_to_the_end(stream: _CappedReader) -> None:
    """Read what follows the archive's last member: only then does gzip (xz, bzip2) check its
    trailer (CRC and length), so a cut or altered end is refused like any other damage. What
    follows the members may only be the tar's zero padding."""
    while True:
        chunk = stream.read(CHUNK)
        if not chunk:
            return
        if chunk.strip(b"\0"):
            raise BundleRejected("the bundle is damaged (data after the end of the archive)")


class _WriteFailed(Exception):
    """Writing to the staging folder failed (disk full...): not the bundle's fault."""


def _read_small(tar: tarfile.TarFile, member: tarfile.TarInfo, limit: int) -> bytes:
    if not member.isreg():
        raise BundleRejected(f"{_shown(member.name)} is not a regular file")
    if member.size > limit:
        raise BundleRejected(f"{_shown(member.name)} is too large ({member.size} bytes)")
    data = tar.extractfile(member).read()
    if len(data) != member.size:
        raise BundleRejected(f"the bundle is damaged or incomplete ({_shown(member.name)} is cut short)")
    return data


def _read_members(tar, keys, limits, newer_than, staging, progress) -> Manifest:
    members = iter(tar)
    first = next(members, None)
    if first is None or first.name != MANIFEST_NAME:
        raise BundleRejected("not a content bundle: manifest.json is not its first file")
    manifest_bytes = _read_small(tar, first, MAX_MANIFEST_BYTES)
    second = next(members, None)
    if second is None or second.name != SIGNATURE_NAME:
        raise BundleRejected("the bundle is not signed (no manifest.sig after the manifest)")
    signature = _read_small(tar, second, 64)
    if len(signature) != 64 or signed_by(signature, manifest_bytes, keys) is None:
        raise BundleRejected("the signature does not match any trusted key (wrong key or altered manifest)")
    manifest = parse_manifest(manifest_bytes, limits.max_files, limits.max_unpacked)
    if newer_than and parse_version(manifest.version) <= parse_version(newer_than):
        raise BundleRejected(
            f"version {manifest.version} is not newer than the installed {newer_than}"
        )
    expected = {entry.path: entry for entry in manifest.files}
    total, done, seen = manifest.total_size, 0, set()
    progress(0, total, "unpacking")
    for member in members:
        rel = _check_member(member, staging)
        if rel is None:
            continue  # a directory entry: folders are made as files need them
        entry = expected.get(rel)
        if entry is None:
            raise BundleRejected(f"{_shown(member.name)} is not listed in the signed manifest")
        if rel in seen:
            raise BundleRejected(f"{_shown(member.name)} appears twice in the bundle")
        seen.add(rel)
        if member.size != entry.size:
            raise BundleRejected(
                f"{rel} is {member.size} bytes but the manifest says {entry.size}"
            )
        if done + member.size > total:
            raise BundleRejected("the bundle holds more data than its manifest lists")
        done = _copy_member(tar, member, entry, staging / rel, done, total, progress)
    missing = sorted(set(expected) - seen)
    if missing:
        raise BundleRejected(f"{missing[0]} is listed in the manifest but missing from the bundle")
    return manifest


def _shown(name: str) -> str:
    """A member name fit for a one-line message (control characters and odd bytes escaped)."""
    return name if name.isprintable() and name.isascii() else ascii(name)


def _check_member(member: tarfile.TarInfo, staging: Path) -> str | None:
    """The pack-relative path of a safe member; refuses links, devices, escaping paths and
    names that are not plain (the manifest's rule, for folders too)."""
    name = _shown(member.name)
    if member.issym() or member.islnk():
        raise BundleRejected(f"{name} is a link; bundles may hold only plain files")
    if member.ischr() or member.isblk() or member.isfifo() or member.isdev():
        raise BundleRejected(f"{name} is a device or special file; bundles may hold only plain files")
    path = PurePosixPath(member.name)
    if path.is_absolute() or ".." in path.parts or "\\" in member.name \
            or not member.name.startswith(PACK_PREFIX):
        raise BundleRejected(f"{name} would be written outside the content folder")
    if not all(plain_name(part) for part in member.name[len(PACK_PREFIX):].rstrip("/").split("/")):
        raise BundleRejected(f"{name}: bundle names may use only letters, digits, . _ -")
    # Belt and braces: the standard library's own extraction rules (PEP 706); Python 3.11
    # releases before 3.11.4 lack them, and the checks above stand on their own.
    data_filter = getattr(tarfile, "data_filter", None)
    if data_filter is not None:
        try:
            data_filter(member, str(staging))
        except tarfile.FilterError as exc:
            raise BundleRejected(f"{name} is refused ({type(exc).__name__})") from exc
    if member.isdir():
        return None
    if not member.isreg():
        raise BundleRejected(f"{name} is not a plain file")
    return member.name[len(PACK_PREFIX):]


def _copy_member(tar, member, entry, target: Path, done: int, total: int, progress) -> int:
    source = tar.extractfile(member)
    digest = hashlib.sha256()
    written = 0
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW, 0o644)
    except OSError as exc:
        raise _WriteFailed(f"{target.name}: {exc.strerror}") from exc
    with os.fdopen(fd, "wb") as out:
        while True:
            chunk = source.read(min(CHUNK, entry.size - written + 1))
            if not chunk:
                break
            written += len(chunk)
            if written > entry.size:
                raise BundleRejected(f"{entry.path} holds more bytes than the manifest says")
            digest.update(chunk)
            try:
                out.write(chunk)
            except OSError as exc:
                raise _WriteFailed(f"{target.name}: {exc.strerror}") from exc
            progress(done + written, total, "unpacking")
        try:
            out.flush()
            os.fsync(out.fileno())
        except OSError as exc:
            raise _WriteFailed(f"{target.name}: {exc.strerror}") from exc
    if written != entry.size:
        raise BundleRejected(f"the bundle is damaged or incomplete ({entry.path} is cut short)")
    if digest.hexdigest() != entry.sha256:
        raise BundleRejected(f"{entry.path} does not match its SHA-256 in the manifest (altered?)")
    return done + written
