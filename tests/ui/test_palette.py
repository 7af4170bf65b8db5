"""One palette: the search results, the search field and the keyboard follow the visitor's text size and
contrast, as every other screen does, and go back to the defaults when the visit ends."""
from __future__ import annotations

from kiosk.ui import navigation as nav
from kiosk.ui.session import EndReason
from kiosk.ui.theme import COLOURS, HIGH_CONTRAST_COLOURS, TEXT_SCALES
from tests.helpers.taps import language_button, tap


def tile_border_colour(search) -> str:
    """The colour at the left edge of the first result tile, as painted."""
    image = search.result_list.viewport().grab().toImage()
    rect = search.result_list.tile_rect(0)
    return image.pixelColor(rect.left() + 1, rect.center().y()).name()


def test_search_results_follow_text_size_and_contrast(qtbot, make_kiosk):
    kiosk = make_kiosk(1280, 800, idle_timeout_s=60.0)
    window = kiosk.window
    tap(qtbot, language_button(window, "en"))
    tap(qtbot, window.nav_bar.search_button)
    search = window.screens[nav.SEARCH]
    search.field.setText("work")
    assert search.shown_hits()
    delegate = search.result_list.delegate
    small_title, small_tile = delegate.title_font.pixelSize(), delegate.tile_height()
    assert tile_border_colour(search) == COLOURS["border"]

    kiosk.display.set_text_level(len(TEXT_SCALES) - 1)
    kiosk.display.set_high_contrast(True)
    assert delegate.title_font.pixelSize() > small_title
    assert delegate.tile_height() > small_tile
    assert search.result_list.gridSize().height() == delegate.tile_height()
    assert tile_border_colour(search) == HIGH_CONTRAST_COLOURS["border"]
    assert f"solid {HIGH_CONTRAST_COLOURS['border']}" in search.keyboard.styleSheet()
    field_style = search.field.styleSheet()
    assert HIGH_CONTRAST_COLOURS["text"] in field_style
    assert f"{round(kiosk.display.metrics.body_px * 1.4)}px" in field_style

    kiosk.session.end(EndReason.QUICK_EXIT)
    assert delegate.title_font.pixelSize() == small_title
    assert COLOURS["text"] in search.field.styleSheet()
