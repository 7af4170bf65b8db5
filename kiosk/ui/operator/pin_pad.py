"""A PIN pad of big buttons (no keyboard needed). Checks the PIN against the PinStore, which
counts wrong tries and locks with a growing delay.

Signals:
    accepted(): the right PIN was entered.
    cancelled(): staff gave up; back to the kiosk.
"""
from __future__ import annotations

import math

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QGridLayout, QPushButton, QWidget

from kiosk.admin.pin import MAX_DIGITS, PinStore
from kiosk.ui.screens.base import Screen, ScreenContext, label


class PinPadScreen(Screen):
    accepted = Signal()
    cancelled = Signal()

    def __init__(self, context: ScreenContext, store: PinStore):
        super().__init__(context, scrolls=False)
        self.store = store
        self._digits = ""
        m = context.metrics
        self.title = label("title")
        self.title.setAlignment(Qt.AlignCenter)
        self.entered = label("title")
        self.entered.setAlignment(Qt.AlignCenter)
        self.message = label()
        self.message.setAlignment(Qt.AlignCenter)
        pad = QWidget()
        grid = QGridLayout(pad)
        grid.setSpacing(m.mm(3))
        self.digit_buttons: dict[str, QPushButton] = {}
        for index, digit in enumerate("123456789"):
            grid.addWidget(self._digit_button(digit), index // 3, index % 3)
        self.clear_button = self._button("", self.clear, role="word")
        self.ok_button = self._button("", self.submit, role="primary")
        grid.addWidget(self.clear_button, 3, 0)
        grid.addWidget(self._digit_button("0"), 3, 1)
        grid.addWidget(self.ok_button, 3, 2)
        for column in range(3):
            grid.setColumnStretch(column, 1)  # equal keys, whatever their labels
        pad.setFixedWidth(m.mm(170))
        # Big digits, readable at arm's length; the words (Clear, OK) a little smaller.
        pad.setStyleSheet(f"QPushButton {{ font-size: {m.title_px}px; }}"
                          f"QPushButton[role=\"primary\"], QPushButton[role=\"word\"] "
                          f"{{ font-size: {m.body_px}px; }}")
        self.body_layout.addStretch(1)
        self.body_layout.addWidget(self.title)
        self.body_layout.addWidget(self.entered)
        self.body_layout.addWidget(self.message)
        self.body_layout.addWidget(pad, 0, Qt.AlignHCenter)
        self.body_layout.addStretch(1)
        self.cancel_button = self._button("", self.cancelled.emit)
        self.add_action(self.cancel_button)
        self.retranslate_ui()

    def _button(self, text: str, slot, role: str = "pin") -> QPushButton:
        button = QPushButton(text)
        button.setProperty("role", role)
        button.setFocusPolicy(Qt.NoFocus)
        button.setFixedHeight(self.context.metrics.mm(20))  # every key alike, 20 mm
        button.clicked.connect(lambda _=False: slot())
        return button

    def _digit_button(self, digit: str) -> QPushButton:
        button = self._button(digit, lambda: self.press(digit))
        self.digit_buttons[digit] = button
        return button

    def start(self) -> None:
        """Show an empty pad (and the lock, if one is running)."""
        self.clear()
        self.message.setText("")
        locked = self.store.locked_for()
        if locked:
            self._show_locked(locked)

    def press(self, digit: str) -> None:
        if len(self._digits) < MAX_DIGITS:
            self._digits += digit
            self.entered.setText("•" * len(self._digits))

    def clear(self) -> None:
        self._digits = ""
        self.entered.setText("")

    def submit(self) -> None:
        if not self._digits:
            return
        attempt = self.store.attempt(self._digits)
        self.clear()
        if attempt.accepted:
            self.message.setText("")
            self.accepted.emit()
        elif attempt.no_pin:
            self.message.setText(self.tr("No operator PIN is set on this kiosk."))
        elif attempt.locked_for_s:
            self._show_locked(attempt.locked_for_s)
        else:
            self.message.setText(self.tr("Wrong PIN. Tries left before a lock: %n", "",
                                         attempt.tries_left))

    def _show_locked(self, seconds: float) -> None:
        self.message.setText(self.tr("Too many wrong tries. Locked for %n second(s).", "",
                                     math.ceil(seconds)))

    def retranslate_ui(self) -> None:
        self.title.setText(self.tr("Operator PIN"))
        self.clear_button.setText(self.tr("Clear"))
        self.ok_button.setText(self.tr("OK"))
        self.cancel_button.setText(self.tr("Cancel"))
