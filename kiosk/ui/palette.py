"""The colours and sizes in force for this visit, for widgets that paint or style themselves
(the search results, the search field): one source, which the display choices (text size,
high contrast) update, so nothing keeps a colour or a size of its own.

Signals:
    changed(): the colours or the sizes changed; re-style and repaint.
"""
from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from kiosk.ui.theme import COLOURS, Metrics


class Palette(QObject):
    changed = Signal()

    def __init__(self, metrics: Metrics, colours: dict | None = None,
                 parent: QObject | None = None):
        super().__init__(parent)
        self.metrics = metrics
        self.colours = colours if colours is not None else COLOURS

    def set(self, colours: dict, metrics: Metrics) -> None:
        if colours is not self.colours or metrics != self.metrics:
            self.colours, self.metrics = colours, metrics
            self.changed.emit()
