"""First screen: the languages in their own names, and an invitation that cycles through them."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QSize, Qt, QTimer, Signal
from PySide6.QtWidgets import QPushButton, QSizePolicy

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
        self.grid = LanguageGrid(m.mm(75))
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


class LanguageGrid(TileGrid):
    """The language buttons: as many columns as their names allow (three at most), every
    button as wide as the widest name needs and as tall as the tallest (Arabic script's
    taller lines included), so no name is cut at any text size."""

    def __init__(self, min_tile_width: int):
        super().__init__(min_tile_width)
        self._base_width = min_tile_width
        self.setSizePolicy(QSizePolicy.Preferred, QSizePolicy.Fixed)

    def _tile_size(self) -> QSize:
        hints = [tile.sizeHint() for tile in self.tiles()]
        return QSize(max([self._base_width] + [h.width() for h in hints]),
                     max([0] + [h.height() for h in hints]))

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        """Wide enough for the most columns it may show (the screen's width permitting)."""
        tile = self._tile_size()
        columns = max(1, min(self.max_columns, len(self.tiles())))
        spacing = self._grid.spacing()
        return QSize(columns * tile.width() + (columns - 1) * spacing,
                     super().sizeHint().height())

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        return QSize(self._tile_size().width(), super().minimumSizeHint().height())

    def _column_width(self) -> int:
        return self._tile_size().width() + self._grid.spacing()  # the names' own widths

    def _arrange(self, width: int) -> None:
        height = self._tile_size().height()
        for button in self.tiles():
            button.setMinimumHeight(height)
        super()._arrange(width + self._grid.spacing())
