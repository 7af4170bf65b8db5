"""A tap counts only on the screen it started on.

A quick second tap, or a finger still down when the screen changes, must not land on
whatever the new screen shows under it. One application-wide event filter remembers which
"view" (a counter bumped by every screen change and by the countdown appearing or going)
each press started on; a release that ends on another view is dropped, so no button of the
new view sees a press-release pair and nothing there is clicked.
"""
from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QWidget  # noqa: F401 (the type of `window`)

PRESSES = (QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonDblClick, QEvent.Type.TouchBegin)
RELEASES = (QEvent.Type.MouseButtonRelease, QEvent.Type.TouchEnd)


class TapGuard(QObject):
    def __init__(self, window: QWidget):
        super().__init__(window)
        self._window = window
        self.view = 0  # bumped whenever what is under the finger may have changed
        self._pressed_on: int | None = None
        self.dropped = 0  # releases dropped (for tests and the soak)

    def new_view(self, *_args) -> None:
        self.view += 1

    def _ours(self, watched: QObject) -> bool:
        """The event as the display server delivers it: to our top-level window (Qt then
        routes it to the widget under the finger). Judged there, once per event, before
        anything else (the idle monitor's reaction to the press included) has run."""
        return watched is self._window.windowHandle()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        kind = event.type()
        if kind in PRESSES and self._ours(watched):
            self._pressed_on = self.view
        elif kind in RELEASES and self._ours(watched):
            started, self._pressed_on = self._pressed_on, None
            if started is not None and started != self.view:
                self.dropped += 1
                return True  # the press belonged to a view that is gone
        return False
