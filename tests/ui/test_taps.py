"""A tap counts only on the screen it started on: real mouse presses and releases delivered
to the window (QTest sends them through the window, as the display server would, so Qt picks
the widget under the pointer at each event)."""
from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from kiosk.ui import navigation as nav


def centre_in_window(widget) -> QPoint:
    return widget.mapTo(widget.window(), widget.rect().center())


def widget_at(window, point: QPoint):
    return window.childAt(point)


def english_button(window):
    return next(b for b in window.welcome.language_buttons() if b.property("language") == "en")


def test_a_tap_on_one_screen_works(qtbot, window):
    point = centre_in_window(english_button(window))
    QTest.mousePress(window.windowHandle(), Qt.LeftButton, Qt.NoModifier, point)
    QTest.mouseRelease(window.windowHandle(), Qt.LeftButton, Qt.NoModifier, point)
    qtbot.waitUntil(lambda: window.navigator.current.screen == nav.HOME)


def test_a_release_after_the_screen_changed_does_nothing_there(qtbot, window):
    point = centre_in_window(english_button(window))
    QTest.mousePress(window.windowHandle(), Qt.LeftButton, Qt.NoModifier, point)
    window.navigator.go(nav.Location(nav.HOME))  # the screen changes under the finger
    QApplication.processEvents()
    beneath = widget_at(window, point)
    assert beneath is not None and beneath.window() is window
    clicked = []
    for button in window.screens[nav.HOME].findChildren(type(english_button(window)).__mro__[1]):
        button.clicked.connect(lambda _=False, b=button: clicked.append(b))
    QTest.mouseRelease(window.windowHandle(), Qt.LeftButton, Qt.NoModifier, point)
    QApplication.processEvents()
    assert clicked == []
    assert window.navigator.current == nav.Location(nav.HOME)
    assert window.tap_guard.dropped == 1
    # The next whole tap on the new screen works.
    QTest.mousePress(window.windowHandle(), Qt.LeftButton, Qt.NoModifier, point)
    QTest.mouseRelease(window.windowHandle(), Qt.LeftButton, Qt.NoModifier, point)
    qtbot.waitUntil(lambda: window.navigator.current.screen != nav.HOME)


def test_the_touch_that_ends_the_countdown_does_not_open_what_is_beneath(qtbot, make_window):
    window = make_window(idle_timeout_s=60.0)
    window.context.session.set_language("en")
    window.navigator.go(nav.Location(nav.HOME))
    QApplication.processEvents()
    tile = window.screens[nav.HOME].needs.tiles()[0]
    point = centre_in_window(tile)
    window.idle.set_armed(True)
    window.idle._start_countdown()  # the warning is up (as after 60 s without a touch)
    qtbot.waitUntil(window.countdown.isVisible)
    QTest.mousePress(window.windowHandle(), Qt.LeftButton, Qt.NoModifier, point)
    QTest.mouseRelease(window.windowHandle(), Qt.LeftButton, Qt.NoModifier, point)
    QApplication.processEvents()
    assert not window.countdown.isVisible()  # the touch kept the session
    assert window.navigator.current == nav.Location(nav.HOME)  # and opened nothing
