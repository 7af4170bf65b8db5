"""`language_switch_ms` for `kiosk bench`: a tap on a language to every visible string changed.

A visitor reading a topic taps Language, then a language on the welcome screen; the kiosk
takes them back to the topic. The figure is the time from that second tap until the topic is
repainted with every visible label and button in the new language (checked against the
texts the same screen shows once settled in that language, so a tap cannot pass on a
half-translated screen). Runs in a fresh process: `python -m kiosk.tools.bench_languages
SETTINGS_JSON ROUNDS` answers with one JSON line.
"""
from __future__ import annotations

import json
import statistics
import subprocess
import sys
import time

ROUNDS = 3
WIDTH, HEIGHT = 1920, 1080


def visible_texts(window) -> list[str]:
    from PySide6.QtWidgets import QAbstractButton, QLabel

    texts = []
    for widget in window.findChildren(QLabel) + window.findChildren(QAbstractButton):
        if widget.isVisible() and widget.text():
            texts.append(widget.text())
    return sorted(texts)


def probe(settings_json: str, rounds: int) -> dict:
    from kiosk.settings import Settings

    settings = Settings.from_mapping(json.loads(settings_json), source="bench settings")
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from kiosk.app import application, build_kiosk, load_content
    from kiosk.ui import navigation as nav

    app = application()
    kiosk = build_kiosk(app, settings)
    window = kiosk.window
    window.resize(WIDTH, HEIGHT)
    window.show()
    load_content(kiosk)
    if not window.context.content.ready:
        raise SystemExit("no content loaded; run `kiosk content check`")
    languages = window.welcome.offered_languages
    if len(languages) < 2:
        raise SystemExit("fewer than two languages offered: nothing to switch between")
    topic = window.context.content.service.topics("need", languages[0])[0].id

    def settle() -> None:
        QApplication.processEvents()
        QApplication.sendPostedEvents(None, QEvent.DeferredDelete)
        window.repaint()

    def choose(code: str) -> float:
        """From the topic: tap Language, then `code`; ms from the second tap to repainted."""
        QTest.mouseClick(window.nav_bar.language_button, Qt.LeftButton)
        settle()
        button = next(b for b in window.welcome.language_buttons() if b.property("language") == code)
        started = time.perf_counter()
        QTest.mouseClick(button, Qt.LeftButton)
        settle()
        return (time.perf_counter() - started) * 1000

    window.navigator.go(nav.Location(nav.TOPIC, topic))
    settle()
    settled = {}
    for code in languages:  # what each language looks like once settled: the reference
        choose(code)
        for _ in range(3):
            settle()
        settled[code] = visible_texts(window)
    timings = []
    for _ in range(rounds):
        for code in languages[1:] + languages[:1]:
            elapsed = choose(code)
            if window.context.session.language != code or visible_texts(window) != settled[code]:
                raise SystemExit(f"after tapping {code} the screen did not show {code} throughout")
            timings.append({"language": code, "ms": round(elapsed, 3)})
    return {"taps": timings}


def measure(settings_json: str, rounds: int = ROUNDS) -> list[tuple[str, float, str]]:
    """Rows for `kiosk bench`; runs the probe in a fresh process."""
    done = subprocess.run(
        [sys.executable, "-m", "kiosk.tools.bench_languages", settings_json, str(rounds)],
        capture_output=True, text=True, timeout=120,
    )
    if done.returncode != 0:
        raise RuntimeError(f"language switch probe failed:\n{done.stderr[-2000:]}")
    taps = json.loads(done.stdout.strip().splitlines()[-1])["taps"]
    times = [t["ms"] for t in taps]
    slowest = max(taps, key=lambda t: t["ms"])
    print(f"language switch: {len(times)} taps, median {statistics.median(times):.1f} ms, "
          f"slowest {slowest['language']} {slowest['ms']:.1f} ms", file=sys.stderr)
    from kiosk.tools.bench_common import percentile_nearest_rank

    return [("language_switch_ms", percentile_nearest_rank(times, 95), "ms")]


if __name__ == "__main__":
    import os

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    print(json.dumps(probe(sys.argv[1], int(sys.argv[2]))))
