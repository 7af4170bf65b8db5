"""The one way the UI runs blocking work (CUPS calls, PDF rendering, an update import, a test
print) off the GUI thread: jobs run one at a time on the worker's own thread, and the answer
comes back on the GUI thread, as a signal and to the job's own callbacks.

`synchronous=True` runs each job inline (tests, and the operator screen in tests).

Signals:
    ready(object): a job returned this value.
    failed(object): a job raised this exception (the owner decides what to show and log).
    progress(object): a job reported how far it is (a typed value, e.g. ImportProgress),
        through `report`, from any thread.
"""
from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, Signal

log = logging.getLogger(__name__)


class Worker(QObject):
    ready = Signal(object)
    failed = Signal(object)
    progress = Signal(object)
    # (callback, value, succeeded), queued from the worker thread to this object's thread.
    # (QTimer.singleShot(0, self, callable) from the worker thread crashed now and then.)
    _answer = Signal(object, object, bool)

    def __init__(self, name: str, parent: QObject | None = None, synchronous: bool = False):
        super().__init__(parent)
        self.name = name
        self.synchronous = synchronous
        self._pool = None  # made on first use: start-up does not pay for concurrent.futures
        self._pending = 0
        self._answer.connect(self._deliver)

    @property
    def busy(self) -> bool:
        """A job is queued or running (its answer has not been delivered yet)."""
        return self._pending > 0

    def run(self, work: Callable[[], object], on_ready: Callable[[object], None] | None = None,
            on_failed: Callable[[Exception], None] | None = None) -> None:
        """`work()` on the worker; then `on_ready(value)` or `on_failed(exception)` and the
        matching signal, on the GUI thread."""
        self._pending += 1
        if self.synchronous:
            self._call(work, on_ready, on_failed)
            return
        if self._pool is None:
            from concurrent.futures import ThreadPoolExecutor

            self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix=self.name)
        self._pool.submit(self._call, work, on_ready, on_failed)

    def report(self, value: object) -> None:
        """For the job: how far it is (thread-safe; delivered on the GUI thread)."""
        try:
            self.progress.emit(value)
        except RuntimeError:  # this object was destroyed meanwhile (the app is closing)
            pass

    def _call(self, work, on_ready, on_failed) -> None:
        try:
            value, callback, succeeded = work(), on_ready, True
        except Exception as exc:  # handed to the GUI thread, which decides what to show
            value, callback, succeeded = exc, on_failed, False
        try:
            self._answer.emit(callback, value, succeeded)
        except RuntimeError:  # this object was destroyed meanwhile (the app is closing)
            pass

    def _deliver(self, callback, value, succeeded: bool) -> None:
        self._pending -= 1
        if callback is not None:
            callback(value)
        (self.ready if succeeded else self.failed).emit(value)

    def shutdown(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
