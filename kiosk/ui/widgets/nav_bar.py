"""The bar on every screen: Back, Home, Search, Language and the emergency number.

Signals:
    back_tapped(), home_tapped(), language_tapped(), emergency_tapped(), search_tapped()
"""
from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget

from kiosk.ui.theme import COLOURS, Metrics
from kiosk.ui.widgets.pictogram import pictogram_pixmap


class NavBar(QWidget):
    back_tapped = Signal()
    home_tapped = Signal()
    language_tapped = Signal()
    emergency_tapped = Signal()
    search_tapped = Signal()

    def __init__(self, metrics: Metrics, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("NavBar")
        self.setAttribute(Qt.WA_StyledBackground)
        self._icon_px = metrics.mm(8)
        self.back_button = self._button("back", "nav", self.back_tapped)
        self.home_button = self._button("home", "nav", self.home_tapped)
        self.language_button = self._button("language", "nav", self.language_tapped)
        self.emergency_button = self._button("emergency-call", "emergency", self.emergency_tapped)
        row = QHBoxLayout(self)
        gap = metrics.mm(3)
        row.setContentsMargins(gap, metrics.mm(1.5), gap, metrics.mm(1.5))
        row.setSpacing(gap)
        row.addWidget(self.back_button)
        row.addWidget(self.home_button)
        # Search: a pictogram only, so it fits in portrait beside the other buttons.
        self.search_button = self._button("search", "nav", self.search_tapped)
        self.search_button.setIcon(QIcon(pictogram_pixmap("search", self._icon_px)))
        row.addWidget(self.search_button)
        row.addStretch(1)
        row.addWidget(self.emergency_button)
        row.addWidget(self.language_button)
        self.retranslate_ui()

    def _button(self, pictogram: str, role: str, signal) -> QPushButton:
        button = QPushButton(self)
        button.setProperty("role", role)
        button.setProperty("pictogram", pictogram)
        button.setFocusPolicy(Qt.NoFocus)
        button.setIconSize(QSize(self._icon_px, self._icon_px))
        button.clicked.connect(signal)
        return button

    def _update_icons(self) -> None:
        rtl = self.layoutDirection() == Qt.RightToLeft
        for button in (self.back_button, self.home_button, self.language_button,
                       self.emergency_button):
            name = button.property("pictogram")
            colour = ""
            if name == "emergency-call":
                name, colour = "phone", COLOURS["on_primary"]  # the text already says 112
            button.setIcon(QIcon(pictogram_pixmap(name, self._icon_px, rtl, colour)))

    def retranslate_ui(self) -> None:
        self.back_button.setText(self.tr("Back"))
        self.home_button.setText(self.tr("Home"))
        self.language_button.setText(self.tr("Language"))
        self.emergency_button.setText(self.tr("Emergency 112"))
        self.search_button.setAccessibleName(self.tr("Search"))
        self._update_icons()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        if event.type() in (QEvent.LanguageChange, QEvent.LayoutDirectionChange):
            self.retranslate_ui()
        super().changeEvent(event)
