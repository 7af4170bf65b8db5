"""The child process of `kiosk bench`: one measurement, reported as one JSON line on stdout.

    python -m kiosk.tools.bench_probe kiosk SETTINGS_JSON           # kiosk start-up to first paint
    python -m kiosk.tools.bench_probe bare                          # a bare PySide6 window
    python -m kiosk.tools.bench_probe switch SETTINGS_JSON [ROUNDS] # screen switches by tap; RSS

`kiosk` and `bare` report {"painted": time.monotonic()} taken right after the first paint
(CLOCK_MONOTONIC is system-wide on Linux, so the parent subtracts its own time before spawning).
Only the standard library is imported at module level: whatever the kiosk imports is imported
inside the mode that measures it. SETTINGS_JSON is `Settings.from_mapping` input. Diagnostics
go to stderr; stdout carries the one JSON line and nothing else.
"""
from __future__ import annotations

import json
import os
import sys
import time

WIDTH, HEIGHT = 1920, 1080
WATCHDOG_MS = 20_000  # a probe that never paints must fail, not hang the bench


def _report(payload: dict) -> None:
    sys.stdout.write(json.dumps(payload) + "\n")
    sys.stdout.flush()


def _exit_now(code: int) -> None:
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(code)  # the measurement is taken (or failed); tearing Qt down would only cost time


def _fail(message: str) -> None:
    print(f"bench_probe: {message}", file=sys.stderr)
    _exit_now(1)


def _settings(text: str):
    from kiosk.settings import Settings

    return Settings.from_mapping(json.loads(text), source="bench settings")


def _log_like_cli() -> None:
    """`kiosk` (kiosk.cli.main) configures logging before it starts the app; so do we."""
    import logging

    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")


def probe_kiosk(settings_json: str) -> int:
    """Start exactly as `kiosk.app.run` does; report the first paint of the welcome screen."""
    _log_like_cli()
    settings = _settings(settings_json)
    from kiosk.app import application, start
    from kiosk.ui.first_paint import after_first_paint
    from PySide6.QtCore import QTimer

    app = application()
    window = start(app, settings, windowed=True).window
    window.resize(WIDTH, HEIGHT)  # before the event loop runs: the first paint is at this size

    def painted() -> None:
        now = time.monotonic()
        if window.context.content.ready:
            _fail("content was loaded before the first paint was reported; the figure is wrong")
        _report({"painted": now})
        _exit_now(0)

    # The same widget kiosk.app.start watches (a screen covered by opaque children gets no
    # paint event of its own; its title label does). Qt calls the filter installed last first,
    # so ours queues its callback before start()'s "load content": we report before loading.
    after_first_paint(window.welcome.title, painted)
    QTimer.singleShot(WATCHDOG_MS, lambda: _fail("the welcome screen was never painted"))
    app.exec()
    _fail("the event loop ended before the first paint")
    return 1


