"""The print button, the preview and the failure view fit in both languages and orientations."""
import pytest

from kiosk.printing.faults import JobState
from kiosk.tools.screenshots import SIZES
from kiosk.ui import navigation as nav
from tests.ui.test_layout import problems_on


def settled(qtbot, window):
    try:
        qtbot.waitUntil(lambda: not problems_on(window), timeout=1000)
    except (AssertionError, qtbot.TimeoutError):
        pass
    return problems_on(window)


@pytest.mark.parametrize("orientation", SIZES)
@pytest.mark.parametrize("language", ["ka", "en"])
def test_print_screens_fit(qtbot, make_print_window, cups, orientation, language):
    width, height = SIZES[orientation]
    window = make_print_window(width=width, height=height)
    window.context.session.set_language(language)
    found = []
    window.navigator.go(nav.Location(nav.OFFICE, "tbilisi"))
    found += [f"office: {p}" for p in settled(qtbot, window)]
    window.navigator.go(nav.Location(nav.TOPIC, "need-go-home"))
    found += [f"topic: {p}" for p in settled(qtbot, window)]
    window.navigator.go(nav.Location(nav.PREVIEW, "topic:need-go-home"))
    preview = window.screens[nav.PREVIEW]
    qtbot.waitUntil(lambda: preview.confirm_button.isVisible(), timeout=5000)
    found += [f"preview: {p}" for p in settled(qtbot, window)]
    cups.run("cupsdisable", cups.queue)
    preview.confirm_button.click()
    qtbot.waitUntil(lambda: preview.job.state == JobState.FAILED, timeout=2000)
    found += [f"failed: {p}" for p in settled(qtbot, window)]
    assert found == []
