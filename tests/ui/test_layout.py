"""Every screen at every kiosk size, every language, every display choice: targets big enough
and 2 mm apart, no text clipped (the bar included), every language on the welcome screen in
view or visibly scrollable, every control named for a screen reader.

Twice: in this process on Qt's offscreen platform, and in a child process on the real xcb
platform under an Xvfb the test run starts (fonts, metrics and window sizes as a person sees
them). The checks themselves live in `kiosk/tools/layout_check.py`.

Sampling (a full product of 6 sizes × 9 languages × 4 displays would take half an hour):
- every language at 1280×720 and 720×1280 (the tightest landscape and portrait), at the
  largest text in high contrast (the hardest variant), on xcb (720×1280 also offscreen);
- every size for Armenian (the longest bar labels) and Arabic (right to left, the tallest
  script), standard and largest-in-high-contrast, on xcb;
- every language at the default display, and Georgian and English at every display
  (forced right to left included), landscape and portrait, offscreen.
"""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from kiosk.content.pack import load_pack
from kiosk.paths import CONTENT_PACK
from kiosk.tools.layout_check import DISPLAYS, problems_on, settle_until_clean, tour_problems
from kiosk.tools.screenshots import SIZES
from tests.helpers.xvfb import run_on_x

LANGUAGES = load_pack(CONTENT_PACK).languages
KIOSK_SIZES = ["1280x720", "1366x768", "1920x1080", "1080x1920", "800x1280", "720x1280"]
TIGHTEST = ["1280x720", "720x1280"]

COMBINATIONS = [(lang, "standard") for lang in LANGUAGES] + [
    (lang, display) for lang in ("ka", "en", "ar") for display in DISPLAYS
    if display != "standard" and not (lang == "ar" and DISPLAYS[display][2])
]


@pytest.mark.parametrize(("language", "display"), COMBINATIONS)
@pytest.mark.parametrize("orientation", SIZES)
def test_every_screen_fits(qtbot, make_kiosk, orientation, language, display):
    kiosk = make_kiosk(*SIZES[orientation], idle_timeout_s=60.0)  # no reset mid-tour
    all_problems = tour_problems(kiosk, language, display)
    assert all_problems == [], "\n".join(all_problems)


def test_every_language_in_narrow_portrait_offscreen(qtbot, make_kiosk):
    kiosk = make_kiosk(720, 1280, idle_timeout_s=600.0)
    all_problems = [f"{lang}: {p}" for lang in LANGUAGES
                    for p in tour_problems(kiosk, lang, "contrast")]
    assert all_problems == [], "\n".join(all_problems)


XCB_RUNS = {
    # (sizes, languages, displays)
    "every-language-tightest": (TIGHTEST, LANGUAGES, ["contrast"]),
    "every-size-hy-ar": (KIOSK_SIZES, ["hy", "ar"], ["standard", "contrast"]),
}


@pytest.mark.parametrize("run", sorted(XCB_RUNS))
def test_every_screen_fits_on_a_real_x_server(xvfb_display, built_database, run):
    sizes, languages, displays = XCB_RUNS[run]
    args = ["-m", "kiosk.tools.layout_check", "--database-url", built_database]
    args += [a for size in sizes for a in ("--size", size)]
    args += [a for lang in languages for a in ("--language", lang)]
    args += [a for display in displays for a in ("--display", display)]
    result = run_on_x(xvfb_display, args)
    assert "xcb: 0 problem(s)" in result.stdout, result.stdout + result.stderr[-3000:]
    assert result.returncode == 0
    assert "Warning" not in result.stderr and "Traceback" not in result.stderr, result.stderr


def test_the_check_sees_a_cut_urgent_label(qtbot, make_window):
    """The check is not blind: squeeze the bar's urgent buttons below their words and it
    reports them (this is what the portrait bar did before it learnt to wrap)."""
    window = make_window(720, 1280, idle_timeout_s=600.0)
    window.context.session.set_language("hy")
    QApplication.processEvents()
    assert settle_until_clean(window) == []
    button = window.nav_bar.emergency_button
    button.setMaximumWidth(button.sizeHint().width() // 2)
    qtbot.waitUntil(lambda: button.width() <= button.sizeHint().width() // 2)
    assert any("cut" in p and "112" in p for p in problems_on(window))
    button.setMaximumWidth(16777215)


def test_the_check_sees_languages_out_of_sight_without_a_cue(qtbot, make_kiosk):
    kiosk = make_kiosk(1280, 720, idle_timeout_s=600.0)
    window = kiosk.window
    kiosk.display.set_text_level(2)
    assert settle_until_clean(window) == []
    area = window.welcome.scroll_area
    if not area.more_cue.isVisible():
        pytest.skip("every language fits at this size: nothing to hide")
    area.more_cue.hide()  # as the screen was before it had a cue
    assert any("out of sight" in p for p in problems_on(window))
