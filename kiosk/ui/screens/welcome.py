"""First screen: the languages in their own names, and an invitation that cycles through them."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, QTimer, Signal
from PySide6.QtWidgets import QPushButton

from kiosk.languages import KNOWN_LANGUAGES
from kiosk.ui.screens.base import Screen, ScreenContext, TileGrid, label
from kiosk.ui.translation import load_catalogue

INVITATION = QT_TRANSLATE_NOOP("WelcomeScreen", "Touch your language to begin")
ATTRACT_INTERVAL_MS = 2500


class WelcomeScreen(Screen):
    """Signals:
        language_chosen(str): a language button was tapped.
    """

    language_chosen = Signal(str)

    def __init__(self, context: ScreenContext, languages: tuple[str, ...]):
        super().__init__(context)
        m = context.metrics
        self.title = label("title")
        self.title.setAlignment(Qt.AlignCenter)
        self.attract = label("attract")
        self.attract.setAlignment(Qt.AlignCenter)
        self.grid = TileGrid(m.mm(75))
        self.grid.setMinimumWidth(m.mm(170))  # centred, yet wide enough for two columns
        self.grid.setMaximumWidth(m.mm(260))
        self.grid.set_spacing(m.mm(4))
        self.body_layout.addStretch(1)
        self.body_layout.addWidget(self.title)
        self.body_layout.addWidget(self.attract)
        self.body_layout.addSpacing(m.mm(6))
        self.body_layout.addWidget(self.grid, 0, Qt.AlignHCenter)
        self.body_layout.addStretch(2)
        self._invitations: list[str] = []
        self._attract_index = 0
        self._attract_timer = QTimer(self, interval=ATTRACT_INTERVAL_MS)
        self._attract_timer.timeout.connect(self._next_invitation)
        self.set_languages(languages)

    def set_languages(self, languages: tuple[str, ...]) -> None:
        self.offered_languages = tuple(languages)
        buttons = []
        for code in languages:
            button = QPushButton(KNOWN_LANGUAGES[code].native_name)
            button.setProperty("role", "language")
            button.setProperty("language", code)
            button.setAccessibleDescription(self._invitation_in(code))  # in that language
            button.setFocusPolicy(Qt.NoFocus)
            button.clicked.connect(lambda _=False, c=code: self.language_chosen.emit(c))
            buttons.append(button)
        self.grid.max_columns = max(1, min(3, len(buttons)))
        self.grid.set_tiles(buttons)
        self._invitations = [self._invitation_in(code) for code in languages]
        self._attract_index = 0
        self._next_invitation()
        if len(self._invitations) > 1:
            self._attract_timer.start()

    def language_buttons(self) -> list[QPushButton]:
        return self.grid.tiles()

    @staticmethod
    def _invitation_in(code: str) -> str:
        """The invitation in `code`, whatever the current UI language is."""
        catalogue = load_catalogue(code)
        if catalogue is None:
            return INVITATION
        return catalogue.translate("WelcomeScreen", INVITATION) or INVITATION

    def _next_invitation(self) -> None:
        if self._invitations:
            self.attract.setText(self._invitations[self._attract_index % len(self._invitations)])
            self._attract_index += 1

    def retranslate_ui(self) -> None:
        self.title.setText(self.tr("IOM Georgia: information and help for migrants"))
