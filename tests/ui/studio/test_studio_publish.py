"""Publishing from the window: a required approval that is missing writes no bundle."""
from __future__ import annotations

from PySide6.QtCore import Qt


def test_a_publish_that_fails_its_check_writes_nothing_and_says_why(qtbot, studio_window,
                                                                     tmp_path):
    from kiosk.updates.keys import generate_key_pair

    pair = generate_key_pair(tmp_path / "keys")
    stick = tmp_path / "stick"
    stick.mkdir()
    window = studio_window("giorgi")
    window.publish_action.trigger()
    dialog = window.publish_dialog
    dialog.key_edit.setText(str(pair.private_path))
    dialog.out_edit.setText(str(stick))
    require = dialog.findChild(type(dialog.ship["hy"]), "require-hy")
    require.setFocus()
    qtbot.keyClick(require, Qt.Key_Space)
    assert dialog.request().require_approved == ("hy",)
    qtbot.mouseClick(dialog.publish_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: dialog.error is not None, timeout=60000)
    assert dialog.result is None
    assert list(stick.iterdir()) == []
    assert "no bundle written" in dialog.stage.text()
    assert dialog.publish_button.isEnabled()  # they can change the choice and try again
    dialog.reject()


def test_a_wrong_key_file_writes_nothing(qtbot, studio_window, tmp_path):
    stick = tmp_path / "stick"
    stick.mkdir()
    not_a_key = tmp_path / "notes.txt"
    not_a_key.write_text("not a key", encoding="utf-8")
    window = studio_window("giorgi")
    window.publish_action.trigger()
    dialog = window.publish_dialog
    dialog.key_edit.setText(str(not_a_key))
    dialog.out_edit.setText(str(stick))
    qtbot.mouseClick(dialog.publish_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: dialog.error is not None, timeout=60000)
    assert list(stick.iterdir()) == []
    assert "no bundle written" in dialog.stage.text()
    dialog.reject()
