"""Holds the content service the screens read from, and announces when it is replaced.

The service is created after the first screen is painted, so start-up does not pay for
SQLAlchemy.

Signals:
    content_changed(): a (new) content service is ready; screens re-read.
    content_unavailable(str): there is no content to serve; the reason, for the log.
"""
from __future__ import annotations

import logging

from PySide6.QtCore import QObject, Signal

log = logging.getLogger(__name__)


class ContentSource(QObject):
    content_changed = Signal()
    content_unavailable = Signal(str)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.service = None  # kiosk.content.service.ContentService once loaded
        self.generation = 0  # counts services, so screens know when what they show is stale

    @property
    def ready(self) -> bool:
        return self.service is not None

    def load(self, content_dir, database_url: str) -> None:
        """Bring the database up to date with the pack and open it (imports SQLAlchemy)."""
        from kiosk.content.database import ensure_database
        from kiosk.content.service import ContentService

        try:
            result = ensure_database(content_dir, database_url)
            if not result.serving:
                raise RuntimeError(result.message)
            service = ContentService(database_url)
        except Exception as exc:  # any failure must end on a screen, never a traceback
            log.exception("content could not be loaded")
            self.content_unavailable.emit(str(exc))
            return
        self.set_service(service)

    def reload(self, content_dir, database_url: str) -> bool:
        """Serve newly installed content (after an import or rollback); on failure keep the old.

        Returns whether the new content is now serving.
        """
        from kiosk.content.database import ensure_database
        from kiosk.content.service import ContentService

        try:
            result = ensure_database(content_dir, database_url)
            if not result.serving or result.problems:
                raise RuntimeError(result.message)
            service = ContentService(database_url)
        except Exception:  # the visitor keeps the content already on screen
            log.exception("new content could not be opened; the previous content keeps serving")
            return False
        self.set_service(service)
        return True

    def set_service(self, service) -> None:
        old, self.service = self.service, service
        self.generation += 1
        if old is not None:
            old.close()
        self.content_changed.emit()
