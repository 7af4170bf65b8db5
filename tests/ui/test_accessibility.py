"""Read aloud, text size, high contrast and quick exit, driven by taps."""
from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel

from kiosk.speech import voices
from kiosk.ui import navigation as nav
from kiosk.ui import read_aloud as ra
from kiosk.ui.theme import HIGH_CONTRAST_COLOURS
from tests.helpers.speech import FakePlayer
from tests.helpers.taps import language_button, tap, tile_to

needs_engine = pytest.mark.skipif(voices.engine_path() is None,
                                  reason="espeak-ng is not installed (scripts/setup installs it)")


def open_topic(qtbot, window, language="en", topic="need-go-home"):
    tap(qtbot, language_button(window, language))
    tap(qtbot, tile_to(window.screens[nav.HOME], nav.Location(nav.TOPIC, topic)))
    assert window.current_screen is window.screens[nav.TOPIC]
    return window.screens[nav.TOPIC]


@pytest.fixture
def make_speaking_window(make_kiosk):
    """The kiosk with a stand-in player (the real one needs a sound card); real synthesis.
    The idle time is long unless a test is about it, so a slow machine cannot reset mid-test."""

    def make(idle_timeout_s=60.0):
        player = FakePlayer()
        kiosk = make_kiosk(idle_timeout_s=idle_timeout_s, player=player)
        return kiosk, player

    return make


@pytest.fixture
def speaking_window(make_speaking_window):
    return make_speaking_window()


@needs_engine
def test_read_aloud_speaks_the_page_with_progress_then_stops_on_navigation(qtbot, speaking_window):
    kiosk, player = speaking_window
    window = kiosk.window
    speech = kiosk.accessibility.speech
    open_topic(qtbot, window)
    control = kiosk.accessibility.controls[nav.TOPIC]
    assert control.isVisible() and control.button.text() == "Read aloud"
    with qtbot.waitSignal(speech.progress_changed, timeout=10000, raising=False):
        tap(qtbot, control.button)
        # synthesis runs in a worker thread: the UI is not blocked meanwhile
        assert speech.state in (ra.PREPARING, ra.SPEAKING)
        qtbot.waitUntil(lambda: speech.state == ra.SPEAKING, timeout=10000)
        wav, duration = player.playing
        assert Path(wav).is_file() and duration > 1000
        player.advance(0.5)
    assert control.progress.isVisible() and control.progress.value() == 50
    assert control.button.text() == "Stop reading"
    tap(qtbot, window.nav_bar.home_button)
    assert speech.state == ra.IDLE and player.playing is None
    assert not Path(wav).exists()  # deleted: nothing of the visit stays on disk
    assert not control.isVisible()


@needs_engine
def test_reading_to_the_end_deletes_the_sound(qtbot, speaking_window):
    kiosk, player = speaking_window
    window = kiosk.window
    speech = kiosk.accessibility.speech
    open_topic(qtbot, window, language="ka")
    tap(qtbot, kiosk.accessibility.controls[nav.TOPIC].button)
    qtbot.waitUntil(lambda: speech.state == ra.SPEAKING, timeout=10000)
    wav, _ = player.playing
    player.finish()
    assert speech.state == ra.IDLE and not Path(wav).exists()


@needs_engine
def test_tapping_again_stops_reading(qtbot, speaking_window):
    kiosk, player = speaking_window
    window = kiosk.window
    speech = kiosk.accessibility.speech
    open_topic(qtbot, window)
    button = kiosk.accessibility.controls[nav.TOPIC].button
    tap(qtbot, button)
    qtbot.waitUntil(lambda: speech.state == ra.SPEAKING, timeout=10000)
    tap(qtbot, button)
    assert speech.state == ra.IDLE and player.playing is None


def test_a_language_without_a_voice_says_so(qtbot, speaking_window):
    kiosk, player = speaking_window
    window = kiosk.window
    kiosk.accessibility.speech.voices = voices.Voices(installed=frozenset())  # none installed
    open_topic(qtbot, window, language="ka")
    control = kiosk.accessibility.controls[nav.TOPIC]
    assert not control.button.isEnabled()
    assert control.button.text() == control.tr("Reading aloud is not available in this language")
    assert control.button.text() != control.tr("Read aloud")
    kiosk.accessibility.speech.speak("text", "ka")
    assert kiosk.accessibility.speech.state == ra.NO_VOICE
    assert player.played == []  # nothing read in a wrong voice


