"""The bundled leaflet fonts, registered with ReportLab once (Noto merged: every kiosk script)."""
from __future__ import annotations

import threading

from kiosk.paths import FONTS

LEAFLET_FONTS = FONTS / "leaflet"
REGULAR = "KioskLeafletSans"
BOLD = "KioskLeafletSans-Bold"
_FILES = {REGULAR: "KioskLeafletSans-Regular.ttf", BOLD: "KioskLeafletSans-Bold.ttf"}
_lock = threading.Lock()
_registered = False


def register_fonts() -> None:
    """Register both weights (idempotent, thread-safe); shaping is on for Arabic script."""
    global _registered
    with _lock:
        if _registered:
            return
        from reportlab.lib.fonts import addMapping
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.ttfonts import TTFont

        for name, file in _FILES.items():
            pdfmetrics.registerFont(TTFont(name, str(LEAFLET_FONTS / file), shapable=True))
        addMapping(REGULAR, 0, 0, REGULAR)
        addMapping(REGULAR, 1, 0, BOLD)
        _registered = True
