"""A QR code as a crisp pixmap (segno computes the modules; Qt paints them)."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPainter, QPixmap

QUIET_ZONE = 4  # modules of white border that phone cameras need


def qr_pixmap(text: str, size_px: int) -> QPixmap:
    from kiosk.leaflets.qr import qr_symbol  # segno, only when a QR is shown

    code = qr_symbol(text)  # the same symbol as on paper (UTF-8 marked)
    matrix = code.matrix
    modules = len(matrix) + 2 * QUIET_ZONE
    module_px = max(1, size_px // modules)
    side = module_px * modules
    pixmap = QPixmap(side, side)
    pixmap.fill(Qt.white)
    painter = QPainter(pixmap)
    black = QColor("black")
    for row, bits in enumerate(matrix):
        for column, bit in enumerate(bits):
            if bit:
                painter.fillRect((column + QUIET_ZONE) * module_px, (row + QUIET_ZONE) * module_px,
                                 module_px, module_px, black)
    painter.end()
    return pixmap
