"""What every screen shares: its dependencies, a scrolling body and live retranslation."""
from __future__ import annotations

import html
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QBoxLayout, QGridLayout, QLabel, QVBoxLayout, QWidget

from kiosk.ui.content_source import ContentSource
from kiosk.ui.navigation import Location, Navigator
from kiosk.ui.palette import Palette
from kiosk.ui.session import VisitorSession
from kiosk.ui.theme import TEXT_SCALE_PROPERTY, Metrics
from kiosk.ui.widgets.measured_label import MeasuredLabel
from kiosk.ui.widgets.tile import Tile
from kiosk.ui.widgets.touch_scroll import TouchScrollArea


@dataclass(frozen=True)
class ScreenContext:
    """The dependencies a screen is given (never fetched from globals)."""

    content: ContentSource
    session: VisitorSession
    navigator: Navigator
    metrics: Metrics  # the kiosk's base sizes (layout, touch targets)
    palette: Palette  # the colours and text sizes in force for this visit
    # Where the kiosk stands, (latitude, longitude) from the settings; None when not set.
    here: tuple[float, float] | None = None


def label(role: str = "", text: str = "", wrap: bool = True) -> QLabel:
    widget = MeasuredLabel(text) if wrap else QLabel(text)
    widget.setTextFormat(Qt.PlainText)
    if role:
        widget.setProperty("role", role)
    return widget


def discard(widget: QWidget) -> None:
    """Take a widget off the screen now (deleteLater alone would leave it visible until
    the event loop next runs)."""
    widget.hide()
    widget.setParent(None)
    widget.deleteLater()


def clear_layout(layout) -> None:
    while layout.count():
        item = layout.takeAt(0)
        if item.widget() is not None:
            discard(item.widget())


def isolate_left_to_right(text: str) -> str:
    """Keep a phone number, e-mail or web address in its own order inside right-to-left text
    (Unicode LEFT-TO-RIGHT ISOLATE ... POP DIRECTIONAL ISOLATE)."""
    return f"\u2066{text}\u2069"


def align_to_reading_side(label: QLabel) -> None:
    """A text that starts left-to-right (a number, an address) would align left even in an
    Arabic layout; put it where reading starts, like the text around it."""
    side = Qt.AlignRight if QGuiApplication.layoutDirection() == Qt.RightToLeft else Qt.AlignLeft
    label.setAlignment(side | Qt.AlignAbsolute | Qt.AlignVCenter)


def escape(text: str) -> str:
    return html.escape(text, quote=False)


