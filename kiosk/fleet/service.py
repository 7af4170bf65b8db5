"""The one door to the fleet store for clients (the fleet window): import, the kiosks known,
and the figures of a period. No Qt; safe to call from a worker thread (one engine, pooled)."""
from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path

from kiosk.fleet.database import open_fleet_database
from kiosk.fleet.figures import FleetFigures, Period, collect_figures, known_kiosks
from kiosk.fleet.importer import FileOutcome, import_paths


class FleetService:
    def __init__(self, url: str, min_count: int = 5):
        self.url = url
        self.min_count = min_count
        self._engine = open_fleet_database(url)

    def import_usage(self, paths: Iterable[Path],
                     progress: Callable[[int, int, Path], None] | None = None) -> list[FileOutcome]:
        return import_paths(self._engine, paths, progress)

    def kiosks(self) -> list[str]:
        return known_kiosks(self._engine)

    def figures(self, period: Period, kiosks: list[str] | None = None,
                stale_days: int = 30) -> FleetFigures:
        return collect_figures(self._engine, period, kiosks, self.min_count, stale_days)

    def close(self) -> None:
        self._engine.dispose()
