"""The kiosk's SVG pictograms as ReportLab drawings (svglib), loaded once per file."""
from __future__ import annotations

import logging
import threading
from functools import lru_cache

log = logging.getLogger(__name__)
_lock = threading.Lock()


@lru_cache(maxsize=64)
def _load(path: str):
    from svglib.svglib import svg2rlg

    with _lock:  # svglib's parser state is not documented as thread-safe
        drawing = svg2rlg(path)
    if drawing is None:
        log.warning("pictogram %s could not be read", path)
    else:
        from kiosk.leaflets.fonts import REGULAR

        # Pictograms have no text, but ReportLab's renderer sets a font anyway: make it ours,
        # or the PDF names Helvetica, a font it does not embed.
        drawing.initialFontName = REGULAR
    return drawing


def draw_pictogram(canv, path: str, x: float, y: float, size: float,
                   right_to_left: bool = False) -> bool:
    """Draw the SVG scaled into the square (x, y, size), mirrored when it points and the
    leaflet reads right to left (as on screen); False if there is nothing to draw."""
    if not path:
        return False
    drawing = _load(path)
    if drawing is None or not drawing.width or not drawing.height:
        return False
    from reportlab.graphics import renderPDF

    from pathlib import Path

    from kiosk.pictograms import mirrored

    scale = size / max(drawing.width, drawing.height)
    canv.saveState()
    if mirrored(Path(path).stem, right_to_left):
        canv.translate(x + drawing.width * scale, y)
        canv.scale(-scale, scale)
    else:
        canv.translate(x, y)
        canv.scale(scale, scale)
    renderPDF.draw(drawing, canv, 0, 0)
    canv.restoreState()
    return True
