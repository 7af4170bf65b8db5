"""Qt's own translation system for UI strings: our `i18n/kiosk_<lang>.qm` plus Qt's `qtbase_<lang>.qm`."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QTranslator

from kiosk.paths import I18N

SOURCE_LANGUAGE = "en"  # the language of the strings in the code


def load_catalogue(language: str) -> QTranslator | None:
    """The kiosk's own catalogue for a language, or None for the source language."""
    if language == SOURCE_LANGUAGE:
        return None
    translator = QTranslator()
    if not translator.load(str(I18N / f"kiosk_{language}.qm")):
        raise FileNotFoundError(f"no UI catalogue i18n/kiosk_{language}.qm")
    return translator


class UiTranslator:
    """Swaps the installed catalogues; installing sends LanguageChange to every widget.

    The catalogues are the application's, whoever installed them: a switch removes every
    catalogue any UiTranslator installed (tests build many windows in one application, and a
    leftover one must not keep its language in force)."""

    _installed: list[QTranslator] = []  # shared on purpose, see above

    def __init__(self, app: QCoreApplication):
        self._app = app
        self._cache: dict[str, list[QTranslator]] = {}
        self.language = SOURCE_LANGUAGE

    def switch(self, language: str) -> None:
        wanted = self._catalogues(language)
        if UiTranslator._installed == wanted and self.language == language:
            return
        for translator in UiTranslator._installed:
            self._app.removeTranslator(translator)
        UiTranslator._installed = wanted
        for translator in wanted:
            self._app.installTranslator(translator)
        self.language = language

    def _catalogues(self, language: str) -> list[QTranslator]:
        if language not in self._cache:
            catalogues = []
            own = load_catalogue(language)
            if own is not None:
                catalogues.append(own)
            qt_base = QTranslator()
            qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
            if qt_base.load(f"qtbase_{language}", qt_dir):
                catalogues.append(qt_base)
            self._cache[language] = catalogues
        return self._cache[language]
