"""A tap counts only on the screen it started on.

A quick second tap, or a finger still down when the screen changes, must not land on
whatever the new screen shows under it. One application-wide event filter remembers which
"view" (a counter bumped by every screen change and by the countdown appearing or going)
each press started on; a release that ends on another view is dropped, so no button of the
new view sees a press-release pair and nothing there is clicked.

It filters the window's QWindow only (what the display server delivers, before Qt routes it
to a widget), not the whole application: an application-wide Python filter is called for
every paint and layout event too, about a thousand per screen change. The idle monitor (an
application filter) sees a press before it and may cancel the countdown on it: that press
belongs to the countdown, so its release is dropped as well (`countdown_cancelled`).
"""
from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

PRESSES = (QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonDblClick, QEvent.Type.TouchBegin)
RELEASES = (QEvent.Type.MouseButtonRelease, QEvent.Type.TouchEnd)


class TapGuard(QObject):
    def __init__(self, window: QWidget):
        super().__init__(window)
        self._window = window
        self.view = 0  # bumped whenever what is under the finger may have changed
        self._pressed_on: int | None = None
        self.dropped = 0  # releases dropped (for tests and the soak)
        self._cancelled_now = False  # the countdown went during the event being delivered
        self._watched = None

    def watch(self) -> None:
        """Filter the window's QWindow (it exists once the window has been shown)."""
        handle = self._window.windowHandle()
        if handle is not None and handle is not self._watched:
            handle.installEventFilter(self)
            self._watched = handle

    def new_view(self, *_args) -> None:
        self.view += 1

    def countdown_cancelled(self) -> None:
        """A touch ended the countdown: if it is the press being delivered, it belongs to
        the countdown. Forgotten once the event loop turns (it was not a press, then)."""
        self.view += 1
        self._cancelled_now = True
        QTimer.singleShot(0, self._forget_cancel)

    def _forget_cancel(self) -> None:
        self._cancelled_now = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        kind = event.type()
        if kind in PRESSES:
            self._pressed_on = self.view - 1 if self._cancelled_now else self.view
            self._cancelled_now = False
        elif kind in RELEASES:
            started, self._pressed_on = self._pressed_on, None
            if started is not None and started != self.view:
                self.dropped += 1
                return True  # the press belonged to a view that is gone
        return False
