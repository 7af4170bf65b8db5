"""Search: type with the on-screen keyboard, see matching topics and offices at once, tap one.

What is typed lives only in the field: it is never stored or logged, and it is forgotten on a
language change and on the idle reset.
"""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QLineEdit, QSizePolicy, QVBoxLayout, QWidget

from kiosk.ui.navigation import EMERGENCY, OFFICE, OFFICES, TOPIC, Location
from kiosk.ui.screens.base import Screen, ScreenContext, label
from kiosk.ui.theme import COLOURS
from kiosk.ui.widgets.keyboard import OnScreenKeyboard
from kiosk.ui.widgets.pictogram import pictogram_pixmap
from kiosk.ui.widgets.tile import Tile
from kiosk.ui.widgets.touch_scroll import TouchScrollArea

MAX_RESULTS = 12  # more than a screenful; each one costs layout time per keystroke
MAX_TYPED = 60


def _show(widget: QWidget, visible: bool) -> None:
    if widget.isHidden() == visible:
        widget.setVisible(visible)


def hit_location(hit) -> Location:
    if hit.kind == "office":
        return Location(OFFICE, hit.id)
    return Location(OFFICES) if hit.opens == "offices" else Location(TOPIC, hit.id)


class SearchField(QLineEdit):
    """Shows what was typed on the on-screen keyboard; takes no focus and offers no menu."""

    def __init__(self, metrics, parent: QWidget | None = None):
        super().__init__(parent)
        self.setReadOnly(True)
        self.setFocusPolicy(Qt.NoFocus)
        self.setContextMenuPolicy(Qt.NoContextMenu)
        self.setDragEnabled(False)
        self.setAttribute(Qt.WA_InputMethodEnabled, False)
        self.setStyleSheet(f"""
            QLineEdit {{
                font-size: {round(metrics.body_px * 1.4)}px; color: {COLOURS['text']};
                background: {COLOURS['surface']}; border: 3px solid {COLOURS['primary']};
                border-radius: {metrics.mm(2)}px; padding: {metrics.mm(1)}px {metrics.mm(2)}px;
                min-height: {metrics.primary_target}px;
            }}
        """)


class ResultTile(Tile):
    """A result: reused from keystroke to keystroke, so typing never waits on new widgets."""

    def __init__(self, icon_px: int, parent: QWidget | None = None):
        super().__init__("search", icon_px, parent)
        # Content text is plain text, never markup.
        self.title_label.setTextFormat(Qt.PlainText)
        self.summary_label.setTextFormat(Qt.PlainText)


