"""Every screen, both orientations, every language of the pack: targets big enough and no
text clipped."""
from __future__ import annotations

import pytest
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel

from kiosk.content.pack import load_pack
from kiosk.paths import CONTENT_PACK
from kiosk.tools.screenshots import SIZES, tour

MIN_TARGET_MM = 10
PRIMARY_TARGET_MM = 15
PRIMARY_ROLES = {"primary", "emergency", "nav", "language", "tile"}


def visible(widgets):
    return [w for w in widgets if w.isVisible() and w.width() > 0]


def problems_on(window):
    m = window.context.metrics
    found = []
    roots = [window.current_screen, window.nav_bar]
    if window.countdown.isVisible():
        roots = [window.countdown]
    buttons = visible([b for root in roots for b in root.findChildren(QAbstractButton)])
    for button in buttons:
        needed = m.mm(PRIMARY_TARGET_MM if button.property("role") in PRIMARY_ROLES else MIN_TARGET_MM)
        if min(button.width(), button.height()) < needed - 1:
            found.append(f"{button.text() or button.accessibleName()!r} {button.size().toTuple()} < {needed}px")
    for label in visible([lab for root in roots for lab in root.findChildren(QLabel)]):
        if not label.text() or label.pixmap() and not label.pixmap().isNull():
            continue
        if label.wordWrap():
            needed = label.heightForWidth(label.width())
            if needed > label.height() + 1:
                found.append(f"label {label.text()[:40]!r} needs {needed}px, has {label.height()}px")
        elif label.sizeHint().width() > label.width() + 1:
            found.append(f"label {label.text()[:40]!r} cut: {label.sizeHint().width()} > {label.width()}")
    for button in buttons:
        if button.text() and button.fontMetrics().horizontalAdvance(button.text()) > button.width():
            found.append(f"button text {button.text()!r} wider than its button")
    return found


@pytest.mark.parametrize("orientation", SIZES)
@pytest.mark.parametrize("language", load_pack(CONTENT_PACK).languages)
def test_every_screen_fits(qtbot, make_window, orientation, language):
    window = make_window(*SIZES[orientation])
    window.context.session.set_language(language)
    QApplication.processEvents()  # the catalogue's LanguageChange
    all_problems = []
    for name, location in tour(window):
        window.navigator.go(location)
        # Layouts settle over a few event-loop passes (LanguageChange, LayoutRequest): wait
        # for them as a visitor's eye would, then judge what is on screen.
        try:
            qtbot.waitUntil(lambda: not problems_on(window), timeout=1000)
        except AssertionError:
            pass
        all_problems += [f"{name}: {p}" for p in problems_on(window)]
    window.idle.countdown_started.emit(20)  # the idle warning over the last screen
    try:
        qtbot.waitUntil(lambda: not problems_on(window), timeout=1000)
    except AssertionError:
        pass
    all_problems += [f"countdown: {p}" for p in problems_on(window)]
    assert all_problems == []
