"""A studio store with the bundled pack and a team, and studio windows acting as its members."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from kiosk.paths import CONTENT_PACK

# name -> roles: the team the tests act as
TEAM = {
    "tamar": ("translator:hy",),
    "aram": ("translator:hy",),
    "ani": ("reviewer:hy",),
    "lia": ("translator:hy", "reviewer:hy"),
    "nino": ("editor",),
    "giorgi": ("publisher",),
}


def open_store(url: str):
    from kiosk.authoring.service import StudioService

    system = StudioService.open(url)  # no user: the server's own rights, to set the team up
    for name, roles in TEAM.items():
        system.create_user(name, roles)
    system.import_pack(CONTENT_PACK)
    return system


@pytest.fixture(scope="session")
def studio_template(tmp_path_factory) -> Path:
    """The team and the bundled pack in a SQLite store, made once (an import takes seconds)."""
    path = tmp_path_factory.mktemp("studio") / "template.db"
    open_store(f"sqlite:///{path}").close()
    assert not path.with_name(path.name + "-wal").exists() or \
        path.with_name(path.name + "-wal").stat().st_size == 0
    return path


@pytest.fixture
def studio_url(tmp_path, studio_template) -> str:
    shutil.copyfile(studio_template, tmp_path / "studio.db")
    return f"sqlite:///{tmp_path / 'studio.db'}"


@pytest.fixture
def studio_store(studio_url):
    from kiosk.authoring.service import StudioService

    system = StudioService.open(studio_url)
    yield system
    system.close()


@pytest.fixture
def studio_window(qtbot, studio_store):
    """studio_window(user) -> a shown StudioWindow acting as `user` on the shared store."""
    from kiosk.app import application
    from kiosk.studio.window import StudioWindow

    application()
    windows = []

    def make(user: str, store=None):
        window = StudioWindow((store or studio_store).as_user(user))
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        windows.append(window)
        return window

    yield make
    for window in windows:
        window.editor.reload()  # drop what a test left typed: closing would ask about it
        window.close()


def use(qtbot, window) -> None:
    """Bring a window to the front, as clicking on it would: keys and shortcuts go there."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)


def open_cell(qtbot, window, key: str, language: str) -> None:
    """Click the grid cell of (key, language) and press Enter, as a person would."""
    from PySide6.QtCore import Qt

    use(qtbot, window)
    view = window.grid.view
    index = window.grid.model.index_of(key, language)
    assert index.isValid(), f"{key} / {language} is not in the grid"
    view.scrollTo(index)
    qtbot.mouseClick(view.viewport(), Qt.LeftButton, pos=view.visualRect(index).center())
    assert view.currentIndex() == index
    qtbot.keyClick(view, Qt.Key_Return)
    assert window.editor.key == key and window.editor.language == language


def type_text(widget, text: str) -> None:
    """Key presses carrying each character, as a keyboard with that layout sends them.
    (QTest.keyClicks only knows Latin-1 and aborts on Armenian or Georgian letters.)"""
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    for char in text:
        for kind in (QEvent.KeyPress, QEvent.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, Qt.Key_unknown, Qt.NoModifier, char))


def type_into(qtbot, box, text: str) -> None:
    """Replace a field's text by typing (select all, then the keys)."""
    from PySide6.QtCore import Qt

    box.edit.setFocus()
    qtbot.keyClick(box.edit, Qt.Key_A, Qt.ControlModifier)
    qtbot.keyClick(box.edit, Qt.Key_Delete)
    type_text(box.edit, text)
