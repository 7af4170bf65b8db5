"""The fleet report as a PDF: ReportLab's own charts, every label laid out with the leaflets'
text layout (bidi + HarfBuzz, the merged leaflet font), so Georgian, Armenian, Cyrillic,
Arabic and Persian labels come out whole and shaped.

Charts draw only the numbers themselves (bars, lines, the value axis); category labels and
legends are drawn beside them with `draw_text_line`, which shapes any script.
"""
from __future__ import annotations

import io
from datetime import date

from reportlab.graphics import renderPDF
from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.charts.lineplots import LinePlot
from reportlab.graphics.shapes import Drawing
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Spacer
from reportlab.platypus.flowables import Flowable

from kiosk.fleet.figures import FleetFigures
from kiosk.fleet.report_model import ChartSpec, Section, TableSpec, build_sections
from kiosk.fleet.words import words_for
from kiosk.languages import KNOWN_LANGUAGES
from kiosk.leaflets.fonts import BOLD, REGULAR, register_fonts
from kiosk.leaflets.text import LTR_EMBEDDING, POP_DIRECTION, TextBlock, TextStyle, draw_text_line

MARGIN = 16 * mm
INK = colors.HexColor("#1a1a1a")
MUTED = colors.HexColor("#555555")
RULE = colors.HexColor("#bbbbbb")
# Distinguishable on screen and in greyscale print order (Okabe-Ito, then darker kin).
PALETTE = [colors.HexColor(c) for c in (
    "#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#000000",
    "#999999", "#7B3294", "#1B7837", "#762A83")]

TITLE = TextStyle(BOLD, 18, 24, INK)
HEADING = TextStyle(BOLD, 13, 18, INK)
BODY = TextStyle(REGULAR, 9.5, 13, INK)
SMALL = TextStyle(REGULAR, 7.5, 10, MUTED)
CELL = TextStyle(REGULAR, 8, 11, INK)
CELL_BOLD = TextStyle(BOLD, 8, 11, INK)


LABEL_MAX = 130.0  # longest category label, in points; longer ones end with "…"


def word_width_of(text: str, font: str = REGULAR, size: float = 7.5) -> float:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    return stringWidth(text, font, size)


def _fit(text: str, limit: float = LABEL_MAX, font: str = REGULAR, size: float = 7.5) -> str:
    """The text, cut to `limit` points with an ellipsis if longer (approximate for Arabic
    script, measured unshaped)."""
    if word_width_of(text, font, size) <= limit:
        return text
    while text and word_width_of(text + "…", font, size) > limit:
        text = text[:-1]
    return text.rstrip() + "…"


def _colour(i: int):
    return PALETTE[i % len(PALETTE)]


