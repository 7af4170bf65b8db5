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
from kiosk.stats import events as usage_events
from kiosk.stats.recorder import StatsRecorder
from kiosk.ui.content_source import ContentSource
from kiosk.ui.first_paint import after_first_paint
from kiosk.ui.idle import IdleMonitor
from kiosk.ui.lockdown import CrashGuard, install_lockdown, lock_window
from kiosk.ui.main_window import KioskWindow
from kiosk.ui.navigation import Navigator
from kiosk.ui.operator.mode import OperatorMode
from kiosk.ui.screens.base import ScreenContext
from kiosk.ui.session import VisitorSession
from kiosk.ui.theme import metrics_for, stylesheet
from kiosk.ui.usage import UsageWiring

log = logging.getLogger(__name__)

# Qt falls back along this list glyph by glyph: Latin, Cyrillic and digits come from Noto Sans,
# each other script from its own Noto face (the script faces have no digits or Latin).
UI_FONT_FAMILIES = ["Noto Sans", "Noto Sans Georgian", "Noto Sans Armenian", "Noto Sans Arabic"]


def application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv or sys.argv[:1])
    for font_file in sorted(FONTS.glob("*.ttf")):
        if QFontDatabase.addApplicationFont(str(font_file)) < 0:
            log.error("could not load bundled font %s", font_file.name)
    font = QFont()
    font.setFamilies(UI_FONT_FAMILIES)
    app.setFont(font)
    return app


def build_window(app: QApplication, settings: Settings, idle_tick_ms: int = 1000,
                 leaflet_pdf=None, accessibility: bool = True) -> KioskWindow:
    """Everything the kiosk is made of; content is loaded separately (see `load_content`).

    `leaflet_pdf(leaflet_id, language, paper) -> bytes` makes a leaflet's PDF; without it
    the kiosk offers no printing (no "Print leaflet" button)."""
    screen = QGuiApplication.primaryScreen()
    metrics = metrics_for(settings.screen_dpi, screen.physicalDotsPerInch() if screen else 0)
    # The accessibility controls' rules too (quick exit's colours and pictogram), from the
    # first frame: the display settings re-apply the same rules after the first paint.
    from kiosk.ui.display import accessibility_stylesheet
    from kiosk.ui.theme import COLOURS

    app.setStyleSheet(stylesheet(metrics) + accessibility_stylesheet(metrics, COLOURS))
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
    if leaflet_pdf is not None:
        from kiosk.ui.printing_setup import install_printing

        install_printing(window, settings, leaflet_pdf)
    if accessibility:
        add_accessibility(window)
    return window


def add_accessibility(window: KioskWindow) -> None:
    from kiosk.ui.accessibility import Accessibility

    window.accessibility = Accessibility(window)  # read aloud, display, quick exit


def load_content(window: KioskWindow, settings: Settings) -> None:
    # An imported content bundle serves when it is newer than the pack bundled with the software.
    from kiosk.updates.store import active_pack_dir

    window.context.content.load(active_pack_dir(settings), settings.content_database_url)


def reload_content(window: KioskWindow, settings: Settings) -> None:
    """After an import: serve the new pack; if it cannot be opened, the old one goes on."""
    from kiosk.updates.store import active_pack_dir

    window.context.content.reload(active_pack_dir(settings), settings.content_database_url)


def import_update(bundle_path, settings: Settings, progress):
    """The operator screen's importer: a signed bundle from a USB stick (see kiosk.updates)."""
    from kiosk.updates import import_bundle

    return import_bundle(bundle_path, settings, progress)


class ServedLeaflets:
    """`leaflet_pdf` for the print preview: the leaflet from the content served right now,
    rendered by ReportLab (loaded on first use). Called on the preview's worker thread."""

    def __init__(self):
        self.content: ContentSource | None = None

    def __call__(self, leaflet_id: str, language: str, paper: str) -> bytes:
        from kiosk.leaflets import collect_leaflet, render_leaflet

        return render_leaflet(collect_leaflet(self.content.service, leaflet_id, language), paper)


def operator_printer(settings: Settings, leaflets: ServedLeaflets):
    from kiosk.printing.cups_cli import CupsCli
    from kiosk.printing.operator_printer import OperatorPrinter

    return OperatorPrinter(CupsCli(settings.printer_queue, settings.printer_server),
                           lambda: leaflets("brief", settings.default_language, settings.paper))


def start(app: QApplication, settings: Settings, windowed: bool,
          content_importer=None, printer=None, leaflet_pdf=None) -> KioskWindow:
    """Show the welcome screen at once; load content (and printing) right after it is first
    painted."""
    settings.data_dir.mkdir(parents=True, exist_ok=True)
    # Read aloud, the display choices and quick exit are built right after the first paint:
    # nobody can tap them sooner, and start-up is shorter by their 20-25 ms.
    window = build_window(app, settings, accessibility=False)
    after_first_paint(window.welcome.title, lambda: add_accessibility(window))
    recorder = add_usage_stats(window, settings)
    if leaflet_pdf is not None:
        after_first_paint(window.welcome.title,
                          lambda: add_printing(window, settings, leaflet_pdf))
    add_lockdown(app, window, recorder)
    add_operator_mode(app, window, settings, content_importer, printer)
    # The title label, not the screen: a widget covered by opaque children gets no paint event.
    after_first_paint(window.welcome.title, lambda: load_content(window, settings))
    after_first_paint(window.welcome.title, recorder.start)  # imports SQLAlchemy off the GUI thread
    lock_window(window, fullscreen=not (windowed or not settings.fullscreen))
    if windowed or not settings.fullscreen:
        window.resize(1280, 800)
        window.show()
    else:
        # Cover the screen even where no window manager honours "full screen" (a bare X
        # server); under cage or a desktop, showFullScreen does it by itself.
        screen = QGuiApplication.primaryScreen()
        if screen is not None:
            window.setGeometry(screen.geometry())
        window.showFullScreen()
    return window


