"""The preview is the kiosk's own screen and the real leaflet; the studio speaks Georgian."""
from __future__ import annotations

from PySide6.QtCore import Qt

from tests.ui.studio.conftest import open_cell


def test_preview_shows_the_kiosk_screen_in_both_orientations_and_the_leaflet(qtbot,
                                                                              studio_window):
    window = studio_window("nino")
    open_cell(qtbot, window, "topic:need-go-home", "hy")
    qtbot.mouseClick(window.editor.preview_button, Qt.LeftButton)
    preview = window.preview
    assert window.tabs.currentWidget() is preview
    assert preview.language == "hy"
    qtbot.waitUntil(lambda: preview.screen_image.image() is not None, timeout=30000)
    assert preview.screen_image.image().width() == 1920
    qtbot.waitUntil(lambda: preview.leaflet_layout.count() > 1, timeout=30000)
    assert preview.leaflet_pdf.startswith(b"%PDF")
    preview.orientation_box.setCurrentIndex(1)
    qtbot.waitUntil(lambda: preview.screen_image.image().width() == 1080, timeout=30000)


def test_the_preview_uses_the_kiosk_screens_own_widgets(qtbot, studio_store):
    """The office screen with no contact details says so, as on a kiosk."""
    import tempfile
    from pathlib import Path

    from kiosk.app import application
    from kiosk.studio.kiosk_render import render_kiosk_screen
    from kiosk.studio.preview_content import PreviewContent

    application()
    with tempfile.TemporaryDirectory() as scratch:
        service = PreviewContent(studio_store.export_pack, Path(scratch)).build()
        try:
            image = render_kiosk_screen(service, "office", "batumi", "ka", "portrait")
        finally:
            service.close()
    assert image.width() == 1080 and image.height() >= 600
    # not a blank page: the kiosk's background and text colours both occur
    # (a short page stands centred on the kiosk's screen, so look at all of it)
    colours = {image.pixel(x, y) for x in range(0, 1080, 7) for y in range(0, image.height(), 7)}
    assert len(colours) > 3


def test_the_studio_speaks_georgian_and_english(qtbot, studio_store):
    from kiosk.app import application
    from kiosk.studio.translation import StudioTranslator
    from kiosk.studio.window import StudioWindow

    app = application()
    translator = StudioTranslator(app)
    window = StudioWindow(studio_store.as_user("nino"), translator)
    qtbot.addWidget(window)
    english = window.windowTitle()
    try:
        window.language_actions["ka"].trigger()
        qtbot.waitUntil(lambda: window.windowTitle() != english)  # LanguageChange is posted
        assert any("\u10d0" <= ch <= "\u10ff" for ch in window.windowTitle())  # Georgian script
        assert any("\u10d0" <= ch <= "\u10ff" for ch in window.editor.save_button.text())
        window.language_actions["en"].trigger()
        qtbot.waitUntil(lambda: window.windowTitle() == english)
    finally:
        translator.switch("en")


def test_every_kind_of_item_has_a_kiosk_screen_to_preview(qtbot, studio_store):
    """One item of each family (topic, office, emergency number, leaflet words) renders."""
    import tempfile
    from pathlib import Path

    from kiosk.app import application
    from kiosk.studio.kiosk_render import render_kiosk_screen
    from kiosk.studio.preview_content import PreviewContent
    from kiosk.studio.window import preview_target

    application()
    rows = studio_store.grid().rows
    firsts = {}
    for row in rows:
        firsts.setdefault(row.family, row.key)
    assert set(firsts) == {"topic", "office", "emergency", "leaflet"}
    assert all(preview_target(row.key) is not None for row in rows)
    with tempfile.TemporaryDirectory() as scratch:
        service = PreviewContent(studio_store.export_pack, Path(scratch)).build()
        try:
            for key in firsts.values():
                target = preview_target(key)
                image = render_kiosk_screen(service, target.screen, target.key, "ar", "portrait")
                assert image.width() == 1080, key
        finally:
            service.close()
