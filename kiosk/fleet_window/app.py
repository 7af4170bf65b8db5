"""`kiosk fleet window [--db URL] [--language LANG]`."""
from __future__ import annotations

import sys


def run_window(url: str, language: str, settings) -> int:
    from PySide6.QtWidgets import QApplication

    from kiosk.fleet.titles import topic_titles
    from kiosk.fleet.service import FleetService
    from kiosk.fleet.words import WORDS
    from kiosk.fleet_window.window import FleetWindow

    if language not in WORDS:
        print(f"kiosk fleet window: no words in {language!r}; choose one of {', '.join(WORDS)}",
              file=sys.stderr)
        return 2
    app = QApplication.instance() or QApplication(sys.argv[:1])
    service = FleetService(url, settings.stats_min_count)
    window = FleetWindow(service, WORDS[language], topic_titles(settings, language))
    window.resize(1280, 860)
    window.show()
    try:
        return app.exec()
    finally:
        service.close()
