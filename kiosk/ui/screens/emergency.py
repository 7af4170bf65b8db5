"""Emergency numbers, reachable from every screen."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QPushButton, QVBoxLayout, QWidget

from kiosk.ui.navigation import OFFICES, Location
from kiosk.ui.screens.base import (
    Screen, ScreenContext, align_to_reading_side, clear_layout, isolate_left_to_right, label,
)


class EmergencyScreen(Screen):
    def __init__(self, context: ScreenContext):
        super().__init__(context)
        self.title = label("title")
        self.numbers = QWidget()
        self.numbers_layout = QVBoxLayout(self.numbers)
        self.numbers_layout.setContentsMargins(0, 0, 0, 0)
        self.offices_button = QPushButton()
        self.offices_button.setProperty("role", "primary")
        self.offices_button.setFocusPolicy(Qt.NoFocus)
        self.open_on_tap(self.offices_button, Location(OFFICES))
        self.body_layout.addWidget(self.title)
        self.body_layout.addWidget(self.numbers)
        self.body_layout.addWidget(self.offices_button, 0, Qt.AlignLeft)
        self.body_layout.addStretch(1)
        self.centre_short_page(190)

    def fill(self) -> None:
        clear_layout(self.numbers_layout)
        for entry in self.service.emergency_numbers(self.language):
            card = QFrame()
            column = QVBoxLayout(card)
            # The digits keep their order in every script; the number still stands on the
            # reading side (right in Arabic and Persian), like the text under it.
            number = label("big-number", isolate_left_to_right(entry.number), wrap=False)
            align_to_reading_side(number)
            column.addWidget(number)
            column.addWidget(label("heading", entry.label))
            if entry.note:
                column.addWidget(label("", entry.note))
            self.numbers_layout.addWidget(card)

    def retranslate_ui(self) -> None:
        self.title.setText(self.tr("Emergency numbers"))
        self.offices_button.setText(self.tr("Find an IOM office"))
        self.offices_button.setAccessibleDescription(self.tr("Shows the IOM offices in Georgia"))
