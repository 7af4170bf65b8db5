"""The bar on every screen: Back, Home, Search, Language and the emergency number.

Signals:
    back_tapped(), home_tapped(), language_tapped(), emergency_tapped(), search_tapped()
"""
from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtGui import QFontMetrics, QIcon
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from kiosk.ui.theme import COLOURS, Metrics
from kiosk.ui.widgets.pictogram import pictogram_pixmap


class NavBar(QWidget):
    back_tapped = Signal()
    home_tapped = Signal()
    language_tapped = Signal()
    emergency_tapped = Signal()
    display_tapped = Signal()
    quick_exit_tapped = Signal()
    search_tapped = Signal()

    def __init__(self, metrics: Metrics, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("NavBar")
        self.setAttribute(Qt.WA_StyledBackground)
        self._icon_px = metrics.mm(8)
        self.back_button = self._button("back", "nav", self.back_tapped)
        self.home_button = self._button("home", "nav", self.home_tapped)
        self.language_button = self._button("language", "nav", self.language_tapped)
        self.emergency_button = self._button("emergency-call", "emergency", self.emergency_tapped)
        self.display_button = self._button("text-size", "nav", self.display_tapped)
        self.quick_exit_button = self._button("quick-exit", "quick-exit", self.quick_exit_tapped)
        self._type_px = metrics.body_px  # the bar keeps one type size at every text size
        self._target_px = metrics.primary_target
        self._measured: dict[tuple, int] = {}  # button widths, see _plan
        column = QVBoxLayout(self)
        gap = metrics.mm(3)
        # Below the buttons at least the 2 mm every two targets keep: a tile the page has
        # scrolled up to the bar's edge is never closer than that to Back or 112.
        column.setContentsMargins(gap, metrics.mm(1.5), gap, metrics.mm(2))
        column.setSpacing(metrics.mm(2))
        row = self._first_row = self.row = QHBoxLayout()  # `row`: the first row, for tests
        row.setSpacing(gap)
        # Where the urgent buttons go when the first row has no room for their words.
        self._second_row = QHBoxLayout()
        self._second_row.setSpacing(gap)
        column.addLayout(row)
        column.addLayout(self._second_row)
        row.addWidget(self.back_button)
        row.addWidget(self.home_button)
        # Search: a pictogram only, so it fits in portrait beside the other buttons.
        self.search_button = self._button("search", "nav", self.search_tapped)
        self.search_button.setIcon(QIcon(pictogram_pixmap("search", self._icon_px)))
        row.addWidget(self.search_button)
        row.addStretch(1)
        row.addWidget(self.emergency_button)
        row.addWidget(self.language_button)
        row.addWidget(self.display_button)
        row.addWidget(self.quick_exit_button)
        self.retranslate_ui()

    def _button(self, pictogram: str, role: str, signal) -> QPushButton:
        button = QPushButton(self)
        button.setProperty("role", role)
        button.setProperty("pictogram", pictogram)
        button.setFocusPolicy(Qt.NoFocus)
        button.setIconSize(QSize(self._icon_px, self._icon_px))
        button.clicked.connect(signal)
        return button

    def _update_icons(self) -> None:
        rtl = self.layoutDirection() == Qt.RightToLeft
        for button in (self.back_button, self.home_button, self.language_button,
                       self.emergency_button):
            name = button.property("pictogram")
            colour = ""
            if name == "emergency-call":
                name, colour = "phone", COLOURS["on_primary"]  # the text already says 112
            button.setIcon(QIcon(pictogram_pixmap(name, self._icon_px, rtl, colour)))
        self.display_button.setIcon(QIcon(pictogram_pixmap("text-size", self._icon_px)))
        self.quick_exit_button.setIcon(
            QIcon(pictogram_pixmap("quick-exit", self._icon_px, rtl, COLOURS["on_primary"])))

    def retranslate_ui(self) -> None:
        self.back_button.setText(self.tr("Back"))
        self.home_button.setText(self.tr("Home"))
        self.language_button.setText(self.tr("Language"))
        self.emergency_button.setText(self.tr("Emergency 112"))
        self.search_button.setAccessibleName(self.tr("Search"))
        self.search_button.setAccessibleDescription(self.tr("Find a topic or an office by typing a word"))
        # The display button shows only its pictogram (space in portrait); a screen reader
        # reads its name.
        self.display_button.setAccessibleName(self.tr("Text size and contrast"))
        self.quick_exit_button.setText(self.tr("Quick exit"))
        self.back_button.setAccessibleDescription(self.tr("Go back to the previous screen"))
        self.home_button.setAccessibleDescription(self.tr("Go to the start page with all topics"))
        self.language_button.setAccessibleDescription(self.tr("Choose another language"))
        self.emergency_button.setAccessibleDescription(self.tr("Emergency numbers: police, ambulance, fire"))
        self.display_button.setAccessibleDescription(self.tr("Bigger text or higher contrast"))
        self.quick_exit_button.setAccessibleDescription(
            self.tr("Hides this screen at once and forgets everything you did"))
        for button in self._compactable() + self._urgent():
            button.setProperty("label", button.text())
            button.setAccessibleName(button.text())
        self._compact = 0
        self._layout = None  # new words: plan the bar again
        self._fit()
        self._update_icons()
        self.layout().activate()  # resize the buttons to their new words before the next paint

    ICON_TEXT_GAP = 4  # what QPushButton adds between an icon and its text
    # The urgent labels may shrink to these fractions of the bar's type size, never further.
    URGENT_SCALES = (1.0, 0.85, 0.7)

    def _compactable(self) -> list[QPushButton]:
        """When every label does not fit (portrait, long words, one more button), these show
        only their pictograms, in this order; the emergency number and quick exit keep words."""
        return [self.language_button, self.home_button, self.back_button]

    def _urgent(self) -> list[QPushButton]:
        return [self.emergency_button, self.quick_exit_button]

    def _fit(self) -> None:
        """Shows as many labels as fit; a screen reader still reads every name.

        Then, so that the urgent labels never lose a character: they wrap onto two lines,
        their type shrinks (to 85 %, then 70 %), and last they get a row of their own."""
        layout = self._plan()
        if layout != getattr(self, "_layout", None):
            self._apply(layout)

    def _plan(self) -> tuple[int, bool, float, bool]:
        """(labels compacted, urgent labels wrapped, their type scale, on a second row)."""
        compactable = self._compactable()
        shown = [b for b in self.findChildren(QPushButton) if not b.isHidden()]
        urgent = [b for b in self._urgent() if b in shown]
        rest = [b for b in shown if b not in urgent]
        margins = self.layout().contentsMargins()
        gap = self._first_row.spacing()
        room = self.width() - margins.left() - margins.right()

        chrome = self._chrome_px()
        # A plan tries up to 25 rows of buttons, and the bar is planned at every screen
        # change: each width is measured once per font, words and shape.
        measured = self._measured

        def width_of(button, label, wrap, scale):
            key = (button.font().key(), label, wrap, scale, chrome)
            if key not in measured:
                if len(measured) > 512:
                    measured.clear()
                measured[key] = self._width_of(button, label, wrap, scale, chrome)
            return measured[key]

        def row_width(buttons, compact, wrap, scale):
            squeezed = compactable[:compact]
            widths = [width_of(b, "" if b in squeezed else b.property("label") or b.text(),
                               wrap and b in urgent, scale if b in urgent else 1.0)
                      for b in buttons]
            return sum(widths) + gap * max(0, len(buttons) - 1), widths

        ladder = [(compact, False, 1.0, False) for compact in range(len(compactable) + 1)]
        ladder += [(len(compactable), True, scale, False) for scale in self.URGENT_SCALES[:2]]
        ladder += [(compact, wrap, scale, True) for wrap, scale in
                   [(False, 1.0), (True, 1.0)] + [(True, s) for s in self.URGENT_SCALES[1:]]
                   for compact in range(len(compactable) + 1)]
        for compact, wrap, scale, two_rows in ladder:
            if not two_rows:
                if row_width(shown, compact, wrap, scale)[0] <= room:
                    return compact, wrap, scale, False
                continue
            first, _ = row_width(rest, compact, False, 1.0)
            _, second = row_width(urgent, compact, wrap, scale)
            half = (room - gap * max(0, len(urgent) - 1)) / max(1, len(urgent))
            if first <= room and all(w <= half for w in second):
                return compact, wrap, scale, True
        return ladder[-1]

    def _width_of(self, button: QPushButton, label: str, wrap: bool, scale: float,
                  chrome: int) -> int:
        """The width `button` needs to show `label` (its pictogram alone when empty)."""
        font = button.font()
        if font.pixelSize() > 0:
            font.setPixelSize(max(1, round(self._type_px * scale)))
        metrics = QFontMetrics(font)
        lines = _two_lines(label) if wrap else [label]
        # Measured as QPushButton measures its own text (multi-line aware).
        text = metrics.size(Qt.TextShowMnemonic, "\n".join(lines)).width() if label else 0
        content = self._icon_px + (self.ICON_TEXT_GAP + text if text else 0)
        return max(self._target_px, content) + chrome  # min-width is the content's

    def _chrome_px(self) -> int:
        """Padding and border around a button's content (the same on every bar button),
        measured on the emergency button, which always shows its words."""
        button = self.emergency_button
        text = button.text()
        hint = button.sizeHint().width()
        content = self._icon_px + (self.ICON_TEXT_GAP + button.fontMetrics().size(
            Qt.TextShowMnemonic, text).width() if text else 0)
        return max(0, hint - max(self._target_px, content))

    def _apply(self, layout: tuple[int, bool, float, bool]) -> None:
        compact, wrap, scale, two_rows = layout
        self._layout = layout
        self._compact = compact
        for index, button in enumerate(self._compactable()):
            button.setText("" if index < compact else button.property("label"))
        for button in self._urgent():
            label = button.property("label") or ""
            button.setText("\n".join(_two_lines(label)) if wrap else label)
            button.setStyleSheet("" if scale == 1.0 else
                                 f"font-size: {max(1, round(self._type_px * scale))}px;")
        target = self._second_row if two_rows else self._first_row
        for button in self._urgent():
            if target.indexOf(button) < 0:
                (self._first_row if two_rows else self._second_row).removeWidget(button)
                target.insertWidget(target.count() if two_rows else self._urgent_at(button), button,
                                    1 if two_rows else 0)

    def _urgent_at(self, button: QPushButton) -> int:
        """Where an urgent button goes back in the first row: emergency after the stretch,
        quick exit last."""
        row = self._first_row
        if button is self.quick_exit_button:
            return row.count()
        return row.indexOf(self.language_button)

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt override)
        super().resizeEvent(event)
        self._fit()

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.LayoutRequest:  # a button shown or hidden
            self._fit()
        return super().event(event)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        if event.type() in (QEvent.LanguageChange, QEvent.LayoutDirectionChange):
            self.retranslate_ui()
        super().changeEvent(event)


def _two_lines(label: str) -> list[str]:
    """`label` on two lines, broken at the space nearest its middle (one line if it has none)."""
    spaces = [i for i, ch in enumerate(label) if ch == " "]
    if not spaces:
        return [label]
    middle = min(spaces, key=lambda i: abs(len(label) - 2 * i))
    return [label[:middle], label[middle + 1:]]
