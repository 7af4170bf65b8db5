"""The list of IOM offices in Georgia: nearest first, with the distance, when the kiosk knows
where it stands (settings latitude/longitude); in the pack's order otherwise."""
from __future__ import annotations

from kiosk.content.distance import nearest_first
from kiosk.ui.locale_format import locale_for
from kiosk.ui.navigation import OFFICE, Location
from kiosk.ui.screens.base import Screen, ScreenContext, TileEntry, TileGrid, label


def distance_text(km: float, language: str) -> str:
    """12.34 → "12", 3.46 → "3.5" (one decimal under 10 km), in the visitor's digits."""
    loc = locale_for(language)
    return loc.toString(km, "f", 1) if km < 10 else loc.toString(round(km))


class OfficeListScreen(Screen):
    def __init__(self, context: ScreenContext):
        super().__init__(context)
        m = context.metrics
        self.title = label("title")
        self.intro = label("summary")
        self.grid = TileGrid(m.mm(95), icon_px=m.mm(12), on_tap=self.open)
        self.grid.set_spacing(m.mm(3))
        self.body_layout.addWidget(self.title)
        self.body_layout.addWidget(self.intro)
        self.body_layout.addWidget(self.grid)
        self.body_layout.addStretch(1)

    def fill(self) -> None:
        entries = []
        offices = nearest_first(self.service.offices(self.language), self.context.here)
        for office, km in offices:
            summary = office.name
            if km is not None:
                summary += "\n" + self.tr("%1 km from here, in a straight line").replace(
                    "%1", distance_text(km, self.language))
            entries.append(TileEntry("office", office.city, summary, Location(OFFICE, office.id)))
        self.grid.show_entries(entries)

    def retranslate_ui(self) -> None:
        self.title.setText(self.tr("IOM offices in Georgia"))
        if self.context.here is not None:
            self.intro.setText(self.tr(
                "The office nearest to this kiosk is first. "
                "Touch an office to see what this kiosk knows about it."))
        else:
            self.intro.setText(self.tr("Touch an office to see what this kiosk knows about it."))
