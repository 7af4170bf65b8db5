"""Shown only when there is no content at all to serve: never a blank screen or a traceback."""
from __future__ import annotations

from PySide6.QtCore import Qt

from kiosk.ui.screens.base import Screen, ScreenContext, label


class UnavailableScreen(Screen):
    def __init__(self, context: ScreenContext):
        super().__init__(context, scrolls=False)
        self.title = label("title")
        self.title.setAlignment(Qt.AlignCenter)
        self.message = label("summary")
        self.message.setAlignment(Qt.AlignCenter)
        self.body_layout.addStretch(1)
        self.body_layout.addWidget(self.title)
        self.body_layout.addWidget(self.message)
        self.body_layout.addStretch(1)

    def retranslate_ui(self) -> None:
        self.title.setText(self.tr("This kiosk is out of service for a moment."))
        self.message.setText(self.tr(
            "Please ask the staff for help. In an emergency, call 112: free, day and night."
        ))
