"""A strip under the navigation bar with the display choices: three text sizes, two contrasts.

Not a dialog: it pushes the page down and closes on any navigation.
"""
from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QBoxLayout, QHBoxLayout, QLabel, QPushButton, QWidget

from kiosk.ui.display import DisplaySettings
from kiosk.ui.theme import TEXT_SCALES
from kiosk.ui.widgets.pictogram import pictogram_pixmap


class DisplayPanel(QWidget):
    def __init__(self, display: DisplaySettings, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("DisplayPanel")
        self.setAttribute(Qt.WA_StyledBackground)
        self.display = display
        m = display.base
        icon_px = m.mm(8)
        self.size_label = QLabel()
        self.size_icon = QLabel()
        self.size_icon.setPixmap(pictogram_pixmap("text-size", icon_px))
        self.size_buttons = []
        for level, scale in enumerate(TEXT_SCALES):
            button = self._choice(lambda _=False, lv=level: display.set_text_level(lv))
            button.setText("A")
            button.setStyleSheet(f"font-size: {round(m.body_px * scale)}px; font-weight: bold;")
            self.size_buttons.append(button)
        self.contrast_icon = QLabel()
        self.contrast_icon.setPixmap(pictogram_pixmap("contrast", icon_px))
        self.standard_button = self._choice(lambda _=False: display.set_high_contrast(False))
        self.high_contrast_button = self._choice(lambda _=False: display.set_high_contrast(True))
        # Two groups side by side; one above the other when they do not fit (portrait).
        self._row = QBoxLayout(QBoxLayout.LeftToRight, self)
        gap = m.mm(3)
        self._row.setContentsMargins(gap, m.mm(2), gap, m.mm(2))
        self._row.setSpacing(m.mm(6))
        sizes, contrasts = QHBoxLayout(), QHBoxLayout()
        for group, widgets in ((sizes, [self.size_icon, *self.size_buttons]),
                               (contrasts, [self.contrast_icon, self.standard_button,
                                            self.high_contrast_button])):
            group.setSpacing(gap)
            for widget in widgets:
                group.addWidget(widget)
            group.addStretch(1)
            self._row.addLayout(group)
        self._groups = (sizes, contrasts)
        self._row.addStretch(1)
        display.changed.connect(self._show_selection)
        self.retranslate_ui()
        self.hide()

    def _choice(self, on_tap) -> QPushButton:
        button = QPushButton(self)
        button.setProperty("role", "choice")
        button.setFocusPolicy(Qt.NoFocus)
        button.clicked.connect(on_tap)
        return button

    def _show_selection(self) -> None:
        chosen = [self.size_buttons[self.display.text_level],
                  self.high_contrast_button if self.display.high_contrast else self.standard_button]
        for button in self.size_buttons + [self.standard_button, self.high_contrast_button]:
            selected = button in chosen
            if button.property("selected") != selected:
                button.setProperty("selected", selected)
                button.style().unpolish(button)
                button.style().polish(button)

    def retranslate_ui(self) -> None:
        names = [self.tr("Normal text"), self.tr("Large text"), self.tr("Largest text")]
        for button, name in zip(self.size_buttons, names):
            button.setAccessibleName(name)
            button.setAccessibleDescription(self.tr("Changes the size of the text on every screen"))
        self.size_icon.setAccessibleName(self.tr("Text size"))
        self.contrast_icon.setAccessibleName(self.tr("Contrast"))
        self.standard_button.setText(self.tr("Standard"))
        self.standard_button.setAccessibleName(self.tr("Standard contrast"))
        self.high_contrast_button.setText(self.tr("High contrast"))
        self.high_contrast_button.setAccessibleName(self.tr("High contrast"))
        self.standard_button.setAccessibleDescription(self.tr("The usual colours"))
        self.high_contrast_button.setAccessibleDescription(
            self.tr("Black text on white, for easier reading"))
        self._show_selection()

    def _arrange(self) -> None:
        margins = self._row.contentsMargins()
        need = (sum(group.sizeHint().width() for group in self._groups) + self._row.spacing()
                + margins.left() + margins.right())
        direction = QBoxLayout.LeftToRight if need <= self.width() else QBoxLayout.TopToBottom
        if self._row.direction() != direction:
            self._row.setDirection(direction)

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt override)
        super().resizeEvent(event)
        self._arrange()

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.LayoutRequest:  # new words on the buttons
            self._arrange()
        return super().event(event)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
