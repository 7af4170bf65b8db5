"""Bundled SVG pictograms rendered to pixmaps, cached per name, size and direction."""
from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPixmap, QTransform
from PySide6.QtSvg import QSvgRenderer

from kiosk.paths import PICTOGRAMS

# Pictograms that point somewhere; right-to-left layouts show them mirrored.
DIRECTIONAL = frozenset({"back", "forward"})


@lru_cache(maxsize=256)
def pictogram_pixmap(name: str, size: int, right_to_left: bool = False,
                     colour: str = "") -> QPixmap:
    """The pictogram at `size` px; `colour` repaints it in one colour (e.g. white on red)."""
    image = QImage(size, size, QImage.Format_ARGB32_Premultiplied)
    image.fill(Qt.transparent)
    renderer = QSvgRenderer(str(PICTOGRAMS / f"{name}.svg"))
    if renderer.isValid():
        painter = QPainter(image)
        renderer.render(painter)
        if colour:
            painter.setCompositionMode(QPainter.CompositionMode_SourceIn)
            painter.fillRect(image.rect(), QColor(colour))
        painter.end()
    if right_to_left and name in DIRECTIONAL:
        image = image.transformed(QTransform().scale(-1, 1))
    return QPixmap.fromImage(image)
