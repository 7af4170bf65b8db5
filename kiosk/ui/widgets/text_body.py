"""A page's running text: rich text, word-wrapped, measured once per width."""
from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QLabel, QWidget

# Enough for a line of reading: the page gives the text its whole width anyway.
NATURAL_WIDTH_EMS = 30


class TextBody(QLabel):
    """QLabel lays a rich text out anew for every heightForWidth call, even at the same width
    (2.5 ms for a topic's body in Georgian), and the layouts ask several times while a page
    opens; its size hints lay it out at two more widths. The answer depends only on the
    width, the text and the font, so it is kept, and the hints ask for no layout of their
    own: the page decides the width, the text only its height."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWordWrap(True)
        self.setTextFormat(Qt.RichText)
        self.setTextInteractionFlags(Qt.NoTextInteraction)
        self._measured_for: tuple = ()
        self._heights: dict[int, int] = {}

    def heightForWidth(self, width: int) -> int:  # noqa: N802 (Qt override)
        margins = self.contentsMargins()
        looks = (self.text(), self.font().key(), margins.left(), margins.top(),
                 margins.right(), margins.bottom(), self.margin(), self.indent())
        if looks != self._measured_for:
            self._measured_for, self._heights = looks, {}
        height = self._heights.get(width)
        if height is None:
            height = self._heights[width] = super().heightForWidth(width)
        return height

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        width = self.fontMetrics().averageCharWidth() * NATURAL_WIDTH_EMS
        # The height at the width it has (the page's, from one topic to the next): one
        # layout serves both the hint and the page.
        return QSize(width, self.heightForWidth(self.width() if self.width() > 0 else width))

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        metrics = self.fontMetrics()
        return QSize(metrics.averageCharWidth() * 8, metrics.height())
