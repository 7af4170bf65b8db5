"""Turn collected leaflet content into PDF bytes (ReportLab is imported here, not at start-up)."""
from __future__ import annotations

import threading

from kiosk.leaflets.dates import format_print_date
from kiosk.leaflets.fonts import register_fonts
from kiosk.leaflets.model import PAPERS, LeafletContent

# ReportLab keeps shared state (registered fonts, HarfBuzz glyph tables added while shaping):
# one render at a time keeps that safe from any thread.
_lock = threading.Lock()


def prepare() -> None:
    register_fonts()
    import kiosk.leaflets.a4  # noqa: F401  (platypus)
    import kiosk.leaflets.roll  # noqa: F401
    from babel.dates import format_date  # noqa: F401
    from svglib.svglib import svg2rlg  # noqa: F401


def render(content: LeafletContent, paper: str) -> bytes:
    if paper not in PAPERS:
        raise ValueError(f"paper must be one of {', '.join(PAPERS)}, not {paper!r}")
    register_fonts()
    printed = format_print_date(content.printed_on, content.language)
    with _lock:
        if paper == "a4":
            from kiosk.leaflets.a4 import render_a4

            return render_a4(content, printed)
        from kiosk.leaflets.roll import render_roll

        return render_roll(content, printed)