@needs_engine
@pytest.mark.qt_log_ignore("PulseAudioService", "No audio device")
def test_real_player_without_a_sound_card_shows_a_clear_state(qtbot, make_kiosk):
    """QtMultimedia for real: with no audio device the control says so and does not hang."""
    kiosk = make_kiosk(idle_timeout_s=60.0)
    window = kiosk.window
    speech = kiosk.accessibility.speech
    open_topic(qtbot, window)
    tap(qtbot, kiosk.accessibility.controls[nav.TOPIC].button)
    from kiosk.ui.audio_player import QtAudioPlayer

    if QtAudioPlayer.has_output_device():
        qtbot.waitUntil(lambda: speech.state == ra.SPEAKING, timeout=10000)
        qtbot.waitUntil(lambda: speech.progress > 0, timeout=10000)
    else:
        qtbot.waitUntil(lambda: speech.state == ra.NO_SOUND, timeout=10000)
        assert "sound" in kiosk.accessibility.controls[nav.TOPIC].button.text()
    tap(qtbot, window.nav_bar.home_button)
    assert speech.state == ra.IDLE


@needs_engine
def test_idle_reset_stops_reading(qtbot, make_speaking_window):
    kiosk, player = make_speaking_window()
    window = kiosk.window
    speech = kiosk.accessibility.speech
    open_topic(qtbot, window)
    tap(qtbot, kiosk.accessibility.controls[nav.TOPIC].button)
    qtbot.waitUntil(lambda: speech.state == ra.SPEAKING, timeout=10000)
    window.idle.set_idle_ms(200)  # only now: a slow synthesis must not meet the time-out
    window.idle.poke()
    with qtbot.waitSignal(window.idle.timed_out, timeout=3000):
        pass
    assert speech.state == ra.IDLE and player.playing is None
    assert window.current_screen is window.welcome


def test_office_page_has_read_aloud(qtbot, speaking_window):
    kiosk, _player = speaking_window
    window = kiosk.window
    tap(qtbot, language_button(window, "en"))
    window.navigator.go(nav.Location(nav.OFFICE, "tbilisi"))
    control = kiosk.accessibility.controls[nav.OFFICE]
    assert control.isVisible()
    text, language = kiosk.accessibility.office_text()
    assert language == "en" and "Tbilisi" in text and "112" in text


def test_text_size_and_contrast_from_the_display_panel(qtbot, make_kiosk):
    kiosk = make_kiosk(idle_timeout_s=60.0)
    window = kiosk.window
    open_topic(qtbot, window)
    topic = window.screens[nav.TOPIC]
    panel = kiosk.accessibility.panel
    before = topic.title.fontInfo().pixelSize()
    tap(qtbot, window.nav_bar.display_button)
    assert panel.isVisible()
    tap(qtbot, panel.size_buttons[-1])
    assert topic.title.fontInfo().pixelSize() >= round(before * 1.4)
    tap(qtbot, panel.high_contrast_button)
    colour = topic.title.palette().color(topic.title.foregroundRole()).name()
    assert colour == HIGH_CONTRAST_COLOURS["primary"]
    assert panel.high_contrast_button.property("selected") is True
    # touch targets do not shrink or grow with the text
    assert window.nav_bar.back_button.height() >= window.context.metrics.mm(15) - 1
    tap(qtbot, window.nav_bar.home_button)
    assert not panel.isVisible()  # closes on navigation; the choices stay for this visitor
    assert kiosk.accessibility.display.text_level == 2


