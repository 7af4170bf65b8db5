"""Search: type with the on-screen keyboard, see matching topics and offices at once, tap one.

What is typed lives only in the field: it is never stored or logged, and it is forgotten on a
language change and on the idle reset.
"""
from __future__ import annotations

from collections import OrderedDict

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QBoxLayout, QHBoxLayout, QLabel, QLineEdit, QSizePolicy,
                               QVBoxLayout, QWidget)

from kiosk.ui.navigation import EMERGENCY, OFFICE, OFFICES, TOPIC, Location
from kiosk.ui.screens.base import Screen, ScreenContext, label
from kiosk.ui.widgets.keyboard import OnScreenKeyboard
from kiosk.ui.widgets.pictogram import pictogram_pixmap
from kiosk.ui.widgets.tile import Tile
from kiosk.ui.widgets.result_list import ResultList

MAX_RESULTS = 20
MAX_TYPED = 60
# Answers kept within a visit: enough to delete back through a long word without asking again.
ANSWERS_KEPT = 12


def _show_only(layout, visible: dict[QWidget, bool]) -> None:
    """Show and hide widgets of one layout, changing only those that change, then lay them
    out once. Showing a widget lays its parent out at once: each change on its own laid the
    screen out (and painted what moved) with the others half done."""
    changing = [(w, v) for w, v in visible.items() if w.isHidden() == v]
    if not changing:
        return
    layout.setEnabled(False)
    try:
        for widget, shown in changing:
            widget.setVisible(shown)
    finally:
        layout.setEnabled(True)
        layout.activate()


def hit_location(hit) -> Location:
    if hit.kind == "office":
        return Location(OFFICE, hit.id)
    return Location(OFFICES) if hit.opens == "offices" else Location(TOPIC, hit.id)


class SearchField(QLineEdit):
    """Shows what was typed on the on-screen keyboard; takes no focus and offers no menu."""

    def __init__(self, palette, parent: QWidget | None = None):
        super().__init__(parent)
        self._palette = palette
        self.setReadOnly(True)
        self.setFocusPolicy(Qt.NoFocus)
        self.setContextMenuPolicy(Qt.NoContextMenu)
        self.setDragEnabled(False)
        self.setAttribute(Qt.WA_InputMethodEnabled, False)
        self._restyle()
        palette.changed.connect(self._restyle)

    def _restyle(self) -> None:
        """In the visitor's text size and colours (its own sheet outranks the display's)."""
        metrics, colours = self._palette.metrics, self._palette.colours
        self.setStyleSheet(f"""
            QLineEdit {{
                font-size: {round(metrics.body_px * 1.4)}px; color: {colours['text']};
                background: {colours['surface']}; border: 3px solid {colours['primary']};
                border-radius: {metrics.mm(2)}px; padding: {metrics.mm(1)}px {metrics.mm(2)}px;
                min-height: {metrics.primary_target}px;
            }}
        """)


