"""The child process of `kiosk bench`: one measurement, reported as one JSON line on stdout.

    python -m kiosk.tools.bench_probe kiosk SETTINGS_JSON   # kiosk start-up to first paint
    python -m kiosk.tools.bench_probe bare                  # a bare PySide6 window, the same way
    python -m kiosk.tools.bench_probe switch SETTINGS_JSON  # screen switches by tap, and peak RSS

`kiosk` and `bare` report {"painted": time.monotonic()} taken right after the first paint
(CLOCK_MONOTONIC is system-wide on Linux, so the parent can subtract its own spawn time).
Only the standard library is imported at module level: whatever the kiosk imports is
imported inside the mode that measures it. Diagnostics go to stderr, never stdout.
"""
from __future__ import annotations

import json
import os
import sys
import time

WIDTH, HEIGHT = 1920, 1080


def _report(payload: dict) -> None:
    sys.stdout.write(json.dumps(payload) + "\n")
    sys.stdout.flush()


def _report_and_exit(payload: dict) -> None:
    _report(payload)
    sys.stderr.flush()
    os._exit(0)  # the measurement is taken; tearing Qt down would only cost time


def _settings(text: str):
    from kiosk.settings import Settings

    return Settings.from_mapping(json.loads(text), source="bench settings")


def _log_like_cli() -> None:
    import logging

    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")


