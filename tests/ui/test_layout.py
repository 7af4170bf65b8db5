"""Every screen, both orientations, every language, every display choice: targets big enough
and 2 mm apart, no text clipped, every control named for a screen reader."""
from __future__ import annotations

import pytest
from PySide6.QtGui import QAccessible
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QProgressBar, QWidget

from kiosk.content.pack import load_pack
from kiosk.paths import CONTENT_PACK
from kiosk.tools.screenshots import SIZES, tour

MIN_TARGET_MM = 10
PRIMARY_TARGET_MM = 15
PRIMARY_ROLES = {"primary", "emergency", "nav", "language", "tile", "quick-exit", "choice"}
MIN_SPACING_MM = 2
# (text size level, high contrast, right to left): the default, the largest text, the largest
# in high contrast, and the default laid out right to left (as for Arabic and Persian)
DISPLAYS = {"standard": (0, False, False), "largest": (2, False, False),
            "contrast": (2, True, False), "rtl": (0, False, True)}


def visible(widgets):
    return [w for w in widgets if w.isVisible() and w.width() > 0]


def problems_on(window):
    m = window.context.metrics
    found = []
    roots = [window.current_screen, window.nav_bar]
    panel = window.findChild(QWidget, "DisplayPanel")  # text size and contrast, when open
    if panel is not None and panel.isVisible():
        roots.append(panel)
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
    found += spacing_problems(buttons, m.mm(MIN_SPACING_MM))
    controls = buttons + visible([p for root in roots for p in root.findChildren(QProgressBar)])
    for control in controls:
        found += unnamed(control)
    return found


def spacing_problems(buttons, min_gap):
    """Every two interactive elements at least `min_gap` apart (edge to edge, on the window)."""
    found = []
    rects = []
    for b in buttons:  # only the part on the glass: a tile scrolled under the action bar is not
        shown = b.visibleRegion().boundingRect()
        if not shown.isEmpty():
            rects.append((b, shown.translated(b.mapTo(b.window(), shown.topLeft()) - shown.topLeft())))
    for index, (a, ra) in enumerate(rects):
        for b, rb in rects[index + 1:]:
            if a.isAncestorOf(b) or b.isAncestorOf(a):
                continue
            dx = max(rb.left() - ra.right() - 1, ra.left() - rb.right() - 1, 0)
            dy = max(rb.top() - ra.bottom() - 1, ra.top() - rb.bottom() - 1, 0)
            if max(dx, dy) < min_gap - 1:
                found.append(f"{name_of(a)!r} and {name_of(b)!r} only {max(dx, dy)}px apart < {min_gap}px")
    return found


def name_of(widget):
    interface = QAccessible.queryAccessibleInterface(widget)
    return interface.text(QAccessible.Name) if interface else ""


def unnamed(control):
    """A screen reader needs a name for every control, and a description for every button."""
    interface = QAccessible.queryAccessibleInterface(control)
    if interface is None or not interface.text(QAccessible.Name).strip():
        return [f"{type(control).__name__} {control.objectName()!r} has no accessible name"]
    if isinstance(control, QAbstractButton) and not interface.text(QAccessible.Description).strip():
        return [f"button {name_of(control)!r} has no accessible description"]
    return []


# Every language of the pack as it is; Georgian, English and Arabic also at the largest text,
# in high contrast and (Georgian and English) forced right-to-left.
COMBINATIONS = [(lang, "standard") for lang in load_pack(CONTENT_PACK).languages] + [
    (lang, display) for lang in ("ka", "en", "ar") for display in DISPLAYS
    if display != "standard" and not (lang == "ar" and DISPLAYS[display][2])
]


@pytest.mark.parametrize(("language", "display"), COMBINATIONS)
@pytest.mark.parametrize("orientation", SIZES)
def test_every_screen_fits(qtbot, make_kiosk, orientation, language, display, request):
    kiosk = make_kiosk(*SIZES[orientation], idle_timeout_s=60.0)  # no reset mid-tour
    window = kiosk.window
    window.context.session.set_language(language)
    QApplication.processEvents()  # the catalogue's LanguageChange
    level, contrast, rtl = DISPLAYS[display]
    kiosk.accessibility.display.set_text_level(level)
    kiosk.accessibility.display.set_high_contrast(contrast)
    if rtl:
        QApplication.instance().setLayoutDirection(Qt.RightToLeft)
        request.addfinalizer(lambda: QApplication.instance().setLayoutDirection(Qt.LeftToRight))
    all_problems = []
    for name, location in tour(window):
        window.navigator.go(location)
        # Layouts settle over a few event-loop passes (LanguageChange, LayoutRequest): wait
        # for them as a visitor's eye would, then judge what is on screen.
        try:
            qtbot.waitUntil(lambda: not problems_on(window), timeout=1000)
        except (AssertionError, qtbot.TimeoutError):
            pass
        all_problems += [f"{name}: {p}" for p in problems_on(window)]
    kiosk.accessibility.panel.show()  # the display choices, over the last screen
    try:
        qtbot.waitUntil(lambda: not problems_on(window), timeout=1000)
    except (AssertionError, qtbot.TimeoutError):
        pass
    all_problems += [f"display panel: {p}" for p in problems_on(window)]
    kiosk.accessibility.panel.hide()
    window.idle.countdown_started.emit(20)  # the idle warning over the last screen
    try:
        qtbot.waitUntil(lambda: not problems_on(window), timeout=1000)
    except (AssertionError, qtbot.TimeoutError):
        pass
    all_problems += [f"countdown: {p}" for p in problems_on(window)]
    assert all_problems == [], "\n".join(all_problems)
