"""`kiosk soak`: the real window driven hard and long, from a fixed seed, to find leaks and
rare faults. Each action is one of: a tap on a visible button (a real mouse press and release
delivered to the window), a finger drag on the page, a language change, a display change
(text size, contrast), a print preview (real leaflet, real QtPdf render) and an idle reset.

Prints `name value unit` lines:

    soak_actions           actions performed
    soak_rss_growth_pct    resident memory at the end against after `baseline` actions (5,000
                           by default: by then every cache has been filled once), in percent
    soak_rss_mb            resident memory at the end
    soak_exceptions        Python exceptions raised in Qt callbacks or worker threads

Targets over 50,000 actions: growth <= 2 %, 0 exceptions. Runs offscreen unless
QT_QPA_PLATFORM says otherwise.
"""
from __future__ import annotations

import os
import random
import sys
import tempfile
import threading
import time
from pathlib import Path

ACTIONS = {"tap": 60, "drag": 10, "language": 6, "display": 6, "preview": 8, "idle": 3, "back": 7}


def _rss_mb() -> float:
    with open("/proc/self/statm") as statm:
        return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


class Soak:
    def __init__(self, kiosk, seed: int):
        from PySide6.QtWidgets import QAbstractButton

        self.kiosk = kiosk
        self.window = kiosk.window
        self.random = random.Random(seed)
        self.button_type = QAbstractButton
        self.exceptions = 0
        self.counts = dict.fromkeys(ACTIONS, 0)

    # -- what a finger does --------------------------------------------------------------
    def _press_release(self, point, move_to=None) -> None:
        from PySide6.QtCore import Qt
        from PySide6.QtTest import QTest

        handle = self.window.windowHandle()
        QTest.mousePress(handle, Qt.LeftButton, Qt.NoModifier, point)
        if move_to is not None:
            for step in range(1, 6):
                QTest.mouseMove(handle, point + (move_to - point) * step / 5, 5)
        QTest.mouseRelease(handle, Qt.LeftButton, Qt.NoModifier, move_to or point)

    def _visible_buttons(self):
        window = self.window
        roots = [window.countdown] if window.countdown.isVisible() else [
            window.current_screen, window.nav_bar, self.kiosk.accessibility.panel]
        found = []
        for root in roots:
            if not root.isVisible():
                continue
            for button in root.findChildren(self.button_type):
                if (button.isVisible() and button.isEnabled()
                        and button.property("role") != "quick-exit-never"):
                    shown = button.visibleRegion().boundingRect()
                    if not shown.isEmpty():
                        found.append((button, shown))
        return found

    def tap(self) -> None:
        buttons = self._visible_buttons()
        if buttons:
            button, shown = self.random.choice(buttons)
            self._press_release(button.mapTo(self.window, shown.center()))

    def drag(self) -> None:
        from PySide6.QtCore import QPoint

        area = getattr(self.window.current_screen, "scroll_area", None)
        if area is None or not area.isVisible():
            return
        viewport = area.viewport()
        centre = viewport.mapTo(self.window, viewport.rect().center())
        distance = self.random.choice([-1, 1]) * self.random.randint(40, max(41, viewport.height() // 2))
        self._press_release(centre, centre + QPoint(0, distance))

    def language(self) -> None:
        self.window.context.session.set_language(
            self.random.choice(self.window.welcome.offered_languages))

    def display(self) -> None:
        display = self.kiosk.display
        if self.random.random() < 0.5:
            display.set_text_level(self.random.randrange(3))
        else:
            display.set_high_contrast(not display.high_contrast)

    def preview(self) -> None:
        from kiosk.ui import navigation as nav
        from kiosk.ui.printing_setup import PrintButton

        service = self.window.context.content.service
        language = self.window.context.session.language
        if self.random.random() < 0.5:
            topics = service.topics("need", language)
            location = nav.Location(nav.TOPIC, self.random.choice(topics).id)
        else:
            location = nav.Location(nav.OFFICE, self.random.choice(service.offices(language)).id)
        self.window.navigator.go(location)
        self._settle()
        for button in self.window.current_screen.findChildren(PrintButton):
            if button.isVisible():
                self._press_release(button.mapTo(self.window, button.rect().center()))
                self._wait(lambda: self.window.screens[nav.PREVIEW].mode != "preparing", 5.0)
                break

    def idle(self) -> None:
        self.window.idle.timed_out.emit()

    def back(self) -> None:
        if self.window.nav_bar.back_button.isVisible():
            button = self.window.nav_bar.back_button
            self._press_release(button.mapTo(self.window, button.rect().center()))

    # -- the loop ----------------------------------------------------------------------------
    def _settle(self) -> None:
        from PySide6.QtCore import QEvent
        from PySide6.QtWidgets import QApplication

        QApplication.processEvents()
        QApplication.sendPostedEvents(None, QEvent.DeferredDelete)

    def _wait(self, condition, seconds: float) -> None:
        deadline = time.monotonic() + seconds
        while not condition() and time.monotonic() < deadline:
            self._settle()
            time.sleep(0.002)

    def run(self, actions: int, baseline: int, report=print) -> dict:
        names, weights = zip(*ACTIONS.items())
        previous_hook, previous_thread_hook = sys.excepthook, threading.excepthook

        def count(*args):
            self.exceptions += 1
            previous_hook(*args)

        def count_thread(args):
            self.exceptions += 1
            previous_thread_hook(args)

        sys.excepthook, threading.excepthook = count, count_thread
        rss_base = None
        try:
            for done in range(1, actions + 1):
                name = self.random.choices(names, weights)[0]
                self.counts[name] += 1
                try:
                    getattr(self, name)()
                except Exception:  # noqa: BLE001 (counted; the soak goes on)
                    self.exceptions += 1
                    import traceback

                    traceback.print_exc()
                self._settle()
                if done == baseline:
                    rss_base = _rss_mb()
                if done % 1000 == 0:
                    print(f"soak: {done} actions, {_rss_mb():.1f} MB", file=sys.stderr, flush=True)
        finally:
            sys.excepthook, threading.excepthook = previous_hook, previous_thread_hook
        end = _rss_mb()
        rss_base = rss_base or end
        return {"actions": actions, "rss_growth_pct": (end - rss_base) / rss_base * 100,
                "rss_mb": end, "exceptions": self.exceptions, "counts": dict(self.counts)}


def run_soak(settings, actions: int = 50_000, seed: int = 1, baseline: int = 5_000) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    import dataclasses

    from kiosk.app import ServedLeaflets, SlowParts, application, build_kiosk, load_content

    with tempfile.TemporaryDirectory(prefix="kiosk-soak-") as data_dir:
        settings = dataclasses.replace(settings, data_dir=Path(data_dir), database_url="",
                                       fullscreen=False, idle_timeout_s=3600)
        app = application()
        leaflets = ServedLeaflets()
        kiosk = build_kiosk(app, settings, SlowParts(leaflet_pdf=leaflets))
        leaflets.content = kiosk.content
        load_content(kiosk)
        kiosk.usage.recorder.start()  # as `kiosk.app.start` does: counts reach the disk
        kiosk.window.resize(1920, 1080)
        kiosk.window.show()
        soak = Soak(kiosk, seed)
        result = soak.run(actions, min(baseline, actions))
        kiosk.close()
    print(f"soak_actions {result['actions']} actions")
    print(f"soak_rss_growth_pct {result['rss_growth_pct']:.2f} %")
    print(f"soak_rss_mb {result['rss_mb']:.1f} MB")
    print(f"soak_exceptions {result['exceptions']} exceptions")
    print("soak: " + ", ".join(f"{k} {v}" for k, v in result["counts"].items()), file=sys.stderr)
    return 0 if result["exceptions"] == 0 else 1
