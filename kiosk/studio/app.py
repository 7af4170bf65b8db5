"""`kiosk studio [--db URL] [--user NAME]`: open the studio window on an authoring store.

The studio's own UI language is Georgian when the desktop's locale is Georgian, else English
(`KIOSK_STUDIO_LANGUAGE=ka|en` chooses; the View menu switches at any time)."""
from __future__ import annotations

import logging
import os
import sys

log = logging.getLogger(__name__)

LANGUAGE_ENV = "KIOSK_STUDIO_LANGUAGE"


def ui_language() -> str:
    from PySide6.QtCore import QLocale

    from kiosk.studio.translation import SOURCE_LANGUAGE, STUDIO_LANGUAGES

    chosen = os.environ.get(LANGUAGE_ENV, "") or QLocale.system().name().split("_")[0]
    return chosen if chosen in STUDIO_LANGUAGES else SOURCE_LANGUAGE


def run_window(url: str, user: str | None, argv: list[str] | None = None) -> int:
    logging.getLogger("alembic").setLevel(logging.WARNING)  # no migration chatter on start
    from kiosk.authoring.errors import StudioError
    from kiosk.authoring.service import StudioService

    # The store and the user first: a wrong URL or name is one line, with or without a display.
    try:
        service = StudioService.open(url, user=user)
        if user is not None:
            service.current_user()
    except StudioError as exc:
        print(f"kiosk studio: {exc}", file=sys.stderr)
        return 1
    from kiosk.app import application
    from kiosk.studio.translation import StudioTranslator
    from kiosk.studio.window import StudioWindow

    app = application(argv)
    app.setApplicationName("kiosk-studio")
    translator = StudioTranslator(app)
    translator.switch(ui_language())
    window = StudioWindow(service, translator)
    previous_hook, sys.excepthook = sys.excepthook, one_line_for_staff
    window.show()
    try:
        return event_loop(app)
    finally:
        sys.excepthook = previous_hook
        service.close()


def one_line_for_staff(kind, error, trace) -> None:
    """A fault of ours in a slot: the traceback goes to the log, the person gets one line, and
    the window stays up with everything typed still in it."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QMessageBox

    log.error("unexpected error in the studio window", exc_info=(kind, error, trace))
    QMessageBox.warning(None, QCoreApplication.translate("StudioApp", "Something went wrong"),
                        QCoreApplication.translate(
                            "StudioApp", "%1 (the details are in the log). What you typed is "
                            "still in the window.").replace("%1", str(error) or kind.__name__))


def event_loop(app) -> int:
    """Run the window until it is closed. (A test replaces this and looks at the window: an
    application whose loop has run and quit cannot activate windows any more.)"""
    return app.exec()
