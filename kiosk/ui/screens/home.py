"""Home: what a person needs first, then IOM's programmes, offices and emergency numbers."""
from __future__ import annotations

from kiosk.ui.navigation import EMERGENCY, OFFICES, SEARCH, TOPIC, Location
from kiosk.ui.screens.base import Screen, ScreenContext, TileGrid, label
from kiosk.ui.widgets.tile import Tile


class HomeScreen(Screen):
    def __init__(self, context: ScreenContext):
        super().__init__(context)
        m = context.metrics
        self.needs_heading = label("heading")
        self.needs = TileGrid(m.mm(95))
        self.programmes_heading = label("heading")
        self.programmes = TileGrid(m.mm(95))
        self.more_heading = label("heading")
        self.more = TileGrid(m.mm(95))
        for grid in (self.needs, self.programmes, self.more):
            grid.set_spacing(m.mm(3))
        for widget in (self.needs_heading, self.needs, self.programmes_heading, self.programmes,
                       self.more_heading, self.more):
            self.body_layout.addWidget(widget)
        self.body_layout.addStretch(1)
        self.search_tile = Tile("search", m.mm(12))
        self.search_tile.setObjectName("SearchTile")
        self.open_on_tap(self.search_tile, Location(SEARCH))
        self.body_layout.insertWidget(0, self.search_tile)

    def _tile(self, pictogram: str, title: str, summary: str, location: Location,
              icon_mm: float = 14) -> Tile:
        tile = Tile(pictogram, self.context.metrics.mm(icon_mm))
        tile.set_text(title, summary)
        self.open_on_tap(tile, location)
        return tile

    def _topic_location(self, card) -> Location:
        return Location(OFFICES) if card.opens == "offices" else Location(TOPIC, card.id)

    def fill(self) -> None:
        service, lang = self.service, self.language
        self.needs.set_tiles([
            self._tile(c.pictogram, c.title, c.summary, self._topic_location(c), 16)
            for c in service.topics("need", lang)
        ])
        self.programmes.set_tiles([
            self._tile(c.pictogram, c.title, "", self._topic_location(c), 11)
            for c in service.topics("programme", lang)
        ])
        intro = service.topics("intro", lang)
        more = [self._tile(c.pictogram, c.title, c.summary, Location(TOPIC, c.id)) for c in intro]
        more.append(self._tile("offices-list", self.tr("IOM offices"),
                               self.tr("The central office in Tbilisi and four field offices"),
                               Location(OFFICES)))
        more.append(self._tile("emergency-call", self.tr("Emergency numbers"),
                               self.tr("Police, ambulance and fire: 112"), Location(EMERGENCY)))
        self.more.set_tiles(more)

    def retranslate_ui(self) -> None:
        self.needs_heading.setText(self.tr("What do you need?"))
        self.programmes_heading.setText(self.tr("How IOM helps"))
        self.more_heading.setText(self.tr("About IOM, offices and emergencies"))
        self.search_tile.set_text(self.tr("Search"),
                                  self.tr("Type a word to find a topic or an office"))