class Screen(QWidget):
    """A full-window page. Subclasses fill `self.body` and implement `show_key`."""

    def __init__(self, context: ScreenContext, scrolls: bool = True):
        super().__init__()
        self.setObjectName("Screen")
        self.setAttribute(Qt.WA_StyledBackground)
        self.context = context
        self.key = ""
        self._shown = None  # (key, language, content generation) last filled
        self._words_stale = False  # the language changed while the screen was hidden
        m = context.metrics
        self.body = QWidget()
        self.body.setObjectName("Screen")
        self.body_layout = QVBoxLayout(self.body)
        self.body_layout.setContentsMargins(m.mm(8), m.mm(6), m.mm(8), m.mm(10))
        self.body_layout.setSpacing(m.mm(4))
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        self.scroll_area = TouchScrollArea(self.body) if scrolls else None
        outer.addWidget(self.scroll_area or self.body, 1)
        # Actions on what is shown (print, read aloud) stay in view while the body scrolls.
        self.action_bar = ActionBar()
        self.action_bar.setObjectName("ActionBar")
        self.action_layout = self.action_bar.layout()
        self.action_layout.setContentsMargins(m.mm(8), m.mm(2), m.mm(8), m.mm(3))
        self.action_layout.setSpacing(m.mm(4))
        self.action_layout.addStretch(1)
        self.action_bar.hide()
        outer.addWidget(self.action_bar)
        context.session.ended.connect(self._visit_ended)

    def _visit_ended(self, _reason: str) -> None:
        """The next visitor starts at the top of every page."""
        self.set_scroll_position(0)

    def centre_short_page(self, max_width_mm: float) -> None:
        """For a page with little on it (emergency numbers, an office): a readable column in
        the middle of a wide screen, and the page in the middle of a tall one, instead of a
        corner of text and a field of empty background. Call after the body's last widget
        and its closing stretch."""
        if self.scroll_area is None:
            return
        self.body.setMaximumWidth(self.context.metrics.mm(max_width_mm))
        self.scroll_area.setAlignment(Qt.AlignHCenter | Qt.AlignTop)
        # Beside the column the screen's own background shows through (either contrast).
        self.scroll_area.viewport().setAutoFillBackground(False)
        self.scroll_area.setStyleSheet("QScrollArea { background: transparent; }")
        self.body_layout.insertStretch(0, 1)  # with the closing stretch: centred vertically

    def add_action(self, button: QWidget) -> None:
        """Put a control in the bar under the body, in reading order."""
        self.action_layout.insertWidget(self.action_layout.count() - 1, button)
        self.action_bar.show()

    @property
    def language(self) -> str:
        return self.context.session.language

    @property
    def service(self):
        return self.context.content.service

    def open(self, location) -> None:
        """Go somewhere, remembering how far this screen was scrolled for Back."""
        self.context.navigator.go(location, self.scroll_position())

    def open_on_tap(self, button, location) -> None:
        button.setProperty("location", location)
        button.clicked.connect(lambda _=False: self.open(location))

    def show_key(self, key: str) -> None:
        """Fill the screen for this topic/office (or "" for screens without one)."""
        self.key = key
        self._reword()
        # Refilling rebuilds widgets (30 ms for home); skip it when nothing it shows changed.
        shown = (key, self.language, self.context.content.generation)
        if self.context.content.ready and shown != self._shown:
            self.fill()
            self._shown = shown

    def settle_layout(self) -> None:
        """Give the body its full height now, before the next paint. Left to the event loop,
        a wrapped label's new height reaches the scroll area only after several passes of
        posted layout requests, and a frame painted in between cuts off the end of a long
        text (in a screenshot, for good)."""
        self.body_layout.invalidate()
        self.body_layout.activate()
        if self.scroll_area is not None:
            viewport = self.scroll_area.viewport()
            width = viewport.width()
            self.body.resize(width, max(self.body.heightForWidth(width), viewport.height()))
            self.scroll_area.refresh_cue()

    def fill(self) -> None:
        """Re-read content in the current language. Override."""

    def retranslate_ui(self) -> None:
        """Set every UI string with self.tr(). Override."""

    def scroll_position(self) -> int:
        return self.scroll_area.position if self.scroll_area else 0

    def set_scroll_position(self, position: int) -> None:
        if self.scroll_area:
            self.scroll_area.scroll_to(position)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.LanguageChange:
            # Only the screen in view is reworded now; a hidden one when it is next shown
            # (a language change is otherwise paid for by every screen at once).
            self._words_stale = True
            if self.isVisible():
                self._reword()
        super().changeEvent(event)

    def showEvent(self, event) -> None:  # noqa: N802 (Qt override)
        if self._words_stale:
            self._reword()
        super().showEvent(event)

    def _reword(self) -> None:
        self._words_stale = False
        self.retranslate_ui()


