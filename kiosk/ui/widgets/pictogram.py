"""Bundled SVG pictograms rendered to pixmaps, cached per name, size and direction."""
from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter, QPixmap, QTransform
from PySide6.QtSvg import QSvgRenderer

from kiosk.paths import PICTOGRAMS
from kiosk.pictograms import mirrored  # shared with the leaflets


def pictogram_pixmap(name: str, size: int, right_to_left: bool | None = None,
                     colour: str = "") -> QPixmap:
    """The pictogram at `size` px, mirrored if it has a direction and the layout runs
    right to left (by default the application's); `colour` repaints it in one colour."""
    if right_to_left is None:
        right_to_left = QGuiApplication.layoutDirection() == Qt.RightToLeft
    return _render(name, size, mirrored(name, right_to_left), colour)


@lru_cache(maxsize=256)
def _render(name: str, size: int, mirrored: bool, colour: str) -> QPixmap:
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
    if mirrored:
        image = image.transformed(QTransform().scale(-1, 1))
    return QPixmap.fromImage(image)
