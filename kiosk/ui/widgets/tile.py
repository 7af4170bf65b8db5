"""A large button with a pictogram, a title and an optional one-line summary, word-wrapped."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from kiosk.ui.widgets.measured_label import MeasuredLabel
from kiosk.ui.widgets.pictogram import pictogram_pixmap


class Tile(QPushButton):
    def __init__(self, pictogram: str, icon_px: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.setProperty("role", "tile")
        self.setSizePolicy(QSizePolicy.Expanding, QSizePolicy.Preferred)
        self.setFocusPolicy(Qt.NoFocus)
        self._icon = QLabel()
        self._icon.setFixedSize(icon_px, icon_px)
        self._icon_px = icon_px
        if pictogram:  # a pooled tile gets its pictogram with its first page
            self.set_pictogram(pictogram)
        self.title_label = MeasuredLabel()
        self.title_label.setProperty("role", "tile-title")
        self.summary_label = MeasuredLabel()
        self.summary_label.setProperty("role", "tile-summary")
        text = QVBoxLayout()
        text.setSpacing(2)
        text.addWidget(self.title_label)
        text.addWidget(self.summary_label)
        row = QHBoxLayout(self)
        margin = max(8, icon_px // 6)
        row.setContentsMargins(margin, margin, margin, margin)
        row.setSpacing(margin)
        row.addWidget(self._icon, 0, Qt.AlignTop)
        row.addLayout(text, 1)
        for label in (self._icon, self.title_label, self.summary_label):
            label.setAttribute(Qt.WA_TransparentForMouseEvents)

    def set_pictogram(self, pictogram: str) -> None:
        """(Again after a change of writing direction: pointing pictograms mirror.)"""
        self.setProperty("pictogram", pictogram)
        self._icon.setPixmap(pictogram_pixmap(pictogram, self._icon_px))

    def set_text(self, title: str, summary: str = "") -> None:
        self.title_label.setText(title)
        self.summary_label.setText(summary)
        self.summary_label.setVisible(bool(summary))
        self.setAccessibleName(title)
        self.setAccessibleDescription(summary or self.tr("Touch to open"))
