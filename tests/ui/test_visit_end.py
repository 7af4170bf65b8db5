"""Every way a visit ends leaves the same clean kiosk: nothing of the last visitor is left for
the next one (language, text size, contrast, search, history, scroll, print job and quota,
speech, usage session)."""
from __future__ import annotations

import pytest
from PySide6.QtWidgets import QPushButton

from kiosk.admin.pin import PinStore
from kiosk.printing.faults import Fault, JobState
from kiosk.stats import events
from kiosk.ui import navigation as nav
from kiosk.ui import read_aloud as ra
from kiosk.ui.printing_setup import PrintButton
from kiosk.ui.session import EndReason
from kiosk.ui.theme import TEXT_SCALES
from tests.helpers.printing import HeldPrinter, fake_leaflet_pdf
from tests.helpers.speech import FakePlayer
from tests.helpers.taps import tap


def print_button(screen) -> PrintButton:
    [button] = screen.findChildren(PrintButton)
    return button


def open_preview(qtbot, window, topic="need-go-home"):
    window.navigator.go(nav.Location(nav.TOPIC, topic))
    tap(qtbot, print_button(window.screens[nav.TOPIC]))
    preview = window.screens[nav.PREVIEW]
    qtbot.waitUntil(lambda: preview.confirm_button.isVisible(), timeout=5000)
    return preview


@pytest.fixture
def printing_kiosk(make_started_kiosk):
    printer = HeldPrinter()
    kiosk = make_started_kiosk(leaflet_pdf=fake_leaflet_pdf, print_backend=printer,
                               idle_timeout_s=60.0, countdown_s=0.2, print_quota_session=1)
    kiosk.speech.set_player(FakePlayer())
    PinStore(kiosk.settings.pin_path).set_pin("2468")
    return kiosk, printer


def visit(qtbot, kiosk, printer):
    """A visitor who leaves every trace the kiosk can hold."""
    window = kiosk.window
    tap(qtbot, [b for b in window.welcome.language_buttons() if b.property("language") == "en"][0])
    accessibility = kiosk.accessibility
    accessibility.display.set_text_level(len(TEXT_SCALES) - 1)
    accessibility.display.set_high_contrast(True)
    preview = open_preview(qtbot, window)
    tap(qtbot, preview.confirm_button)
    qtbot.waitUntil(lambda: preview.job.state == JobState.QUEUED, timeout=5000)
    assert kiosk.print_queue.quota.refusal() == Fault.QUOTA_SESSION
    tap(qtbot, preview.cancel_button)
    topic = window.screens[nav.TOPIC]
    topic.set_scroll_position(300)
    window.navigator.go(nav.Location(nav.SEARCH), topic.scroll_position())
    search = window.screens[nav.SEARCH]
    search.field.setText("work")
    assert search.shown_hits()
    accessibility.speech.speak("A page read aloud.", "en")
    assert accessibility.speech.state != ra.IDLE
    assert kiosk.usage.in_session and printer.pending()


def end_by_idle(qtbot, kiosk):
    window = kiosk.window
    window.idle.set_idle_ms(20)
    window.idle.poke()
    with qtbot.waitSignal(window.idle.timed_out, timeout=3000):
        pass
    window.idle.set_idle_ms(60_000)  # the next visitor has all the time they need


def end_by_quick_exit(qtbot, kiosk):
    window = kiosk.window
    tap(qtbot, window.nav_bar.quick_exit_button)


def end_by_crash(qtbot, kiosk):
    window = kiosk.window
    def broken_slot():
        raise RuntimeError("a bug in a screen")

    bomb = QPushButton("bomb", window.current_screen.body)
    bomb.clicked.connect(broken_slot)
    bomb.show()
    tap(qtbot, bomb)


def end_by_pin_cancel(qtbot, kiosk):
    window = kiosk.window
    kiosk.operator.open_pin_pad()  # (the gesture only works on the untouched welcome screen)
    tap(qtbot, kiosk.operator.pin_pad.cancel_button)


def end_by_operator_back(qtbot, kiosk):
    window = kiosk.window
    kiosk.operator.open_operator_screen()
    tap(qtbot, kiosk.operator.operator_screen.back_button)


ENDINGS = {
    EndReason.IDLE: end_by_idle,
    EndReason.QUICK_EXIT: end_by_quick_exit,
    EndReason.CRASH: end_by_crash,
    EndReason.PIN_CANCEL: end_by_pin_cancel,
    EndReason.OPERATOR_BACK: end_by_operator_back,
}


@pytest.mark.parametrize("reason", [
    pytest.param(reason, marks=[pytest.mark.qt_no_exception_capture] * (reason == EndReason.CRASH))
    for reason in ENDINGS])
def test_every_way_of_ending_a_visit_leaves_the_same_clean_kiosk(qtbot, printing_kiosk, reason):
    kiosk, printer = printing_kiosk
    window = kiosk.window
    visit(qtbot, kiosk, printer)
    with qtbot.waitSignal(kiosk.session.ended, timeout=5000) as ended:
        ENDINGS[reason](qtbot, kiosk)
    assert ended.args == [str(reason)]

    session = window.context.session
    assert session.language == session.default_language == "ka"
    display = kiosk.accessibility.display
    assert (display.text_level, display.high_contrast) == (0, False)
    search = window.screens[nav.SEARCH]
    assert search.typed == "" and search.shown_hits() == []
    assert window.current_screen is window.welcome and not window.navigator.can_go_back
    assert not window.countdown.isVisible()
    assert {name: screen.scroll_position() for name, screen in window.screens.items()
            if screen.scroll_position()} == {}
    queue = kiosk.print_queue
    assert queue.unfinished() == [] and queue.quota.used_this_visit == 0
    qtbot.waitUntil(lambda: printer.pending() == [], timeout=3000)  # cancelled at the printer
    assert kiosk.accessibility.speech.state == ra.IDLE
    assert kiosk.accessibility.speech.player.playing is None
    assert not kiosk.usage.in_session
    kiosk.usage.recorder.flush()
    totals = {(event, key): count for event, key, _lang, count
              in kiosk.operator.operator_screen.usage.totals()}
    assert totals[(events.SESSION_LENGTH, "<1min")] == 1
    assert (events.LEAFLET_PRINTED, "topic:need-go-home") not in totals

    # The next visitor opening the same leaflet gets a fresh preview and may print.
    tap(qtbot, window.welcome.language_buttons()[1])
    preview = open_preview(qtbot, window)
    assert preview.confirm_button.isEnabled() and preview.job is None
    tap(qtbot, preview.confirm_button)
    qtbot.waitUntil(lambda: preview.job.state == JobState.QUEUED, timeout=5000)
