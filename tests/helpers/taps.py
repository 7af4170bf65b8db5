"""Taps the way a finger makes them, and finding what to tap: the one place tests get them."""
from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QPushButton

from kiosk.ui.widgets.tile import Tile


def tap(qtbot, widget) -> None:
    """A press and release on a visible widget (an invisible one cannot be tapped)."""
    assert widget.isVisible(), f"cannot tap an invisible {widget!r}"
    qtbot.mouseClick(widget, Qt.LeftButton)


def language_button(window, code) -> QPushButton:
    [button] = [b for b in window.welcome.language_buttons() if b.property("language") == code]
    return button


def tile_to(screen, location) -> Tile:
    matches = [t for t in screen.findChildren(Tile) if t.property("location") == location]
    assert matches, f"no tile to {location} on {screen}"
    return matches[0]


def let_go_of_held_buttons(window) -> None:
    """A button Qt still believes held (QTest's right double-clicks in other tests leave one)
    would make the next press a chord that no button takes: let go of it, as a real mouse had."""
    for held in (Qt.LeftButton, Qt.RightButton, Qt.MiddleButton):
        if QGuiApplication.mouseButtons() & held:
            QTest.mouseRelease(window.windowHandle(), held, Qt.NoModifier, QPoint(1, 1))
