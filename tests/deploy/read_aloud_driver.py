"""Run by the sound test as the kiosk under cage: the kiosk as `kiosk.app.start` builds it,
an English topic page, and a press on its Read aloud button (sent to the button through Qt,
not through cage: the tap test covers input). Exits 0 once the voice has played for
LISTEN_MS with its progress bar advancing (the page takes about a minute to read), 1 with the
states seen if read aloud says it cannot play, 2 if nothing of that happens in 60 s."""
from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest

from kiosk.app import application, start
from kiosk.settings import Settings
from kiosk.ui import navigation as nav
from kiosk.ui import read_aloud as ra

TOPIC = "need-go-home"
LISTEN_MS = 4000


def main() -> int:
    settings = Settings.from_file(Path(os.environ["KIOSK_CONFIG"]))
    app = application()
    kiosk = start(app, settings, windowed=False)
    window = kiosk.window
    states: list[str] = []

    def finish(code: int) -> None:
        print(f"read aloud states: {states}", flush=True)
        app.exit(code)

    def listened() -> None:
        speech = kiosk.speech
        print(f"read aloud progress after {LISTEN_MS} ms: {speech.progress} %", flush=True)
        finish(0 if speech.state == ra.SPEAKING and speech.progress > 0 else 1)

    def on_state(state: str) -> None:
        states.append(state)
        if state == ra.SPEAKING:
            QTimer.singleShot(LISTEN_MS, listened)
        elif state == ra.IDLE and ra.SPEAKING in states:
            finish(0)  # a short page read to its end
        elif state in (ra.NO_SOUND, ra.NO_VOICE, ra.FAILED):
            finish(1)

    def press_read_aloud() -> None:
        if not kiosk.content.ready or kiosk.accessibility is None:
            QTimer.singleShot(100, press_read_aloud)  # content and read aloud come after paint
            return
        window.context.session.set_language("en")
        window.navigator.go(nav.Location(nav.TOPIC, TOPIC))
        kiosk.speech.state_changed.connect(on_state)
        QTest.mouseClick(kiosk.accessibility.controls[nav.TOPIC].button, Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, press_read_aloud)
    QTimer.singleShot(60_000, lambda: finish(2))
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
