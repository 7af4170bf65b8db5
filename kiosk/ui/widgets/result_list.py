"""Search results as a model and a view that paints them as big tappable tiles.

A list view with a painting delegate, not a column of tile widgets: a new keystroke resets a
small model and the view paints only the rows on screen, so results keep up with typing
(widgets with word-wrapped labels cost a relayout each, several milliseconds per keystroke).

Signals (ResultList):
    hit_tapped(object): the SearchHit whose tile was tapped.
"""
from __future__ import annotations

from collections import OrderedDict

from PySide6.QtCore import QAbstractListModel, QEvent, QModelIndex, QPointF, QRect, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPen, QTextLayout, QTextOption
from PySide6.QtWidgets import (
    QAbstractItemView, QFrame, QListView, QScroller, QStyle, QStyledItemDelegate,
    QStyleOptionViewItem,
)

from kiosk.ui.palette import Palette
from kiosk.ui.widgets.pictogram import pictogram_pixmap
from kiosk.ui.widgets.touch_scroll import scroll_by_finger

# Laid-out texts a delegate keeps: two per tile, for the tiles of the last few keystrokes.
LAID_TEXTS_KEPT = 96


class SearchResultModel(QAbstractListModel):
    """The hits of the last query (frozen SearchHit records)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._hits: list = []

    def set_hits(self, hits: list) -> None:
        if hits == self._hits:
            return
        self.beginResetModel()
        self._hits = list(hits)
        self.endResetModel()

    def hits(self) -> list:
        return list(self._hits)

    def hit(self, row: int):
        """The record itself, straight from Python (a PyObject through QVariant in
        data() upset PySide6's reference counting under heavy repainting)."""
        return self._hits[row] if 0 <= row < len(self._hits) else None

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802 (Qt override)
        return 0 if parent.isValid() else len(self._hits)

    def data(self, index: QModelIndex, role: int = Qt.DisplayRole):
        if not index.isValid():
            return None
        hit = self._hits[index.row()]
        # No DisplayRole: the delegate paints from `hit()`. Returning the title as DisplayRole
        # while the delegate painted crashed PySide6 6.12 (a refcount fault, "deallocating
        # None") after some thousand repaints; screen readers still get the accessible roles.
        if role == Qt.AccessibleTextRole:
            return hit.title
        if role == Qt.AccessibleDescriptionRole:
            return hit.snippet
        return None


class LaidText:
    """A text word-wrapped into at most `max_lines` lines of a box, the last line elided if
    text remains: laid out once, drawn at any position. A keystroke mostly shows hits it
    showed before, and laying out (shaping) is most of the cost of painting a tile."""

    __slots__ = ("layout", "lines", "elided", "elided_box")

    def __init__(self, text: str, font: QFont, width: int, height: int, max_lines: int,
                 right_to_left: bool):
        metrics = QFontMetrics(font)
        self.layout = layout = QTextLayout(text, font)
        option = QTextOption()
        option.setWrapMode(QTextOption.WrapAtWordBoundaryOrAnywhere)
        # The text's own direction (an English title in an Arabic session reads left to
        # right); the alignment follows the screen's direction.
        option.setTextDirection(Qt.LayoutDirectionAuto)
        option.setAlignment(Qt.AlignRight if right_to_left else Qt.AlignLeft)
        layout.setTextOption(option)
        layout.beginLayout()
        lines, y = [], 0.0
        while len(lines) < max_lines:
            line = layout.createLine()
            if not line.isValid():
                break
            line.setLineWidth(width)
            if lines and y + line.height() > height + 0.5:
                break  # a script with taller lines (Arabic): fewer lines, never past the tile
            line.setPosition(QPointF(0, y))
            y += line.height()
            lines.append(line)
        layout.endLayout()
        self.lines, self.elided, self.elided_box = lines, "", QRect()
        if not lines:
            return
        last = lines[-1]
        if last.textStart() + last.textLength() < len(text):  # cut: the last line elided
            self.lines = lines[:-1]
            rest = text[last.textStart():].replace("\n", " ")
            self.elided = metrics.elidedText(rest, Qt.ElideRight, width)
            self.elided_box = QRect(0, round(last.position().y()), width,
                                    max(metrics.height(), round(last.height())))

    def draw(self, painter: QPainter, left: int, top: int, right_to_left: bool) -> None:
        origin = QPointF(left, top)
        for line in self.lines:
            line.draw(painter, origin)
        if self.elided:
            painter.drawText(self.elided_box.translated(left, top),
                             (Qt.AlignRight if right_to_left else Qt.AlignLeft) | Qt.AlignTop,
                             self.elided)


def line_height(font: QFont) -> int:
    """The tallest line `font` makes in any script the kiosk shows: Qt falls back glyph by
    glyph along the application's families, and Arabic's lines are taller than Latin's."""
    from PySide6.QtGui import QFontMetrics, QGuiApplication

    heights = [QFontMetrics(font).lineSpacing()]
    for family in QGuiApplication.font().families():
        each = QFont(font)
        each.setFamilies([family])
        heights.append(QFontMetrics(each).lineSpacing())
    return max(heights) + 1  # a text layout rounds each line up


class ResultDelegate(QStyledItemDelegate):
    """Paints a hit like the kiosk's tiles: pictogram, bold title, two lines of snippet."""

    def __init__(self, palette: Palette, parent=None):
        super().__init__(parent)
        self._palette = palette
        self.title_font = QFont()
        self.title_font.setBold(True)
        self.snippet_font = QFont()
        # Laid-out titles and snippets of the tiles painted lately, newest last. A few dozen
        # small layouts (no pixmaps): the hits of this keystroke and the last few.
        self._laid: OrderedDict[tuple, LaidText] = OrderedDict()
        self.restyle()

    def restyle(self) -> None:
        """Sizes from the palette in force (the visitor's text size)."""
        metrics = self._m = self._palette.metrics
        self.icon_px = metrics.mm(11)
        self.margin = metrics.mm(2.5)
        self.gap = metrics.mm(3)  # between tiles
        self.title_font.setPixelSize(round(metrics.body_px * 1.1))
        self.snippet_font.setPixelSize(round(metrics.body_px * 0.85))
        # Measured once: the fonts never change, and a tile is painted on every keystroke.
        self.title_line = line_height(self.title_font)
        self.snippet_line = line_height(self.snippet_font)
        self._laid.clear()

    def _laid_text(self, text: str, font: QFont, width: int, height: int, max_lines: int,
                   right_to_left: bool) -> LaidText:
        key = (text, font is self.title_font, width, height, max_lines, right_to_left)
        laid = self._laid.get(key)
        if laid is None:
            laid = self._laid[key] = LaidText(text, font, width, height, max_lines, right_to_left)
            if len(self._laid) > LAID_TEXTS_KEPT:
                self._laid.popitem(last=False)
        else:
            self._laid.move_to_end(key)
        return laid

    def tile_height(self) -> int:
        title, snippet = self.title_line, self.snippet_line
        return max(self._m.primary_target, 2 * self.margin + title + 2 * snippet + 4) + self.gap

    def sizeHint(self, option, index) -> QSize:  # noqa: N802 (Qt override)
        view = self.parent()
        width = view.gridSize().width() if isinstance(view, QListView) else option.rect.width()
        return QSize(width, self.tile_height())

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        hit = index.model().hit(index.row())
        if hit is None:
            return
        rtl = option.direction == Qt.RightToLeft
        pressed = bool(option.state & QStyle.State_Sunken) or bool(option.state & QStyle.State_Selected)
        # Drawn afresh each time: a pixmap cache of 16 tiles saved about 2.5 ms a keystroke
        # (median, not the 95th percentile) but cost 6.6 MB, against a 130 MB memory budget.
        painter.save()
        self._draw_tile(painter, option.rect, hit, rtl, pressed)
        painter.restore()

    def _draw_tile(self, painter: QPainter, rect: QRect, hit, rtl: bool, pressed: bool) -> None:
        painter.setRenderHint(QPainter.Antialiasing)
        colours = self._palette.colours
        tile = rect.adjusted(self.gap, 0, 0, -self.gap) if rtl else rect.adjusted(0, 0, -self.gap, -self.gap)
        painter.setPen(QPen(QColor(colours["border"]), 2))
        painter.setBrush(QColor(colours["border"] if pressed else colours["surface"]))
        radius = self._m.mm(2)
        painter.drawRoundedRect(tile.adjusted(1, 1, -1, -1), radius, radius)
        inner = tile.adjusted(self.margin, self.margin, -self.margin, -self.margin)
        icon_x = inner.right() - self.icon_px if rtl else inner.left()
        painter.setClipRect(tile)  # whatever a text does, it stays inside its tile
        painter.drawPixmap(icon_x, inner.top(), pictogram_pixmap(hit.pictogram or "search",
                                                                 self.icon_px))
        text_rect = inner.adjusted(0, 0, -(self.icon_px + self.margin), 0) if rtl else \
            inner.adjusted(self.icon_px + self.margin, 0, 0, 0)
        painter.setPen(QColor(colours["primary"]))
        painter.setFont(self.title_font)
        title_h = self.title_line
        self._laid_text(hit.title, self.title_font, text_rect.width(), title_h, 1, rtl).draw(
            painter, text_rect.left(), text_rect.top(), rtl)
        painter.setPen(QColor(colours["muted"]))
        painter.setFont(self.snippet_font)
        snippet_top = text_rect.top() + title_h + 2
        self._laid_text(hit.snippet, self.snippet_font, text_rect.width(),
                        text_rect.bottom() - snippet_top, 2, rtl).draw(
            painter, text_rect.left(), snippet_top, rtl)


class ResultList(QListView):
    """The results, one or two columns of tiles, scrolled by finger; a tap opens a hit."""

    hit_tapped = Signal(object)

    def __init__(self, palette: Palette, parent=None):
        super().__init__(parent)
        self._palette = palette
        self._m = palette.metrics  # the base sizes: columns stay as they are
        self.result_model = SearchResultModel(self)
        self.setModel(self.result_model)
        self.delegate = ResultDelegate(palette, self)
        self.setItemDelegate(self.delegate)
        self.setFrameShape(QFrame.NoFrame)
        self.setFocusPolicy(Qt.NoFocus)
        self.setContextMenuPolicy(Qt.NoContextMenu)
        self.setSelectionMode(QAbstractItemView.NoSelection)
        self.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.setVerticalScrollMode(QAbstractItemView.ScrollPerPixel)
        self.setUniformItemSizes(True)
        self.setFlow(QListView.LeftToRight)
        self.setWrapping(True)
        self.setResizeMode(QListView.Adjust)
        self.setMouseTracking(False)
        self._restyle()
        palette.changed.connect(self._restyle)
        scroll_by_finger(self.viewport())
        self.clicked.connect(self._tapped)

    def _restyle(self) -> None:
        """The palette changed (text size, contrast): new sizes, colours, and a repaint."""
        self.delegate.restyle()
        self.setStyleSheet(
            f"QListView {{ background: {self._palette.colours['background']}; border: none; }}")
        self._fill_viewport()
        self._fit_grid(self.width())
        self.viewport().update()

    def _fill_viewport(self) -> None:
        """Opaque, in the screen's colour: then a new keystroke repaints only this list, not
        every styled ancestor underneath it as well (measured: a third of the results' paint).
        A style sheet's polish turns auto-fill off again, so it is set after every one."""
        self.viewport().setAutoFillBackground(True)

    def viewportEvent(self, event) -> bool:  # noqa: N802 (Qt override)
        handled = super().viewportEvent(event)
        if event.type() in (QEvent.Polish, QEvent.StyleChange):
            self._fill_viewport()
        return handled

    def _fit_grid(self, width: int) -> None:
        columns = self.columns_for(width)
        # A pixel less than an exact share: the view wraps when a row would reach the edge.
        self.setGridSize(QSize(max(1, (width - 4) // columns), self.delegate.tile_height()))

    def _tapped(self, index: QModelIndex) -> None:
        hit = self.result_model.hit(index.row())
        if hit is not None:
            self.hit_tapped.emit(hit)

    def set_hits(self, hits: list) -> None:
        self.result_model.set_hits(hits)
        self.scrollToTop()

    def columns_for(self, width: int) -> int:
        return 2 if width >= self._m.mm(300) else 1

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt override)
        self._fit_grid(event.size().width())
        super().resizeEvent(event)

    def tile_rect(self, row: int) -> QRect:
        """Where the tile of result `row` is, in viewport coordinates (for taps in tests)."""
        return self.visualRect(self.result_model.index(row))

    @property
    def position(self) -> int:
        return self.verticalScrollBar().value()

    def scroll_to(self, position: int) -> None:
        QScroller.scroller(self.viewport()).stop()
        self.verticalScrollBar().setValue(position)
