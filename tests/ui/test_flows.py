"""Real flows driven by taps, the way a finger uses the kiosk."""
from __future__ import annotations

from PySide6.QtWidgets import QLabel

from kiosk.ui import navigation as nav
from tests.helpers.taps import language_button, tap, tile_to


def test_welcome_shows_languages_in_their_own_names(window):
    names = [b.text() for b in window.welcome.language_buttons()]
    assert names == ["ქართული", "English", "Русский", "Українська", "Հայերեն", "Azərbaycanca",
                     "Türkçe", "العربية", "فارسی"]
    assert window.current_screen is window.welcome


def test_full_visit_then_idle_reset(qtbot, window):
    window.resize(1280, 800)  # a small kiosk screen: the topic page needs scrolling
    # welcome -> English -> home
    with qtbot.waitSignal(window.navigator.location_changed):
        tap(qtbot, language_button(window, "en"))
    home = window.screens[nav.HOME]
    assert window.current_screen is home
    assert home.needs_heading.text() == "What do you need?"

    # home -> a need's topic page
    with qtbot.waitSignal(window.navigator.location_changed):
        tap(qtbot, tile_to(home, nav.Location(nav.TOPIC, "need-go-home")))
    topic = window.screens[nav.TOPIC]
    assert window.current_screen is topic
    assert topic.title.text() == "I want to go home"
    assert "AVRR" in topic.text.text()

    # scroll down, go on to a related topic, come back: the scroll position is restored
    topic.scroll_area.scroll_to(120)
    scrolled = topic.scroll_position()
    assert scrolled > 0
    tap(qtbot, topic.related.tiles()[0])
    assert window.navigator.current.key != "need-go-home"
    tap(qtbot, window.nav_bar.back_button)
    assert window.navigator.current == nav.Location(nav.TOPIC, "need-go-home", scrolled)
    assert topic.scroll_position() == scrolled

    # back -> home -> offices -> an office
    tap(qtbot, window.nav_bar.back_button)
    assert window.current_screen is home
    tap(qtbot, tile_to(home, nav.Location(nav.OFFICES)))
    offices = window.screens[nav.OFFICES]
    assert window.current_screen is offices
    assert len(offices.grid.tiles()) == 5
    tap(qtbot, offices.grid.tiles()[0])
    office = window.screens[nav.OFFICE]
    assert window.current_screen is office
    assert office.title.text() == "IOM Central Office"
    assert office.no_details.isVisible()  # the seed gives no contacts: said plainly, no blanks

    # nobody touches: countdown appears, then the kiosk resets to welcome in Georgian
    with qtbot.waitSignal(window.idle.countdown_started, timeout=2000):
        pass
    assert window.countdown.isVisible()
    with qtbot.waitSignal(window.idle.timed_out, timeout=2000):
        pass
    assert window.current_screen is window.welcome
    assert window.context.session.language == "ka"
    assert not window.navigator.can_go_back
    assert not window.countdown.isVisible()
    assert topic.scroll_position() == 0


def test_a_touch_during_the_countdown_keeps_the_session(qtbot, window):
    tap(qtbot, language_button(window, "en"))
    with qtbot.waitSignal(window.idle.countdown_started, timeout=2000):
        pass
    with qtbot.waitSignal(window.idle.countdown_cancelled, timeout=1000):
        tap(qtbot, window.countdown.continue_button)
    assert not window.countdown.isVisible()
    assert window.current_screen is window.screens[nav.HOME]
    assert window.context.session.language == "en"


def test_untouched_welcome_screen_never_counts_down(qtbot, window):
    with qtbot.assertNotEmitted(window.idle.countdown_started, wait=600):
        pass


def test_emergency_is_reachable_from_every_screen(qtbot, window):
    assert window.nav_bar.emergency_button.isVisible()  # already on the welcome screen
    tap(qtbot, language_button(window, "ka"))
    tap(qtbot, window.nav_bar.emergency_button)
    emergency = window.screens[nav.EMERGENCY]
    assert window.current_screen is emergency
    shown = [w.text().strip("\u2066\u2069") for w in emergency.numbers.findChildren(QLabel)]
    assert "112" in shown  # (kept left-to-right by an isolate, invisible on screen)


def test_language_switches_live_and_returns_to_the_same_page(qtbot, window):
    tap(qtbot, language_button(window, "ka"))
    home = window.screens[nav.HOME]
    tap(qtbot, tile_to(home, nav.Location(nav.TOPIC, "about-iom")))
    topic = window.screens[nav.TOPIC]
    georgian_title = topic.title.text()
    qtbot.waitUntil(lambda: window.nav_bar.back_button.text() == "უკან")
    tap(qtbot, window.nav_bar.language_button)
    assert window.current_screen is window.welcome
    tap(qtbot, language_button(window, "en"))
    assert window.current_screen is topic
    assert topic.title.text() != georgian_title
    assert topic.title.text().isascii()
    # Qt delivers LanguageChange through the event loop: wait for it, do not sleep.
    qtbot.waitUntil(lambda: window.nav_bar.back_button.text() == "Back")
    assert window.nav_bar.home_button.text() == "Home"
    assert topic.offices_button.text() == "Find an IOM office"


def test_need_for_an_office_opens_the_office_list(qtbot, window):
    tap(qtbot, language_button(window, "en"))
    home = window.screens[nav.HOME]
    tap(qtbot, tile_to(home, nav.Location(nav.OFFICES)))
    assert window.current_screen is window.screens[nav.OFFICES]


def test_no_content_at_all_shows_a_message_not_a_blank_screen(qtbot, make_window, tmp_path):
    window = make_window(content_dir=tmp_path / "missing", database_url=f"sqlite:///{tmp_path}/x.db")
    assert window.current_screen is window.screens[nav.UNAVAILABLE]
    assert "112" in window.screens[nav.UNAVAILABLE].message.text()


def test_start_paints_welcome_first_then_loads_content(qtbot, settings, built_database):
    import dataclasses

    from kiosk.app import application, start

    chosen = dataclasses.replace(settings, database_url=built_database)
    kiosk = start(application(), chosen, windowed=True)
    window = kiosk.window
    qtbot.addWidget(window)
    assert not window.context.content.ready  # nothing heavy before the first paint
    with qtbot.waitSignal(window.context.content.content_changed, timeout=5000):
        pass
    assert window.welcome.isVisible()
    tap(qtbot, language_button(window, "en"))
    assert window.current_screen is window.screens[nav.HOME]
    kiosk.close()
    kiosk.session.set_language("en")