class SearchScreen(Screen):
    def __init__(self, context: ScreenContext):
        super().__init__(context, scrolls=False)
        m = context.metrics
        self.body_layout.setContentsMargins(m.mm(8), m.mm(4), m.mm(8), m.mm(4))
        self.body_layout.setSpacing(m.mm(3))
        self.field = SearchField(m)
        self.field.textChanged.connect(self._update_results)

        self.results = QWidget()
        self.results.setObjectName("Screen")
        column = QVBoxLayout(self.results)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(m.mm(3))
        self.message = label("summary")
        self.offices_tile = Tile("offices-list", m.mm(12))
        self.emergency_tile = Tile("emergency-call", m.mm(12))
        self.open_on_tap(self.offices_tile, Location(OFFICES))
        self.open_on_tap(self.emergency_tile, Location(EMERGENCY))
        self.tiles: list[ResultTile] = []
        self._grid_holder = QWidget()
        self._grid = QGridLayout(self._grid_holder)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setSpacing(m.mm(3))
        self._columns = 0
        for _ in range(MAX_RESULTS):
            tile = ResultTile(m.mm(11))
            tile.clicked.connect(lambda _=False, t=tile: self.open(t.property("location")))
            tile.hide()
            self.tiles.append(tile)
        for widget in (self.message, self.offices_tile, self.emergency_tile, self._grid_holder):
            column.addWidget(widget)
        column.addStretch(1)
        self.results_area = TouchScrollArea(self.results)
        self.results_area.setSizePolicy(QSizePolicy.Expanding, QSizePolicy.Expanding)

        self.keyboard = OnScreenKeyboard(m)
        self.keyboard.typed.connect(self._type)
        self.keyboard.backspace_tapped.connect(lambda: self.field.setText(self.field.text()[:-1]))
        self.keyboard.clear_tapped.connect(self.field.clear)

        self.field_icon = QLabel()
        icon_px = m.mm(12)
        self.field_icon.setFixedSize(icon_px, icon_px)
        self.field_icon.setPixmap(pictogram_pixmap("search", icon_px))
        field_row = QHBoxLayout()
        field_row.setSpacing(m.mm(3))
        field_row.addWidget(self.field_icon)
        field_row.addWidget(self.field, 1)
        self.body_layout.addLayout(field_row)
        self.body_layout.addWidget(self.results_area, 1)
        self.body_layout.addWidget(self.keyboard)
        context.session.language_changed.connect(self._language_changed)
        self._arrange(0)
        self._update_results()

    # What the visitor types

    @property
    def typed(self) -> str:
        return self.field.text()

    def _type(self, text: str) -> None:
        current = self.field.text()
        if text == " " and (not current or current.endswith(" ")):
            return  # spaces only separate words
        if len(current) < MAX_TYPED:
            self.field.setText(current + text)

    def forget(self) -> None:
        """Drop what was typed and any switch to Latin letters (idle reset, language change)."""
        self.field.clear()
        self.keyboard.set_language(self.language)
        self.keyboard.show_own_letters()
        self.results_area.scroll_to(0)

    def _language_changed(self, language: str) -> None:
        self.forget()

    # Results

    def _arrange(self, width: int) -> None:
        columns = 2 if width >= self.context.metrics.mm(190) else 1
        if columns == self._columns:
            return
        self._columns = columns
        for tile in self.tiles:
            self._grid.removeWidget(tile)
        for index, tile in enumerate(self.tiles):
            self._grid.addWidget(tile, index // columns, index % columns)
        for column in range(2):
            self._grid.setColumnStretch(column, 1 if column < columns else 0)

    def _update_results(self) -> None:
        typed = self.field.text()
        service = self.service if self.context.content.ready else None
        hits = []
        searched = bool(typed.strip()) and service is not None
        if searched and service.search_available:
            hits = service.search(typed, self.language, MAX_RESULTS)
        # Touch only what changes: every text, pixmap or visibility change costs a relayout.
        self.results.setUpdatesEnabled(False)
        for tile, hit in zip(self.tiles, hits):
            shown = tile.property("hit")
            if shown != hit:
                if shown is None or (shown.title, shown.snippet) != (hit.title, hit.snippet):
                    tile.set_text(hit.title, hit.snippet)
                if shown is None or shown.pictogram != hit.pictogram:
                    tile.set_pictogram(hit.pictogram or "search")
                tile.setProperty("hit", hit)
                tile.setProperty("location", hit_location(hit))
        for index, tile in enumerate(self.tiles):
            _show(tile, index < len(hits))
        nothing = searched and not hits
        _show(self.offices_tile, nothing)
        _show(self.emergency_tile, nothing)
        _show(self.message, not hits)
        self.results.setUpdatesEnabled(True)
        if not hits:
            self._set_message(typed, service, nothing)
        self.results_area.scroll_to(0)

    def _set_message(self, typed: str, service, nothing: bool) -> None:
        if service is not None and not service.search_available:
            self.message.setText(self.tr("Search is not available on this kiosk at the moment. "
                                         "These pages may help:"))
        elif nothing:
            self.message.setText(self.tr("Nothing found for these letters. Try fewer letters, "
                                         "or look here:"))
        else:
            self.message.setText(self.tr("Touch the letters below to type a word: a town, "
                                         "a need or a kind of help. Results appear as you type."))

    def shown_hits(self) -> list[ResultTile]:
        return [tile for tile in self.tiles if tile.isVisibleTo(self)]

    # Screen

    def show_key(self, key: str) -> None:
        self.keyboard.set_language(self.language)
        super().show_key(key)

    def fill(self) -> None:
        self._update_results()

    def retranslate_ui(self) -> None:
        self.field.setPlaceholderText(self.tr("Type a word"))
        self.offices_tile.set_text(self.tr("IOM offices"),
                                   self.tr("The central office in Tbilisi and four field offices"))
        self.emergency_tile.set_text(self.tr("Emergency numbers"),
                                     self.tr("Police, ambulance and fire: 112"))
        self._set_message(self.field.text(),
                          self.service if self.context.content.ready else None,
                          self.offices_tile.isVisibleTo(self))

    def scroll_position(self) -> int:
        return self.results_area.position

    def set_scroll_position(self, position: int) -> None:
        self.results_area.scroll_to(position)

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt override)
        margins = self.body_layout.contentsMargins()
        self._arrange(event.size().width() - margins.left() - margins.right())
        super().resizeEvent(event)
