"""The fleet window: a stick imported off the GUI thread with progress, and the same charts
as the report for the period and kiosks chosen; an empty period says so."""
from __future__ import annotations

from datetime import date

import pytest

from kiosk.fleet.figures import Period
from kiosk.fleet.words import WORDS
from kiosk.tools.fleet_synth import generate


@pytest.fixture
def window(qtbot, tmp_path):
    from kiosk.fleet.service import FleetService
    from kiosk.fleet_window.window import FleetWindow

    service = FleetService(f"sqlite:///{tmp_path / 'fleet.db'}")
    win = FleetWindow(service, WORDS["en"])
    qtbot.addWidget(win)
    win.resize(1200, 800)
    win.show()
    yield win
    service.close()


@pytest.fixture
def stick(tmp_path):
    folder = tmp_path / "stick"
    generate(folder, kiosks=2, days=21, seed=5, start=date(2026, 3, 2), every=7, window=10)
    return folder


def test_import_runs_off_the_gui_thread_with_progress_then_lists_the_kiosks(qtbot, window, stick):
    import threading

    from PySide6.QtCore import QThread

    seen_threads = []
    original = window.service.import_usage

    def spy(paths, progress=None):
        seen_threads.append(threading.current_thread() is threading.main_thread())
        return original(paths, progress)

    window.service.import_usage = spy
    values = []
    window.progress.valueChanged.connect(values.append)
    with qtbot.waitSignal(window.import_finished, timeout=30000) as blocker:
        window.import_paths([stick])
        assert not window.import_button.isEnabled()
    assert seen_threads == [False]
    outcomes = blocker.args[0]
    assert len(outcomes) in values and values.index(len(outcomes)) > 0  # file by file
    assert outcomes and all(o.status == "imported" for o in outcomes)
    assert window.import_button.isEnabled() and QThread.currentThread() is window.thread()
    assert "Done: " in window.status.text() and f"{len(outcomes)} imported" in window.status.text()
    kiosks = [window.kiosk_list.item(r).text() for r in range(window.kiosk_list.count())]
    assert kiosks == [WORDS["en"]["all_kiosks"], "kiosk-01", "kiosk-02"]
    with qtbot.waitSignal(window.import_finished, timeout=30000) as again:
        window.import_paths([stick])
    assert all(o.status == "already imported" for o in again.args[0])


def test_charts_show_the_figures_of_the_period_and_kiosks_chosen(qtbot, window, stick):
    from PySide6.QtCharts import QChartView
    from PySide6.QtCore import QDate, Qt

    with qtbot.waitSignal(window.import_finished, timeout=30000):
        window.import_paths([stick])
    window.start.setDate(QDate(2026, 3, 2))
    window.end.setDate(QDate(2026, 3, 22))
    window.kiosk_list.item(0).setCheckState(Qt.Unchecked)
    window.kiosk_list.item(2).setCheckState(Qt.Checked)  # kiosk-02 only
    with qtbot.waitSignal(window.charts_shown):
        qtbot.mouseClick(window.show_button, Qt.LeftButton)
    figures = window.service.figures(Period(date(2026, 3, 2), date(2026, 3, 22)), ["kiosk-02"])
    assert window.tabs.count() == len(window.shown_sections) == 7
    languages_tab = window.tabs.widget(1).widget()
    chart = languages_tab.findChildren(QChartView)[0].chart()
    series = chart.series()[0]
    totals = {s.label(): sum(s.at(i) for i in range(s.count())) for s in series.barSets()}
    expected = {}
    for inner in figures.languages.values():
        for lang, n in inner.items():
            expected[lang] = expected.get(lang, 0) + n
    assert {label.split()[0]: total for label, total in totals.items()} == expected
    sessions_chart = window.tabs.widget(0).widget().findChildren(QChartView)[0].chart()
    assert [s.name() for s in sessions_chart.series()] == ["kiosk-02"]


def test_an_empty_period_says_so(qtbot, window, stick):
    from PySide6.QtCore import QDate

    with qtbot.waitSignal(window.import_finished, timeout=30000):
        window.import_paths([stick])
    window.start.setDate(QDate(2020, 1, 1))
    window.end.setDate(QDate(2020, 1, 31))
    with qtbot.waitSignal(window.charts_shown):
        window.show_charts()
    assert window.tabs.count() == 1
    assert window.tabs.widget(0).text() == WORDS["en"]["no_data"]


def test_ranked_topics_run_from_the_top(qtbot):
    from PySide6.QtCharts import QChartView
    from kiosk.fleet.report_model import ChartSpec
    from kiosk.fleet_window.charts import make_chart

    view = QChartView(make_chart(ChartSpec("hbars", ["first", "second", "third"], ["n"],
                                           [[30, 20, 10]])))
    qtbot.addWidget(view)
    view.resize(600, 400)
    view.show()
    qtbot.waitExposed(view)
    from PySide6.QtWidgets import QGraphicsRectItem

    bars = [item for item in view.scene().items() if isinstance(item, QGraphicsRectItem)
            and item.brush().color().name().lower() == "#0072b2" and item.rect().height() > 10]
    from_top = [round(b.rect().width()) for b in sorted(bars, key=lambda b: b.sceneBoundingRect().y())]
    assert len(from_top) == 3 and from_top == sorted(from_top, reverse=True)
    labels = view.chart().axes()[-1].categories()
    assert list(labels) == ["third", "second", "first"]  # bottom up: "first" on top
