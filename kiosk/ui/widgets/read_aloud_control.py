"""The "read aloud" control under a page: a button that starts and stops, and the progress.

It says so when this language has no voice or the kiosk has no sound, instead of reading
in another voice or pretending to speak.

Signals:
    start_requested(): the visitor wants the page read.
"""
from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QHBoxLayout, QProgressBar, QPushButton, QWidget

from kiosk.ui import read_aloud as ra
from kiosk.ui.theme import COLOURS, Metrics
from kiosk.ui.widgets.pictogram import pictogram_pixmap


class ReadAloudControl(QWidget):
    start_requested = Signal()

    def __init__(self, speech: ra.ReadAloud, metrics: Metrics, parent: QWidget | None = None):
        super().__init__(parent)
        self.speech = speech
        self.voice_available = True
        self.button = QPushButton()
        self.button.setProperty("role", "primary")
        self.button.setFocusPolicy(Qt.NoFocus)
        self._icon_px = metrics.mm(8)
        self.button.setIconSize(QSize(self._icon_px, self._icon_px))
        self.button.clicked.connect(self._tapped)
        self.progress = QProgressBar()
        self.progress.setRange(0, 100)
        self.progress.setTextVisible(False)
        self.progress.setFixedWidth(metrics.mm(40))
        self.progress.setFixedHeight(metrics.mm(4))
        self.progress.hide()
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(metrics.mm(3))
        row.addWidget(self.button)
        row.addWidget(self.progress, 0, Qt.AlignVCenter)
        speech.state_changed.connect(self._state_changed)
        speech.progress_changed.connect(self.progress.setValue)
        self.retranslate_ui()

    def set_voice_available(self, available: bool) -> None:
        self.voice_available = available
        self.retranslate_ui()

    def _tapped(self) -> None:
        if self.speech.state in (ra.PREPARING, ra.SPEAKING):
            self.speech.stop()
        else:
            self.start_requested.emit()

    def _state_changed(self, _state: str) -> None:
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        state = self.speech.state
        busy = state in (ra.PREPARING, ra.SPEAKING)
        self.progress.setVisible(busy)
        if state == ra.PREPARING:
            text = self.tr("Preparing… (touch to stop)")
        elif state == ra.SPEAKING:
            text = self.tr("Stop reading")
        elif state == ra.NO_VOICE or not self.voice_available:
            text = self.tr("Reading aloud is not available in this language")
        elif state == ra.NO_SOUND:
            text = self.tr("No sound on this kiosk: please ask the staff")
        elif state == ra.FAILED:
            text = self.tr("Reading aloud failed: touch to try again")
        else:
            text = self.tr("Read aloud")
        self.button.setText(text)
        enabled = self.voice_available or busy
        self.button.setEnabled(enabled)
        # White on the blue button; the theme's own colour on the pale disabled one.
        colour = COLOURS["on_primary"] if enabled else ""
        self.button.setIcon(QIcon(pictogram_pixmap("read-aloud", self._icon_px, False, colour)))
        self.button.setAccessibleName(text)
        self.button.setAccessibleDescription(self.tr("Reads this page aloud in your language"))
        self.progress.setAccessibleName(self.tr("Reading progress"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
