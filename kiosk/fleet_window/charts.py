"""The report's chart specifications (kiosk.fleet.report_model) drawn with QtCharts, so the
window shows the same charts as the PDF."""
from __future__ import annotations

from PySide6.QtCharts import (QBarCategoryAxis, QBarSeries, QBarSet, QChart, QHorizontalBarSeries,
                              QLineSeries, QStackedBarSeries, QValueAxis)
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor, QPainter

from kiosk.fleet.report_model import ChartSpec

PALETTE = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#000000",
           "#999999", "#7B3294", "#1B7837", "#762A83")


def _value_axis(values: list[list[int]], stacked: bool) -> QValueAxis:
    axis = QValueAxis()
    if stacked:
        top = max((sum(col) for col in zip(*values)), default=0)
    else:
        top = max((v for row in values for v in row), default=0)
    axis.setRange(0, max(1, top) * 1.05)
    axis.setLabelFormat("%d")
    axis.applyNiceNumbers()  # 0, 20000, 40000... rather than fractions of the largest value
    return axis


def make_chart(spec: ChartSpec, title: str = "") -> QChart:
    if spec.kind == "hbars":  # QtCharts stacks categories from the bottom up (and cannot
        # reverse a category axis): give them bottom first, so the largest is on top
        spec = ChartSpec(spec.kind, spec.categories[::-1], spec.series,
                         [row[::-1] for row in spec.values], spec.axis_label)
    chart = QChart()
    chart.setTitle(title)
    chart.setAnimationOptions(QChart.NoAnimation)
    categories = QBarCategoryAxis()
    categories.append(spec.categories)
    if spec.kind == "line":
        for i, (name, row) in enumerate(zip(spec.series, spec.values)):
            series = QLineSeries()
            series.setName(name)
            series.append([QPointF(x, v) for x, v in enumerate(row)])
            series.setColor(QColor(PALETTE[i % len(PALETTE)]))
            chart.addSeries(series)
        values = _value_axis(spec.values, False)
        categories.setLabelsAngle(-60)
        chart.addAxis(categories, Qt.AlignBottom)
        chart.addAxis(values, Qt.AlignLeft)
        for series in chart.series():
            series.attachAxis(categories)
            series.attachAxis(values)
        return chart
    series = {"stacked": QStackedBarSeries, "hbars": QHorizontalBarSeries}.get(spec.kind, QBarSeries)()
    for i, (name, row) in enumerate(zip(spec.series, spec.values)):
        bar_set = QBarSet(name)
        bar_set.append([float(v) for v in row])
        bar_set.setColor(QColor(PALETTE[i % len(PALETTE)]))
        series.append(bar_set)
    chart.addSeries(series)
    values = _value_axis(spec.values, spec.kind == "stacked")
    if spec.kind == "hbars":
        chart.addAxis(values, Qt.AlignBottom)
        chart.addAxis(categories, Qt.AlignLeft)
        series.setLabelsVisible(True)
    else:
        if len(spec.categories) > 6:
            categories.setLabelsAngle(-45)
        chart.addAxis(categories, Qt.AlignBottom)
        chart.addAxis(values, Qt.AlignLeft)
    series.attachAxis(categories)
    series.attachAxis(values)
    chart.legend().setVisible(len(spec.series) > 1)
    return chart


RENDER_HINT = QPainter.Antialiasing
