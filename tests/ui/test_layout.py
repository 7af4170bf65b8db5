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
from hypothesis import Phase, example, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication

from kiosk.content.pack import load_pack
from kiosk.paths import CONTENT_PACK
from kiosk.tools.layout_check import (
    DISPLAYS,
    cut_by_page_edge,
    page_edge_problems,
    problems_on,
    settle_until_clean,
    tour_problems,
    words_under_action_bar,
)
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


def test_no_words_cut_by_a_page_edge_at_rest(make_kiosk):
    """Any kiosk-sized window (either orientation), any language, any display choice: no
    line of words is cut by a scrolling page's lower edge (above Print and Read aloud) with
    nothing covering the cut, on first view or scrolled to the end, and nothing is drawn
    under the bar. (Georgian at 1920x1080, "See also" half over the bar, is the case the
    visitors saw.) One window, resized for each case, as a kiosk is when it turns."""
    kiosk = make_kiosk(1280, 720, idle_timeout_s=600.0, leaflet_pdf=lambda *_: b"")

    @settings(max_examples=8, deadline=None, derandomize=True,
              phases=[Phase.explicit, Phase.generate])  # shrinking a tour takes minutes
    @given(width=st.integers(720, 1920), height=st.integers(720, 1920),
           language=st.sampled_from(LANGUAGES), display=st.sampled_from(sorted(DISPLAYS)))
    @example(width=1920, height=1080, language="ka", display="standard")
    def no_cut_words(width, height, language, display):
        kiosk.window.resize(width, height)
        found = tour_problems(kiosk, language, display, page_edge_problems, page_edge_problems)
        assert found == [], f"{width}x{height} {language} {display}:\n" + "\n".join(found)

    no_cut_words()


def topic_with_see_also(kiosk, language="ka", level=0):
    """The first need's page, as the visitors found "See also" cut in half."""
    window = kiosk.window
    kiosk.session.set_language(language)
    kiosk.display.set_text_level(level)
    QApplication.processEvents()
    window.navigator.go(tour_stop(window, "topic-need"))
    settle_until_clean(window)
    return window.current_screen


def tour_stop(window, prefix):
    from kiosk.tools.layout_check import tour

    return next(location for name, location in tour(window) if name.startswith(prefix))


@pytest.mark.parametrize("edge", ["lower", "upper"])
def test_the_check_sees_words_cut_by_the_page_edge(qtbot, make_kiosk, edge):
    """The check is not blind: put the "See also" heading across the page's lower edge (or
    the page's summary across its upper edge), take away the fade that covers the cut, and
    it reports the words."""
    kiosk = make_kiosk(1920, 1080, idle_timeout_s=600.0, leaflet_pdf=lambda *_: b"")
    screen = topic_with_see_also(kiosk)
    heading = screen.related_heading if edge == "lower" else screen.summary
    viewport = screen.scroll_area.viewport()
    top = heading.mapTo(screen.scroll_area.widget(), QPoint(0, 0)).y()
    line = viewport.height() if edge == "lower" else 0
    screen.set_scroll_position(top + heading.height() // 2 - line)
    qtbot.waitUntil(lambda: heading.mapTo(viewport, QPoint(0, 0)).y() < line
                    < heading.mapTo(viewport, QPoint(0, heading.height())).y())
    assert cut_by_page_edge(kiosk.window) == []  # the fade covers the cut line
    fade = getattr(screen.scroll_area, "fade" if edge == "lower" else "top_fade", None)
    if fade is not None:
        fade.hide()  # as the page was before it had one
    assert any(f"cut by the page's {edge} edge" in p and heading.text()[:40] in p
               for p in cut_by_page_edge(kiosk.window))


def test_the_check_sees_words_under_the_action_bar(qtbot, make_kiosk):
    """The check is not blind: lay the action bar over the page instead of under it."""
    kiosk = make_kiosk(1920, 1080, idle_timeout_s=600.0, leaflet_pdf=lambda *_: b"")
    screen = topic_with_see_also(kiosk)
    assert words_under_action_bar(kiosk.window) == []
    bar = screen.action_bar
    bar.move(bar.x(), screen.scroll_area.y() + screen.scroll_area.height() // 2)
    bar.raise_()
    assert any("under the action bar" in p for p in words_under_action_bar(kiosk.window))
