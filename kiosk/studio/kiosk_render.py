"""Renders one kiosk screen, with the kiosk's own screen widgets and style sheet, to an image.

The screen is built off-screen at a kiosk's size (1920 × 1080 or 1080 × 1920), filled from a
kiosk `ContentService`, its UI strings from the kiosk's catalogue for the language, and grabbed
whole (the full length a visitor scrolls through). GUI thread only: these are widgets.
"""
from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QImage, QPainter
from PySide6.QtWidgets import QApplication, QVBoxLayout, QWidget

from kiosk.languages import KNOWN_LANGUAGES
from kiosk.ui.content_source import ContentSource
from kiosk.ui.navigation import Navigator
from kiosk.ui.palette import Palette
from kiosk.ui.screens.base import ScreenContext
from kiosk.ui.theme import Metrics, stylesheet
from kiosk.ui.translation import load_catalogue

KIOSK_SIZES = {"landscape": (1920, 1080), "portrait": (1080, 1920)}
KIOSK_DPI = 96.0  # the metrics the kiosk uses when a screen reports no sensible density

TOPIC, OFFICE, EMERGENCY = "topic", "office", "emergency"


class PreviewSession(QObject):
    """What the screens read of a visitor session: the language. Changing the studio's
    preview language must not switch the studio's own catalogue or layout direction."""

    language_changed = Signal(str)
    ended = Signal(str)  # a preview has no visitor whose visit could end: never emitted

    def __init__(self, language: str):
        super().__init__()
        self.language = language


def _screen_class(screen: str):
    from kiosk.ui.screens.emergency import EmergencyScreen
    from kiosk.ui.screens.office import OfficeScreen
    from kiosk.ui.screens.topic import TopicScreen

    return {TOPIC: TopicScreen, OFFICE: OfficeScreen, EMERGENCY: EmergencyScreen}[screen]


def render_kiosk_screen(service, screen: str, key: str, language: str,
                        orientation: str = "landscape") -> QImage:
    """The kiosk's `screen` ("topic", "office" or "emergency") for `key`, as an image."""
    width, height = KIOSK_SIZES[orientation]
    metrics = Metrics(KIOSK_DPI)
    content = ContentSource()
    content.set_service(service)
    context = ScreenContext(content=content, session=PreviewSession(language),
                            navigator=Navigator(), metrics=metrics, palette=Palette(metrics))
    app = QApplication.instance()
    catalogue = load_catalogue(language)
    if catalogue is not None:
        app.installTranslator(catalogue)
    host = QWidget()
    try:
        host.setObjectName("KioskRoot")
        host.setAttribute(Qt.WA_DontShowOnScreen)
        host.setStyleSheet(stylesheet(metrics))
        rtl = KNOWN_LANGUAGES[language].right_to_left
        host.setLayoutDirection(Qt.RightToLeft if rtl else Qt.LeftToRight)
        layout = QVBoxLayout(host)
        layout.setContentsMargins(0, 0, 0, 0)
        page = _screen_class(screen)(context)
        layout.addWidget(page)
        host.resize(width, height)
        host.show()
        page.show_key(key)
        for _ in range(3):  # a wrapped label's height travels up over several passes
            page.settle_layout()
            QApplication.processEvents()
        body = page.body.grab().toImage()  # the whole page, also what lies below the fold
        if body.width() >= width:
            return body
        # A short page stands as a column in the middle of the kiosk's screen: show it so.
        canvas = QImage(width, body.height(), body.format())
        canvas.fill(page.palette().window().color())
        painter = QPainter(canvas)
        painter.drawImage((width - body.width()) // 2, 0, body)
        painter.end()
        return canvas
    finally:
        host.hide()
        host.deleteLater()
        content.service = None  # the caller owns the service; the screen must not close it
        if catalogue is not None:
            app.removeTranslator(catalogue)
