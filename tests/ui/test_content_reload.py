"""A running kiosk switches to newly imported content when its ContentSource reloads."""
from __future__ import annotations

import dataclasses

from PySide6.QtCore import Qt

from kiosk.ui import navigation as nav
from kiosk.ui.widgets.tile import Tile
from kiosk.updates import active_pack_dir, import_bundle
from kiosk.updates.keys import public_base64
from kiosk.updates.writer import write_bundle
from tests.helpers.update_bundles import make_pack


def test_screens_show_the_new_content_after_an_import(qtbot, make_window, settings, signing_keys, tmp_path):
    trusted = (public_base64(signing_keys["primary"].public_key()),)
    window = make_window(database_url="", update_public_keys=trusted)  # its own database in tmp_path
    chosen = dataclasses.replace(settings, database_url="", update_public_keys=trusted)
    english = [b for b in window.welcome.language_buttons() if b.property("language") == "en"][0]
    with qtbot.waitSignal(window.navigator.location_changed):
        qtbot.mouseClick(english, Qt.LeftButton)
    home = window.screens[nav.HOME]
    titles = [t.title_label.text() for t in home.needs.findChildren(Tile)]
    assert "I want to go home" in titles

    pack = make_pack(tmp_path / "new-pack", "2026.12.1.1", "v2")
    bundle = tmp_path / "content.tar.gz"
    write_bundle(pack, "2026.12.1.1", signing_keys["primary"], bundle)
    result = import_bundle(bundle, chosen)
    content = window.context.content
    with qtbot.waitSignal(content.content_changed):
        assert content.reload(result.pack_dir, chosen.content_database_url)
    assert content.service.info.version == "2026.12.1.1"
    assert active_pack_dir(chosen) == result.pack_dir

    # the screen on show re-reads at once, and so does the next one opened
    qtbot.waitUntil(lambda: "v2· I want to go home" in
                    [t.title_label.text() for t in home.needs.findChildren(Tile)])
    go_home = [t for t in home.findChildren(Tile)
               if t.property("location") == nav.Location(nav.TOPIC, "need-go-home")][0]
    with qtbot.waitSignal(window.navigator.location_changed):
        qtbot.mouseClick(go_home, Qt.LeftButton)
    assert window.screens[nav.TOPIC].title.text() == "v2· I want to go home"


def test_a_failed_reload_keeps_the_old_content_serving(qtbot, window, tmp_path):
    content = window.context.content
    service, generation = content.service, content.generation
    with qtbot.assertNotEmitted(content.content_changed):
        assert not content.reload(tmp_path / "no-pack", f"sqlite:///{tmp_path / 'missing.db'}")
    assert content.service is service and content.generation == generation