class SearchScreen(Screen):
    def __init__(self, context: ScreenContext):
        super().__init__(context, scrolls=False)
        m = context.metrics
        self.body_layout.setContentsMargins(m.mm(8), m.mm(4), m.mm(8), m.mm(4))
        self.body_layout.setSpacing(m.mm(3))
        self.field = SearchField(context.palette)
        self.field.textChanged.connect(self._update_results)

        self.message = label("summary")
        self.offices_tile = Tile("offices-list", m.mm(12))
        self.emergency_tile = Tile("emergency-call", m.mm(12))
        self.open_on_tap(self.offices_tile, Location(OFFICES))
        self.open_on_tap(self.emergency_tile, Location(EMERGENCY))
        self.result_list = ResultList(context.palette)
        self.result_list.hit_tapped.connect(lambda hit: self.open(hit_location(hit)))
        self.result_list.setSizePolicy(QSizePolicy.Expanding, QSizePolicy.Expanding)
        self._spacer = QWidget()  # takes the room of the list when there are no results
        self._spacer.setSizePolicy(QSizePolicy.Expanding, QSizePolicy.Expanding)

        self.keyboard = OnScreenKeyboard(m, palette=context.palette)
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
        for widget in (self.message, self.offices_tile, self.emergency_tile):
            self.body_layout.addWidget(widget)
        # Results above the keyboard in portrait; beside it on a wide screen, where a keyboard
        # under the results would leave them too little height and the sides empty.
        results = QVBoxLayout()
        results.setSpacing(0)
        results.addWidget(self.result_list, 1)
        results.addWidget(self._spacer, 1)
        self._split = QBoxLayout(QBoxLayout.TopToBottom)
        self._split.setSpacing(m.mm(6))
        self._split.addLayout(results, 3)
        self._split.addWidget(self.keyboard, 2, Qt.AlignBottom)
        self.body_layout.addLayout(self._split, 1)
        context.session.language_changed.connect(self._language_changed)
        # (folded words, language, service) -> hits, the newest last; this visit's only.
        self._answers: OrderedDict[tuple, list] = OrderedDict()
        self._typed_in = ""  # the language of what is in the field (see fill)
        self._update_results()

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt override)
        size = event.size()
        direction = (QBoxLayout.LeftToRight if size.width() > size.height()
                     else QBoxLayout.TopToBottom)
        if self._split.direction() != direction:
            self._split.setDirection(direction)
        super().resizeEvent(event)

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
        self._answers.clear()  # nothing of the last visitor's words stays
        if self.isVisible():  # hidden, the keys follow the language when next shown (show_key)
            self.keyboard.set_language(self.language)
        self.keyboard.show_own_letters()
        self.result_list.scroll_to(0)

    def _language_changed(self, language: str) -> None:
        self.forget()

    def _visit_ended(self, reason: str) -> None:
        super()._visit_ended(reason)
        self.forget()  # the search text, even if the language stays

    # Results

    def _update_results(self) -> None:
        typed = self.field.text()
        service = self.service if self.context.content.ready else None
        hits = []
        searched = bool(typed.strip()) and service is not None
        if searched and service.search_available:
            hits = self._search(typed, service)
        self.result_list.set_hits(hits)
        nothing = searched and not hits
        if not hits:  # before it is shown: laid out once, with its words
            self._set_message(typed, service, nothing)
        # Visibility changes cost a relayout: make them only when something changes.
        _show_only(self.body_layout, {self.message: not hits, self.offices_tile: nothing,
                    self.emergency_tile: nothing, self._spacer: not hits,
                    self.result_list: bool(hits)})

    def _search(self, typed: str, service) -> list:
        """The hits for what was typed. The query depends only on its folded words (the
        content does not change under a service), so a keystroke that leaves them as they
        were (a space, a dropped mark) or goes back to them (the delete key) asks nothing
        again: the last few answers of this visit are kept."""
        from kiosk.content.search import query_words  # loaded with the service, after start-up

        asked = (tuple(query_words(typed)), self.language, service)
        hits = self._answers.get(asked)
        if hits is None:
            hits = self._answers[asked] = service.search(typed, self.language, MAX_RESULTS)
            if len(self._answers) > ANSWERS_KEPT:
                self._answers.popitem(last=False)
        else:
            self._answers.move_to_end(asked)
        return hits

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

    def shown_hits(self) -> list:
        """The SearchHit records on screen now."""
        return self.result_list.result_model.hits() if self.result_list.isVisibleTo(self) else []

    # Screen

    def show_key(self, key: str) -> None:
        self.keyboard.set_language(self.language)
        super().show_key(key)

    def fill(self) -> None:
        # Words typed in another language are forgotten here too, whichever listener of
        # `language_changed` runs first (the window refills the screen in view on it).
        if self._typed_in != self.language:
            self.forget()
            self._typed_in = self.language
        self._answers.clear()  # shown again: ask afresh (the content may have been reloaded)
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
        return self.result_list.position

    def set_scroll_position(self, position: int) -> None:
        self.result_list.scroll_to(position)
