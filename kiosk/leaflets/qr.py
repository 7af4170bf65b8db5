"""QR codes made offline (segno) and drawn as vector squares, so they stay sharp on any printer."""
from __future__ import annotations

from functools import lru_cache

import segno

QUIET_ZONE = 2  # modules of white around the code; 4 is the standard, 2 scans fine on paper


def qr_symbol(payload: str, version: int | None = None) -> segno.QRCode:
    """The QR symbol for `payload` (paper and screen). Non-ASCII text carries the ECI marker
    for UTF-8: without it common scanners read the bytes as Shift-JIS or Latin-1 (a vCard in
    Armenian or Azerbaijani comes out garbled). ASCII stays unmarked, for the oldest scanners.
    A long payload gets a fixed mask: segno scores all eight in pure Python (0.2-0.8 s for a
    version-15 code); any mask is valid and reads as well."""
    mask = 4 if len(payload.encode("utf-8")) > 64 else None
    return segno.make(payload, error="m", micro=False, eci=not payload.isascii(),
                      encoding="utf-8" if not payload.isascii() else None, version=version,
                      mask=mask)


@lru_cache(maxsize=64)
def qr_rows(payload: str) -> tuple[tuple[tuple[int, int], ...], ...]:
    """Each row of the symbol as (start, length) runs of dark modules (no quiet zone)."""
    code = qr_symbol(payload)
    rows = []
    for row in code.matrix_iter(scale=1, border=0):
        runs, start = [], None
        for x, dark in enumerate(row):
            if dark and start is None:
                start = x
            elif not dark and start is not None:
                runs.append((start, x - start))
                start = None
        if start is not None:
            runs.append((start, len(row) - start))
        rows.append(tuple(runs))
    return tuple(rows)


def draw_qr(canv, payload: str, x: float, y: float, size: float) -> None:
    """Draw the code with its quiet zone inside the square (x, y, size) on white."""
    rows = qr_rows(payload)
    modules = len(rows) + 2 * QUIET_ZONE
    unit = size / modules
    canv.saveState()
    canv.setFillColorRGB(1, 1, 1)
    canv.rect(x, y, size, size, stroke=0, fill=1)
    canv.setFillColorRGB(0, 0, 0)
    path = canv.beginPath()
    for r, runs in enumerate(rows):
        top = y + size - (QUIET_ZONE + r) * unit
        for start, length in runs:
            path.rect(x + (QUIET_ZONE + start) * unit, top - unit, length * unit, unit)
    canv.drawPath(path, stroke=0, fill=1)
    canv.restoreState()
