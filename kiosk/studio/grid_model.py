"""The status grid's model: items × languages from the service's `Grid`, one cell per
(item, language). Each state has a colour AND a symbol and word, so it reads without colour.

Roles: DisplayRole is the symbol and word; ToolTipRole the full sentence; BackgroundRole the
state's colour; CELL_ROLE the authoring `Cell`; KEY_ROLE the item key; LANGUAGE_ROLE the column's
language; ROW_ROLE the authoring `GridRow`. The items are the vertical header.
"""
from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from kiosk.authoring.records import APPROVED, DRAFT, IN_REVIEW, MISSING, STATES, Cell

CELL_ROLE = Qt.UserRole + 1
KEY_ROLE = Qt.UserRole + 2
LANGUAGE_ROLE = Qt.UserRole + 3
ROW_ROLE = Qt.UserRole + 4

# Roles as plain ints: comparing with a Qt enum member costs tens of microseconds in PySide6,
# and data() is asked a dozen roles for every visible cell on every paint.
DISPLAY = int(Qt.DisplayRole.value)
TOOLTIP = int(Qt.ToolTipRole.value)
ACCESSIBLE = int(Qt.AccessibleTextRole.value)
BACKGROUND = int(Qt.BackgroundRole.value)
FOREGROUND = int(Qt.ForegroundRole.value)
FONT = int(Qt.FontRole.value)
ALIGNMENT = int(Qt.TextAlignmentRole.value)
VERTICAL = Qt.Vertical

# Light backgrounds, dark text on each (contrast ≥ 7:1 with #1b2430).
STATE_COLOURS = {
    MISSING: "#e4e7eb",
    DRAFT: "#fff1c2",
    IN_REVIEW: "#d6e6fb",
    APPROVED: "#cdeccf",
}
OUTDATED_COLOUR = "#ffd3b0"
STATE_SYMBOLS = {MISSING: "∅", DRAFT: "✎", IN_REVIEW: "◔", APPROVED: "✓"}
OUTDATED_SYMBOL = "⚠"


translate = QCoreApplication.translate  # lupdate reads the literal context and text of each call


def state_name(state: str) -> str:
    return {
        MISSING: translate("StatusGrid", "missing"),
        DRAFT: translate("StatusGrid", "draft"),
        IN_REVIEW: translate("StatusGrid", "in review"),
        APPROVED: translate("StatusGrid", "approved"),
    }[state]


def cell_text(cell, short: bool = False) -> str:
    """The state as symbol and word; `short` marks outdated by its symbol alone (the grid
    has a legend), the long form says it in words too (tooltips, the editor)."""
    text = f"{STATE_SYMBOLS[cell.state]} {state_name(cell.state)}"
    if cell.outdated:
        text += f" {OUTDATED_SYMBOL}" if short else (
            f" {OUTDATED_SYMBOL} " + translate("StatusGrid", "outdated"))
    return text


def legend() -> str:
    return "   ".join([
        f"{STATE_SYMBOLS[APPROVED]} {state_name(APPROVED)}",
        f"{STATE_SYMBOLS[IN_REVIEW]} {state_name(IN_REVIEW)}",
        f"{STATE_SYMBOLS[DRAFT]} {state_name(DRAFT)}",
        f"{STATE_SYMBOLS[MISSING]} {state_name(MISSING)}",
        f"{OUTDATED_SYMBOL} " + translate("StatusGrid", "outdated: the source changed since"),
    ])


