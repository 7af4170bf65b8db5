"""The current visitor's session: the language they chose. Reset forgets it.

Signals:
    language_changed(str): a new language is in force (catalogues and layout direction set).
"""
from __future__ import annotations

from PySide6.QtCore import QLocale, QObject, Qt, Signal
from PySide6.QtWidgets import QApplication

from kiosk.languages import KNOWN_LANGUAGES
from kiosk.ui.locale_format import locale_for
from kiosk.ui.translation import UiTranslator


class VisitorSession(QObject):
    language_changed = Signal(str)

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

    def reset(self) -> None:
        self.set_language(self.default_language)
