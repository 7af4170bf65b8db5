"""`kiosk studio [--db URL] [--user NAME]`: open the studio window on an authoring database."""
from __future__ import annotations

import logging
import sys

log = logging.getLogger(__name__)


def open_service(url: str, user: str):
    """The authoring service acting as `user` (raises StudioError with one plain line)."""
    from kiosk.authoring.service import StudioService

    return StudioService(url, user=user)


def run_window(url: str, user: str, language: str = "en", argv: list[str] | None = None) -> int:
    from kiosk.app import application
    from kiosk.authoring.errors import StudioError
    from kiosk.studio.translation import StudioTranslator
    from kiosk.studio.window import StudioWindow

    app = application(argv)
    translator = StudioTranslator(app)
    translator.switch(language)
    try:
        service = open_service(url, user)
    except StudioError as exc:
        print(f"kiosk studio: {exc}", file=sys.stderr)
        return 1
    window = StudioWindow(service, translator)
    window.show()
    return app.exec()
