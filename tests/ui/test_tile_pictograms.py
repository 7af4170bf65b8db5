"""Tiles are reused from page to page and language to language: a pointing pictogram must
still face the way the visitor reads (mirrored in Arabic and Persian, never in the others),
whatever languages came before."""
from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kiosk.pictograms import mirrored
from kiosk.ui import navigation as nav
from kiosk.ui.widgets.pictogram import pictogram_pixmap
from kiosk.ui.widgets.tile import Tile

LANGUAGES = ["ka", "en", "ar", "fa", "hy", "ru"]


def shown_facing_right_way(tile: Tile, right_to_left: bool) -> bool:
    name = tile.property("pictogram")
    size = tile._icon.width()
    expected = pictogram_pixmap(name, size, right_to_left).toImage()
    return tile._icon.pixmap().toImage() == expected


@settings(max_examples=8, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(languages=st.lists(st.sampled_from(LANGUAGES), min_size=2, max_size=4))
def test_pointing_pictograms_follow_the_language_on_reused_tiles(window, languages):
    for language in languages:
        window.context.session.set_language(language)
        window.navigator.reset(nav.HOME)
        rtl = language in ("ar", "fa")
        for name in (nav.HOME, nav.TOPIC):
            if name == nav.TOPIC:
                window.navigator.go(nav.Location(nav.TOPIC, "need-go-home"))
            screen = window.screens[name]
            tiles = [t for t in screen.findChildren(Tile) if t.isVisibleTo(screen)]
            assert tiles
            pointing = [t for t in tiles if mirrored(t.property("pictogram"), True)]
            assert name == nav.TOPIC or pointing  # home shows "go home" and the office list
            for tile in tiles:
                assert shown_facing_right_way(tile, rtl), (language, tile.property("pictogram"))
