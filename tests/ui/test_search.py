"""Search by taps: home -> Search -> keys on the on-screen keyboard -> results -> a topic."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.exceptions import TimeoutError

from kiosk.tools.screenshots import SIZES
from kiosk.ui import navigation as nav
from kiosk.ui.widgets.keyboard import GAP_MM, MIN_KEY_MM
from kiosk.ui.widgets.keyboard_layouts import LAYOUTS
from tests.helpers.taps import tap


def tap_hit(qtbot, search, row):
    view = search.result_list
    rect = view.tile_rect(row)
    assert view.viewport().rect().contains(rect.center()), "the result is not on screen"
    qtbot.mouseClick(view.viewport(), Qt.LeftButton, pos=rect.center())


def open_search(qtbot, window, language):
    window.context.session.set_language(language)
    window.navigator.go(nav.Location(nav.HOME))
    home = window.screens[nav.HOME]
    tap(qtbot, home.search_tile)
    search = window.screens[nav.SEARCH]
    assert window.current_screen is search
    return search


def type_on_keys(qtbot, search, word):
    for letter in word:
        key = search.keyboard.key_for(letter)
        assert key is not None, f"no key {letter!r} on the {search.keyboard.language} keyboard"
        tap(qtbot, key)


def test_type_georgian_then_open_a_result(qtbot, window):
    search = open_search(qtbot, window, "ka")
    assert search.shown_hits() == []
    type_on_keys(qtbot, search, "მიგრ")
    assert search.field.text() == "მიგრ"
    hits = search.shown_hits()
    assert hits, "no results shown"
    titles = [hit.title for hit in hits]
    assert "შრომითი მიგრაცია" in titles
    with qtbot.waitSignal(window.navigator.location_changed):
        tap_hit(qtbot, search, titles.index("შრომითი მიგრაცია"))
    topic = window.screens[nav.TOPIC]
    assert window.current_screen is topic
    assert topic.title.text() == "შრომითი მიგრაცია"
    # Back returns to the search with the text and the results kept.
    tap(qtbot, window.nav_bar.back_button)
    assert window.current_screen is search
    assert search.field.text() == "მიგრ" and search.shown_hits()


def test_results_follow_every_key_and_backspace_and_clear(qtbot, window):
    search = open_search(qtbot, window, "en")
    type_on_keys(qtbot, search, "bat")
    assert search.shown_hits()[0].title == "Batumi"
    tap(qtbot, search.keyboard.backspace_key)
    assert search.field.text() == "ba"
    tap(qtbot, search.keyboard.space_key)
    type_on_keys(qtbot, search, "zzz")
    assert search.shown_hits() == []
    assert search.offices_tile.isVisible() and search.emergency_tile.isVisible()
    tap(qtbot, search.keyboard.clear_key)
    assert search.field.text() == ""
    assert not search.offices_tile.isVisible()


def test_nothing_found_offers_offices_and_emergency(qtbot, window):
    search = open_search(qtbot, window, "en")
    type_on_keys(qtbot, search, "qqqq")
    assert search.shown_hits() == []
    assert search.message.isVisible()
    tap(qtbot, search.offices_tile)
    assert window.current_screen is window.screens[nav.OFFICES]


def test_an_office_result_opens_the_office(qtbot, window):
    search = open_search(qtbot, window, "en")
    type_on_keys(qtbot, search, "telav")
    assert search.shown_hits()[0].id == "telavi"
    tap_hit(qtbot, search, 0)
    assert window.navigator.current == nav.Location(nav.OFFICE, "telavi")


def test_keyboard_layout_follows_the_language_and_switches_to_latin(qtbot, window):
    search = open_search(qtbot, window, "ka")
    letters = {k.text() for k in search.keyboard.letter_keys()}
    assert "ა" in letters and "a" not in letters
    tap(qtbot, search.keyboard.switch_key)
    assert {k.text() for k in search.keyboard.letter_keys()} == set("qwertyuiopasdfghjklzxcvbnm1234567890")
    type_on_keys(qtbot, search, "avrr")
    assert search.shown_hits()
    # A new language: the text is forgotten and the keys are that language's.
    window.context.session.set_language("en")
    assert search.field.text() == ""
    assert not search.keyboard.switch_key.isVisible()  # English has only Latin letters
    assert "a" in {k.text() for k in search.keyboard.letter_keys()}


@pytest.mark.parametrize("language", sorted(LAYOUTS))
def test_every_layout_has_distinct_letters(language):
    letters = "".join(LAYOUTS[language])
    assert len(letters) == len(set(letters))


def test_layout_letter_counts():
    mkhedruli = {chr(c) for c in range(0x10D0, 0x10F1)}
    assert set("".join(LAYOUTS["ka"])) == mkhedruli and len(mkhedruli) == 33
    assert set("їієґ'") <= set("".join(LAYOUTS["uk"]))
    assert set("əğıöüçş") <= set("".join(LAYOUTS["az"]))
    assert set("ğıiöüçş") <= set("".join(LAYOUTS["tr"]))
    assert set("پچژگکی") <= set("".join(LAYOUTS["fa"]))
    assert len("".join(LAYOUTS["hy"])) == 39  # 38 letters and և
    assert len("".join(LAYOUTS["az"])) == 32 and len("".join(LAYOUTS["fa"])) == 32


def test_idle_reset_forgets_the_search(qtbot, window):
    search = open_search(qtbot, window, "ka")  # the default language: reset keeps it
    type_on_keys(qtbot, search, "ბათ")
    tap(qtbot, search.keyboard.switch_key)
    assert search.shown_hits()
    with qtbot.waitSignal(window.idle.timed_out, timeout=3000):
        pass
    assert window.current_screen is window.welcome
    assert search.field.text() == ""
    assert search.shown_hits() == []
    assert not search.keyboard.latin


def test_the_nav_bar_opens_search_from_a_topic(qtbot, window):
    window.context.session.set_language("en")
    window.navigator.go(nav.Location(nav.TOPIC, "about-iom"))
    tap(qtbot, window.nav_bar.search_button)
    assert window.current_screen is window.screens[nav.SEARCH]
    assert not window.nav_bar.search_button.isVisible()


@pytest.mark.parametrize("orientation", SIZES)
def test_keys_are_big_spaced_and_fit_with_results_visible(qtbot, make_window, orientation):
    window = make_window(*SIZES[orientation], idle_timeout_s=600)  # no reset mid-test
    search = window.screens[nav.SEARCH]
    m = window.context.metrics
    problems = []
    for ui_language, clear in (("en", "Clear"), ("ka", "გასუფთავება")):
        window.context.session.set_language(ui_language)
        window.navigator.go(nav.Location(nav.SEARCH))
        qtbot.waitUntil(lambda: search.keyboard.clear_key.text() == clear)
        for language in sorted(LAYOUTS):
            search.keyboard.set_language(language)
            # New keys are laid out over a few event-loop passes: judge them once settled.
            try:
                qtbot.waitUntil(lambda: not key_problems(window, search), timeout=1000)
            except TimeoutError:
                pass
            problems += [f"{ui_language} UI, {language} keys: {p}"
                         for p in key_problems(window, search)]
    assert problems == [], "\n".join(problems[:20])
    # Results stay visible: at least 60 mm of the window, and two whole tiles, for them.
    search.keyboard.set_language("ka")
    type_on_keys(qtbot, search, "ა")
    assert search.shown_hits()
    assert search.result_list.height() >= max(m.mm(60), 2 * search.result_list.delegate.tile_height())


def key_problems(window, search):
    m = window.context.metrics
    keyboard = search.keyboard
    keys = keyboard.letter_keys() + [keyboard.space_key, keyboard.backspace_key, keyboard.clear_key]
    if keyboard.switch_key.isVisible():
        keys.append(keyboard.switch_key)
    screen_rect = window.rect()
    rects, found = [], []
    for key in keys:
        if not key.isVisible():
            found.append(f"key {key.text()!r} not shown")
            continue
        if min(key.width(), key.height()) < m.mm(MIN_KEY_MM) - 1:
            found.append(f"key {key.text()!r} {key.size().toTuple()} under 10 mm")
        rect = key.rect().translated(key.mapTo(window, key.rect().topLeft()))
        if not screen_rect.contains(rect):
            found.append(f"key {key.text()!r} {rect} off the window")
        if key.fontMetrics().horizontalAdvance(key.text()) > key.width():
            found.append(f"key text {key.text()!r} wider than its key")
        rects.append((key.text(), rect))
    gap = m.mm(GAP_MM) - 1
    for i, (name_a, a) in enumerate(rects):
        for name_b, b in rects[i + 1:]:
            if a.adjusted(-gap, -gap, gap, gap).intersects(b):
                found.append(f"keys {name_a!r} and {name_b!r} closer than {GAP_MM} mm")
    return found


@pytest.mark.parametrize("language", sorted(LAYOUTS))
def test_every_keyboard_has_the_digits_and_they_find_numbers(qtbot, window, language):
    """An office number, a year, 112: the digits row is there in every script, and Latin."""
    search = open_search(qtbot, window, language)
    keys = {k.text() for k in search.keyboard.letter_keys()}
    assert set("0123456789") <= keys
    type_on_keys(qtbot, search, "112")
    assert search.field.text() == "112"


@pytest.mark.parametrize("language", ["ar", "fa", "ka", "hy"])
def test_result_snippets_stay_inside_their_tiles(qtbot, window, language):
    """Two snippet lines as the delegate lays them out (the script's own, taller lines:
    Arabic's are half as tall again as Latin's) fit under the title inside the tile."""
    from PySide6.QtCore import QPointF
    from PySide6.QtGui import QTextLayout, QTextOption

    from kiosk.ui.widgets.result_list import line_height

    search = open_search(qtbot, window, language)
    hits = window.context.content.service.search("a" if language == "en" else "", language, 20)
    hits = hits or [h for word in ("112", "IOM") for h in
                    window.context.content.service.search(word, language, 20)]
    delegate = search.result_list.delegate
    width = search.result_list.gridSize().width() or 600
    text_width = width - delegate.gap - 2 * delegate.margin - delegate.icon_px - delegate.margin
    room = (delegate.tile_height() - delegate.gap - 2 * delegate.margin
            - line_height(delegate.title_font) - 2)
    assert hits
    for hit in hits:
        layout = QTextLayout(hit.snippet, delegate.snippet_font)
        option = QTextOption()
        option.setTextDirection(Qt.LayoutDirectionAuto)
        layout.setTextOption(option)
        layout.beginLayout()
        heights = []
        for _ in range(2):
            line = layout.createLine()
            if not line.isValid():
                break
            line.setLineWidth(text_width)
            line.setPosition(QPointF(0, sum(heights)))
            heights.append(line.height())
        layout.endLayout()
        assert sum(heights) <= room + 0.5, (hit.title, heights, room)


def test_a_keystroke_that_leaves_the_words_as_they_were_asks_nothing_again(qtbot, make_kiosk):
    """A space after a word, or a mark that folds away, gives the same folded words, and the
    delete key goes back to words asked a moment ago: the results come without a new query.
    New words, a new language or a visit's end ask again, and nothing is kept after it."""
    window = make_kiosk(idle_timeout_s=60.0).window  # no visit end halfway on a busy machine
    search = open_search(qtbot, window, "en")
    service = window.context.content.service
    asked = []
    original = service.search

    def counting(typed, language, limit=20):
        asked.append((typed, language))
        return original(typed, language, limit)

    service.search = counting
    try:
        type_on_keys(qtbot, search, "home")
        hits = search.shown_hits()
        assert hits and len(asked) == 4
        tap(qtbot, search.keyboard.space_key)
        assert search.field.text() == "home " and len(asked) == 4
        assert search.shown_hits() == hits == original("home ", "en", 20)
        type_on_keys(qtbot, search, "o")
        assert len(asked) == 5 and search.shown_hits() == original("home o", "en", 20)
        tap(qtbot, search.keyboard.backspace_key)  # "home ": the words of "home" again
        assert len(asked) == 5 and search.shown_hits() == hits
        for _ in range(4):  # "home", "hom", "ho", "h": all asked on the way
            tap(qtbot, search.keyboard.backspace_key)
        assert search.field.text() == "h" and len(asked) == 5
        assert search.shown_hits() == original("h", "en", 20)
        window.context.session.set_language("ru")  # forgets what was typed
        assert not search._answers
        window.context.session.set_language("en")
        search = open_search(qtbot, window, "en")
        type_on_keys(qtbot, search, "home")
        assert len(asked) == 9 and search.shown_hits() == hits
    finally:
        service.search = original
