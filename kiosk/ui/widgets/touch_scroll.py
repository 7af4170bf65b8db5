"""A scroll area moved by dragging a finger (kinetic), with no scroll bars to aim at."""
from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import (
    QAbstractButton,
    QFrame,
    QLabel,
    QScrollArea,
    QScroller,
    QScrollerProperties,
    QWidget,
)

from kiosk.ui.widgets.text_lines import line_height, shows_words

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
        # With no scroll bars, a page longer than the glass says so: its lower edge fades
        # into the background and a badge points down, until the end is in view; once it
        # is scrolled, its upper edge fades too. None of them takes taps (they reach the
        # page beneath).
        self.fade = ScrollFade(self, "ScrollFade")
        self.top_fade = ScrollFade(self, "ScrollFadeTop")
        self.more_cue = ScrollCue(self)
        bar = self.verticalScrollBar()
        bar.rangeChanged.connect(lambda _low, _high: self._update_cue())
        # While the page moves, the fades are fitted as the page repaints (viewportEvent).
        bar.valueChanged.connect(lambda _value: self._update_cue(fit=False))

    def refresh_cue(self) -> None:
        """Look again once the page is laid out: words can move under the edge with the
        page's length unchanged (a new language, another page of the same length)."""
        self._update_cue()

    def _update_cue(self, fit: bool = True) -> None:
        bar = self.verticalScrollBar()
        more = bar.value() < bar.maximum()
        scrolled = bar.value() > bar.minimum()
        if more:
            viewport = self.viewport().geometry()
            size = self.more_cue.width()
            self.more_cue.move(viewport.center().x() - size // 2,
                               viewport.bottom() - size - size // 4)
        if fit or more != self.fade.isVisible() or scrolled != self.top_fade.isVisible():
            self._fit_fades(more, scrolled)
        for widget, shown in ((self.top_fade, scrolled), (self.fade, more),
                              (self.more_cue, more)):
            widget.setVisible(shown)
            if shown:
                widget.raise_()

    def _fit_fades(self, lower: bool, upper: bool) -> None:
        """Each fade tall enough for the tallest line of words its edge passes through now
        (never half a heading in plain sight); the lower one for the badge as well."""
        viewport = self.viewport().geometry()
        size = self.more_cue.width()
        if lower:
            height = max(size + size // 4, self._cut_line_height(viewport.height()))
            self.fade.setGeometry(viewport.left(), viewport.bottom() + 1 - height,
                                  viewport.width(), height)
        if upper:
            height = max(size // 2, self._cut_line_height(0))
            self.top_fade.setGeometry(viewport.left(), viewport.top(), viewport.width(), height)

    def _cut_line_height(self, edge: int) -> int:
        """The tallest line of words that the horizontal line `edge` (in the viewport)
        passes through."""
        viewport = self.viewport()
        body = self.widget()
        tallest = 0
        for widget in body.findChildren(QLabel) + body.findChildren(QAbstractButton):
            if not widget.isVisible() or not shows_words(widget):
                continue
            top = widget.mapTo(viewport, QPoint(0, 0)).y()
            if top < edge < top + widget.height():
                tallest = max(tallest, line_height(widget))
        return tallest

    def viewportEvent(self, event) -> bool:  # noqa: N802 (Qt override)
        # Whatever moved words on the page (tiles reflowing inside their grid, a new
        # language, the finger) repaints it: fit the fades to what the edges cut now.
        if event.type() == QEvent.Paint:
            self._fit_fades(self.fade.isVisible(), self.top_fade.isVisible())
        return super().viewportEvent(event)

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt override)
        super().resizeEvent(event)
        self._update_cue()

    @property
    def position(self) -> int:
        return self.verticalScrollBar().value()

    def scroll_to(self, position: int) -> None:
        QScroller.scroller(self.viewport()).stop()
        self.verticalScrollBar().setValue(position)


class ScrollFade(QWidget):
    """An edge of the page fading into the background where the page goes on, painted by
    the stylesheet (`QWidget#ScrollFade` below, `#ScrollFadeTop` above, in the colours of
    the contrast in force)."""

    def __init__(self, parent: QWidget, name: str):
        super().__init__(parent)
        self.setObjectName(name)
        self.setAttribute(Qt.WA_StyledBackground)
        self.setAttribute(Qt.WA_TransparentForMouseEvents)
        self.hide()


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
