"""A scroll area moved by dragging a finger (kinetic), with no scroll bars to aim at."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QScrollArea, QScroller, QScrollerProperties, QWidget


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

    @property
    def position(self) -> int:
        return self.verticalScrollBar().value()

    def scroll_to(self, position: int) -> None:
        QScroller.scroller(self.viewport()).stop()
        self.verticalScrollBar().setValue(position)
