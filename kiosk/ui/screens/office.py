"""One office: only the contact details that are known; a clear word when none are."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QLabel, QWidget

from kiosk.ui.navigation import TOPIC, Location
from kiosk.ui.screens.base import (
    Screen, ScreenContext, TileEntry, TileGrid, align_to_reading_side, clear_layout, isolate_left_to_right,
    label,
)
from kiosk.ui.widgets.pictogram import pictogram_pixmap


# Phone numbers and addresses in Latin letters keep their own order inside Arabic or Persian
# text ("+995 32 ..." must not come out as "... 32 995+").
LEFT_TO_RIGHT_FIELDS = frozenset({"phone", "email", "website"})


class OfficeScreen(Screen):
    def __init__(self, context: ScreenContext):
        super().__init__(context)
        m = context.metrics
        self.title = label("title")
        self.city = label("summary")
        self.details = QWidget()
        self.details_layout = QGridLayout(self.details)
        self.details_layout.setContentsMargins(0, 0, 0, 0)
        self.details_layout.setHorizontalSpacing(m.mm(4))
        self.details_layout.setVerticalSpacing(m.mm(3))
        self.no_details = label()
        self.services_heading = label("heading")
        self.services = TileGrid(m.mm(95), icon_px=m.mm(11), on_tap=self.open)
        self.services.set_spacing(m.mm(3))
        self.emergency_note = label("summary")
        self.review_note = label("note")
        for widget in (self.title, self.city, self.details, self.no_details,
                       self.services_heading, self.services, self.emergency_note,
                       self.review_note):
            self.body_layout.addWidget(widget)
        self.body_layout.addStretch(1)
        self.centre_short_page(210)
        self.detail = None  # the office shown (read aloud reads it too)

    def fill(self) -> None:
        self.detail = self.service.office(self.key, self.language)
        self._show_detail()

    def _show_detail(self) -> None:
        detail = self.detail
        self.title.setText(detail.card.name)
        self.city.setText(detail.card.city)
        clear_layout(self.details_layout)
        rows = [
            ("address", self.tr("Address"), detail.address),
            ("phone", self.tr("Phone"), detail.phone),
            ("email", self.tr("E-mail"), detail.email),
            ("website", self.tr("Website"), detail.website),
            ("clock", self.tr("Opening hours"), detail.hours),
        ]
        icon_px = self.context.metrics.mm(9)
        shown = [(icon, name, value) for icon, name, value in rows if value]
        for row, (icon, name, value) in enumerate(shown):
            picture = QLabel()
            picture.setPixmap(pictogram_pixmap(icon, icon_px))
            picture.setFixedSize(icon_px, icon_px)
            heading = label("heading", name, wrap=False)
            if icon in LEFT_TO_RIGHT_FIELDS:
                value = isolate_left_to_right(value)
            text = label("", value)
            if icon in LEFT_TO_RIGHT_FIELDS:
                align_to_reading_side(text)
            text.setTextInteractionFlags(Qt.NoTextInteraction)
            self.details_layout.addWidget(picture, row * 2, 0, 2, 1, Qt.AlignTop)
            self.details_layout.addWidget(heading, row * 2, 1)
            self.details_layout.addWidget(text, row * 2 + 1, 1)
        self.details_layout.setColumnStretch(1, 1)
        self.details.setVisible(bool(shown))
        self.no_details.setVisible(not shown)
        self.services.show_entries([TileEntry(card.pictogram, card.title, card.summary,
                                              Location(TOPIC, card.id))
                                    for card in detail.services])
        self.services_heading.setVisible(bool(detail.services))
        self.review_note.setVisible(not detail.reviewed)

    def retranslate_ui(self) -> None:
        # Say what is known (an IOM office, in the city above) and promise no route.
        self.no_details.setText(self.tr(
            "This is an IOM office. Its address and phone number are not on this kiosk yet. "
            "Please ask the staff where this kiosk stands."
        ))
        self.services_heading.setText(self.tr("Help you can get here"))
        self.emergency_note.setText(self.tr("In an emergency, call 112: free, day and night."))
        self.review_note.setText(
            self.tr("This text has not yet been checked by a native speaker.")
        )
