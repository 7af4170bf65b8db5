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


def settle() -> None:
    """Let layouts settle as the running event loop would within a few milliseconds: a new
    text's height travels label -> body -> scroll area over several passes."""
    from PySide6.QtWidgets import QApplication

    for _ in range(5):
        QApplication.processEvents()


def render_all(settings: Settings, outdir: Path) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from kiosk.app import application, build_kiosk, load_content
    from kiosk.ui.session import EndReason

    outdir.mkdir(parents=True, exist_ok=True)
    settings.data_dir.mkdir(parents=True, exist_ok=True)
    app = application()
    kiosk = build_kiosk(app, settings)
    window = kiosk.window
    load_content(kiosk)
    if not window.context.content.ready:
        print("kiosk: no content to show; run `kiosk content check`")
        return 1
    written = 0
    for orientation, (width, height) in SIZES.items():
        window.resize(width, height)
        window.show()
        for language in window.welcome.offered_languages:
            window.context.session.end(EndReason.IDLE)
            window.context.session.set_language(language)
            for name, location in tour(window):
                window.navigator.go(location)
                settle()
                path = outdir / f"{language}-{orientation}-{name}.png"
                window.grab().save(str(path))
                written += 1
            window.idle.countdown_started.emit(20)  # the idle warning, as a visitor sees it
            settle()
            window.grab().save(str(outdir / f"{language}-{orientation}-countdown.png"))
            window.hide_countdown()
            written += 1
    written += render_accessibility_variants(kiosk, outdir)
    print(f"wrote {written} screenshots to {outdir}")
    return 0


def render_accessibility_variants(kiosk, outdir: Path) -> int:
    """Every screen at the largest text size, in high contrast (also at the largest size), and
    laid out right to left (as Arabic and Persian are), to check that nothing is clipped."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from kiosk.ui.session import EndReason
    from kiosk.ui.theme import TEXT_SCALES

    window = kiosk.window
    display = kiosk.display
    largest = len(TEXT_SCALES) - 1
    variants = {
        "largest": (largest, False, False),
        "contrast": (largest, True, False),
        "rtl": (0, False, True),
    }
    written = 0
    for orientation, (width, height) in SIZES.items():
        window.resize(width, height)
        for variant, (level, contrast, rtl) in variants.items():
            for language in window.welcome.offered_languages:
                window.context.session.end(EndReason.IDLE)
                window.context.session.set_language(language)
                display.set_text_level(level)
                display.set_high_contrast(contrast)
                if rtl:
                    QApplication.instance().setLayoutDirection(Qt.RightToLeft)
                for name, location in tour(window):
                    window.navigator.go(location)
                    QApplication.processEvents()
                    window.grab().save(str(outdir / f"{language}-{orientation}-{variant}-{name}.png"))
                    written += 1
                QApplication.instance().setLayoutDirection(Qt.LeftToRight)
    window.context.session.end(EndReason.IDLE)
    return written
