"""Composition root: `build_kiosk` builds every part of the kiosk once, hands each what it needs,
and returns them as one declared `Kiosk`. Production (`start`), `kiosk screenshots`, the bench
and the test fixtures all build through it; what is slow or external (printer, leaflet
renderer, importer, audio player, clock) comes in as `SlowParts`.
"""
from __future__ import annotations

import gc
import logging
import signal
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

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
from kiosk.ui.lockdown import CrashGuard, Lockdown, install_lockdown, lock_window, remove_lockdown
from kiosk.ui.main_window import KioskWindow
from kiosk.ui.navigation import Navigator
from kiosk.ui.operator.mode import OperatorMode
from kiosk.ui.palette import Palette
from kiosk.ui.screens.base import ScreenContext
from kiosk.ui.session import EndReason, VisitorSession
from kiosk.ui.theme import metrics_for, stylesheet
from kiosk.ui.usage import UsageWiring

if TYPE_CHECKING:  # built after the first paint, imported then
    from kiosk.ui.accessibility import Accessibility
    from kiosk.ui.display import DisplaySettings
    from kiosk.ui.print_queue import PrintQueue
    from kiosk.ui.read_aloud import ReadAloud

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


@dataclass
class SlowParts:
    """What is slow, external or timed, chosen by the caller (production, tools, tests)."""

    leaflet_pdf: Callable[[str, str, str], bytes] | None = None  # None: no printing offered
    print_backend: object | None = None  # CupsCli on the settings' queue when None
    content_importer: Callable | None = None  # the operator screen's update import
    operator_printer: object | None = None  # the operator screen's printer state / test page
    player: object | None = None  # the read-aloud audio player; QtAudioPlayer when None
    voices: object | None = None  # kiosk.speech.voices.Voices; the installed ones when None
    clock: Callable[[], float] = time.monotonic
    idle_tick_ms: int = 1000
    synchronous: bool = False  # operator workers run inline (tests)


@dataclass(eq=False)
class Kiosk:
    """Every part of one kiosk. The parts built after the first paint are None until then."""

    app: QApplication
    settings: Settings
    parts: SlowParts
    window: KioskWindow
    content: ContentSource
    session: VisitorSession
    navigator: Navigator
    idle: IdleMonitor
    usage: UsageWiring
    operator: OperatorMode
    lockdown: Lockdown | None = None
    crash_guard: CrashGuard | None = None
    display: DisplaySettings | None = None
    speech: ReadAloud | None = None
    accessibility: Accessibility | None = None
    print_queue: PrintQueue | None = None
    build_deferred: Callable[[], None] = lambda: None  # see build_kiosk(deferred=True)
    _closed: bool = field(default=False, repr=False)

    def release(self) -> None:
        """What outlives the window (its Qt parts go with it): the exception hooks and the
        usage recorder's thread and file."""
        if self.crash_guard is not None:
            self.crash_guard.uninstall()
        self.usage.recorder.close()  # writes the counts still queued

    def close(self) -> None:
        """Take the kiosk out of the application: filters, hooks, workers, files."""
        if self._closed:
            return
        self._closed = True
        self.release()
        if self.lockdown is not None:
            remove_lockdown(self.app, self.lockdown)
        self.app.removeEventFilter(self.idle)
        self.idle.set_armed(False)
        if self.print_queue is not None:
            self.print_queue.shutdown()
        if self.content.service is not None:
            self.content.service.close()


def build_kiosk(app: QApplication, settings: Settings, parts: SlowParts | None = None, *,
                accessibility: bool = True, locked: bool = False,
                deferred: bool = False) -> Kiosk:
    """Every part, wired. `locked` adds the lockdown and the crash guard (the real kiosk);
    `deferred` leaves every screen but the welcome screen, read aloud, the display choices
    and printing to `kiosk.build_deferred()` (start() calls it after the first paint).
    Content is loaded by `load_content`."""
    parts = parts or SlowParts()
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
        here=settings.position,
        palette=Palette(metrics),
    )
    idle = IdleMonitor(
        idle_ms=round(settings.idle_timeout_s * 1000),
        countdown_ms=round(settings.countdown_s * 1000),
        tick_ms=parts.idle_tick_ms,
    )
    window = KioskWindow(context, idle, settings.offered_languages)
    for part in (context.content, context.session, context.navigator, context.palette, idle):
        part.setParent(window)  # they live and die with the window
    app.installEventFilter(idle)
    idle.timed_out.connect(lambda: context.session.end(EndReason.IDLE))
    recorder = StatsRecorder(settings.stats_path)
    kiosk = Kiosk(
        app=app, settings=settings, parts=parts, window=window, content=context.content,
        session=context.session, navigator=context.navigator, idle=idle,
        usage=UsageWiring(window, recorder, parts.clock),
        operator=_operator_mode(window, settings, parts),
    )
    kiosk.operator.exit_requested.connect(app.exit)
    if locked:
        kiosk.lockdown = install_lockdown(app)
        kiosk.lockdown.setParent(window)  # removed from the application with the window
        kiosk.crash_guard = CrashGuard(lambda: kiosk.session.end(EndReason.CRASH),
                                       lambda name: recorder.record(usage_events.ERROR, name))
        kiosk.crash_guard.install()
    window.destroyed.connect(lambda *_: kiosk.release())
    later = [window.build_screens]  # in this order: the others add to the screens
    if accessibility:
        later.append(lambda: add_accessibility(kiosk))
    if parts.leaflet_pdf is not None:
        later.append(lambda: add_printing(kiosk))

    def build_later() -> None:
        for build in later:
            build()

    if deferred:
        kiosk.build_deferred = build_later  # start() runs it after the first paint
    else:
        build_later()
    return kiosk