class StatusGridModel(QAbstractTableModel):
    """A row per item (its title in the vertical header, which stays in view while the
    languages scroll sideways); a column per language, the source language first."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._grid = None
        self._rows = ()
        self._languages: tuple[str, ...] = ()
        self._bold = QFont()
        self._bold.setBold(True)
        self._text_brush = QBrush(QColor("#1b2430"))
        self._item_alignment = int((Qt.AlignLeft | Qt.AlignVCenter).value)
        self._prepare_cells()

    def set_grid(self, grid) -> None:
        self.beginResetModel()
        self._prepare_cells()  # in the UI language now in force
        self._grid = grid
        self._rows = grid.rows
        source = grid.source_language
        self._languages = (source, *[code for code in grid.languages if code != source])
        self.endResetModel()

    @property
    def grid(self):
        return self._grid

    @property
    def languages(self) -> tuple[str, ...]:
        return self._languages

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802 (Qt override)
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802 (Qt override)
        return 0 if parent.isValid() else len(self._languages)

    def keys(self) -> list[str]:
        return [row.key for row in self._rows]

    def index_of(self, key: str, language: str | None = None) -> QModelIndex:
        """The cell of (key, language); the source language's when no language is given."""
        for number, row in enumerate(self._rows):
            if row.key == key:
                column = self._languages.index(language) if language in self._languages else 0
                return self.index(number, column)
        return QModelIndex()

    def data(self, index: QModelIndex, role: int = DISPLAY):
        if not index.isValid():
            return None
        role = int(role)
        if role == DISPLAY:
            cell = self._cell(index)
            return None if cell is None else self._texts[cell]
        if role == BACKGROUND:
            cell = self._cell(index)
            return None if cell is None else self._brushes[cell]
        if role == FOREGROUND:
            return self._text_brush
        if role > DISPLAY and role in (TOOLTIP, ACCESSIBLE):
            cell = self._cell(index)
            row, language = self._rows[index.row()], self._languages[index.column()]
            return translate("StatusGrid", "%1 in %2: %3").replace("%1", row.title).replace(
                "%2", language).replace("%3", cell_text(cell)) if cell else None
        if role == KEY_ROLE:
            return self._rows[index.row()].key
        if role == LANGUAGE_ROLE:
            return self._languages[index.column()]
        if role == CELL_ROLE:
            return self._cell(index)
        if role == ROW_ROLE:
            return self._rows[index.row()]
        return None

    def _cell(self, index: QModelIndex):
        return self._rows[index.row()].cells.get(self._languages[index.column()])

    def _prepare_cells(self) -> None:
        """The words and brush of each of the eight (state, outdated) kinds of cell, once."""
        self._texts = {Cell(state, outdated): cell_text(Cell(state, outdated), short=True)
                       for state in STATES for outdated in (False, True)}
        self._brushes = {cell: QBrush(QColor(OUTDATED_COLOUR if cell.outdated
                                             else STATE_COLOURS[cell.state]))
                         for cell in self._texts}

    def headerData(self, section: int, orientation, role: int = DISPLAY):  # noqa: N802
        if self._grid is None:
            return None
        role = int(role)
        if orientation == VERTICAL:
            return self._item_header(self._rows[section], role)
        language = self._languages[section]
        counts = self._grid.counts.get(language)
        if role == DISPLAY:
            head = language + (" " + translate("StatusGrid", "(source)")
                               if language == self._grid.source_language else "")
            if counts is None:
                return head
            return (f"{head}\n{STATE_SYMBOLS[APPROVED]}{counts.approved} "
                    f"{STATE_SYMBOLS[IN_REVIEW]}{counts.in_review} "
                    f"{STATE_SYMBOLS[DRAFT]}{counts.draft} "
                    f"{STATE_SYMBOLS[MISSING]}{counts.missing} "
                    f"{OUTDATED_SYMBOL}{counts.outdated}")
        if role == TOOLTIP and counts is not None:
            return translate("StatusGrid",
                             "%1: %2 approved, %3 in review, %4 draft, %5 missing, %6 outdated") \
                .replace("%1", language).replace("%2", str(counts.approved)) \
                .replace("%3", str(counts.in_review)).replace("%4", str(counts.draft)) \
                .replace("%5", str(counts.missing)).replace("%6", str(counts.outdated))
        return None

    def _item_header(self, row, role: int):
        if role == DISPLAY:
            return row.title or row.key
        if role == TOOLTIP:
            lines = [row.title, row.key]
            if row.missing_facts:
                lines.append(translate("StatusGrid", "Empty: %1").replace(
                    "%1", ", ".join(row.missing_facts)))
            if row.verify_by is not None:
                lines.append(translate("StatusGrid", "Verify by %1").replace(
                    "%1", row.verify_by.isoformat()))
            return "\n".join(lines)
        if role == FONT and row.overdue:
            return self._bold
        if role == ALIGNMENT:
            return self._item_alignment
        return None
