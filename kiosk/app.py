"""Composition root: builds settings, fonts, session, services and screens, and hands each its parts."""
from __future__ import annotations

import logging
import signal
import sys

from PySide6.QtCore import QTimer
from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication
from PySide6.QtWidgets import QApplication

from kiosk.paths import FONTS
from kiosk.settings import Settings
from kiosk.ui.accessibility import Accessibility
from kiosk.ui.content_source import ContentSource
from kiosk.ui.first_paint import after_first_paint
from kiosk.ui.idle import IdleMonitor
from kiosk.ui.main_window import KioskWindow
from kiosk.ui.navigation import Navigator
from kiosk.ui.screens.base import ScreenContext
from kiosk.ui.session import VisitorSession
from kiosk.ui.theme import metrics_for, stylesheet

log = logging.getLogger(__name__)

UI_FONT_FAMILIES = ["Noto Sans", "Noto Sans Georgian"]


def application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv or sys.argv[:1])
    for font_file in sorted(FONTS.glob("*.ttf")):
        if QFontDatabase.addApplicationFont(str(font_file)) < 0:
            log.error("could not load bundled font %s", font_file.name)
    font = QFont()
    font.setFamilies(UI_FONT_FAMILIES)
    app.setFont(font)
    return app


def build_window(app: QApplication, settings: Settings, idle_tick_ms: int = 1000) -> KioskWindow:
    """Everything the kiosk is made of; content is loaded separately (see `load_content`)."""
    screen = QGuiApplication.primaryScreen()
    metrics = metrics_for(settings.screen_dpi, screen.physicalDotsPerInch() if screen else 0)
    app.setStyleSheet(stylesheet(metrics))
    context = ScreenContext(
        content=ContentSource(),
        session=VisitorSession(app, settings.default_language),
        navigator=Navigator(),
        metrics=metrics,
    )
    idle = IdleMonitor(
        idle_ms=round(settings.idle_timeout_s * 1000),
        countdown_ms=round(settings.countdown_s * 1000),
        tick_ms=idle_tick_ms,
    )
    window = KioskWindow(context, idle, settings.offered_languages)
    for part in (context.content, context.session, context.navigator, idle):
        part.setParent(window)  # they live and die with the window
    app.installEventFilter(idle)
    window.accessibility = Accessibility(window)  # read aloud, display, quick exit
    return window


def load_content(window: KioskWindow, settings: Settings) -> None:
    window.context.content.load(settings.content_dir, settings.content_database_url)


def start(app: QApplication, settings: Settings, windowed: bool) -> KioskWindow:
    """Show the welcome screen at once; load content right after it is first painted."""
    settings.data_dir.mkdir(parents=True, exist_ok=True)
    window = build_window(app, settings)
    # The title label, not the screen: a widget covered by opaque children gets no paint event.
    after_first_paint(window.welcome.title, lambda: load_content(window, settings))
    if windowed or not settings.fullscreen:
        window.resize(1280, 800)
        window.show()
    else:
        window.showFullScreen()
    return window


def run(settings: Settings, windowed: bool) -> int:
    app = application()
    window = start(app, settings, windowed)
    # SIGTERM (systemd stopping the kiosk) and Ctrl+C end the event loop cleanly. Python only
    # sees signals while it runs, so a cheap timer hands it control twice a second.
    for signum in (signal.SIGTERM, signal.SIGINT):
        signal.signal(signum, lambda *_: app.quit())
    heartbeat = QTimer(window, interval=500)
    heartbeat.timeout.connect(lambda: None)
    heartbeat.start()
    return app.exec()