def add_accessibility(kiosk: Kiosk) -> None:
    """Read aloud, the display choices (text size, contrast) and quick exit."""
    from kiosk.ui.accessibility import Accessibility
    from kiosk.ui.display import DisplaySettings
    from kiosk.ui.read_aloud import ReadAloud

    window = kiosk.window
    kiosk.display = DisplaySettings(window.context.metrics, window.widgets_on_glass, window,
                                    palette=window.context.palette)
    kiosk.speech = ReadAloud(kiosk.parts.player, voices=kiosk.parts.voices, parent=window)
    kiosk.accessibility = Accessibility(window, kiosk.display, kiosk.speech)


def add_printing(kiosk: Kiosk) -> None:
    """The Print leaflet buttons, the preview and the print queue; every finished job is
    counted (leaflet and language when printed, the fault when not)."""
    from kiosk.printing.cups_cli import CupsCli
    from kiosk.printing.faults import JobState
    from kiosk.ui.navigation import PREVIEW
    from kiosk.ui.printing_setup import install_printing, make_print_queue

    settings, window = kiosk.settings, kiosk.window
    backend = kiosk.parts.print_backend or CupsCli(settings.printer_queue, settings.printer_server)
    kiosk.print_queue = make_print_queue(settings, backend, parent=window)
    install_printing(window, settings, kiosk.parts.leaflet_pdf, kiosk.print_queue)

    def count(leaflet_id: str, language: str, job) -> None:
        if job.state is JobState.DONE:
            kiosk.usage.record(usage_events.LEAFLET_PRINTED, leaflet_id, language)
        else:
            kiosk.usage.record(usage_events.PRINTER_EVENT,
                               job.fault.value if job.fault else job.state.value)

    window.screens[PREVIEW].job_finished.connect(count)


def _operator_mode(window: KioskWindow, settings: Settings, parts: SlowParts) -> OperatorMode:
    """The hidden gesture, PIN pad and operator screen; importer and printer are injected."""
    from kiosk.admin.pin import PinStore

    def make_operator_screen():
        # Imported on first use (five taps and a PIN), not at start-up.
        from kiosk.admin.media import RemovableMedia
        from kiosk.stats.service import UsageFigures
        from kiosk.ui.operator.operator_screen import OperatorScreen

        screen = OperatorScreen(
            window.context, settings,
            media=RemovableMedia(settings.removable_media_roots, settings.bundle_glob),
            usage=UsageFigures(settings.stats_path, settings.kiosk_id, settings.stats_min_count),
            content_importer=parts.content_importer, printer=parts.operator_printer,
            content_date=lambda: content_installed_date(settings),
            synchronous=parts.synchronous,
        )
        screen.content_imported.connect(lambda _result: reload_content(window, settings))
        return screen

    return OperatorMode(window, PinStore(settings.pin_path), make_operator_screen)


def load_content(kiosk: Kiosk) -> None:
    # An imported content bundle serves when it is newer than the pack bundled with the software.
    from kiosk.updates.store import active_pack_dir

    kiosk.content.load(active_pack_dir(kiosk.settings), kiosk.settings.content_database_url)


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
          parts: SlowParts | None = None) -> Kiosk:
    """The kiosk as it runs: locked down; the welcome screen at once; content, read aloud,
    the display choices and printing right after it is first painted."""
    settings.data_dir.mkdir(parents=True, exist_ok=True)
    kiosk = build_kiosk(app, settings, parts, locked=True, deferred=True)
    window = kiosk.window
    # The title label, not the screen: a widget covered by opaque children gets no paint event.
    after_first_paint(window.welcome.title, lambda: after_first_frame(kiosk))
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
    return kiosk


def after_first_frame(kiosk: Kiosk) -> None:
    """What the first frame did not need, in this order: the content (the screens fill from
    it), the other screens and parts, the usage recorder (SQLAlchemy, off the GUI thread),
    then the screens made ready while the kiosk waits for its first visitor."""
    load_content(kiosk)
    kiosk.build_deferred()
    kiosk.usage.recorder.start()
    kiosk.window.prepare_screens()
    # What exists now lives as long as the kiosk. Out of the cyclic collector's sight, a full
    # collection in the middle of a tap walks only what visits make: it took 60-130 ms over
    # the 85,000 objects of a started kiosk, longer than any screen change.
    gc.collect()
    gc.freeze()


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
    kiosk = start(app, settings, windowed, SlowParts(
        leaflet_pdf=leaflets, content_importer=import_update,
        operator_printer=operator_printer(settings, leaflets)))
    leaflets.content = kiosk.content
    window = kiosk.window
    # SIGTERM (systemd stopping the kiosk) and Ctrl+C end the event loop cleanly. Python only
    # sees signals while it runs, so a cheap timer hands it control twice a second. exit(0),
    # not quit(): quit() closes the windows first, and under cage Qt's Wayland plugin then
    # crashed (SIGSEGV in QWaylandWindow::decoration) painting a window already gone.
    for signum in (signal.SIGTERM, signal.SIGINT):
        signal.signal(signum, lambda *_: app.exit(0))
    heartbeat = QTimer(window, interval=500)
    heartbeat.timeout.connect(lambda: None)
    # Under systemd (Type=notify, WatchdogSec=): ready once painted, alive while the event
    # loop turns; a frozen screen stops the pings and systemd restarts the kiosk.
    from kiosk.service_notify import notify

    after_first_paint(window.welcome.title, lambda: notify("READY=1"))
    heartbeat.timeout.connect(lambda: notify("WATCHDOG=1"))
    heartbeat.start()
    code = app.exec()
    kiosk.usage.recorder.close()  # write the counts still queued
    return code
