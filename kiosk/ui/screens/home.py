"""Home: what a person needs first, then IOM's programmes, offices and emergency numbers."""
from __future__ import annotations

from PySide6.QtCore import QDateTime, QTimer

from kiosk.ui.locale_format import content_date, date_and_time, long_date
from kiosk.ui.navigation import EMERGENCY, OFFICES, SEARCH, TOPIC, Location
from kiosk.ui.screens.base import Screen, ScreenContext, TileEntry, TileGrid, label
from kiosk.ui.widgets.tile import Tile


class HomeScreen(Screen):
    def __init__(self, context: ScreenContext):
        super().__init__(context)
        m = context.metrics
        self.needs_heading = label("heading")
        self.needs = TileGrid(m.mm(95), icon_px=m.mm(16), on_tap=self.open)
        self.programmes_heading = label("heading")
        self.programmes = TileGrid(m.mm(95), icon_px=m.mm(11), on_tap=self.open)
        self.more_heading = label("heading")
        self.more = TileGrid(m.mm(95), icon_px=m.mm(14), on_tap=self.open)
        for grid in (self.needs, self.programmes, self.more):
            grid.set_spacing(m.mm(3))
        # Today's date and time, and how fresh the information is, in the visitor's own format.
        self.clock = label("note")
        self.updated = label("note")
        for widget in (self.needs_heading, self.needs, self.programmes_heading, self.programmes,
                       self.more_heading, self.more, self.clock, self.updated):
            self.body_layout.addWidget(widget)
        self.body_layout.addStretch(1)
        self.search_tile = Tile("search", m.mm(12))
        self.search_tile.setObjectName("SearchTile")
        self.open_on_tap(self.search_tile, Location(SEARCH))
        self.body_layout.insertWidget(0, self.search_tile)
        self._clock_timer = QTimer(self, interval=15_000)
        self._clock_timer.timeout.connect(self._show_clock)

    def showEvent(self, event) -> None:
        self._show_clock()
        self._clock_timer.start()
        super().showEvent(event)

    def hideEvent(self, event) -> None:
        self._clock_timer.stop()
        super().hideEvent(event)

    def _show_clock(self) -> None:
        self.clock.setText(self.tr("Today: %1").replace(
            "%1", date_and_time(QDateTime.currentDateTime(), self.language)))

    def _topic_location(self, card) -> Location:
        return Location(OFFICES) if card.opens == "offices" else Location(TOPIC, card.id)

    def fill(self) -> None:
        service, lang = self.service, self.language
        self.needs.show_entries([TileEntry(c.pictogram, c.title, c.summary, self._topic_location(c))
                                 for c in service.topics("need", lang)])
        self.programmes.show_entries([TileEntry(c.pictogram, c.title, "", self._topic_location(c))
                                      for c in service.topics("programme", lang)])
        self.more.show_entries([
            *(TileEntry(c.pictogram, c.title, c.summary, Location(TOPIC, c.id))
              for c in service.topics("intro", lang)),
            TileEntry("offices-list", self.tr("IOM offices"),
                      self.tr("The central office in Tbilisi and four field offices"),
                      Location(OFFICES)),
            TileEntry("emergency-call", self.tr("Emergency numbers"),
                      self.tr("Police, ambulance and fire: 112"), Location(EMERGENCY)),
        ])
        date = content_date(service.info.version)
        self.updated.setVisible(date is not None)
        if date is not None:
            self.updated.setText(self.tr("Information updated: %1").replace(
                "%1", long_date(date, lang)))
        self._show_clock()

    def retranslate_ui(self) -> None:
        self.needs_heading.setText(self.tr("What do you need?"))
        self.programmes_heading.setText(self.tr("How IOM helps"))
        self.more_heading.setText(self.tr("About IOM, offices and emergencies"))
        self.search_tile.set_text(self.tr("Search"),
                                  self.tr("Type a word to find a topic or an office"))