def test_quick_exit_hides_everything_and_forgets_the_session(qtbot, speaking_window):
    kiosk, player = speaking_window
    window = kiosk.window
    topic = open_topic(qtbot, window, language="ka")
    title = topic.title.text()
    display = kiosk.accessibility.display
    tap(qtbot, window.nav_bar.display_button)
    tap(qtbot, kiosk.accessibility.panel.size_buttons[-1])
    tap(qtbot, kiosk.accessibility.panel.high_contrast_button)
    kiosk.accessibility.speech.speak("text", "en")
    assert window.nav_bar.quick_exit_button.isVisible()
    tap(qtbot, window.nav_bar.quick_exit_button)
    # at once, without waiting for any event: welcome, empty history, defaults
    assert window.current_screen is window.welcome
    assert not window.navigator.can_go_back
    assert window.context.session.language == window.context.session.default_language
    assert (display.text_level, display.high_contrast) == (0, False)
    assert kiosk.accessibility.speech.state == ra.IDLE and player.playing is None
    assert not topic.isVisible() and not kiosk.accessibility.panel.isVisible()
    shown = [lab.text() for lab in window.findChildren(QLabel) if lab.isVisible()]
    assert title not in shown
    assert not window.nav_bar.back_button.isVisible()


def test_quick_exit_is_on_every_screen(qtbot, make_kiosk):
    kiosk = make_kiosk(idle_timeout_s=60.0)
    window = kiosk.window
    tap(qtbot, language_button(window, "en"))
    from kiosk.tools.layout_check import tour

    for name, location in tour(window):
        window.navigator.go(location)
        assert window.nav_bar.quick_exit_button.isVisible(), name
        assert window.nav_bar.display_button.isVisible(), name


def test_speech_folder_is_removed_on_close(qtbot):
    speech = ra.ReadAloud(player=FakePlayer(), background=False)
    folder = speech._folder
    assert folder.is_dir()
    speech.close()
    assert not folder.exists()


def test_nav_bar_keeps_every_button_whole_when_narrow(qtbot, make_kiosk):
    """Too narrow for every label (one more button, as search may add): Back, Home and
    Language show their pictograms only, keep their names, and nothing is cut."""
    from PySide6.QtWidgets import QPushButton

    from tests.ui.test_layout import problems_on

    kiosk = make_kiosk(1080, 1920)
    window = kiosk.window
    bar = window.nav_bar
    window.context.session.set_language("ka")
    window.navigator.go(nav.Location(nav.HOME))
    window.navigator.go(nav.Location(nav.EMERGENCY))
    assert bar.back_button.text() and bar.home_button.text()
    extra = QPushButton("ძიება", bar)  # "Search", as the search screen may add
    extra.setProperty("role", "nav")
    extra.setAccessibleDescription("test")
    extra.setIcon(bar.home_button.icon())
    extra.setIconSize(bar.home_button.iconSize())
    bar.row.insertWidget(3, extra)  # into the first row of the bar
    qtbot.waitUntil(lambda: not bar.language_button.text(), timeout=2000)
    try:  # the bar settles over a few layout passes (pictograms first, then wrapping)
        qtbot.waitUntil(lambda: problems_on(window) == [], timeout=2000)
    except qtbot.TimeoutError:
        pass
    assert problems_on(window) == []
    assert bar.language_button.accessibleName() == bar.tr("Language") == "ენა"
    assert bar.quick_exit_button.text() and bar.emergency_button.text()
    extra.hide()
    qtbot.waitUntil(lambda: bool(bar.language_button.text()), timeout=2000)


@needs_engine
def test_listening_keeps_the_session_then_idle_resumes(qtbot, make_speaking_window):
    from PySide6.QtCore import QTimer

    kiosk, player = make_speaking_window()
    window = kiosk.window
    speech = kiosk.accessibility.speech
    open_topic(qtbot, window)
    tap(qtbot, kiosk.accessibility.controls[nav.TOPIC].button)
    qtbot.waitUntil(lambda: speech.state == ra.SPEAKING, timeout=10000)
    window.idle.set_idle_ms(200)  # only now: a slow synthesis must not meet the time-out
    steps = iter(range(1, 100))
    voice = QTimer(window, interval=50)  # the player reports its position as it plays
    voice.timeout.connect(lambda: player.playing and player.advance(next(steps, 99) / 100))
    voice.start()
    window.idle.poke()  # the synthesis may have taken longer than the tests' idle time
    # idle_timeout_s is 0.2 s in tests: no warning for more than twice that while it speaks
    with qtbot.assertNotEmitted(window.idle.countdown_started, wait=500):
        pass
    voice.stop()
    player.finish()
    with qtbot.waitSignal(window.idle.countdown_started, timeout=2000):
        pass
