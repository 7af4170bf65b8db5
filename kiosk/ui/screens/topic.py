"""One topic (a need, a programme, a section or the introduction), scrolled by finger."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout

from kiosk.content.records import TopicPage
from kiosk.ui.navigation import OFFICES, TOPIC, Location
from kiosk.ui.screens.base import Screen, ScreenContext, TileEntry, TileGrid, escape, label
from kiosk.ui.widgets.pictogram import pictogram_pixmap
from kiosk.ui.widgets.measured_label import TextBody


def body_html(page: TopicPage) -> str:
    parts = []
    for block in page.blocks:
        if block.items:
            items = "".join(f"<li style='margin-bottom:6px'>{escape(i)}</li>" for i in block.items)
            parts.append(f"<ul>{items}</ul>")
        else:
            parts.append(f"<p style='line-height:140%'>{escape(block.text)}</p>")
    return "".join(parts)


class TopicScreen(Screen):
    def __init__(self, context: ScreenContext):
        super().__init__(context)
        m = context.metrics
        self.icon = QLabel()
        self.icon_px = m.mm(22)
        self.icon.setFixedSize(self.icon_px, self.icon_px)
        self.title = label("title")
        self.summary = label("summary")
        heading = QVBoxLayout()
        heading.addWidget(self.title)
        heading.addWidget(self.summary)
        top = QHBoxLayout()
        top.setSpacing(m.mm(5))
        top.addWidget(self.icon, 0, Qt.AlignTop)
        top.addLayout(heading, 1)
        self.text = TextBody()
        self.offices_button = QPushButton()
        self.offices_button.setProperty("role", "primary")
        self.offices_button.setFocusPolicy(Qt.NoFocus)
        self.open_on_tap(self.offices_button, Location(OFFICES))
        self.related_heading = label("heading")
        self.related = TileGrid(m.mm(95), icon_px=m.mm(11), on_tap=self.open)
        self.related.set_spacing(m.mm(3))
        self.review_note = label("note")
        self.body_layout.addLayout(top)
        self.body_layout.addWidget(self.text)
        self.body_layout.addWidget(self.offices_button, 0, Qt.AlignLeft)
        self.body_layout.addWidget(self.related_heading)
        self.body_layout.addWidget(self.related)
        self.body_layout.addWidget(self.review_note)
        self.body_layout.addStretch(1)

    def fill(self) -> None:
        page = self.service.topic_page(self.key, self.language)
        self.page = page  # what is shown, for reading aloud
        card = page.card
        self.icon.setPixmap(pictogram_pixmap(card.pictogram, self.icon_px))
        self.title.setText(card.title)
        self.summary.setText(card.summary)
        self.text.setText(body_html(page))
        self.related.show_entries([
            TileEntry(related.pictogram, related.title, related.summary,
                      Location(OFFICES) if related.opens == "offices" else Location(TOPIC, related.id))
            for related in page.related])
        self.related_heading.setVisible(bool(page.related))
        self.review_note.setVisible(not card.reviewed)
        self.set_scroll_position(0)

    def retranslate_ui(self) -> None:
        self.offices_button.setText(self.tr("Find an IOM office"))
        self.offices_button.setAccessibleDescription(self.tr("Shows the IOM offices in Georgia"))
        self.related_heading.setText(self.tr("See also"))
        self.review_note.setText(
            self.tr("This text has not yet been checked by a native speaker.")
        )