class ActionBar(QWidget):
    """The actions under a page in a row; one under the other when their words do not fit
    side by side (portrait at the largest text), never cut."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        # Its own background and a line above it (`QWidget#ActionBar`): the page visibly
        # ends at the bar instead of running into the buttons.
        self.setAttribute(Qt.WA_StyledBackground)
        QBoxLayout(QBoxLayout.LeftToRight, self)

    def _arrange(self) -> None:
        row = self.layout()
        margins = row.contentsMargins()
        shown = [row.itemAt(i).widget() for i in range(row.count())]
        shown = [w for w in shown if w is not None and not w.isHidden()]
        need = (sum(w.sizeHint().width() for w in shown) + row.spacing() * max(0, len(shown) - 1)
                + margins.left() + margins.right())
        direction = QBoxLayout.LeftToRight if need <= self.width() else QBoxLayout.TopToBottom
        if row.direction() != direction:
            row.setDirection(direction)

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt override)
        super().resizeEvent(event)
        self._arrange()

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.LayoutRequest:  # a new text on a button
            self._arrange()
        return super().event(event)


@dataclass(frozen=True)
class TileEntry:
    """What one tile shows and where a tap on it leads."""

    pictogram: str
    title: str
    summary: str
    location: Location


class TileGrid(QWidget):
    """Lays tiles out in as many columns as fit at a readable width (reflows on rotate).

    `show_entries` keeps the tiles it made and re-words them for the next page: a new
    widget costs its construction, its styling by the style sheet and a stream of events,
    about 1.5 ms a tile, which made opening a topic or changing language slow."""

    def __init__(self, min_tile_width: int, max_columns: int = 3, parent: QWidget | None = None,
                 *, icon_px: int = 0, on_tap: Callable[[Location], None] | None = None):
        super().__init__(parent)
        self._min_width = min_tile_width
        self.max_columns = max_columns
        self._icon_px = icon_px
        self._on_tap = on_tap
        self._tiles: list[QWidget] = []
        self._spare: list[Tile] = []  # made earlier, hidden until a page has more tiles
        self._columns = 0
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)

    def set_spacing(self, px: int) -> None:
        self._grid.setSpacing(px)

    def set_tiles(self, tiles: list[QWidget]) -> None:
        """These widgets, made by the caller; the ones shown before are discarded."""
        for tile in self._tiles:
            discard(tile)
        self._place(tiles)

    def show_entries(self, entries: Sequence[TileEntry]) -> None:
        """A tile for each entry, re-using this grid's tiles (needs `icon_px` and `on_tap`)."""
        pool = self._tiles + self._spare
        while len(pool) < len(entries):
            pool.append(self._new_tile())
        for tile, entry in zip(pool, entries):
            tile.set_pictogram(entry.pictogram)  # always: a pointing one mirrors with the language
            tile.set_text(entry.title, entry.summary)
            tile.setProperty("location", entry.location)
        shown, self._spare = pool[:len(entries)], pool[len(entries):]
        for tile in self._spare:
            self._grid.removeWidget(tile)
            tile.hide()
        self._place(shown)
        for tile in shown:
            tile.show()

    def _new_tile(self) -> Tile:
        tile = Tile("", self._icon_px, self)
        # The tile's place changes with each page: read it at the tap.
        tile.clicked.connect(lambda _=False: self._on_tap(tile.property("location")))
        return tile

    def _place(self, tiles: list[QWidget]) -> None:
        if [id(t) for t in tiles] == [id(t) for t in self._tiles]:
            return  # the same tiles in the same places
        self._tiles = list(tiles)
        self._columns = 0
        self._arrange(self.width())

    def tiles(self) -> list[QWidget]:
        return list(self._tiles)

    def _column_width(self) -> int:
        """The narrowest readable column: wider as the visitor's text grows."""
        scale = QCoreApplication.instance().property(TEXT_SCALE_PROPERTY) or 1.0
        return round(self._min_width * scale)

    def _arrange(self, width: int) -> None:
        columns = max(1, min(self.max_columns, width // self._column_width())) if width > 0 else 1
        if columns == self._columns and all(self._grid.indexOf(t) >= 0 for t in self._tiles):
            return
        self._columns = columns
        for tile in self._tiles:
            self._grid.removeWidget(tile)
        for index, tile in enumerate(self._tiles):
            self._grid.addWidget(tile, index // columns, index % columns)
        for column in range(max(3, self.max_columns)):
            self._grid.setColumnStretch(column, 1 if column < columns else 0)

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt override)
        self._arrange(event.size().width())
        super().resizeEvent(event)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.LayoutRequest:  # a new text size: columns wider or narrower
            self._arrange(self.width())
        return super().event(event)
