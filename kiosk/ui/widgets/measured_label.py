"""Word-wrapped labels that measure their text once per width.

QLabel lays its text out anew for every heightForWidth call, even at the same width, and the
layouts ask many times while a screen opens (a grid of tiles asks each label at several
widths while it shares out its columns). The answer depends only on the width, the words,
the font and the frame, so it is kept until one of them changes.
"""
from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtWidgets import QLabel, QWidget

# Enough for a line of reading: the page gives a running text its whole width anyway.
NATURAL_WIDTH_EMS = 30


class MeasuredLabel(QLabel):
    def __init__(self, text: str = "", parent: QWidget | None = None):
        super().__init__(text, parent)
        self.setWordWrap(True)
        self._measured_for: tuple = ()
        self._heights: dict[int, int] = {}

    def heightForWidth(self, width: int) -> int:  # noqa: N802 (Qt override)
        margins = self.contentsMargins()
        looks = (self.text(), self.font().key(), margins.left(), margins.top(),
                 margins.right(), margins.bottom(), self.margin(), self.indent(),
                 self.frameWidth())
        if looks != self._measured_for:
            self._measured_for, self._heights = looks, {}
        height = self._heights.get(width)
        if height is None:
            height = self._heights[width] = super().heightForWidth(width)
        return height

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.StyleChange:  # a padding or border the key cannot see
            self._measured_for = ()
        super().changeEvent(event)


class TextBody(MeasuredLabel):
    """A page's running text, in rich text. Its size hints ask for no layout of their own
    (QLabel's lay the text out at two more widths): the page decides the width, the text
    only its height."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__("", parent)
        self.setTextFormat(Qt.RichText)
        self.setTextInteractionFlags(Qt.NoTextInteraction)

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        width = self.fontMetrics().averageCharWidth() * NATURAL_WIDTH_EMS
        # The height at the width it has (the page's, from one topic to the next): one
        # layout serves both the hint and the page.
        return QSize(width, self.heightForWidth(self.width() if self.width() > 0 else width))

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        metrics = self.fontMetrics()
        return QSize(metrics.averageCharWidth() * 8, metrics.height())
