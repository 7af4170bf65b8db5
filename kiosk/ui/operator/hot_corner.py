"""The hidden way into operator mode: five taps within three seconds on an invisible square
in the reading-start top corner of the untouched welcome screen, where nothing else is
(top-left; top-right right to left). `OperatorMode` places and shows it.

The square swallows its taps, so a visitor who touches it sees nothing happen.

Signals:
    triggered(): the gesture was completed.
"""
from __future__ import annotations

import time
from typing import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

TAPS = 5
WINDOW_S = 3.0


class HotCorner(QWidget):
    triggered = Signal()

    def __init__(self, size_px: int, parent: QWidget | None = None,
                 clock: Callable[[], float] = time.monotonic):
        super().__init__(parent)
        self.setObjectName("HotCorner")
        self.setFixedSize(size_px, size_px)
        self._clock = clock
        self._taps: list[float] = []

    def mousePressEvent(self, event) -> None:  # noqa: N802 (Qt override)
        event.accept()
        now = self._clock()
        self._taps = [t for t in self._taps if now - t <= WINDOW_S] + [now]
        if len(self._taps) >= TAPS:
            self._taps.clear()
            self.triggered.emit()

    def mouseReleaseEvent(self, event) -> None:  # noqa: N802 (Qt override)
        event.accept()

    def hideEvent(self, event) -> None:  # noqa: N802 (Qt override)
        self._taps.clear()  # taps on two different visits never add up
        super().hideEvent(event)
