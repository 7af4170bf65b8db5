"""Blocking work (CUPS calls, PDF rendering) on one worker thread; results on the GUI thread."""
from __future__ import annotations

import logging

from PySide6.QtCore import QObject, Signal


log = logging.getLogger(__name__)


class Background(QObject):
    """Runs callables one at a time off the GUI thread and calls back on the GUI thread.

    Signals:
        _finished(object, object): internal; (callback, value), queued from the worker to
        this object's (the GUI) thread. (QTimer.singleShot(0, self, callable) from the
        worker thread crashed now and then.)
    """

    _finished = Signal(object, object)

    def __init__(self, name: str, parent: QObject | None = None):
        super().__init__(parent)
        self._name = name
        self._pool = None  # made on first use: start-up does not pay for concurrent.futures
        self._finished.connect(self._deliver)

    def run(self, work, on_done, on_error) -> None:
        """`work()` on the worker; then `on_done(result)` or `on_error(exception)` here."""
        if self._pool is None:
            from concurrent.futures import ThreadPoolExecutor

            self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix=self._name)
        self._pool.submit(self._call, work, on_done, on_error)

    def _call(self, work, on_done, on_error) -> None:
        try:
            value, callback = work(), on_done
        except Exception as exc:  # handed to the GUI thread, which decides what to show
            value, callback = exc, on_error
        try:
            self._finished.emit(callback, value)
        except RuntimeError:  # this object was destroyed meanwhile (the app is closing)
            pass

    def _deliver(self, callback, value) -> None:
        callback(value)

    def shutdown(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
