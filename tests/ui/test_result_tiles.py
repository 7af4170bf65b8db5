"""Result tiles keep their laid-out titles and snippets between keystrokes: a tile painted from
the kept layout is pixel for pixel the tile laid out afresh, at every width and in both
directions, and the delegate keeps only a bounded number of layouts."""
from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QImage, QPainter

from kiosk.content.search import SearchHit
from kiosk.ui.palette import Palette
from kiosk.ui.theme import Metrics
from kiosk.ui.widgets.result_list import LAID_TEXTS_KEPT, ResultDelegate
from tests.helpers.taps import tap

HITS = [
    SearchHit("topic", "a", "ka", "მიგრაცია და დასაქმება საზღვარგარეთ, უსაფრთხოდ და კანონიერად",
              "…ადამიანებს, ვინც ფიქრობს მიგრაციაზე, სჭირდებათ სანდო ინფორმაცია: ვიზები, "
              "სამუშაო ნებართვა, ჯანმრთელობა და უსაფრთხოება…", "iom-info"),
    SearchHit("topic", "b", "ar", "الصحة", "…تقدم المنظمة الدولية للهجرة المساعدة في العودة "
              "الطوعية وإعادة الإدماج للمهاجرين الذين يرغبون في العودة إلى ديارهم…", "health"),
    SearchHit("office", "c", "en", "Batumi", "", "office"),
]


def _painted(delegate: ResultDelegate, hit, width: int, rtl: bool) -> QImage:
    image = QImage(width, delegate.tile_height(), QImage.Format_ARGB32_Premultiplied)
    image.fill(Qt.white)
    painter = QPainter(image)
    delegate._draw_tile(painter, QRect(0, 0, width, delegate.tile_height()), hit, rtl, False)
    painter.end()
    return image


def test_a_kept_layout_paints_the_same_tile_as_a_fresh_one(qapp):
    kept = ResultDelegate(Palette(Metrics(dpi=96.0)))
    for width in (900, 420, 900, 260):
        for rtl in (False, True):
            for hit in HITS:
                first = _painted(kept, hit, width, rtl)
                again = _painted(kept, hit, width, rtl)  # from the kept layout
                fresh = _painted(ResultDelegate(Palette(Metrics(dpi=96.0))), hit, width, rtl)
                assert first == again == fresh, (hit.id, width, rtl)


def test_a_new_text_size_lays_the_texts_out_again(qapp):
    palette = Palette(Metrics(dpi=96.0))
    delegate = ResultDelegate(palette)
    _painted(delegate, HITS[0], 700, False)
    palette.set(palette.colours, Metrics(dpi=96.0, text_scale=1.5))
    delegate.restyle()
    fresh = ResultDelegate(Palette(Metrics(dpi=96.0, text_scale=1.5)))
    assert _painted(delegate, HITS[0], 700, False) == _painted(fresh, HITS[0], 700, False)


def test_the_delegate_keeps_a_bounded_number_of_layouts(qapp):
    delegate = ResultDelegate(Palette(Metrics(dpi=96.0)))
    for n in range(LAID_TEXTS_KEPT):
        hit = SearchHit("topic", str(n), "en", f"Title {n}", f"Snippet number {n}", "")
        _painted(delegate, hit, 500, False)
    assert len(delegate._laid) == LAID_TEXTS_KEPT


def test_the_result_list_stays_opaque_through_style_sheets(qtbot, make_kiosk):
    """Opaque, a new keystroke repaints the list alone and not every styled widget beneath
    it; a style sheet's polish switches auto-fill off, and the list switches it on again,
    at first show and after the largest text in high contrast alike (new style sheets)."""
    from kiosk.ui import navigation as nav
    from kiosk.ui.theme import TEXT_SCALES
    from tests.ui.test_search import open_search

    kiosk = make_kiosk(idle_timeout_s=60.0)  # no visit end halfway on a busy machine
    search = open_search(qtbot, kiosk.window, "en")
    search.field.setText("work")
    viewport = search.result_list.viewport()
    assert search.shown_hits() and viewport.autoFillBackground()
    kiosk.display.set_text_level(len(TEXT_SCALES) - 1)
    kiosk.display.set_high_contrast(True)
    assert viewport.autoFillBackground()
    kiosk.window.navigator.go(nav.Location(nav.HOME))
    kiosk.window.navigator.go(nav.Location(nav.SEARCH))
    search.field.setText("work")
    assert search.shown_hits() and viewport.autoFillBackground()


def test_results_appearing_are_laid_out_and_painted_once(qtbot, make_kiosk):
    """From the message to the results and back: the list gets its place in one layout pass
    and is painted once (shown while the message was still there, it was laid out and
    painted twice on every first letter). The very first showing of the list, once in the
    screen's life, also sizes it to its hint first; it comes before the counted rounds."""
    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtWidgets import QApplication

    from tests.ui.test_search import open_search, type_on_keys

    window = make_kiosk(idle_timeout_s=60.0).window  # no visit end halfway on a busy machine
    search = open_search(qtbot, window, "en")
    results = search.result_list

    class Seen(QObject):
        def __init__(self):
            super().__init__()
            self.events = []

        def eventFilter(self, watched, event):  # noqa: N802 (Qt override)
            if event.type() in (QEvent.Resize, QEvent.Paint):
                self.events.append((watched is results.viewport(), event.type()))
            return False

    type_on_keys(qtbot, search, "h")  # the first showing ever
    tap(qtbot, search.keyboard.clear_key)
    seen = Seen()
    results.installEventFilter(seen)
    results.viewport().installEventFilter(seen)
    for _ in range(2):
        seen.events.clear()
        type_on_keys(qtbot, search, "h")
        qtbot.waitUntil(lambda: (True, QEvent.Paint) in seen.events)
        for _ in range(5):
            QApplication.processEvents()
        assert search.shown_hits()
        assert seen.events.count((False, QEvent.Resize)) <= 1
        assert seen.events.count((True, QEvent.Paint)) == 1, seen.events
        geometry = results.geometry()
        tap(qtbot, search.keyboard.clear_key)
        assert not search.shown_hits() and results.isHidden()
        assert search.message.isVisible()
    assert geometry.height() > search.message.height()
