"""The first frame a person sees, and the same window a second later, as the X server shows
them (run on the xcb platform under Xvfb or a real X server):

    python -m kiosk.tools.first_frame SETTINGS_JSON FIRST.png LATER.png [DELAY_MS]

The kiosk starts exactly as `kiosk.app.run` starts it (content, accessibility, printing and
usage figures arrive after the first paint). Right after the first paint of the welcome
screen the window's pixels are read back from the display server (`QScreen.grabWindow`, not
a widget render), then again after DELAY_MS (1000). Prints one JSON line:
{"painted": <monotonic s>, "content_ready_later": bool}.
"""
from __future__ import annotations

import json
import sys
import time

WIDTH, HEIGHT = 1280, 720  # a common kiosk panel; the welcome screen has most to lay out here


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if len(args) not in (3, 4):
        print(__doc__, file=sys.stderr)
        return 2
    settings_json, first_path, later_path = args[:3]
    delay_ms = int(args[3]) if len(args) == 4 else 1000
    from PySide6.QtCore import QTimer
    from PySide6.QtGui import QGuiApplication

    from kiosk.app import ServedLeaflets, SlowParts, application, start
    from kiosk.settings import Settings
    from kiosk.ui.first_paint import after_first_paint

    settings = Settings.from_mapping(json.loads(settings_json), source="first_frame settings")
    app = application()
    leaflets = ServedLeaflets()
    kiosk = start(app, settings, windowed=True, parts=SlowParts(leaflet_pdf=leaflets))
    leaflets.content = kiosk.content
    window = kiosk.window
    window.resize(WIDTH, HEIGHT)
    result = {}

    def grab(path: str) -> None:
        image = QGuiApplication.primaryScreen().grabWindow(window.winId()).toImage()
        image.save(path)

    def later() -> None:
        grab(later_path)
        result["content_ready_later"] = window.context.content.ready
        print(json.dumps(result), flush=True)
        kiosk.release()
        app.quit()

    def first() -> None:
        result["painted"] = time.monotonic()
        grab(first_path)
        QTimer.singleShot(delay_ms, later)

    after_first_paint(window.welcome.title, first)
    QTimer.singleShot(20_000, app.quit)  # never hang a test
    app.exec()
    return 0 if "content_ready_later" in result else 1


if __name__ == "__main__":
    sys.exit(main())
