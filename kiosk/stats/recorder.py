"""Counts usage events per hour on a background thread, so a slow or failing disk never blocks
or crashes the screen: `record()` only queues; failures are logged and the event dropped.

SQLAlchemy and Alembic are imported on the writer thread, not by `record()`, so creating a
recorder costs start-up nothing.
"""
from __future__ import annotations

import logging
import queue
import threading
from datetime import datetime, timezone
from pathlib import Path
from typing import Callable

from kiosk.stats.events import EVENTS, SEARCH

log = logging.getLogger(__name__)

_STOP = object()
MAX_QUEUED = 10_000  # a stuck disk must not grow memory without bound


def hour_of(moment: datetime) -> str:
    return moment.astimezone(timezone.utc).strftime("%Y-%m-%dT%H")


class StatsRecorder:
    """`record(event, key, language)` from any thread; call `start()` once, `close()` at exit."""

    def __init__(self, path: Path, now: Callable[[], datetime] = lambda: datetime.now(timezone.utc)):
        self.path = Path(path)
        self._now = now
        self._queue: queue.Queue = queue.Queue(MAX_QUEUED)
        self._thread: threading.Thread | None = None
        self._engine = None
        self.ready = threading.Event()  # the database is open and migrated

    def record(self, event: str, key: str = "", language: str = "") -> None:
        if event not in EVENTS:
            log.error("unknown usage event %r dropped", event)
            return
        if event == SEARCH:
            key = ""  # what a visitor typed is never stored
        try:
            self._queue.put_nowait((hour_of(self._now()), event, str(key)[:64], str(language)[:8]))
        except queue.Full:
            log.warning("usage figures queue full; event dropped")

    def start(self) -> None:
        if self._thread is None:
            self._thread = threading.Thread(target=self._run, name="usage-stats", daemon=True)
            self._thread.start()

    def flush(self) -> None:
        """Wait until everything recorded so far is written (tests, shutdown)."""
        if self._thread is not None:
            self._queue.join()

    def close(self) -> None:
        if self._thread is not None:
            self._queue.put(_STOP)
            self._thread.join(timeout=5)
            self._thread = None
        if self._engine is not None:
            self._engine.dispose()
            self._engine = None

    def _run(self) -> None:
        try:
            from kiosk.stats.database import open_state_database

            self._engine = open_state_database(self.path)
            self.ready.set()
        except Exception:
            log.exception("usage figures database %s cannot be opened; not counting", self.path)
        while True:
            item = self._queue.get()
            try:
                if item is _STOP:
                    return
                if self._engine is not None:
                    write_counts(self._engine, [item])
            except Exception:
                log.exception("a usage count could not be written; dropped")
            finally:
                self._queue.task_done()


def write_counts(engine, items) -> None:
    """Add one to each (hour, event, key, language) row, creating it when new (an upsert)."""
    from sqlalchemy.dialects.sqlite import insert

    from kiosk.stats.models import HourlyCount

    with engine.begin() as connection:
        for hour, event, key, language in items:
            statement = insert(HourlyCount).values(
                hour=hour, event=event, key=key, language=language, count=1
            )
            connection.execute(statement.on_conflict_do_update(
                index_elements=["hour", "event", "key", "language"],
                set_={"count": HourlyCount.count + 1},
            ))