def add_printing(window: KioskWindow, settings: Settings, leaflet_pdf) -> None:
    """The Print leaflet buttons, the preview and the print queue; every finished job is
    counted (leaflet and language when printed, the fault when not)."""
    from kiosk.printing.faults import JobState
    from kiosk.ui.navigation import PREVIEW
    from kiosk.ui.printing_setup import install_printing

    install_printing(window, settings, leaflet_pdf)

    def count(leaflet_id: str, language: str, job) -> None:
        if job.state is JobState.DONE:
            window.usage.record(usage_events.LEAFLET_PRINTED, leaflet_id, language)
        else:
            window.usage.record(usage_events.PRINTER_EVENT,
                                job.fault.value if job.fault else job.state.value)

    window.screens[PREVIEW].job_finished.connect(count)


def add_usage_stats(window: KioskWindow, settings: Settings) -> StatsRecorder:
    """Anonymous counts from the window's signals; `window.usage.record(...)` for other parts."""
    recorder = StatsRecorder(settings.stats_path)
    window.usage = UsageWiring(window, recorder)
    window.destroyed.connect(lambda *_: recorder.close())
    return recorder


def add_lockdown(app: QApplication, window: KioskWindow, recorder: StatsRecorder) -> None:
    """Keys, gestures and links that lead out do nothing; an error returns to welcome."""
    window.lockdown = install_lockdown(app)
    window.lockdown.setParent(window)  # removed from the application with the window
    guard = CrashGuard(window.reset_session, lambda name: recorder.record(usage_events.ERROR, name))
    guard.install()
    window.crash_guard = guard
    window.destroyed.connect(lambda *_: guard.uninstall())


def add_operator_mode(app: QApplication, window: KioskWindow, settings: Settings,
                      content_importer=None, printer=None, synchronous: bool = False) -> OperatorMode:
    """The hidden gesture, PIN pad and operator screen; importer and printer are injected."""

    def make_operator_screen():
        # Imported on first use (five taps and a PIN), not at start-up.
        from kiosk.admin.media import RemovableMedia
        from kiosk.stats.service import UsageFigures
        from kiosk.ui.operator.operator_screen import OperatorScreen

        screen = OperatorScreen(
            window.context, settings,
            media=RemovableMedia(settings.removable_media_roots, settings.bundle_glob),
            usage=UsageFigures(settings.stats_path, settings.kiosk_id, settings.stats_min_count),
            content_importer=content_importer, printer=printer,
            content_date=lambda: content_installed_date(settings), synchronous=synchronous,
        )
        screen.content_imported.connect(lambda _result: reload_content(window, settings))
        return screen

    window.operator = OperatorMode(window, settings.pin_path, make_operator_screen)
    window.operator.exit_requested.connect(app.exit)
    return window.operator


def content_installed_date(settings: Settings) -> str:
    """When the content database was last built or switched (its file's time), for staff."""
    import datetime
    from pathlib import Path

    url = settings.content_database_url
    if not url.startswith("sqlite:///"):
        return ""
    try:
        stamp = Path(url.removeprefix("sqlite:///")).stat().st_mtime
    except OSError:
        return ""
    return datetime.datetime.fromtimestamp(stamp).strftime("%Y-%m-%d %H:%M")


def run(settings: Settings, windowed: bool) -> int:
    from kiosk.logs import configure_logging

    configure_logging(settings.log_path, settings.log_max_kb, settings.log_backups)
    app = application()
    leaflets = ServedLeaflets()
    window = start(app, settings, windowed, content_importer=import_update,
                   printer=operator_printer(settings, leaflets), leaflet_pdf=leaflets)
    leaflets.content = window.context.content
    # SIGTERM (systemd stopping the kiosk) and Ctrl+C end the event loop cleanly. Python only
    # sees signals while it runs, so a cheap timer hands it control twice a second.
    for signum in (signal.SIGTERM, signal.SIGINT):
        signal.signal(signum, lambda *_: app.quit())
    heartbeat = QTimer(window, interval=500)
    heartbeat.timeout.connect(lambda: None)
    # Under systemd (Type=notify, WatchdogSec=): ready once painted, alive while the event
    # loop turns; a frozen screen stops the pings and systemd restarts the kiosk.
    from kiosk.service_notify import notify

    after_first_paint(window.welcome.title, lambda: notify("READY=1"))
    heartbeat.timeout.connect(lambda: notify("WATCHDOG=1"))
    heartbeat.start()
    code = app.exec()
    window.usage.recorder.close()  # write the counts still queued
    return code
