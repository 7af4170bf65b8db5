"""A kiosk content database made from the studio's current texts, for the preview.

The studio exports its pack to a scratch folder, the kiosk's own loader and builder turn it
into a kiosk database, and the kiosk's own `ContentService` reads it: what the preview shows is
what a kiosk would serve. No Qt here; it runs on a worker thread.
"""
from __future__ import annotations

import itertools
import shutil
from collections.abc import Callable
from pathlib import Path

from kiosk.content.check import format_report
from kiosk.content.database import build_database
from kiosk.content.pack import load_pack
from kiosk.content.service import ContentService
from kiosk.paths import PICTOGRAMS


class PreviewUnavailable(RuntimeError):
    """The exported pack has errors the kiosk would refuse; the message lists them."""


class PreviewContent:
    def __init__(self, export_pack: Callable[[Path], object], work_dir: Path):
        self._export = export_pack  # writes the studio's pack into the folder it is given
        self._work_dir = work_dir
        self._builds = itertools.count(1)

    def build(self) -> ContentService:
        number = next(self._builds)
        folder = self._work_dir / f"pack-{number}"
        shutil.rmtree(folder, ignore_errors=True)
        folder.mkdir(parents=True)
        self._export(folder)
        pack = load_pack(folder, PICTOGRAMS)
        if pack.errors:
            raise PreviewUnavailable(format_report(pack))
        url = f"sqlite:///{self._work_dir / f'kiosk-{number}.sqlite'}"
        build_database(pack, url)
        shutil.rmtree(folder, ignore_errors=True)
        return ContentService(url)
