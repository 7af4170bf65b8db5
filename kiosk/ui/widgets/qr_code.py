"""A QR code as a crisp pixmap (segno computes the modules; Qt paints them)."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPainter, QPixmap

QUIET_ZONE = 4  # modules of white border that phone cameras need


# The largest code a phone still reads off the screen at the size the kiosk shows it
# (85 modules with the quiet zone: about 0.8 mm each at 70 mm): about 410 bytes of UTF-8.
MAX_VERSION = 15


def _code(text: str, version: int | None = None):
    from kiosk.leaflets.qr import qr_symbol  # segno, only when a QR is shown

    return qr_symbol(text, version)  # the same symbol as on paper (UTF-8 marked)


# UTF-8 bytes a version-15 code holds at error level M in byte mode with the ECI header
# (segno's own tables; tests/ui/test_qr_text.py checks it against segno).
CAPACITY_BYTES = 411


def fits(text: str) -> bool:
    return len(text.encode("utf-8")) <= CAPACITY_BYTES


def fit_lines(lines: list[str]) -> str:
    """As many of `lines` (in order, one per line) as fit in one code; the first line that
    does not fit whole is cut at a word, with an ellipsis."""
    kept: list[str] = []
    for line in (line.strip() for line in lines):
        if not line:
            continue
        if fits("\n".join(kept + [line])):
            kept.append(line)
            continue
        words = line.split()
        low, high = 0, len(words)  # the most words that fit, by halving
        while low < high:
            middle = (low + high + 1) // 2
            if fits("\n".join(kept + [" ".join(words[:middle]) + "…"])):
                low = middle
            else:
                high = middle - 1
        if low:
            kept.append(" ".join(words[:low]) + "…")
        break
    return "\n".join(kept)


def qr_pixmap(text: str, size_px: int) -> QPixmap:
    code = _code(text)
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
