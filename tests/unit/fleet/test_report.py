"""The report: its figures equal sums computed independently from the CSV files, every chart
holds the figures of its table, the PDF text holds them too, and an empty period says so."""
from __future__ import annotations

import csv
import random
import shutil
import subprocess
from collections import defaultdict
from datetime import date, timedelta

import pytest

from kiosk.fleet.figures import Period, collect_figures
from kiosk.fleet.importer import import_paths
from kiosk.fleet.report_model import ChartSpec, TableSpec, build_sections
from kiosk.fleet.report_pdf import ChartBlock, FigureTable, _story, render_report
from kiosk.fleet.words import WORDS
from kiosk.tools.fleet_synth import generate

START = date(2026, 3, 2)
PERIOD = Period(date(2026, 3, 10), date(2026, 4, 12))


@pytest.fixture(scope="module")
def fleet_files(tmp_path_factory):
    folder = tmp_path_factory.mktemp("fleet")
    return generate(folder, kiosks=3, days=60, seed=7, start=START, every=10, window=16)


def independent_sums(files, period: Period, min_count: int = 5):
    """The same figures straight from the files: the largest count per key, then sums."""
    best = {}
    for path in files:
        with open(path, encoding="utf-8", newline="") as stream:
            for kiosk, hour, event, key, language, count in list(csv.reader(stream))[1:]:
                k = (kiosk, hour, event, key, language)
                best[k] = max(best.get(k, 0), int(count))
    sums = defaultdict(lambda: defaultdict(int))
    for (kiosk, hour, event, key, language), n in best.items():
        day = date.fromisoformat(hour[:10])
        if not (period.start <= day <= period.end) or n < min_count:
            continue
        monday = day - timedelta(days=day.weekday())
        if event == "session_length":
            sums["sessions"][(kiosk, monday)] += n
            sums["lengths"][key] += n
        elif event == "language_choice":
            sums["languages"][(kiosk, language)] += n
        elif event == "topic_view":
            sums["topics"][key] += n
        elif event == "leaflet_printed":
            sums["leaflets"][(key, language)] += n
        elif event == "printer_event":
            sums["faults"][(kiosk, key)] += n
    return sums


def flat(nested):
    return {(a, b): n for a, inner in nested.items() for b, n in inner.items() if n}


def test_figures_equal_independent_sums_whatever_the_import_order(fleet_engine, fleet_files):
    shuffled = list(fleet_files)
    random.Random(3).shuffle(shuffled)
    import_paths(fleet_engine, shuffled + list(reversed(fleet_files)))  # every file twice
    figures = collect_figures(fleet_engine, PERIOD)
    sums = independent_sums(fleet_files, PERIOD)
    assert flat(figures.sessions) == dict(sums["sessions"])
    assert flat(figures.languages) == dict(sums["languages"])
    assert dict(figures.topics) == dict(sums["topics"])
    assert flat(figures.leaflets) == dict(sums["leaflets"])
    assert flat(figures.faults) == dict(sums["faults"])
    assert figures.session_lengths == dict(sums["lengths"])
    assert figures.kiosks == ["kiosk-01", "kiosk-02", "kiosk-03"]
    only = collect_figures(fleet_engine, PERIOD, ["kiosk-02"])
    assert set(only.sessions) == {"kiosk-02"}
    assert only.sessions["kiosk-02"] == figures.sessions["kiosk-02"]


def _numbers(table: TableSpec, column: int) -> list[int]:
    return [int(row[column]) for row in table.rows]


def check_chart_against_table(block: ChartBlock, table: FigureTable) -> None:
    spec, data = block.spec, block.chart.data
    rows = table.spec
    if spec.kind == "line":
        assert [[y for _, y in series] for series in data] == [
            _numbers(rows, c + 1) for c in range(len(data))]
        assert rows.header[1:] == spec.series
    elif spec.kind == "stacked":
        for s, series in enumerate(data):
            assert list(series) == _numbers(rows, s + 1)
        totals = [sum(series[i] for series in data) for i in range(len(spec.categories))]
        assert totals == _numbers(rows, len(rows.header) - 1)
    elif spec.kind == "hbars":
        assert list(data[0]) == _numbers(rows, 4)
    else:
        assert list(data[0]) == _numbers(rows, 1)
    assert [row[0 if spec.kind != "hbars" else 1] for row in rows.rows] == spec.categories \
        or spec.kind == "line"


