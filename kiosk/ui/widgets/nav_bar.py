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
    display_tapped = Signal()
    quick_exit_tapped = Signal()
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
        self.display_button = self._button("text-size", "nav", self.display_tapped)
        self.quick_exit_button = self._button("quick-exit", "quick-exit", self.quick_exit_tapped)
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
        row.addWidget(self.display_button)
        row.addWidget(self.quick_exit_button)
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
        self.display_button.setIcon(QIcon(pictogram_pixmap("text-size", self._icon_px)))
        self.quick_exit_button.setIcon(
            QIcon(pictogram_pixmap("quick-exit", self._icon_px, rtl, COLOURS["on_primary"])))

    def retranslate_ui(self) -> None:
        self.back_button.setText(self.tr("Back"))
        self.home_button.setText(self.tr("Home"))
        self.language_button.setText(self.tr("Language"))
        self.emergency_button.setText(self.tr("Emergency 112"))
        self.search_button.setAccessibleName(self.tr("Search"))
        self.search_button.setAccessibleDescription(self.tr("Find a topic or an office by typing a word"))
        # The display button shows only its pictogram (space in portrait); a screen reader
        # reads its name.
        self.display_button.setAccessibleName(self.tr("Text size and contrast"))
        self.quick_exit_button.setText(self.tr("Quick exit"))
        self.back_button.setAccessibleDescription(self.tr("Go back to the previous screen"))
        self.home_button.setAccessibleDescription(self.tr("Go to the start page with all topics"))
        self.language_button.setAccessibleDescription(self.tr("Choose another language"))
        self.emergency_button.setAccessibleDescription(self.tr("Emergency numbers: police, ambulance, fire"))
        self.display_button.setAccessibleDescription(self.tr("Bigger text or higher contrast"))
        self.quick_exit_button.setAccessibleDescription(
            self.tr("Hides this screen at once and forgets everything you did"))
        for button in self._compactable():
            button.setProperty("label", button.text())
            button.setAccessibleName(button.text())
        self._compact = 0
        self._fit()
        self._update_icons()
        self.layout().activate()  # resize the buttons to their new words before the next paint

    ICON_TEXT_GAP = 4  # what QPushButton adds between an icon and its text

    def _compactable(self) -> list[QPushButton]:
        """When every label does not fit (portrait, long words, one more button), these show
        only their pictograms, in this order; the emergency number and quick exit keep words."""
        return [self.language_button, self.home_button, self.back_button]

    def _fit(self) -> None:
        """Shows as many labels as fit; a screen reader still reads every name."""
        compactable = self._compactable()
        row = self.layout()
        shown = [b for b in self.findChildren(QPushButton) if not b.isHidden()]
        margins = row.contentsMargins()
        fixed = margins.left() + margins.right() + row.spacing() * max(0, len(shown) - 1)
        widths = {}
        for button in shown:
            hint = button.sizeHint().width()
            label = button.property("label") or ""
            extra = self.ICON_TEXT_GAP + button.fontMetrics().horizontalAdvance(label) if label else 0
            compact_now = button in compactable and not button.text()
            widths[button] = (hint + extra, hint) if compact_now else (hint, hint - extra)
        compact = 0
        while compact < len(compactable):
            squeezed = compactable[:compact]
            need = fixed + sum(widths[b][1] if b in squeezed else widths[b][0] for b in shown)
            if need <= self.width():
                break
            compact += 1
        if compact != getattr(self, "_compact", 0) or any(
                bool(b.text()) == (b in compactable[:compact]) for b in compactable):
            self._compact = compact
            for index, button in enumerate(compactable):
                button.setText("" if index < compact else button.property("label"))

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt override)
        super().resizeEvent(event)
        self._fit()

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.LayoutRequest:  # a button shown or hidden
            self._fit()
        return super().event(event)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        if event.type() in (QEvent.LanguageChange, QEvent.LayoutDirectionChange):
            self.retranslate_ui()
        super().changeEvent(event)
