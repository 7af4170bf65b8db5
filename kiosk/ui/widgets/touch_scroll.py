"""A scroll area moved by dragging a finger (kinetic), with no scroll bars to aim at."""
from __future__ import annotations

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QFrame, QScrollArea, QScroller, QScrollerProperties, QWidget

CUE_MM = 11  # the "more below" badge's diameter
CUE_COLOUR = "#0b3a66"  # the theme's primary blue (8.6:1 with white), in both contrasts


def scroll_by_finger(viewport: QWidget, overshoot_resistance: float | None = None) -> None:
    """Kinetic scrolling by dragging. Touches arrive as synthesised mouse events, so the
    left-button gesture covers both."""
    QScroller.grabGesture(viewport, QScroller.LeftMouseButtonGesture)
    scroller = QScroller.scroller(viewport)
    props = scroller.scrollerProperties()
    if overshoot_resistance is not None:
        props.setScrollMetric(QScrollerProperties.OvershootDragResistanceFactor, overshoot_resistance)
    # Deliver presses at once: a delayed press swallowed quick taps right after a screen change.
    props.setScrollMetric(QScrollerProperties.MousePressEventDelay, 0)
    props.setScrollMetric(QScrollerProperties.HorizontalOvershootPolicy,
                          QScrollerProperties.OvershootAlwaysOff)
    scroller.setScrollerProperties(props)


class TouchScrollArea(QScrollArea):
    def __init__(self, content: QWidget, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWidget(content)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        scroll_by_finger(self.viewport(), overshoot_resistance=0.3)
        # With no scroll bars, a page longer than the glass says so: a badge pointing down,
        # until the end is in view. It takes no taps (they reach the page beneath).
        self.more_cue = ScrollCue(self)
        bar = self.verticalScrollBar()
        bar.rangeChanged.connect(lambda _low, _high: self._update_cue())
        bar.valueChanged.connect(lambda _value: self._update_cue())

    def _update_cue(self) -> None:
        bar = self.verticalScrollBar()
        more = bar.value() < bar.maximum()
        if more:
            viewport = self.viewport().geometry()
            size = self.more_cue.width()
            self.more_cue.move(viewport.center().x() - size // 2,
                               viewport.bottom() - size - size // 4)
            self.more_cue.raise_()
        self.more_cue.setVisible(more)

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt override)
        super().resizeEvent(event)
        self._update_cue()

    @property
    def position(self) -> int:
        return self.verticalScrollBar().value()

    def scroll_to(self, position: int) -> None:
        QScroller.scroller(self.viewport()).stop()
        self.verticalScrollBar().setValue(position)


class ScrollCue(QWidget):
    """A round badge with a chevron pointing down: there is more below."""

    def __init__(self, parent: QWidget):
        super().__init__(parent)
        self.setObjectName("ScrollCue")
        self.setAttribute(Qt.WA_TransparentForMouseEvents)
        self.setAttribute(Qt.WA_TranslucentBackground)
        size = round(CUE_MM * parent.logicalDpiY() / 25.4)
        self.setFixedSize(size, size)
        self.hide()

    def paintEvent(self, _event) -> None:  # noqa: N802 (Qt override)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.Antialiasing)
        size = self.width()
        painter.setPen(QPen(QColor("#ffffff"), max(2, size // 20)))
        painter.setBrush(QColor(CUE_COLOUR))
        painter.drawEllipse(1, 1, size - 2, size - 2)
        pen = QPen(QColor("#ffffff"), max(3, size // 9))
        pen.setCapStyle(Qt.RoundCap)
        pen.setJoinStyle(Qt.RoundJoin)
        painter.setPen(pen)
        u = size / 10
        painter.drawPolyline([QPointF(3 * u, 4 * u), QPointF(5 * u, 6.2 * u), QPointF(7 * u, 4 * u)])
        painter.end()
