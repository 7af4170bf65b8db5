"""The list of IOM offices in Georgia."""
from __future__ import annotations

from kiosk.ui.navigation import OFFICE, Location
from kiosk.ui.screens.base import Screen, ScreenContext, TileGrid, label
from kiosk.ui.widgets.tile import Tile


class OfficeListScreen(Screen):
    def __init__(self, context: ScreenContext):
        super().__init__(context)
        m = context.metrics
        self.title = label("title")
        self.intro = label("summary")
        self.grid = TileGrid(m.mm(95))
        self.grid.set_spacing(m.mm(3))
        self.body_layout.addWidget(self.title)
        self.body_layout.addWidget(self.intro)
        self.body_layout.addWidget(self.grid)
        self.body_layout.addStretch(1)

    def fill(self) -> None:
        tiles = []
        for office in self.service.offices(self.language):
            tile = Tile("office", self.context.metrics.mm(12))
            tile.set_text(office.city, office.name)
            self.open_on_tap(tile, Location(OFFICE, office.id))
            tiles.append(tile)
        self.grid.set_tiles(tiles)

    def retranslate_ui(self) -> None:
        self.title.setText(self.tr("IOM offices in Georgia"))
        self.intro.setText(self.tr("Touch an office to see how to reach it."))