class ChartBlock(Flowable):
    """One chart (a ReportLab Drawing, numbers only) plus its shaped labels and legend."""

    def __init__(self, spec: ChartSpec, width: float, rtl: bool):
        super().__init__()
        self.spec, self.rtl = spec, rtl
        self.width = width
        self.label_space = 150.0 if spec.kind == "hbars" else 0.0
        self.bottom = 22.0
        if spec.kind != "hbars":
            slot = (width - 48) / max(1, len(spec.categories))
            widest = max((word_width_of(c) for c in spec.categories), default=0.0)
            if widest > slot - 4:  # rotated labels, as tall as the longest needs
                self.bottom = min(widest, LABEL_MAX) * 0.82 + 10
        self.legend_rows = self._legend_rows() if len(spec.series) > 1 else []
        self.legend_h = len(self.legend_rows) * 12.0 + (6 if self.legend_rows else 0)
        plot_h = max(120.0, 14.0 * len(spec.categories)) if spec.kind == "hbars" else 170.0
        self.height = self.legend_h + self.bottom + plot_h + 14
        self.drawing = Drawing(width, self.height)
        self.chart = self._make_chart(plot_h)
        self.drawing.add(self.chart)

    def _legend_rows(self) -> list[list[int]]:
        from reportlab.pdfbase.pdfmetrics import stringWidth

        rows, row, used = [], [], 0.0
        for i, name in enumerate(self.spec.series):
            w = 14 + stringWidth(name, REGULAR, 8) + 12
            if row and used + w > self.width:
                rows.append(row)
                row, used = [], 0.0
            row.append(i)
            used += w
        return rows + [row] if row else rows

    def _make_chart(self, plot_h: float):
        spec = self.spec
        left = 40.0 + self.label_space
        if spec.kind == "line":
            chart = LinePlot()
            chart.data = [[(i, v) for i, v in enumerate(row)] for row in spec.values]
            chart.xValueAxis.valueMin = -0.5
            chart.xValueAxis.valueMax = max(len(spec.categories) - 0.5, 0.5)
            chart.xValueAxis.visibleLabels = False
            chart.xValueAxis.visibleTicks = False
            for i in range(len(spec.values)):
                chart.lines[i].strokeColor = _colour(i)
                chart.lines[i].strokeWidth = 1.4
                if i >= len(PALETTE):
                    chart.lines[i].strokeDashArray = (3, 2)
            axis = chart.yValueAxis
        else:
            chart = HorizontalBarChart() if spec.kind == "hbars" else VerticalBarChart()
            chart.data = [list(row) for row in spec.values]
            chart.categoryAxis.categoryNames = ["" for _ in spec.categories]
            chart.categoryAxis.visibleLabels = False
            if spec.kind == "stacked":
                chart.categoryAxis.style = "stacked"
            if spec.kind == "hbars":  # the first (largest) at the top, beside its label
                chart.categoryAxis.reverseDirection = 1
            for i in range(len(spec.values)):
                chart.bars[i].fillColor = _colour(i)
                chart.bars[i].strokeColor = None
            chart.barSpacing = 1
            chart.groupSpacing = 4
            if spec.kind in ("bars", "hbars"):
                chart.barLabelFormat = "%d"
                chart.barLabels.fontName = REGULAR
                chart.barLabels.fontSize = 7
                chart.barLabels.boxAnchor = "w" if spec.kind == "hbars" else "s"
                chart.barLabels.dx = 3 if spec.kind == "hbars" else 0
                chart.barLabels.dy = 0 if spec.kind == "hbars" else 2
            axis = chart.valueAxis
        axis.valueMin = 0
        if spec.kind == "stacked":
            top = max((sum(column) for column in zip(*spec.values)), default=0)
        else:
            top = max((v for row in spec.values for v in row), default=0)
        axis.valueMax = max(1, top) * 1.1  # room above the tallest bar for its label
        axis.labels.fontName = REGULAR
        axis.labels.fontSize = 7
        axis.strokeColor = RULE
        axis.visibleGrid = True
        axis.gridStrokeColor = colors.HexColor("#e4e4e4")
        chart.x, chart.y = left, self.legend_h + self.bottom
        chart.width = self.width - left - (30 if spec.kind == "hbars" else 8)
        chart.height = plot_h
        return chart

    def wrap(self, available_width, available_height):
        return self.width, self.height

    def draw(self):
        canv, spec, chart = self.canv, self.spec, self.chart
        renderPDF.draw(self.drawing, canv, 0, 0)
        n = len(spec.categories)
        if n:
            label = TextStyle(REGULAR, 7.5, 9, INK, align="end")
            step = chart.width / n
            every = max(1, n // 26) if spec.kind == "line" else 1  # weeks: at most 26 labels
            for i, text in enumerate(spec.categories):
                if i % every:
                    continue
                if spec.kind == "hbars":
                    y = chart.y + (n - i - 0.5) * chart.height / n - 2.5
                    draw_text_line(canv, text, 2, self.label_space + 30, y, label, False)
                    continue
                x = chart.x + (i + 0.5) * step
                canv.saveState()
                if self.bottom > 30:
                    canv.translate(x + 2.5, chart.y - 4)
                    canv.rotate(55)
                    draw_text_line(canv, _fit(text), -LABEL_MAX, LABEL_MAX, 0, label, False)
                else:
                    centred = TextStyle(REGULAR, 7.5, 9, INK, align="center")
                    draw_text_line(canv, text, x - step / 2, step, chart.y - 11, centred, False)
                canv.restoreState()
        if spec.axis_label:
            draw_text_line(canv, spec.axis_label, 0, self.width, self.height - 9,
                           TextStyle(REGULAR, 7.5, 9, MUTED), False)
        y = self.legend_h - 12
        for row in self.legend_rows:
            x = chart.x
            for i in row:
                canv.setFillColor(_colour(i))
                canv.rect(x, y + 0.5, 9, 6, stroke=0, fill=1)
                w = draw_text_line(canv, spec.series[i], x + 13, self.width, y,
                                   TextStyle(REGULAR, 8, 10, INK), False)
                x += 13 + w + 12
            y -= 12


class FigureTable(Flowable):
    """A plain table of the figures, split across pages with its header repeated; in a
    right-to-left report its columns run from the right."""

    def __init__(self, spec: TableSpec, width: float, rtl: bool, _rows=None):
        super().__init__()
        self.spec, self.rtl, self.width = spec, rtl, width
        self.rows = spec.rows if _rows is None else _rows
        self.widths = self._widths()
        self.row_h = CELL.leading + 3

    def _widths(self) -> list[float]:
        n = len(self.spec.header)
        first = min(0.34, max(0.16, 1.0 / n * 1.8)) if n > 2 else 0.5
        if self.spec.numeric_from >= 2:  # topics / silent kiosks: a wide name column
            share = [0.1, 0.36, 0.24, 0.15, 0.15] if n == 5 else [0.45, 0.3, 0.25]
            return [self.width * s for s in share]
        rest = (1 - first) / max(1, n - 1)
        return [self.width * first] + [self.width * rest] * (n - 1)

    def wrap(self, available_width, available_height):
        self.height = self.row_h * (len(self.rows) + 1) + 4
        return self.width, self.height

    def split(self, available_width, available_height):
        fit = int((available_height - 4) // self.row_h) - 1
        if fit < 2 or fit >= len(self.rows):
            return [] if fit < 2 else [self]
        return [FigureTable(self.spec, self.width, self.rtl, self.rows[:fit]),
                FigureTable(self.spec, self.width, self.rtl, self.rows[fit:])]

    def _draw_row(self, cells: list[str], y: float, bold: bool) -> None:
        canv = self.canv
        font = CELL_BOLD.font if bold else CELL.font
        canv.setFont(font, CELL.size)
        canv.setFillColor(INK)
        x = self.width if self.rtl else 0.0
        for i, (text, w) in enumerate(zip(cells, self.widths)):
            left = x - w if self.rtl else x
            x = x - w if self.rtl else x + w
            to_end = i >= self.spec.numeric_from  # numbers line up at the column's end
            if text.isascii():  # figures, dates, ids: no shaping needed (most cells)
                if to_end != self.rtl:
                    canv.drawRightString(left + w - 3, y, text)
                else:
                    canv.drawString(left + 3, y, text)
                continue
            style = TextStyle(font, CELL.size, CELL.leading, INK, align="end" if to_end else "start")
            draw_text_line(canv, _fit(text, w - 6, font, CELL.size), left + 3, w - 6, y, style,
                           self.rtl)
            canv.setFont(font, CELL.size)

    def draw(self):
        canv = self.canv
        y = self.height - self.row_h
        self._draw_row(self.spec.header, y + 3, True)
        canv.setStrokeColor(RULE)
        canv.setLineWidth(0.6)
        canv.line(0, y, self.width, y)
        for row in self.rows:
            y -= self.row_h
            self._draw_row(row, y + 3, False)
        canv.line(0, y, self.width, y)


def _ltr(text: str, rtl: bool) -> str:
    """Dates and kiosk ids keep their left-to-right order inside right-to-left sentences
    (python-bidi would otherwise show 2026-11-30 as 30-11-2026 there)."""
    return f"{LTR_EMBEDDING}{text}{POP_DIRECTION}" if rtl else text


def _story(sections: list[Section], figures: FleetFigures, w: dict, width: float, rtl: bool,
           today: date) -> list:
    register_fonts()  # the charts measure their labels as they are built
    def para(text, style, after=4.0, keep=False):
        return TextBlock(text, style, rtl, space_after=after, keep_with_next=keep)

    listed = ": " + _ltr(", ".join(figures.kiosks), rtl) if len(figures.kiosks) <= 12 else ""
    story = [para(w["title"], TITLE, 6),
             para(w["period"].format(start=_ltr(figures.period.start.isoformat(), rtl),
                                     end=_ltr(figures.period.end.isoformat(), rtl)), BODY, 2),
             para(w["kiosks"].format(n=len(figures.kiosks)) + listed, BODY, 2),
             para(w["made"].format(date=_ltr(today.isoformat(), rtl)), BODY, 8),
             para(w["suppressed"].format(n=figures.min_count), SMALL, 2)]
    if figures.left_out:
        story.append(para(w["left_out"].format(n=figures.left_out, m=figures.min_count), SMALL, 2))
    if figures.empty:
        story += [Spacer(1, 10), para(w["no_data"], HEADING, 10)]
        sections = [s for s in sections if s.title.startswith(w["silent_title"].split("{")[0])]
    for section in sections:
        story += [Spacer(1, 12), para(section.title, HEADING, 4, keep=True)]
        if not section.blocks:
            story.append(para(section.note, BODY, 4))
        for block in section.blocks:
            if isinstance(block, ChartSpec):
                story.append(ChartBlock(block, width, rtl))
                story.append(para(w["table_note"], SMALL, 2, keep=True))
            else:
                story += [FigureTable(block, width, rtl), Spacer(1, 8)]
        if section.footnote:
            story.append(para(section.footnote, SMALL, 4))
    return story


def render_report(figures: FleetFigures, language: str, titles: dict[str, str] | None = None,
                  today: date | None = None) -> bytes:
    """The report PDF in `language` (KeyError if the report has no words in it)."""
    w = words_for(language)
    register_fonts()
    rtl = KNOWN_LANGUAGES[language].right_to_left if language in KNOWN_LANGUAGES else False
    today = today or date.today()
    buffer = io.BytesIO()
    page_w, page_h = A4
    width = page_w - 2 * MARGIN

    def footer(canv, doc):
        canv.saveState()
        style = TextStyle(REGULAR, 7.5, 9, MUTED, align="end")
        draw_text_line(canv, w["page"].format(n=doc.page), MARGIN, width, MARGIN / 2, style, rtl)
        if w.get("unreviewed"):
            draw_text_line(canv, w["unreviewed"], MARGIN, width, MARGIN / 2,
                           TextStyle(REGULAR, 7.5, 9, MUTED), rtl)
        canv.restoreState()

    doc = BaseDocTemplate(buffer, pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN,
                          topMargin=MARGIN, bottomMargin=MARGIN, title=w["title"],
                          author="IOM Georgia kiosk fleet", invariant=True)
    doc.addPageTemplates([PageTemplate("page", [Frame(MARGIN, MARGIN, width, page_h - 2 * MARGIN,
                                                      id="body")], onPage=footer)])
    sections = build_sections(figures, w, titles)
    doc.build(_story(sections, figures, w, width, rtl, today))
    return buffer.getvalue()
