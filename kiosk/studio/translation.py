"""The studio's own UI catalogue (`i18n/studio_<lang>.qm`, English in the code), apart from the
kiosk's: staff read the studio in Georgian or English whatever language they are editing."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QTranslator

from kiosk.paths import I18N

SOURCE_LANGUAGE = "en"
STUDIO_LANGUAGES = ("en", "ka")  # the studio's UI languages; a test checks each is complete


def studio_catalogue_path(language: str):
    return I18N / f"studio_{language}.qm"


class StudioTranslator:
    """Installs the studio catalogue (and Qt's own, for standard dialogs) for one language."""

    def __init__(self, app: QCoreApplication):
        self._app = app
        self._installed: list[QTranslator] = []
        self.language = SOURCE_LANGUAGE

    def switch(self, language: str) -> None:
        if language not in STUDIO_LANGUAGES:
            raise ValueError(f"the studio speaks {', '.join(STUDIO_LANGUAGES)}, not {language!r}")
        for translator in self._installed:
            self._app.removeTranslator(translator)
        self._installed = []
        if language != SOURCE_LANGUAGE:
            own = QTranslator(self._app)
            if not own.load(str(studio_catalogue_path(language))):
                raise FileNotFoundError(f"no studio catalogue {studio_catalogue_path(language)}")
            self._installed.append(own)
            qt_base = QTranslator(self._app)
            qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
            if qt_base.load(f"qtbase_{language}", qt_dir):
                self._installed.append(qt_base)
        for translator in self._installed:
            self._app.installTranslator(translator)
        self.language = language
