"""An on-screen keyboard of big no-focus buttons whose letters follow the visitor's language.

A grid of QPushButtons rather than Qt Virtual Keyboard: it needs no QML (whose loader hung
under pytest-qt), and it has Georgian and Armenian, which Qt Virtual Keyboard lacks. Keys are
at least 10 mm with at least 2 mm between them at the configured density, and grow to fill the
width up to a comfortable size. Like a physical keyboard, the keys keep their left-to-right
places in right-to-left languages too.

Signals:
    typed(str): a letter (or a space) was tapped.
    backspace_tapped(): delete the last letter.
    clear_tapped(): delete everything.
"""
from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from kiosk.ui.theme import COLOURS, Metrics
from kiosk.ui.widgets.keyboard_layouts import LATIN, SCRIPT_SAMPLES, rows_for
from kiosk.ui.widgets.pictogram import pictogram_pixmap

MIN_KEY_MM = 10.0
MAX_KEY_MM = 19.0
KEY_HEIGHT_MM = 13.0
GAP_MM = 2.5
# Widths of the bottom row's keys, in letter-key widths.
SWITCH_UNITS, SPACE_UNITS, BACKSPACE_UNITS, CLEAR_UNITS = 2, 4, 2, 3


class OnScreenKeyboard(QWidget):
    typed = Signal(str)
    backspace_tapped = Signal()
    clear_tapped = Signal()

    def __init__(self, metrics: Metrics, parent: QWidget | None = None, palette=None):
        super().__init__(parent)
        self.setObjectName("OnScreenKeyboard")
        self._m = metrics
        self._palette = palette  # kiosk.ui.palette.Palette: the colours in force (contrast)
        self._gap = metrics.mm(GAP_MM)
        self._key_height = metrics.mm(KEY_HEIGHT_MM)
        self.setLayoutDirection(Qt.LeftToRight)  # keys stay where the fingers expect them
        self.setFocusPolicy(Qt.NoFocus)
        self.setSizePolicy(QSizePolicy.Preferred, QSizePolicy.Fixed)
        self._unit = 0  # the letter-key width the style sheet was made for
        self._space_units = 0
        if palette is not None:
            palette.changed.connect(self._recolour)
        self.language = ""
        self.latin = False
        self._letter_keys: list[QPushButton] = []
        self._rows_layout = QVBoxLayout(self)
        self._rows_layout.setContentsMargins(0, 0, 0, 0)
        self._rows_layout.setSpacing(self._gap)
        self._letter_rows: list[QHBoxLayout] = []
        self._letter_row_widgets: list[QWidget] = []

        self.switch_key = self._key("", "key-action", "KeySwitch")
        self.switch_key.clicked.connect(self._toggle_latin)
        self.space_key = self._key("", "key-action", "KeySpace")
        self.space_key.clicked.connect(lambda: self.typed.emit(" "))
        self.backspace_key = self._key("", "key-action", "KeyBackspace")
        icon_px = metrics.mm(8)
        self.backspace_key.setIcon(QIcon(pictogram_pixmap("backspace", icon_px)))
        self.backspace_key.setIconSize(QSize(icon_px, icon_px))
        self.backspace_key.clicked.connect(self.backspace_tapped)
        self.clear_key = self._key("", "key-action", "KeyClear")
        self.clear_key.clicked.connect(self.clear_tapped)
        self._bottom = QWidget()
        self._bottom.setFixedHeight(self._key_height)
        bottom = QHBoxLayout(self._bottom)
        bottom.setContentsMargins(0, 0, 0, 0)
        bottom.setSpacing(self._gap)
        bottom.addStretch(1)
        for key in (self.switch_key, self.space_key, self.backspace_key, self.clear_key):
            bottom.addWidget(key)
        bottom.addStretch(1)
        self._rows_layout.addWidget(self._bottom)
        self.set_language(LATIN)
        self.retranslate_ui()

    def _key(self, text: str, role: str, name: str = "") -> QPushButton:
        key = QPushButton(text)
        key.setProperty("role", role)
        if name:
            key.setObjectName(name)
        key.setFocusPolicy(Qt.NoFocus)
        key.setAutoDefault(False)
        return key

    def letter_keys(self) -> list[QPushButton]:
        return list(self._letter_keys)

    def key_for(self, letter: str) -> QPushButton | None:
        return next((k for k in self._letter_keys if k.property("letter") == letter), None)

    def set_language(self, language: str) -> None:
        """Show the language's own letters (a switch to Latin ends with a new language)."""
        if language == self.language:
            return
        self.language = language
        self.latin = False
        self._show_rows(rows_for(language))

    def show_own_letters(self) -> None:
        """Back from Latin to the language's own letters (for the next visitor)."""
        if self.latin:
            self._toggle_latin()

    def _toggle_latin(self) -> None:
        self.latin = not self.latin
        self._show_rows(rows_for(LATIN if self.latin else self.language))

    def _show_rows(self, rows: tuple[str, ...]) -> None:
        for widget in self._letter_row_widgets:
            widget.hide()
            widget.setParent(None)
            widget.deleteLater()
        self._letter_row_widgets, self._letter_rows, self._letter_keys = [], [], []
        for index, letters in enumerate(rows):
            holder = QWidget()
            holder.setFixedHeight(self._key_height)
            row = QHBoxLayout(holder)
            row.setContentsMargins(0, 0, 0, 0)
            row.setSpacing(self._gap)
            row.addStretch(1)
            for letter in letters:
                key = self._key(letter, "key")
                key.setProperty("letter", letter)
                key.setAccessibleName(letter)
                key.setAccessibleDescription(self._letter_description)
                key.clicked.connect(lambda _=False, t=letter: self.typed.emit(t))
                row.addWidget(key)
                self._letter_keys.append(key)
            row.addStretch(1)
            self._rows_layout.insertWidget(index, holder)
            holder.show()  # at once: a layout shows a new child only on the next event loop pass
            self._letter_row_widgets.append(holder)
            self._letter_rows.append(row)
        # Fixed heights: the rows never squeeze while new keys are still being styled.
        rows_total = len(rows) + 1
        self.setFixedHeight(rows_total * self._key_height + (rows_total - 1) * self._gap)
        self.switch_key.setVisible(self.language != LATIN)
        self._update_switch_text()
        self._size_keys(self.width())

    def _update_switch_text(self) -> None:
        self.switch_key.setText(SCRIPT_SAMPLES.get(self.language, "") if self.latin else "ABC")
        self.switch_key.setAccessibleName(
            self.tr("Latin letters") if not self.latin else self.tr("Own letters")
        )

    def _columns(self) -> int:
        widest = max((len(r) for r in rows_for(LATIN if self.latin else self.language)), default=10)
        return max(widest, SWITCH_UNITS + SPACE_UNITS + BACKSPACE_UNITS + CLEAR_UNITS)

    def key_width_for(self, width: int) -> int:
        """The letter-key width that fits `width`: at least 10 mm, at most MAX_KEY_MM."""
        columns = self._columns()
        fitting = (width - (columns - 1) * self._gap) // columns
        return max(self._m.mm(MIN_KEY_MM), min(self._m.mm(MAX_KEY_MM), fitting))

    def _size_keys(self, width: int) -> None:
        """Sizes go in a style sheet, not setFixedSize: a re-polish (a new application style
        sheet) would otherwise put the theme's minimum sizes back."""
        if width <= 0:
            return
        unit = self.key_width_for(width)
        space = SPACE_UNITS + (0 if self.language != LATIN else SWITCH_UNITS)
        if unit == self._unit and space == self._space_units:
            return
        self._unit, self._space_units = unit, space
        m, border = self._m, 2

        def box(units: int) -> str:
            # min/max sizes in a style sheet exclude the border: take it off the outer size.
            inner = units * unit + (units - 1) * self._gap - 2 * border
            height = self._key_height - 2 * border
            return (f"min-width: {inner}px; max-width: {inner}px; "
                    f"min-height: {height}px; max-height: {height}px;")

        c = self._palette.colours if self._palette is not None else COLOURS
        self.setStyleSheet(f"""
            QPushButton {{ border: {border}px solid {c['border']}; padding: 0px; }}
            QPushButton[role="key"] {{ font-size: {round(m.body_px * 1.25)}px; {box(1)} }}
            QPushButton[role="key-action"] {{
                font-size: {m.body_px}px; background: {c['background']};
            }}
            QPushButton:pressed {{ background: {c['border']}; }}
            QPushButton#KeySwitch {{ {box(SWITCH_UNITS)} }}
            QPushButton#KeySpace {{ {box(space)} }}
            QPushButton#KeyBackspace {{ {box(BACKSPACE_UNITS)} }}
            QPushButton#KeyClear {{ {box(CLEAR_UNITS)} }}
        """)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        columns = self._columns()
        width = columns * self._m.mm(MIN_KEY_MM) + (columns - 1) * self._gap
        rows = len(self._letter_rows) + 1
        return QSize(width, rows * self._key_height + (rows - 1) * self._gap)

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        return self.minimumSizeHint()

    def _recolour(self) -> None:
        self._unit = 0  # the style sheet is made again, in the palette's colours
        self._size_keys(self.width())

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt override)
        self._size_keys(event.size().width())
        super().resizeEvent(event)

    @property
    def _letter_description(self) -> str:
        return self.tr("Types this letter into the search")

    def retranslate_ui(self) -> None:
        self.space_key.setText(self.tr("Space"))
        self.clear_key.setText(self.tr("Clear"))
        self.backspace_key.setAccessibleName(self.tr("Delete the last letter"))
        self.space_key.setAccessibleDescription(self.tr("Types a space between words"))
        self.clear_key.setAccessibleDescription(self.tr("Empties the search"))
        self.backspace_key.setAccessibleDescription(self.tr("Removes the letter typed last"))
        self.switch_key.setAccessibleDescription(
            self.tr("Switches between Latin letters and the letters of your language"))
        for key in self._letter_keys:
            key.setAccessibleDescription(self._letter_description)
        self._update_switch_text()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
