"""`kiosk studio --db URL --user NAME` opens the window; a wrong name is one line, no window.
The event loop itself is not run (see kiosk.studio.app.event_loop)."""
from __future__ import annotations


def test_kiosk_studio_opens_the_window_for_a_user(qtbot, monkeypatch, studio_url,
                                                  studio_store):
    from PySide6.QtWidgets import QApplication

    import kiosk.studio.app
    from kiosk.cli import main
    from kiosk.studio.window import StudioWindow

    seen = []

    def look_and_close(_app) -> int:
        windows = [w for w in QApplication.topLevelWidgets()
                   if isinstance(w, StudioWindow) and w.isVisible()]
        seen.extend((w.user.name, w.grid.model.rowCount()) for w in windows)
        for window in windows:
            window.close()
        return 0

    monkeypatch.setattr(kiosk.studio.app, "event_loop", look_and_close)
    assert main(["studio", "--db", studio_url, "--user", "tamar"]) == 0
    assert seen == [("tamar", studio_store.info().items)]


def test_an_unknown_user_gets_one_line_and_no_window(capsys, studio_url, studio_store):
    from kiosk.cli import main

    assert main(["studio", "--db", studio_url, "--user", "nobody"]) == 1
    err = capsys.readouterr().err
    assert err.startswith("kiosk studio: ") and err.count("\n") == 1 and "nobody" in err
