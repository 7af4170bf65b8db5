"""Signed offline content updates: bundles built from a content pack, verified and installed.

`import_bundle(path, settings, progress)` is the one entry point the operator screen and the
command line share; it has no Qt. Heavy modules load only when it is first used.
"""
from __future__ import annotations

from kiosk.updates.errors import BundleRejected, RollbackUnavailable

__all__ = [
    "BundleRejected", "RollbackUnavailable", "ImportResult", "RollbackResult",
    "import_bundle", "rollback", "active_pack_dir",
]


def __getattr__(name: str):
    # Lazily, so that start-up (which needs only `active_pack_dir`) does not load cryptography.
    if name in ("ImportResult", "RollbackResult", "import_bundle", "rollback"):
        from kiosk.updates import importer

        return getattr(importer, name)
    if name == "active_pack_dir":
        from kiosk.updates.store import active_pack_dir

        return active_pack_dir
    raise AttributeError(name)
