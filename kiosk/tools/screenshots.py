"""`kiosk screenshots OUTDIR`: every screen, in every offered language, landscape and portrait, to PNG.

Runs without a display (Qt's offscreen platform), so anyone can see the product.
"""
from __future__ import annotations

import os
from pathlib import Path

from kiosk.settings import Settings

SIZES = {"landscape": (1920, 1080), "portrait": (1080, 1920)}


def tour(window) -> list[tuple[str, object]]:
    """(name, location) for one of each screen, chosen from the loaded content."""
    from kiosk.ui import navigation as nav

    service = window.context.content.service
    lang = window.context.session.language
    stops = [("welcome", nav.Location(nav.WELCOME)), ("home", nav.Location(nav.HOME))]
    for kind in ("need", "programme", "intro", "section"):
        cards = [c for c in service.topics(kind, lang) if not c.opens]
        if cards:
            stops.append((f"topic-{cards[0].id}", nav.Location(nav.TOPIC, cards[0].id)))
    stops.append(("offices", nav.Location(nav.OFFICES)))
    offices = service.offices(lang)
    if offices:
        stops.append((f"office-{offices[0].id}", nav.Location(nav.OFFICE, offices[0].id)))
    stops.append(("emergency", nav.Location(nav.EMERGENCY)))
    stops.append(("search", nav.Location(nav.SEARCH)))
    return stops


def render_all(settings: Settings, outdir: Path) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from kiosk.app import application, build_window, load_content

    outdir.mkdir(parents=True, exist_ok=True)
    settings.data_dir.mkdir(parents=True, exist_ok=True)
    app = application()
    window = build_window(app, settings)
    load_content(window, settings)
    if not window.context.content.ready:
        print("kiosk: no content to show; run `kiosk content check`")
        return 1
    written = 0
    for orientation, (width, height) in SIZES.items():
        window.resize(width, height)
        window.show()
        for language in window.welcome.offered_languages:
            window.reset_session()
            window.context.session.set_language(language)
            for name, location in tour(window):
                window.navigator.go(location)
                QApplication.processEvents()
                path = outdir / f"{language}-{orientation}-{name}.png"
                window.grab().save(str(path))
                written += 1
            window.idle.countdown_started.emit(20)  # the idle warning, as a visitor sees it
            QApplication.processEvents()
            window.grab().save(str(outdir / f"{language}-{orientation}-countdown.png"))
            window.countdown.hide()
            written += 1
    print(f"wrote {written} screenshots to {outdir}")
    return 0
