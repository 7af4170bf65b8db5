"""Writes that survive power loss: a crash leaves the old file or the new one, never half."""
from __future__ import annotations

import errno
import os
from pathlib import Path

FULL = (errno.ENOSPC, errno.EFBIG, errno.EDQUOT)
UNWRITABLE = (errno.EACCES, errno.EPERM, errno.EROFS)


def write_failure(exc: BaseException) -> str | None:
    """"the disk is full" or "the data folder cannot be written" for the write errors an
    operator can fix; None for any other error."""
    code = getattr(exc, "errno", None)
    if code in FULL:
        return "the disk is full"
    if code in UNWRITABLE:
        return "the data folder cannot be written"
    return None


def fsync_path(path: Path) -> None:
    """Flush a file or a folder (a rename is durable once its folder is synced)."""
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def write_atomically(path: Path, data: bytes, mode: int = 0o644) -> None:
    """Temp file, fsync, rename over, fsync the folder."""
    temp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, mode)
    with os.fdopen(fd, "wb") as out:
        out.write(data)
        out.flush()
        os.fsync(out.fileno())
    os.replace(temp, path)
    fsync_path(path.parent)
