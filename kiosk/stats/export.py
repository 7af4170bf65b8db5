"""Usage figures out: totals for the operator screen and a CSV export with small counts left out."""
from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from pathlib import Path

COLUMNS = ("kiosk_id", "hour_utc", "event", "key", "language", "count")


@dataclass(frozen=True)
class Export:
    text: str
    rows: int
    suppressed: int  # rows left out because their count was below the threshold


def _rows(engine):
    from sqlalchemy import select

    from kiosk.stats.models import HourlyCount as H

    with engine.connect() as connection:
        return connection.execute(
            select(H.hour, H.event, H.key, H.language, H.count)
            .order_by(H.hour, H.event, H.key, H.language)
        ).all()


def export_csv(engine, kiosk_id: str, min_count: int) -> Export:
    """Every hourly count of at least `min_count`; smaller ones are left out so that a rare
    choice at a quiet hour cannot point at one person."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(COLUMNS)
    rows = suppressed = 0
    for hour, event, key, language, count in _rows(engine):
        if count < min_count:
            suppressed += 1
            continue
        writer.writerow((kiosk_id, hour, event, key, language, count))
        rows += 1
    return Export(out.getvalue(), rows, suppressed)


def totals(engine) -> list[tuple[str, str, str, int]]:
    """(event, key, language, count) summed over all hours, largest first, for staff to read."""
    from sqlalchemy import func, select

    from kiosk.stats.models import HourlyCount as H

    with engine.connect() as connection:
        return [tuple(row) for row in connection.execute(
            select(H.event, H.key, H.language, func.sum(H.count).label("total"))
            .group_by(H.event, H.key, H.language)
            .order_by(H.event, func.sum(H.count).desc(), H.key, H.language)
        ).all()]


def write_export(export: Export, folder: Path, kiosk_id: str, stamp: str) -> Path:
    """Write beside nothing else: a new file named by kiosk and time; fsync the file and its
    folder (on FAT the long name's entries need not share a sector with the file's own entry),
    so a stick pulled out once this returns keeps it."""
    import os

    from kiosk.durable import fsync_path

    target = Path(folder) / f"iom-kiosk-usage-{kiosk_id}-{stamp}.csv"
    with open(target, "w", encoding="utf-8", newline="") as stream:
        stream.write(export.text)
        stream.flush()
        os.fsync(stream.fileno())
    fsync_path(target.parent)
    return target
