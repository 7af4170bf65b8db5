"""Notices when nobody has touched the kiosk for a while, and counts down to a reset.

Signals:
    countdown_started(int): seconds left when the warning appears.
    countdown_tick(int): seconds left, once a second.
    countdown_cancelled(): someone touched the screen during the countdown.
    timed_out(): the countdown ran out; the session must be forgotten.
"""
from __future__ import annotations

import math

from PySide6.QtCore import QEvent, QObject, QTimer, Signal

ACTIVITY_EVENTS = frozenset({
    QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonRelease, QEvent.Type.TouchBegin,
    QEvent.Type.TouchUpdate, QEvent.Type.KeyPress, QEvent.Type.Wheel,
})
# A touch (or press) that starts during the countdown keeps the session and does nothing else:
# it and the rest of its sequence are swallowed before Qt picks the widget under the finger
# (the application filter sees them on the window first), so nothing beneath acts on it.
_POINTER_BEGIN = frozenset({QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonDblClick,
                            QEvent.Type.TouchBegin})
_OTHER_BEGIN = frozenset({QEvent.Type.KeyPress, QEvent.Type.Wheel})
_POINTER_FOLLOW = frozenset({QEvent.Type.MouseMove, QEvent.Type.MouseButtonRelease,
                             QEvent.Type.MouseButtonDblClick, QEvent.Type.TouchUpdate,
                             QEvent.Type.TouchEnd, QEvent.Type.TouchCancel})
_POINTER_END = frozenset({QEvent.Type.MouseButtonRelease, QEvent.Type.TouchEnd,
                          QEvent.Type.TouchCancel})


class IdleMonitor(QObject):
    countdown_started = Signal(int)
    countdown_tick = Signal(int)
    countdown_cancelled = Signal()
    timed_out = Signal()

    def __init__(self, idle_ms: int, countdown_ms: int, tick_ms: int = 1000,
                 parent: QObject | None = None):
        super().__init__(parent)
        self._countdown_ms = countdown_ms
        self._tick_ms = tick_ms
        self._remaining_ms = 0
        self._armed = False
        self._swallowing = False  # the rest of the touch that ended a countdown
        self._idle_timer = QTimer(self, singleShot=True, interval=idle_ms)
        self._idle_timer.timeout.connect(self._start_countdown)
        self._tick_timer = QTimer(self, interval=tick_ms)
        self._tick_timer.timeout.connect(self._tick)

    @property
    def counting_down(self) -> bool:
        return self._tick_timer.isActive()

    def set_idle_ms(self, idle_ms: int) -> None:
        """A different quiet time before the countdown (from the next touch on)."""
        self._idle_timer.setInterval(idle_ms)
        if self._idle_timer.isActive():
            self._idle_timer.start()

    def set_armed(self, armed: bool) -> None:
        """Only a visitor's session needs watching; the untouched welcome screen does not."""
        self._armed = armed
        if armed:
            self.poke()
        else:
            self._idle_timer.stop()
            self._stop_countdown(announce=True)

    def poke(self) -> None:
        """A touch: cancel any countdown and start the idle time again."""
        if self.counting_down:
            self._stop_countdown(announce=True)
        if self._armed:
            self._idle_timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        kind = event.type()
        if kind in _POINTER_BEGIN or kind in _OTHER_BEGIN:
            if self.counting_down:
                self._swallowing = kind in _POINTER_BEGIN
                self.poke()
                return True
            self._swallowing = False  # a new touch after the countdown: an ordinary one
        elif self._swallowing and kind in _POINTER_FOLLOW:
            if kind in _POINTER_END:
                self._swallowing = False
            return True
        if kind in ACTIVITY_EVENTS:
            self.poke()
        return False

    def _start_countdown(self) -> None:
        self._remaining_ms = self._countdown_ms
        self._tick_timer.start()
        self.countdown_started.emit(self._seconds_left())

    def _tick(self) -> None:
        self._remaining_ms -= self._tick_ms
        if self._remaining_ms <= 0:
            self._stop_countdown(announce=False)
            self.timed_out.emit()
        else:
            self.countdown_tick.emit(self._seconds_left())

    def _seconds_left(self) -> int:
        return math.ceil(self._remaining_ms / 1000)

    def _stop_countdown(self, announce: bool) -> None:
        was_running = self.counting_down
        self._tick_timer.stop()
        if was_running and announce:
            self.countdown_cancelled.emit()
