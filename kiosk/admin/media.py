"""Removable media (USB sticks) as the offline kiosk sees them: mounted folders under the
configured roots (/media, /run/media, /mnt), where update bundles are found and exports go."""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable


@dataclass(frozen=True)
class RemovableMedia:
    roots: tuple[str, ...]
    bundle_glob: str = "*.kioskbundle"
    # Injectable so tests can use plain folders; a kiosk needs a real mount point.
    is_mount: Callable[[str], bool] = field(default=os.path.ismount)

    def mounts(self) -> list[Path]:
        """Mounted folders one or two levels under each root (/media/USB, /media/kiosk/USB)."""
        found: list[Path] = []
        for root in map(Path, self.roots):
            for depth1 in _subfolders(root):
                if self.is_mount(str(depth1)):
                    found.append(depth1)
                    continue
                found.extend(d for d in _subfolders(depth1) if self.is_mount(str(d)))
        return found

    def bundles(self) -> list[Path]:
        """Update bundles at the top of each medium or one folder down, newest first."""
        found = []
        for mount in self.mounts():
            found.extend(p for p in mount.glob(self.bundle_glob) if p.is_file())
            found.extend(p for p in mount.glob(f"*/{self.bundle_glob}") if p.is_file())
        return sorted(found, key=lambda p: (-_mtime(p), str(p)))

    def writable_mount(self) -> Path | None:
        """The first medium we may write to (for exports), or None."""
        for mount in self.mounts():
            # The deployment's udev rule mounts sticks on first access (systemd-mount
            # --automount): until then the folder is root's autofs placeholder, and asking
            # about the folder itself does not mount it. Asking about a path inside it does.
            if os.access(os.path.join(mount, "."), os.W_OK):
                return mount
        return None


def _subfolders(folder: Path) -> list[Path]:
    try:
        return sorted(p for p in folder.iterdir() if p.is_dir())
    except OSError:
        return []


def _mtime(path: Path) -> float:
    try:
        return path.stat().st_mtime
    except OSError:
        return 0.0
