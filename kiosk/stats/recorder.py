"""Counts usage events per hour on a background thread, so a slow or failing disk never blocks
or crashes the screen: `record()` only queues; failures are logged and the event dropped.

The writer uses plain sqlite3; Alembic (and SQLAlchemy) are imported on the writer thread,
and only when the schema needs migrating, so the recorder costs start-up nothing.
"""
from __future__ import annotations

import logging
import queue
import sqlite3
import threading
import time
from datetime import datetime, timezone
from pathlib import Path
from typing import Callable

from kiosk.stats.events import EVENTS, SEARCH

log = logging.getLogger(__name__)

_STOP = object()
MAX_QUEUED = 10_000  # a stuck disk must not grow memory without bound
WRITE_DELAY_S = 0.2


def hour_of(moment: datetime) -> str:
    return moment.astimezone(timezone.utc).strftime("%Y-%m-%dT%H")


class StatsRecorder:
    """`record(event, key, language)` from any thread; call `start()` once, `close()` at exit."""

    def __init__(self, path: Path, now: Callable[[], datetime] = lambda: datetime.now(timezone.utc)):
        self.path = Path(path)
        self._now = now
        self._queue: queue.Queue = queue.Queue(MAX_QUEUED)
        self._thread: threading.Thread | None = None
        self.ready = threading.Event()  # the database is open and migrated
        self.dropped = 0  # events lost to a full queue since the last one that fitted

    def record(self, event: str, key: str = "", language: str = "") -> None:
        if event not in EVENTS:
            log.error("unknown usage event %r dropped", event)
            return
        if event == SEARCH:
            key = ""  # what a visitor typed is never stored
        try:
            self._queue.put_nowait((hour_of(self._now()), event, str(key)[:64], str(language)[:8]))
        except queue.Full:
            if self.dropped == 0:  # one line per stall, not one per tap (the log would fill)
                log.warning("usage figures queue full (the writer is stuck); dropping events")
            self.dropped += 1
            return
        if self.dropped:
            log.warning("usage figures queue moving again; %d event(s) were dropped", self.dropped)
            self.dropped = 0

    def start(self) -> None:
        if self._thread is None:
            self._thread = threading.Thread(target=self._run, name="usage-stats", daemon=True)
            self._thread.start()

    def flush(self) -> None:
        """Wait until everything recorded so far is written (tests, shutdown)."""
        if self._thread is not None:
            self._queue.join()

    def close(self) -> None:
        """Write what is queued, then stop the writer."""
        if self._thread is not None:
            self._queue.put(_STOP)
            self._thread.join(timeout=5)
            self._thread = None

    def _run(self) -> None:
        connection = None
        try:
            from kiosk.stats.database import open_state_connection

            connection = open_state_connection(self.path)
            self.ready.set()
        except Exception:
            log.exception("usage figures database %s cannot be opened; not counting", self.path)
        stopping = False
        while not stopping:
            batch = [self._queue.get()]
            if batch[0] is not _STOP:
                # Let the screen that caused the count finish painting first (sleeping frees
                # the GIL), then write everything that arrived meanwhile in one transaction.
                time.sleep(WRITE_DELAY_S)
            while True:
                try:
                    batch.append(self._queue.get_nowait())
                except queue.Empty:
                    break
            items = [item for item in batch if item is not _STOP]
            stopping = len(items) < len(batch)
            try:
                if connection is not None and items:
                    write_counts(connection, items)
            except Exception:
                log.exception("%d usage count(s) could not be written; dropped", len(items))
            finally:
                for _ in batch:
                    self._queue.task_done()
        if connection is not None:
            connection.close()


UPSERT = (
    "INSERT INTO hourly_counts (hour, event, key, language, count) VALUES (?, ?, ?, ?, 1) "
    "ON CONFLICT (hour, event, key, language) DO UPDATE SET count = count + 1"
)


def write_counts(connection: sqlite3.Connection, items) -> None:
    """Add one to each (hour, event, key, language) row, creating it when new (an upsert),
    all in one transaction."""
    with connection:
        connection.executemany(UPSERT, items)