def probe_bare() -> int:
    """The floor: PySide6 alone, a QMainWindow with 12 plain widgets, shown the same way."""
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import (
        QApplication, QGridLayout, QLabel, QMainWindow, QPushButton, QWidget,
    )

    class FirstPaint(QObject):  # the same mechanism as kiosk.ui.first_paint
        def eventFilter(self, watched, event):  # noqa: N802 (Qt override)
            if event.type() == QEvent.Paint:
                watched.removeEventFilter(self)
                QTimer.singleShot(0, painted)
            return False

    def painted() -> None:
        _report({"painted": time.monotonic()})
        _exit_now(0)

    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    root = QWidget()
    grid = QGridLayout(root)
    widgets = []
    for index in range(12):
        widget = QLabel(f"Label {index}") if index % 2 else QPushButton(f"Button {index}")
        grid.addWidget(widget, index // 4, index % 4)
        widgets.append(widget)
    window.setCentralWidget(root)
    watcher = FirstPaint(root)
    widgets[1].installEventFilter(watcher)  # a child label, as the kiosk watches its title label
    window.resize(WIDTH, HEIGHT)
    window.show()
    QTimer.singleShot(WATCHDOG_MS, lambda: _fail("the bare window was never painted"))
    app.exec()
    _fail("the event loop ended before the first paint")
    return 1


def _current_rss_mb() -> float:
    with open("/proc/self/statm") as statm:
        return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


def probe_switch(settings_json: str, rounds: int = 5) -> int:
    """Tap real buttons through every screen, `rounds` times; time each tap to the new screen painted."""
    _log_like_cli()
    settings = _settings(settings_json)
    from kiosk.app import application, start
    from PySide6.QtCore import QEvent, QObject, Qt
    from PySide6.QtWidgets import QApplication

    before = _current_rss_mb()
    from PySide6.QtTest import QTest  # the kiosk itself never loads QtTest: say what it adds

    qttest_mb = max(0.0, _current_rss_mb() - before)

    from kiosk.ui import navigation as nav
    from kiosk.ui.session import EndReason

    app = application()
    window = start(app, settings, windowed=True).window  # as the kiosk does: content loads after paint
    window.resize(WIDTH, HEIGHT)
    if not QTest.qWaitForWindowExposed(window, 5000):
        _fail("the window was never exposed")
    deadline = time.monotonic() + WATCHDOG_MS / 1000
    while not window.context.content.ready and time.monotonic() < deadline:
        QTest.qWait(10)
    if not window.context.content.ready:
        _fail("no content loaded; see the log above, or run `kiosk content check`")
    QApplication.processEvents()

    class PaintSeen(QObject):
        """Which screens were painted since the last clear(), so a tap cannot pass on a no-op."""

        def __init__(self):
            super().__init__()
            self.painted: set[str] = set()

        def eventFilter(self, watched, event):  # noqa: N802 (Qt override)
            if event.type() == QEvent.Paint:
                self.painted.add(watched.property("bench_screen"))
            return False

    seen = PaintSeen()
    for name, screen in window.screens.items():
        # The screen widget itself is covered by opaque children and gets no paint event;
        # its body (inside the scroll area) does.
        screen.body.setProperty("bench_screen", name)
        screen.body.installEventFilter(seen)

    taps: list[dict] = []

    def tap(label: str, button, location) -> None:
        """Tap like a finger; time it until the new screen is painted; check it is the right one."""
        if button is None or not button.isVisible():
            _fail(f"{label}: no visible button to tap")
        seen.painted.clear()
        start_s = time.perf_counter()
        QTest.mouseClick(button, Qt.LeftButton)
        # An event loop would now lay out what the tap changed, delete the widgets the old
        # screen discarded (deleteLater) and paint. Run the posted events (layout requests and
        # any paint they ask for); delete explicitly, because outside app.exec() Qt never runs
        # deferred deletes by itself (discarded tiles would pile up and inflate peak RSS);
        # then paint the whole window, synchronously.
        QApplication.processEvents()
        QApplication.sendPostedEvents(None, QEvent.DeferredDelete)
        window.repaint()
        elapsed_ms = (time.perf_counter() - start_s) * 1000
        expected = window.screens[location.screen]
        current = window.stack.currentWidget()
        if current is not expected:
            _fail(f"{label}: expected the {location.screen} screen, got {type(current).__name__}")
        if location.key and current.key != location.key:
            _fail(f"{label}: expected {location.screen} {location.key!r}, got {current.key!r}")
        if location.screen not in seen.painted:
            _fail(f"{label}: the {location.screen} screen was not painted")
        taps.append({"tap": label, "ms": round(elapsed_ms, 3)})

    def tile_to(tiles, screen: str):
        for tile in tiles:
            location = tile.property("location")
            if location is not None and location.screen == screen:
                return tile, location
        _fail(f"no tile opens the {screen} screen")

    def language_button(code: str):
        for button in window.welcome.language_buttons():
            if button.property("language") == code:
                return button
        _fail(f"no language button for {code}")

    bar = window.nav_bar
    home = window.screens[nav.HOME]
    topic = window.screens[nav.TOPIC]
    to_home, to_offices = nav.Location(nav.HOME), nav.Location(nav.OFFICES)
    to_emergency, to_welcome = nav.Location(nav.EMERGENCY), nav.Location(nav.WELCOME)
    languages = window.welcome.offered_languages
    for round_index in range(rounds):
        window.context.session.end(EndReason.IDLE)  # a new visitor, as after the idle timeout; not timed
        QApplication.processEvents()
        QApplication.sendPostedEvents(None, QEvent.DeferredDelete)
        window.repaint()
        first = languages[round_index % len(languages)]  # changes the language every other round
        tap(f"welcome>home ({first})", language_button(first), to_home)
        for kind, grid in (("need", home.needs), ("programme", home.programmes), ("intro", home.more)):
            tile, location = tile_to(grid.tiles(), nav.TOPIC)
            tap(f"home>topic ({kind})", tile, location)
            if kind == "need":  # topic to topic through "See also", and back
                related, related_location = tile_to(topic.related.tiles(), nav.TOPIC)
                tap("topic>related topic", related, related_location)
                tap("topic>back", bar.back_button, location)
            tap("topic>back", bar.back_button, to_home)
        tile, _ = tile_to(home.more.tiles(), nav.OFFICES)
        tap("home>offices", tile, to_offices)
        offices = window.screens[nav.OFFICES].grid.tiles()
        if not offices:
            _fail("the offices screen has no office tiles")
        office = offices[round_index % len(offices)]
        tap("offices>office", office, office.property("location"))
        tap("office>back", bar.back_button, to_offices)
        tap("offices>home (bar)", bar.home_button, to_home)
        tap("home>emergency (bar)", bar.emergency_button, to_emergency)
        tap("emergency>language (bar)", bar.language_button, to_welcome)
        other = languages[(round_index + 1) % len(languages)]
        tap(f"welcome>back to emergency ({other})", language_button(other), to_emergency)

    import resource

    peak_rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # ru_maxrss is kB on Linux
    _report({"taps": taps, "peak_rss_mb": round(peak_rss_mb, 1), "qttest_mb": round(qttest_mb, 1)})
    _exit_now(0)
    return 0


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    mode = args[0] if args else ""
    if mode == "kiosk" and len(args) == 2:
        return probe_kiosk(args[1])
    if mode == "bare" and len(args) == 1:
        return probe_bare()
    if mode == "switch" and len(args) in (2, 3):
        return probe_switch(args[1], int(args[2]) if len(args) == 3 else 5)
    print("usage: python -m kiosk.tools.bench_probe "
          "{kiosk SETTINGS_JSON | bare | switch SETTINGS_JSON [ROUNDS]}", file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main())
