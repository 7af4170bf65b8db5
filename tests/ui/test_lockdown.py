"""Lockdown: every key and gesture that could leave or disturb the kiosk does nothing, and an
unhandled error returns to the welcome screen instead of ending the kiosk."""
import pytest
from PySide6.QtCore import QPoint, Qt, QUrl
from PySide6.QtGui import QContextMenuEvent, QDesktopServices, QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QLineEdit, QPushButton

from kiosk.ui import navigation as nav

C, A, N = Qt.ControlModifier, Qt.AltModifier, Qt.NoModifier
KEYS = [
    (Qt.Key_F4, A), (Qt.Key_Tab, A), (Qt.Key_Escape, N), (Qt.Key_Q, C), (Qt.Key_W, C),
    (Qt.Key_P, C), (Qt.Key_O, C), (Qt.Key_S, C), (Qt.Key_F1, N),
]


def still_a_kiosk(window) -> None:
    assert window.isVisible()
    assert window.isFullScreen()
    assert window.windowState() & Qt.WindowFullScreen
    assert window.windowFlags() & Qt.FramelessWindowHint
    assert window.windowFlags() & Qt.WindowStaysOnTopHint
    assert window.current_screen in window.screens.values()
    assert QApplication.activePopupWidget() is None  # no context menu opened


def test_escape_keys_do_nothing(qtbot, started_kiosk):
    kiosk = started_kiosk
    window = kiosk.window
    # Shortcuts that WOULD fire for each key if the lockdown let it through.
    fired = []
    for key, modifier in KEYS:
        sequence = QKeySequence(modifier.value | key.value)
        shortcut = QShortcut(sequence, window, context=Qt.ApplicationShortcut)
        shortcut.activated.connect(lambda s=sequence.toString(): fired.append(s))
    for target in (window, window.welcome, window.nav_bar.emergency_button):
        for key, modifier in KEYS:
            qtbot.keyClick(target, key, modifier)
            still_a_kiosk(window)
    assert fired == []
    assert window.current_screen is window.welcome


def test_right_click_and_long_press_do_nothing_even_in_a_text_field(qtbot, started_kiosk):
    kiosk = started_kiosk
    window = kiosk.window
    qtbot.mouseClick(window.welcome.language_buttons()[1], Qt.LeftButton)  # English, home
    assert window.current_screen is window.screens[nav.HOME]
    field = QLineEdit(window.current_screen.body)  # as a search field would be
    field.show()
    menus = []
    field.customContextMenuRequested.connect(menus.append)
    for widget in (field, window.nav_bar.back_button, window.current_screen.body):
        qtbot.mouseClick(widget, Qt.RightButton)
        qtbot.mouseClick(widget, Qt.MiddleButton)
        qtbot.mouseDClick(widget, Qt.RightButton)
        # A long press on a touch screen arrives as a context-menu request.
        for reason in (QContextMenuEvent.Mouse, QContextMenuEvent.Keyboard, QContextMenuEvent.Other):
            QApplication.sendEvent(widget, QContextMenuEvent(reason, QPoint(5, 5), widget.mapToGlobal(QPoint(5, 5))))
        still_a_kiosk(window)
    field.setContextMenuPolicy(Qt.CustomContextMenu)
    QApplication.sendEvent(field, QContextMenuEvent(QContextMenuEvent.Mouse, QPoint(5, 5), QPoint(5, 5)))
    assert menus == []
    assert window.current_screen is window.screens[nav.HOME]  # right-click on Back did nothing
    field.deleteLater()


def test_links_never_open_another_program(started_kiosk, caplog):
    for url in ("https://www.iom.int", "mailto:someone@example.org", "file:///etc/passwd",
                "tel:112"):
        QDesktopServices.openUrl(QUrl(url))
    assert caplog.text.count("was not opened (kiosk lockdown)") == 4


@pytest.mark.qt_no_exception_capture
def test_unhandled_error_in_a_slot_is_logged_and_returns_to_welcome(qtbot, started_kiosk, caplog):
    kiosk = started_kiosk
    window = kiosk.window
    qtbot.mouseClick(window.welcome.language_buttons()[1], Qt.LeftButton)
    assert window.current_screen is window.screens[nav.HOME]

    def broken_slot():
        raise RuntimeError("a bug in a screen")

    bomb = QPushButton("bomb", window.current_screen.body)
    bomb.clicked.connect(broken_slot)
    bomb.show()
    with qtbot.waitSignal(window.navigator.location_changed):
        qtbot.mouseClick(bomb, Qt.LeftButton)
    assert "unhandled error; back to the welcome screen" in caplog.text
    assert "RuntimeError: a bug in a screen" in caplog.text
    assert window.current_screen is window.welcome
    assert window.context.session.language == "ka"  # the visitor's session was forgotten
    still_a_kiosk(window)
    # and the kiosk goes on working
    qtbot.mouseClick(window.welcome.language_buttons()[1], Qt.LeftButton)
    assert window.current_screen is window.screens[nav.HOME]
    kiosk.usage.recorder.flush()
    assert ("error", "RuntimeError", "", 1) in kiosk.operator.operator_screen.usage.totals()


# Desktop apps for staff (their own `kiosk studio` / `kiosk fleet window` commands): menus and
# dialogs are right there, and the public kiosk never imports them (checked below).
STAFF_PACKAGES = ("studio", "fleet_window")


def _public_kiosk_modules():
    from kiosk.paths import PROJECT_ROOT

    for path in sorted((PROJECT_ROOT / "kiosk").rglob("*.py")):
        parts = path.relative_to(PROJECT_ROOT / "kiosk").parts
        if parts[0] not in STAFF_PACKAGES:
            yield path.relative_to(PROJECT_ROOT), path.read_text(encoding="utf-8")


def test_no_dialog_menu_or_external_program_anywhere_in_the_kiosk():
    """Nothing in the package may open a file, print or message dialog, a menu, or a link."""
    forbidden = ("QFileDialog", "QPrintDialog", "QPageSetupDialog", "QMessageBox", "QInputDialog",
                 "QMenu", "QDesktopServices.openUrl", "setOpenExternalLinks(True)",
                 "QColorDialog", "QFontDialog")
    offenders = [f"{path}: {word}" for path, text in _public_kiosk_modules()
                 for word in forbidden if word in text]
    assert offenders == []


# the commands that open them, and the bench that times the studio's grid in a child process
COMMAND_MODULES = ("kiosk/cli.py", "kiosk/authoring/cli.py", "kiosk/fleet/command.py",
                   "kiosk/tools/bench_studio.py")


def test_the_public_kiosk_never_imports_the_staff_windows():
    """Only the command line opens the studio or the fleet window, each as its own program."""
    offenders = [str(path) for path, text in _public_kiosk_modules()
                 if str(path) not in COMMAND_MODULES
                 and any(f"kiosk.{name}" in text for name in STAFF_PACKAGES)]
    assert offenders == []
