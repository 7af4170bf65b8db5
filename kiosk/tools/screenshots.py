"""`kiosk screenshots OUTDIR`: every screen, in every offered language, landscape and portrait,
at the default display, the largest text, the largest in high contrast and laid out right to
left, to PNG; and one contact sheet per language (`contact-sheet-<lang>.png`, every screen as
a thumbnail) to review a language at a glance.

Every variant is set the way the live app sets it (the display panel's own calls, the
session's language change), and every screen is saved once it has settled (two identical
frames in a row), so the PNGs show what a person sees. The same layout check as the tests
runs on every shot (`layout-problems.txt`). Qt messages are printed once each, with a count.
Runs without a display (Qt's offscreen platform) unless QT_QPA_PLATFORM says otherwise.
"""
from __future__ import annotations

import os
import sys
import time
from pathlib import Path

from kiosk.settings import Settings

SIZES = {"landscape": (1920, 1080), "portrait": (1080, 1920)}


def settle() -> None:
    """Let layouts settle as the running event loop would within a few milliseconds: a new
    text's height travels label -> body -> scroll area over several passes."""
    from PySide6.QtWidgets import QApplication

    for _ in range(5):
        QApplication.processEvents()


def settled_frame(window, max_passes: int = 12):
    """The window as a person sees it once nothing moves any more: event-loop passes until two
    frames in a row are identical (layouts, restyles and deferred work all done)."""
    from PySide6.QtWidgets import QApplication

    settle()
    frame = window.grab().toImage()
    for _ in range(max_passes):
        QApplication.processEvents()
        again = window.grab().toImage()
        if again == frame:
            return again
        frame = again
    return frame


# (text size level, high contrast, right to left) per variant; set exactly as the display
# panel's buttons set them, and the layout direction as an Arabic session sets it.
VARIANTS = {"": (0, False, False), "largest": (2, False, False),
            "contrast": (2, True, False), "rtl": (0, False, True)}


class WarningsOnce:
    """Qt messages printed once each, with how often they came, instead of once a screen."""

    def __init__(self):
        from collections import Counter

        self.counts = Counter()

    def __call__(self, _mode, _context, message: str) -> None:
        if not self.counts[message]:
            print(f"qt: {message}", file=sys.stderr)
        self.counts[message] += 1

    def summary(self) -> None:
        for message, count in self.counts.items():
            if count > 1:
                print(f"qt: the message above came {count} times: {message[:80]}", file=sys.stderr)


def render_all(settings: Settings, outdir: Path) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt, qInstallMessageHandler
    from PySide6.QtWidgets import QApplication

    from kiosk.app import ServedLeaflets, SlowParts, application, build_kiosk, load_content
    from kiosk.tools.layout_check import problems_on, tour
    from kiosk.ui.session import EndReason

    started = time.monotonic()
    outdir.mkdir(parents=True, exist_ok=True)
    settings.data_dir.mkdir(parents=True, exist_ok=True)
    warnings = WarningsOnce()
    qInstallMessageHandler(warnings)
    app = application()
    leaflets = ServedLeaflets()
    kiosk = build_kiosk(app, settings, SlowParts(leaflet_pdf=leaflets))  # with Print buttons
    window = kiosk.window
    load_content(kiosk)
    leaflets.content = kiosk.content
    if not kiosk.content.ready:
        print("kiosk: no content to show; run `kiosk content check`")
        return 1
    display = kiosk.display
    sheets: dict[str, list] = {}
    problems: list[str] = []
    written = 0
    window.show()
    for orientation, (width, height) in SIZES.items():
        window.resize(width, height)
        for variant, (level, contrast, rtl) in VARIANTS.items():
            for language in window.welcome.offered_languages:
                kiosk.session.end(EndReason.IDLE)  # as between two visitors
                kiosk.session.set_language(language)
                display.set_text_level(level)
                display.set_high_contrast(contrast)
                if rtl:
                    QApplication.instance().setLayoutDirection(Qt.RightToLeft)
                stops = [(name, location) for name, location in tour(window)]
                for name, location in stops + [("countdown", None)]:
                    if location is not None:
                        window.navigator.go(location)
                    else:  # the idle warning over the last screen, as a visitor sees it
                        window.idle.countdown_started.emit(20)
                    frame = settled_frame(window)
                    stem = "-".join(part for part in (language, orientation, variant, name) if part)
                    frame.save(str(outdir / f"{stem}.png"))
                    sheets.setdefault(language, []).append((stem, thumbnail(frame)))
                    problems += [f"{stem}: {p}" for p in problems_on(window)]
                    written += 1
                window.hide_countdown()
                QApplication.instance().setLayoutDirection(Qt.LeftToRight)
    kiosk.session.end(EndReason.IDLE)
    kiosk.close()
    for language, frames in sheets.items():
        contact_sheet(frames).save(str(outdir / f"contact-sheet-{language}.png"))
    (outdir / "layout-problems.txt").write_text("".join(f"{p}\n" for p in problems))
    qInstallMessageHandler(None)
    warnings.summary()
    print(f"wrote {written} screenshots and {len(sheets)} contact sheets to {outdir} in "
          f"{time.monotonic() - started:.0f} s; layout problems: {len(problems)}"
          + (" (see layout-problems.txt)" if problems else ""))
    return 0


THUMB = 300  # the longer side of a contact-sheet thumbnail, px
CAPTION_PX = 14


def thumbnail(frame):
    """The frame scaled for the contact sheet (kept instead of the frame: 800 full frames
    would take gigabytes)."""
    from PySide6.QtCore import Qt

    return frame.scaled(THUMB, THUMB, Qt.KeepAspectRatio, Qt.SmoothTransformation)


def contact_sheet(frames: list):
    """One image per language: every screen as a thumbnail, in rows, with its name under it."""
    from PySide6.QtCore import QRect, Qt
    from PySide6.QtGui import QColor, QFont, QImage, QPainter

    columns = 10
    cell_w, cell_h = THUMB + 12, THUMB + CAPTION_PX * 2 + 12
    rows = (len(frames) + columns - 1) // columns
    sheet = QImage(columns * cell_w, rows * cell_h, QImage.Format_RGB32)
    sheet.fill(QColor("#dde3ea"))
    painter = QPainter(sheet)
    font = QFont("Noto Sans")
    font.setPixelSize(CAPTION_PX)
    painter.setFont(font)
    for index, (stem, frame) in enumerate(frames):
        x, y = (index % columns) * cell_w + 6, (index // columns) * cell_h + 6
        thumb = frame  # already a thumbnail
        painter.drawImage(x + (THUMB - thumb.width()) // 2, y + (THUMB - thumb.height()) // 2, thumb)
        painter.setPen(QColor("#1b2430"))
        painter.drawText(QRect(x, y + THUMB + 2, THUMB, CAPTION_PX * 2), Qt.AlignHCenter | Qt.TextWordWrap,
                         stem.split("-", 1)[1])
    painter.end()
    return sheet
