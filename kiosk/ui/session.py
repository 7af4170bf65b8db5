"""The current visitor's session: the language they chose, and the one way a visit ends.

A visit ends in several ways (idle time-out, quick exit, crash recovery, PIN pad cancelled,
operator Back); every one calls `end(reason)`. Each part that holds something of the visitor
(history and scroll, text size and contrast, speech, print jobs and quota, search, usage
session) subscribes to `ended` and forgets its own state only, so the order in which the
listeners were connected never matters.

Signals:
    language_changed(str): a new language is in force (catalogues and layout direction set).
    ended(str): the visit is over (an `EndReason`); the language is already the default.
"""
from __future__ import annotations

import enum

from PySide6.QtCore import QLocale, QObject, Qt, Signal
from PySide6.QtWidgets import QApplication

from kiosk.languages import KNOWN_LANGUAGES
from kiosk.ui.locale_format import locale_for
from kiosk.ui.translation import UiTranslator


class EndReason(enum.StrEnum):
    IDLE = "idle"
    QUICK_EXIT = "quick-exit"
    CRASH = "crash"
    PIN_CANCEL = "pin-cancel"
    OPERATOR_BACK = "operator-back"


class VisitorSession(QObject):
    language_changed = Signal(str)
    ended = Signal(str)

    def __init__(self, app: QApplication, default_language: str, parent: QObject | None = None):
        super().__init__(parent)
        self._app = app
        self._translator = UiTranslator(app)
        self.default_language = default_language
        self.language = ""
        self.set_language(default_language)

    def set_language(self, language: str) -> None:
        if language == self.language:
            return
        self._translator.switch(language)
        rtl = KNOWN_LANGUAGES[language].right_to_left
        self._app.setLayoutDirection(Qt.RightToLeft if rtl else Qt.LeftToRight)
        QLocale.setDefault(locale_for(language))  # Qt's own widgets format numbers to match
        self.language = language
        self.language_changed.emit(language)

    def end(self, reason: EndReason) -> None:
        """The visitor has gone: the default language, then every part forgets its share."""
        self.set_language(self.default_language)
        self.ended.emit(str(EndReason(reason)))
