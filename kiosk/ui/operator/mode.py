"""Operator mode in the kiosk window: the hidden gesture opens the PIN pad, the right PIN opens
the operator screen; Back, idle time-out or an error return to the welcome screen.

Both screens sit in the window's stack outside the visitor's navigation history, so a reset
(`VisitorSession.end`) always takes the kiosk out of operator mode.

Signals:
    exit_requested(int): staff asked to leave for the desktop; the exit code to end with.
"""
from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Callable

from PySide6.QtCore import QEvent, QObject, Qt, Signal

from kiosk.ui import navigation as nav
from kiosk.ui.operator.hot_corner import HotCorner
from kiosk.ui.session import EndReason

if TYPE_CHECKING:  # the screens are imported on first use
    from kiosk.admin.pin import PinStore
    from kiosk.ui.operator.operator_screen import OperatorScreen
    from kiosk.ui.operator.pin_pad import PinPadScreen

log = logging.getLogger(__name__)

# `kiosk` ends with this code when staff exit to the desktop; the systemd unit lists it in
# RestartPreventExitStatus= so it is not restarted (any other exit or crash is).
EXIT_TO_DESKTOP = 64


class OperatorMode(QObject):
    exit_requested = Signal(int)

    def __init__(self, window, pin_store: PinStore,
                 make_operator_screen: Callable[[], OperatorScreen]):
        super().__init__(window)
        self.window = window
        self.pin_store = pin_store
        self._make_operator_screen = make_operator_screen
        self._pin_pad: PinPadScreen | None = None  # both built on first use: start-up
        self._operator_screen: OperatorScreen | None = None  # does not pay for them
        self.hot_corner = HotCorner(window.context.metrics.mm(15), window.centralWidget())
        self.hot_corner.triggered.connect(self.open_pin_pad)
        self._entered = None  # the operator screen shown, until the navigator moves on
        window.navigator.location_changed.connect(self._place_hot_corner)
        # New content makes the window re-show the visitor's screen; staff stay where they are.
        window.context.content.content_changed.connect(self._stay_in_operator_mode)
        window.centralWidget().installEventFilter(self)
        self._place_hot_corner()

    @property
    def pin_pad(self) -> PinPadScreen:
        if self._pin_pad is None:
            from kiosk.ui.operator.pin_pad import PinPadScreen

            self._pin_pad = PinPadScreen(self.window.context, self.pin_store)
            self.window.stack.addWidget(self._pin_pad)
            self._pin_pad.accepted.connect(self.open_operator_screen)
            self._pin_pad.cancelled.connect(lambda: self._end(EndReason.PIN_CANCEL))
        return self._pin_pad

    @property
    def operator_screen(self) -> OperatorScreen:
        if self._operator_screen is None:
            self._operator_screen = self._make_operator_screen()
            self.window.stack.addWidget(self._operator_screen)
            self._operator_screen.back_requested.connect(
                lambda: self._end(EndReason.OPERATOR_BACK))
            self._operator_screen.exit_requested.connect(self._exit)
        return self._operator_screen

    @property
    def active(self) -> bool:
        current = self.window.current_screen
        return current is not None and current in (self._pin_pad, self._operator_screen)

    def _stay_in_operator_mode(self) -> None:
        if self._entered is not None and not self.active:
            self._enter(self._entered)

    def _place_hot_corner(self, location=None) -> None:
        """Only on the untouched welcome screen, where the corner holds no button, and on the
        out-of-service screen (staff must be able to bring in new content there)."""
        if location is not None:
            self._entered = None  # the navigator moved (reset, time-out): operator mode is over
        navigator = self.window.navigator
        fresh = (navigator.current.screen == nav.WELCOME and not navigator.can_go_back) \
            or navigator.current.screen == nav.UNAVAILABLE
        # The reading-start corner, where Back lives (hidden there): top-left, or top-right
        # when the kiosk's first language is written right to left. Never over Emergency.
        central = self.window.centralWidget()
        rtl = central.layoutDirection() == Qt.RightToLeft
        self.hot_corner.move(central.width() - self.hot_corner.width() if rtl else 0, 0)
        self.hot_corner.setVisible(fresh and not self.active)
        self.hot_corner.raise_()

    def open_pin_pad(self) -> None:
        if not self.pin_store.is_set:
            log.warning("operator gesture seen, but no PIN is set: run `kiosk admin set-pin`")
            return
        log.info("operator PIN pad opened")
        self._enter(self.pin_pad)
        self.pin_pad.start()

    def open_operator_screen(self) -> None:
        log.info("operator mode entered")
        self._enter(self.operator_screen)
        self.operator_screen.refresh()

    def _enter(self, screen) -> None:
        window = self.window
        window.hide_countdown()
        window.stack.setCurrentWidget(screen)
        self._entered = screen
        window.nav_bar.hide()
        self.hot_corner.hide()
        window.idle.set_armed(True)  # staff who walk away are timed out like visitors

    def _end(self, reason: EndReason) -> None:
        self.window.context.session.end(reason)

    def _exit(self) -> None:
        log.info("operator: exit to the desktop")
        self.exit_requested.emit(EXIT_TO_DESKTOP)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt override)
        if event.type() in (QEvent.Type.Resize, QEvent.Type.LayoutDirectionChange):
            self._place_hot_corner()
        return False
