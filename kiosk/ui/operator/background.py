"""Runs one slow call (an import, a test print) on a worker thread and reports back on the
GUI thread by signals. Tests pass `synchronous=True` to run it inline.

Signals:
    progressed(str): a progress note from the call.
    finished(object): the call returned this.
    failed(str): the call raised; the reason, for staff.
"""
from __future__ import annotations

import logging
import threading
from typing import Callable

from PySide6.QtCore import QObject, Signal

log = logging.getLogger(__name__)


def describe_progress(*args) -> str:
    """A progress callback may report a fraction, a percentage, or words: show any of them."""
    if len(args) == 1 and isinstance(args[0], float) and 0.0 <= args[0] <= 1.0:
        return f"{round(args[0] * 100)} %"
    return " ".join(str(a) for a in args)


class BackgroundCall(QObject):
    progressed = Signal(str)
    finished = Signal(object)
    failed = Signal(str)

    def __init__(self, parent: QObject | None = None, synchronous: bool = False):
        super().__init__(parent)
        self.synchronous = synchronous
        self._thread: threading.Thread | None = None

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def start(self, call: Callable[[Callable[..., None]], object], what: str) -> bool:
        """Run `call(progress)`; False if another call is still running."""
        if self.running:
            return False
        if self.synchronous:
            self._run(call, what)
        else:
            self._thread = threading.Thread(target=self._run, args=(call, what), name=what,
                                            daemon=True)
            self._thread.start()
        return True

    def wait(self, timeout: float = 30) -> None:
        if self._thread is not None:
            self._thread.join(timeout)

    def _run(self, call, what: str) -> None:
        try:
            result = call(lambda *args: self.progressed.emit(describe_progress(*args)))
        except Exception as exc:  # the reason is shown to staff; the kiosk goes on
            log.warning("%s failed: %s", what, exc, exc_info=not _expected(exc))
            self.failed.emit(str(exc) or type(exc).__name__)
            return
        self.finished.emit(result)


def _expected(exc: Exception) -> bool:
    """A rejected bundle is an answer, not a fault: no traceback in the log for it."""
    return type(exc).__name__ in ("BundleRejected", "PrinterUnavailable")
