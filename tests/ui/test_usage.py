"""A visit is counted from the window's signals: screens, topics, the language chosen and the
session's length bucket at the idle reset; nothing else about the visitor."""
from kiosk.ui import navigation as nav
from tests.helpers.taps import language_button, tap, tile_to


def test_a_visit_is_counted(qtbot, started_kiosk):
    kiosk = started_kiosk
    window = kiosk.window
    tap(qtbot, language_button(window, "en"))
    home = window.screens[nav.HOME]
    tap(qtbot, tile_to(home, nav.Location(nav.TOPIC, "need-medical")))
    with qtbot.waitSignal(window.idle.timed_out, timeout=3000):
        pass
    kiosk.usage.recorder.flush()
    totals = {(event, key, language): count
              for event, key, language, count in kiosk.operator.operator_screen.usage.totals()}
    assert totals == {
        ("language_choice", "", "en"): 1,
        ("screen_view", "home", "en"): 1,
        ("screen_view", "topic", "en"): 1,
        ("topic_view", "need-medical", "en"): 1,
        ("session_length", "<1min", ""): 1,
    }
