"""`kiosk bench` figures for content updates: how long an operator waits to import and roll back."""
from __future__ import annotations

import dataclasses
import shutil
import statistics
import tempfile
import time
from pathlib import Path

from kiosk.settings import Settings


def measure_updates(settings: Settings, runs: int = 3) -> list[tuple[str, float, str]]:
    """Sign the configured pack at a newer version, then import it and roll back, `runs` times
    in a scratch data folder; medians of each."""
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    from kiosk.content.database import ensure_database
    from kiosk.updates import import_bundle, rollback
    from kiosk.updates.keys import public_base64
    from kiosk.updates.store import pack_version
    from kiosk.updates.writer import write_bundle

    scratch = Path(tempfile.mkdtemp(prefix="kiosk-bench-updates-"))
    try:
        key = Ed25519PrivateKey.generate()
        pack = scratch / "pack"
        shutil.copytree(settings.content_dir, pack)
        version = f"{pack_version(pack)}.1"  # one step newer than the pack itself
        manifest = pack / "pack.toml"
        text = manifest.read_text(encoding="utf-8")
        manifest.write_text(text.replace(f'"{pack_version(pack)}"', f'"{version}"'), encoding="utf-8")
        bundle = scratch / "bundle.tar.gz"
        write_bundle(pack, version, key, bundle)
        imports, rollbacks = [], []
        for run in range(runs):
            chosen = dataclasses.replace(
                settings, data_dir=scratch / f"data-{run}", database_url="",
                update_public_keys=(public_base64(key.public_key()),),
            )
            chosen.data_dir.mkdir()
            ensure_database(chosen.content_dir, chosen.content_database_url)
            started = time.perf_counter()
            import_bundle(bundle, chosen)
            imports.append(time.perf_counter() - started)
            started = time.perf_counter()
            rollback(chosen)
            rollbacks.append(time.perf_counter() - started)
        return [
            ("update_bundle_kb", bundle.stat().st_size / 1000, "kB"),
            ("update_import_s", statistics.median(imports), "s"),
            ("update_rollback_s", statistics.median(rollbacks), "s"),
        ]
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