@pytest.mark.parametrize("language", ["ka", "en"])
def test_every_chart_holds_the_figures_of_its_table(fleet_engine, fleet_files, language):
    import_paths(fleet_engine, fleet_files)
    figures = collect_figures(fleet_engine, PERIOD, stale_days=5)
    w = WORDS[language]
    story = _story(build_sections(figures, w), figures, w, 500, False, date(2026, 5, 1))
    charts = [i for i, f in enumerate(story) if isinstance(f, ChartBlock)]
    assert {story[i].spec.kind for i in charts} == {"line", "stacked", "hbars", "bars"}
    for i in charts:
        table = next(f for f in story[i + 1:] if isinstance(f, FigureTable))
        check_chart_against_table(story[i], table)


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils not installed")
@pytest.mark.parametrize("language", ["ka", "en"])
def test_the_pdf_text_holds_every_figure_and_the_suppression_note(
        fleet_engine, fleet_files, tmp_path, language):
    import_paths(fleet_engine, fleet_files)
    figures = collect_figures(fleet_engine, PERIOD)
    pdf = tmp_path / "report.pdf"
    pdf.write_bytes(render_report(figures, language))
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True,
                          text=True, check=True).stdout
    w = WORDS[language]
    for key in ("title", "sessions_title", "languages_title", "lengths_title"):
        assert w[key] in text
    assert w["suppressed"].format(n=5).split()[0] in text
    words = set(text.split())
    for n in [n for inner in figures.languages.values() for n in inner.values()] + \
             [n for _, n in figures.topics] + list(figures.session_lengths.values()):
        assert str(n) in words


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils not installed")
@pytest.mark.parametrize("language", ["ka", "en"])
def test_a_period_without_figures_says_so_and_draws_no_axes(
        fleet_engine, fleet_files, tmp_path, language):
    import_paths(fleet_engine, fleet_files)
    empty = Period(date(2020, 1, 1), date(2020, 1, 31))
    figures = collect_figures(fleet_engine, empty)
    assert figures.empty
    w = WORDS[language]
    story = _story(build_sections(figures, w), figures, w, 500, False, date(2026, 5, 1))
    assert not any(isinstance(f, (ChartBlock, FigureTable)) for f in story if
                   not (isinstance(f, FigureTable) and f.spec.header[0] == w["kiosk"]))
    pdf = tmp_path / "empty.pdf"
    pdf.write_bytes(render_report(figures, language))
    text = " ".join(subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True,
                                   text=True, check=True).stdout.split())
    assert w["no_data"] in text


def test_the_report_command_writes_a_pdf_and_refuses_bad_input(fleet_files, tmp_path, capsys):
    from kiosk.cli import main

    db = f"sqlite:///{tmp_path / 'fleet.db'}"
    assert main(["fleet", "import-usage", "--db", db, str(fleet_files[0].parent.parent)]) == 0
    assert main(["fleet", "import-usage", "--db", db, str(fleet_files[0])]) == 0
    assert "nothing changed" in capsys.readouterr().out
    out = tmp_path / "r.pdf"
    assert main(["fleet", "report", "--db", db, "--from", "2026-03-10", "--to", "2026-04-12",
                 "--language", "ka", "--out", str(out)]) == 0
    assert out.read_bytes().startswith(b"%PDF-")
    assert main(["fleet", "report", "--db", db, "--from", "2026-04-12", "--to", "2026-03-10",
                 "--out", str(out)]) == 2
    assert main(["fleet", "report", "--db", db, "--from", "2026-03-10", "--to", "2026-04-12",
                 "--language", "xx", "--out", str(out)]) == 2
    err = capsys.readouterr().err
    assert "before it starts" in err and "no report words" in err


def test_ranked_bars_run_from_the_top_in_the_order_of_their_labels():
    """The labels are drawn top to bottom in rank order, so the bars must be too."""
    from reportlab.graphics.shapes import Rect

    from kiosk.fleet.report_pdf import PALETTE

    from kiosk.leaflets.fonts import register_fonts

    register_fonts()
    spec = ChartSpec("hbars", ["first", "second", "third"], ["Opened"], [[30, 20, 10]])
    block = ChartBlock(spec, 500, False)
    bars = []

    def walk(node):
        for child in getattr(node, "contents", []):
            walk(child)
        if isinstance(node, Rect) and node.fillColor == PALETTE[0] and node.width > 0:
            bars.append(node)

    walk(block.chart.draw())
    from_top = [round(b.width) for b in sorted(bars, key=lambda b: -b.y)]
    assert len(from_top) == 3 and from_top == sorted(from_top, reverse=True)


def test_stacked_and_plain_bars_run_left_to_right_in_label_order():
    from reportlab.graphics.shapes import Rect

    from kiosk.fleet.report_pdf import PALETTE

    from kiosk.leaflets.fonts import register_fonts

    register_fonts()
    spec = ChartSpec("bars", ["a", "b", "c"], ["n"], [[10, 30, 20]])
    block = ChartBlock(spec, 500, False)
    bars = []

    def walk(node):
        for child in getattr(node, "contents", []):
            walk(child)
        if isinstance(node, Rect) and node.fillColor == PALETTE[0] and node.height > 0:
            bars.append(node)

    walk(block.chart.draw())
    heights = [round(b.height) for b in sorted(bars, key=lambda b: b.x)]
    assert heights[1] > heights[2] > heights[0]


def test_printer_faults_are_named_in_the_reports_language():
    from kiosk.fleet.figures import FleetFigures

    figures = FleetFigures(PERIOD, ["k1"], 5, weeks=PERIOD.weeks())
    figures.faults = {"k1": {"paper-jam": 7, "something-new": 5}}
    w = WORDS["ka"]
    section = next(s for s in build_sections(figures, w) if s.title == w["faults_title"])
    chart, table = section.blocks
    assert chart.series == [w["fault:paper-jam"], "something-new"]
    assert table.header == [w["kiosk"], w["fault:paper-jam"], "something-new", w["total"]]
    assert table.rows == [["k1", "7", "5", "12"]]


def test_weeks_cut_by_the_period_are_marked_and_explained():
    from kiosk.fleet.figures import FleetFigures

    figures = FleetFigures(PERIOD, ["k1"], 5, weeks=PERIOD.weeks())  # Tuesday to a Sunday
    figures.sessions = {"k1": {week: 10 for week in PERIOD.weeks()}}
    w = WORDS["en"]
    section = build_sections(figures, w)[0]
    table = section.blocks[1]
    assert [row[0] for row in table.rows] == [
        "2026-03-09 *", "2026-03-16", "2026-03-23", "2026-03-30", "2026-04-06"]
    assert section.footnote == w["part_week"]