def probe_kiosk(settings_json: str) -> int:
    """Start exactly as `kiosk.app.run` does, but report the first paint instead of loading content."""
    _log_like_cli()
    settings = _settings(settings_json)
    from kiosk.app import application, build_window
    from kiosk.ui.first_paint import after_first_paint

    settings.data_dir.mkdir(parents=True, exist_ok=True)
    app = application()
    window = build_window(app, settings)
    after_first_paint(window.welcome, lambda: _report_and_exit({"painted": time.monotonic()}))
    window.resize(WIDTH, HEIGHT)
    window.show()
    app.exec()
    print("bench_probe: the event loop ended before the first paint", file=sys.stderr)
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
                QTimer.singleShot(0, lambda: _report_and_exit({"painted": time.monotonic()}))
            return False

    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    root = QWidget()
    grid = QGridLayout(root)
    for index in range(12):
        widget = QLabel(f"Label {index}") if index % 2 else QPushButton(f"Button {index}")
        grid.addWidget(widget, index // 4, index % 4)
    window.setCentralWidget(root)
    watcher = FirstPaint(root)
    root.installEventFilter(watcher)
    window.resize(WIDTH, HEIGHT)
    window.show()
    app.exec()
    print("bench_probe: the event loop ended before the first paint", file=sys.stderr)
    return 1


def _percentile_nearest_rank(values: list[float], percent: float) -> float:
    import math

    ordered = sorted(values)
    return ordered[max(0, math.ceil(percent / 100 * len(ordered)) - 1)]


def probe_switch(settings_json: str, rounds: int = 5) -> int:
    """Tap real buttons through every screen, `rounds` times; time each tap to the new screen painted."""
    _log_like_cli()
    settings = _settings(settings_json)
    from kiosk.app import application, build_window, load_content

    from PySide6.QtCore import QEvent, QObject, Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from kiosk.ui import navigation as nav

    settings.data_dir.mkdir(parents=True, exist_ok=True)
    app = application()
    window = build_window(app, settings)
    load_content(window, settings)
    if not window.context.content.ready:
        print("bench_probe: no content loaded; run `kiosk content check`", file=sys.stderr)
        return 1
    window.resize(WIDTH, HEIGHT)
    window.show()
    if not QTest.qWaitForWindowExposed(window, 5000):
        print("bench_probe: the window was never exposed", file=sys.stderr)
        return 1
    QApplication.processEvents()

    class PaintSeen(QObject):
        """Which screens were painted since the last `clear`, so a tap cannot pass on a no-op."""

        def __init__(self):
            super().__init__()
            self.painted: set[str] = set()

        def clear(self):
            self.painted.clear()

        def eventFilter(self, watched, event):  # noqa: N802 (Qt override)
            if event.type() == QEvent.Paint:
                self.painted.add(watched.property("bench_name"))
            return False

    seen = PaintSeen()
    for name, screen in window.screens.items():
        screen.setProperty("bench_name", name)
        screen.installEventFilter(seen)

    taps: list[dict] = []

    def tap(label: str, button, screen: str, key: str | None = None) -> None:
        if button is None or not button.isVisible():
            raise AssertionError(f"{label}: no visible button to tap")
        seen.clear()
        start = time.perf_counter()
        QTest.mouseClick(button, Qt.LeftButton)
        # A real event loop lays out what the tap changed, then paints: run the posted
        # layout requests (and any paint they ask for), then paint the whole window now.
        QApplication.processEvents()
        window.repaint()
        elapsed_ms = (time.perf_counter() - start) * 1000
        current = window.stack.currentWidget()
        expected = window.screens[screen]
        if current is not expected:
            raise AssertionError(f"{label}: expected the {screen} screen, got {current!r}")
        if key is not None and current.key != key:
            raise AssertionError(f"{label}: expected {screen} {key!r}, got {current.key!r}")
        if screen not in seen.painted:
            raise AssertionError(f"{label}: the {screen} screen was not painted")
        taps.append({"tap": label, "ms": round(elapsed_ms, 3)})

    def home_tile(grid, screen: str):
        for tile in grid.tiles():
            location = tile.property("location")
            if location is not None and location.screen == screen:
                return tile, location
        raise AssertionError(f"no home tile opens {screen}")

    def language_button(code: str):
        for button in window.welcome.language_buttons():
            if button.property("language") == code:
                return button
        raise AssertionError(f"no language button for {code}")

    bar = window.nav_bar
    home = window.screens[nav.HOME]
    languages = window.welcome.offered_languages
    for round_index in range(rounds):
        window.reset_session()  # a new visitor (what the idle timeout does); not timed
        QApplication.processEvents()
        first = languages[round_index % len(languages)]
        tap(f"welcome>home ({first})", language_button(first), nav.HOME)
        for kind, grid in (("need", home.needs), ("programme", home.programmes), ("intro", home.more)):
            tile, location = home_tile(grid, nav.TOPIC)
            tap(f"home>topic ({kind})", tile, nav.TOPIC, location.key)
            if kind == "need":  # topic to topic, through a "See also" tile
                page = window.context.content.service.topic_page(location.key, window.context.session.language)
                tiles = window.screens[nav.TOPIC].related.tiles()
                for related, related_tile in zip(page.related, tiles):
                    if related.opens != "offices":
                        tap("topic>related topic", related_tile, nav.TOPIC, related.id)
                        tap("topic>back", bar.back_button, nav.TOPIC, location.key)
                        break
            tap("topic>back", bar.back_button, nav.HOME)
        tile, _ = home_tile(home.more, nav.OFFICES)
        tap("home>offices", tile, nav.OFFICES)
        offices_grid = window.screens[nav.OFFICES].grid.tiles()
        if not offices_grid:
            raise AssertionError("the offices screen has no office tiles")
        office_tile = offices_grid[round_index % len(offices_grid)]
        tap("offices>office", office_tile, nav.OFFICE)
        tap("office>back", bar.back_button, nav.OFFICES)
        tap("offices>home (nav)", bar.home_button, nav.HOME)
        tap("home>emergency (nav)", bar.emergency_button, nav.EMERGENCY)
        tap("emergency>language (nav)", bar.language_button, nav.WELCOME)
        other = languages[(round_index + 1) % len(languages)]
        tap(f"welcome>back to emergency ({other})", language_button(other), nav.EMERGENCY)

    import resource

    peak_rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # kB on Linux
    times = [t["ms"] for t in taps]
    _report({
        "taps": taps,
        "p95_ms": _percentile_nearest_rank(times, 95),
        "peak_rss_mb": peak_rss_mb,
    })
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
    print("usage: python -m kiosk.tools.bench_probe {kiosk SETTINGS_JSON | bare | "
          "switch SETTINGS_JSON [ROUNDS]}", file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main())
