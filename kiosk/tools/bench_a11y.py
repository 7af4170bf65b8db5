"""`kiosk bench` figures for accessibility: a text-size or contrast change, tap to repainted.

    text_size_switch_ms  tap on a text-size choice to the whole window repainted in the new
                         size, 95th percentile (nearest rank) over home, a topic and an office
    contrast_switch_ms   the same for the standard / high-contrast choice

`measure_accessibility(settings)` runs the probe in a fresh process (as `kiosk.tools.bench`
does) and returns `(name, value, unit)` rows; `python -m kiosk.tools.bench_a11y SETTINGS_JSON`
is that probe and prints one JSON line.
"""
from __future__ import annotations

import json
import os
import subprocess
import sys
import time

ROUNDS = 4
PROBE_TIMEOUT_S = 60
CLOCK = time.perf_counter  # wall time: what a visitor waits


def measure_accessibility(settings) -> list[tuple[str, float, str]]:
    from kiosk.tools.bench_common import ProbeFailed, parse_probe_output, percentile_nearest_rank, \
        probe_env, settings_json

    command = [sys.executable, "-m", "kiosk.tools.bench_a11y", settings_json(settings)]
    try:
        done = subprocess.run(command, capture_output=True, text=True, env=probe_env(),
                              timeout=PROBE_TIMEOUT_S)
    except subprocess.TimeoutExpired:
        raise ProbeFailed(f"the accessibility probe took over {PROBE_TIMEOUT_S} s") from None
    if done.returncode != 0:
        raise ProbeFailed(f"the accessibility probe exited with {done.returncode}:\n{done.stderr}")
    payload = parse_probe_output(done.stdout)
    rows = []
    for name in ("text_size_switch_ms", "contrast_switch_ms"):
        times = payload.get(name) or []
        if not times:
            raise ProbeFailed(f"the accessibility probe reported {payload!r}")
        rows.append((name, round(percentile_nearest_rank(times, 95), 1), "ms"))
    return rows


def probe(settings_json: str) -> int:
    """Tap the display choices on real screens; time each tap until the window is repainted."""
    from kiosk.settings import Settings

    settings = Settings.from_mapping(json.loads(settings_json), source="bench settings")
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from kiosk.app import application, build_kiosk, load_content
    from kiosk.ui import navigation as nav

    settings.data_dir.mkdir(parents=True, exist_ok=True)
    app = application()
    kiosk = build_kiosk(app, settings)
    window = kiosk.window
    window.resize(1920, 1080)
    window.show()
    QTest.qWaitForWindowExposed(window, 5000)
    load_content(kiosk)
    if not window.context.content.ready:
        print("bench_a11y: no content loaded", file=sys.stderr)
        return 1
    service = window.context.content.service
    window.context.session.set_language(settings.default_language)
    topic = service.topics("need", settings.default_language)[0].id
    office = service.offices(settings.default_language)[0].id
    panel = kiosk.accessibility.panel
    timings = {"text_size_switch_ms": [], "contrast_switch_ms": []}

    def tap(button, name: str) -> None:
        start = CLOCK()
        QTest.mouseClick(button, Qt.LeftButton)
        QApplication.processEvents()  # the restyle and the layout it asks for
        QApplication.sendPostedEvents(None, QEvent.DeferredDelete)
        window.repaint()  # every pixel of the window, now
        timings[name].append(round((CLOCK() - start) * 1000, 3))

    for _round in range(ROUNDS):
        for location in (nav.Location(nav.HOME), nav.Location(nav.TOPIC, topic),
                         nav.Location(nav.OFFICE, office)):
            window.navigator.go(location)
            QApplication.processEvents()
            QTest.mouseClick(window.nav_bar.display_button, Qt.LeftButton)
            QApplication.processEvents()
            for button in panel.size_buttons[1:] + panel.size_buttons[:1]:
                tap(button, "text_size_switch_ms")
            tap(panel.high_contrast_button, "contrast_switch_ms")
            tap(panel.standard_button, "contrast_switch_ms")
    sys.stdout.write(json.dumps(timings) + "\n")
    sys.stdout.flush()
    os._exit(0)  # measured; tearing Qt down would only cost time


if __name__ == "__main__":
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sys.exit(probe(sys.argv[1]))
