"""Where the lines of a widget's words lie: the scrolling page's lower edge cuts through a
line, not through a rectangle, so the fade that covers a cut (and the layout check that
judges one) need the lines.

`line_height` is cheap (font metrics of the words, fallback scripts included) and is what
the page uses while it moves; `text_lines` lays the words out the way QLabel and
QPushButton do and is what the layout check uses.
"""
from __future__ import annotations

from PySide6.QtCore import QPointF, QRect, Qt
from PySide6.QtGui import QFontMetrics, QTextDocument, QTextLayout, QTextOption
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtWidgets import QAbstractButton, QLabel, QWidget

SAMPLE_CHARS = 400  # enough of a text to meet its script (Arabic lines are taller than Latin)


def shows_words(widget: QWidget) -> bool:
    """A label or button with words of its own (a picture-only label or a tile has none)."""
    if isinstance(widget, QLabel):
        pixmap = widget.pixmap()
        return bool(widget.text()) and (pixmap is None or pixmap.isNull())
    return isinstance(widget, QAbstractButton) and bool(widget.text())


def line_height(widget: QWidget) -> int:
    """The height of the tallest line of the widget's words (a line with Georgian or Arabic
    letters is taller than a Latin one at the same size)."""
    sample = widget.text()[:SAMPLE_CHARS]
    return QFontMetrics(widget.font()).boundingRect(sample).height() + 1


def text_lines(widget: QWidget) -> list[tuple[int, int]]:
    """(top, bottom) of every line of the widget's words, in its own coordinates."""
    if not shows_words(widget):
        return []
    if isinstance(widget, QAbstractButton):
        return _button_lines(widget)
    rect = widget.contentsRect()
    margin = widget.margin()
    rect = rect.adjusted(margin, margin, -margin, -margin)
    width = rect.width() if widget.wordWrap() else 1_000_000
    rich = widget.textFormat() == Qt.RichText or (
        widget.textFormat() == Qt.AutoText and GuiQt.mightBeRichText(widget.text()))
    spans = (_rich_lines if rich else _plain_lines)(widget, width)
    if not spans:
        return []
    offset = rect.top()
    free = rect.height() - (spans[-1][1] - spans[0][0])
    if widget.alignment() & Qt.AlignVCenter:
        offset += free // 2
    elif widget.alignment() & Qt.AlignBottom:
        offset += free
    return [(round(top + offset), round(bottom + offset)) for top, bottom in spans]


def _button_lines(button: QAbstractButton) -> list[tuple[int, int]]:
    """A push button draws its words centred, one line per line break."""
    lines = button.text().split("\n")
    block = QFontMetrics(button.font()).boundingRect(
        QRect(0, 0, button.width(), 1_000_000), Qt.AlignHCenter | Qt.AlignTop, button.text())
    each = block.height() / len(lines)
    top = (button.height() - block.height()) / 2
    return [(round(top + i * each), round(top + (i + 1) * each)) for i in range(len(lines))]


def _rich_lines(label: QLabel, width: int) -> list[tuple[float, float]]:
    doc = QTextDocument()
    doc.setDefaultFont(label.font())
    doc.setDocumentMargin(0)
    doc.setHtml(label.text())
    doc.setTextWidth(width)
    doc.size()  # lays the document out
    spans = []
    block = doc.begin()
    while block.isValid():
        layout = block.layout()
        origin = layout.position().y()
        for index in range(layout.lineCount()):
            line = layout.lineAt(index)
            spans.append((origin + line.y(), origin + line.y() + line.height()))
        block = block.next()
    return spans


def _plain_lines(label: QLabel, width: int) -> list[tuple[float, float]]:
    option = QTextOption()
    option.setWrapMode(QTextOption.WordWrap if label.wordWrap() else QTextOption.NoWrap)
    spans = []
    y = 0.0
    for paragraph in label.text().split("\n"):
        layout = QTextLayout(paragraph, label.font())
        layout.setTextOption(option)
        layout.beginLayout()
        while (line := layout.createLine()).isValid():
            line.setLineWidth(width)
            line.setPosition(QPointF(0, y))
            spans.append((y, y + line.height()))
            y += line.height()
        layout.endLayout()
    return spans
