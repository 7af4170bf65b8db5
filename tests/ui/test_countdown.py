"""The idle countdown hides the page, and the touch that keeps the session does nothing else.

Touches and presses go to the window at screen positions, the way the platform delivers them
(Qt decides which widget was touched), not as clicks on a chosen widget.
"""
from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor
from PySide6.QtTest import QTest

from kiosk.ui import navigation as nav
from kiosk.ui.theme import COLOURS
from tests.helpers.taps import language_button, let_go_of_held_buttons, tap

TOUCH_SCREEN = QTest.createTouchDevice()  # registered once with Qt, like a real touch screen


def centre_in_window(window, widget) -> QPoint:
    return widget.mapTo(window, widget.rect().center())


def touch(window, point: QPoint, finger: str) -> None:
    handle = window.windowHandle()
    if finger == "touch":
        QTest.touchEvent(handle, TOUCH_SCREEN).press(0, point).commit()
        QTest.touchEvent(handle, TOUCH_SCREEN).release(0, point).commit()
    else:
        QTest.mousePress(handle, Qt.LeftButton, Qt.NoModifier, point)
        QTest.mouseRelease(handle, Qt.LeftButton, Qt.NoModifier, point)


def open_search_with_text(qtbot, window, text="work"):
    let_go_of_held_buttons(window)
    tap(qtbot, language_button(window, "en"))
    tap(qtbot, window.nav_bar.search_button)
    search = window.screens[nav.SEARCH]
    search.field.setText(text)
    assert search.shown_hits()
    return search


def wait_for_countdown(qtbot, window):
    window.idle.poke()
    with qtbot.waitSignal(window.idle.countdown_started, timeout=3000):
        pass
    assert window.countdown.isVisible()


def test_the_countdown_hides_the_page_search_text_included(qtbot, make_window):
    window = make_window(1280, 800, idle_timeout_s=0.1, countdown_s=30)
    open_search_with_text(qtbot, window, "migration")
    wait_for_countdown(qtbot, window)
    assert not window.stack.isVisible()  # not just covered: hidden
    image = window.grab().toImage()
    overlay = QColor(COLOURS["overlay"])
    panel_rect = window.countdown.layout().itemAt(1).widget().geometry()
    seen = set()
    for x in range(5, image.width(), 37):
        for y in range(5, image.height(), 29):
            if not panel_rect.adjusted(-2, -2, 2, 2).contains(x, y):
                seen.add(image.pixelColor(x, y).name())
    assert seen == {overlay.name()}, "something of the page shows around the countdown panel"


@pytest.mark.parametrize("finger", ["touch", "mouse"])
@pytest.mark.parametrize("where", ["continue button", "quick exit", "search field"])
def test_the_touch_that_keeps_the_session_does_nothing_else(qtbot, make_window, finger, where):
    window = make_window(1280, 800, idle_timeout_s=0.1, countdown_s=30)
    search = open_search_with_text(qtbot, window)
    search.set_scroll_position(40)
    scrolled = search.scroll_position()
    targets = {"continue button": window.countdown.continue_button,
               "quick exit": window.nav_bar.quick_exit_button,
               "search field": search.field}
    wait_for_countdown(qtbot, window)
    window.idle.set_idle_ms(60_000)  # no second countdown while the test looks
    point = centre_in_window(window, targets[where])  # hidden widgets keep their place
    with qtbot.assertNotEmitted(window.navigator.location_changed), \
            qtbot.assertNotEmitted(window.context.session.ended), \
            qtbot.assertNotEmitted(window.nav_bar.quick_exit_tapped), \
            qtbot.waitSignal(window.idle.countdown_cancelled, timeout=1000):
        touch(window, point, finger)
    # The page is back as it was; the touch reached nothing on it.
    assert not window.countdown.isVisible() and window.stack.isVisible()
    assert window.current_screen is search and search.typed == "work"
    assert search.scroll_position() == scrolled
    assert window.context.session.language == "en"
    # The next touch is an ordinary one again.
    if where == "quick exit":
        with qtbot.waitSignal(window.context.session.ended, timeout=1000):
            touch(window, point, finger)
        assert window.current_screen is window.welcome
