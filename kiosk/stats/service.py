"""Usage figures for staff: totals and the CSV export, read from the state database."""
from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path

from kiosk.stats.export import Export, export_csv, totals, write_export


class UsageFigures:
    """Opens the state database per request (staff use it rarely; the recorder owns writes)."""

    def __init__(self, path: Path, kiosk_id: str, min_count: int):
        self.path = Path(path)
        self.kiosk_id = kiosk_id
        self.min_count = min_count

    def _engine(self):
        from kiosk.stats.database import open_state_database

        return open_state_database(self.path)

    def totals(self) -> list[tuple[str, str, str, int]]:
        engine = self._engine()
        try:
            return totals(engine)
        finally:
            engine.dispose()

    def export(self) -> Export:
        engine = self._engine()
        try:
            return export_csv(engine, self.kiosk_id, self.min_count)
        finally:
            engine.dispose()

    def export_to(self, folder: Path, now: datetime | None = None) -> tuple[Path, Export]:
        export = self.export()
        stamp = (now or datetime.now(timezone.utc)).strftime("%Y%m%dT%H%M%SZ")
        return write_export(export, folder, self.kiosk_id, stamp), export
