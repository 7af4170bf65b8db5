"""Home: the status grid with its filters ("outdated in Armenian", "offices missing a phone").

The service filters (GridFilter) and counts; the view is one QTableView over StatusGridModel.

Signals:
    cell_activated(str, str): open (item key, language) in the editor (Enter or double click).
    item_selected(str): the current item changed (its key).
"""
from __future__ import annotations

import logging
import time

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView, QCheckBox, QComboBox, QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QTableView, QVBoxLayout, QWidget,
)

from kiosk.authoring.errors import StudioError
from kiosk.authoring.records import (
    APPROVED, DRAFT, EMERGENCY, IN_REVIEW, LEAFLET, MISSING, OFFICE, STATES, TOPIC, Cell,
    GridFilter,
)
from kiosk.languages import KNOWN_LANGUAGES
from kiosk.studio.grid_model import (
    KEY_ROLE, LANGUAGE_ROLE, StatusGridModel, cell_text, legend,
)

log = logging.getLogger(__name__)

OFFICE_FACTS = ("phone", "email", "website", "address", "hours", "coordinates")


class GridPanel(QWidget):
    cell_activated = Signal(str, str)
    item_selected = Signal(str)

    def __init__(self, service, parent: QWidget | None = None):
        super().__init__(parent)
        self.service = service
        self.last_open_ms = 0.0  # how long the last grid query and model reset took
        self.model = StatusGridModel(self)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setSelectionMode(QAbstractItemView.SingleSelection)
        self.view.setSelectionBehavior(QAbstractItemView.SelectItems)
        self.view.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.view.setWordWrap(False)
        items = self.view.verticalHeader()
        items.setFixedWidth(270)  # long titles elide; the tooltip has them whole
        items.setSectionResizeMode(QHeaderView.Fixed)
        items.setDefaultSectionSize(26)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.Interactive)
        header.setDefaultAlignment(Qt.AlignLeft | Qt.AlignVCenter)
        header.setMinimumHeight(44)
        self.view.activated.connect(self._activated)
        self.view.doubleClicked.connect(self._activated)

        self.language_label = QLabel()
        self.language_box = QComboBox()
        self.state_label = QLabel()
        self.state_box = QComboBox()
        self.outdated_box = QCheckBox()
        self.overdue_box = QCheckBox()
        self.family_label = QLabel()
        self.family_box = QComboBox()
        self.fact_label = QLabel()
        self.fact_box = QComboBox()
        self.search_box = QLineEdit()
        self.search_box.setClearButtonEnabled(True)
        for label, box in ((self.language_label, self.language_box),
                           (self.state_label, self.state_box),
                           (self.family_label, self.family_box),
                           (self.fact_label, self.fact_box)):
            label.setBuddy(box)
        self.search_box.setMinimumWidth(170)
        for box in (self.language_box, self.state_box, self.family_box, self.fact_box):
            box.setSizeAdjustPolicy(QComboBox.AdjustToContents)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.legend = QLabel()
        self.legend.setWordWrap(True)
        first, second = QHBoxLayout(), QHBoxLayout()
        for widget in (self.search_box, self.language_label, self.language_box,
                       self.state_label, self.state_box, self.outdated_box):
            first.addWidget(widget)
        for widget in (self.family_label, self.family_box, self.fact_label, self.fact_box,
                       self.overdue_box):
            second.addWidget(widget)
        first.addStretch(1)
        second.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 0, 0)
        layout.addLayout(first)
        layout.addLayout(second)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.legend)
        layout.addWidget(self.summary)
        self.retranslate_ui()
        for box in (self.language_box, self.state_box, self.family_box, self.fact_box):
            box.currentIndexChanged.connect(lambda _i: self.refresh())
        self.outdated_box.toggled.connect(lambda _on: self.refresh())
        self.overdue_box.toggled.connect(lambda _on: self.refresh())
        self.search_box.textChanged.connect(lambda _t: self.refresh())
        self.view.selectionModel().currentChanged.connect(self._current_changed)

    # -- filters -----------------------------------------------------------------------------
    def current_filter(self) -> GridFilter:
        return GridFilter(
            family=self.family_box.currentData() or None,
            language=self.language_box.currentData() or None,
            state=self.state_box.currentData() or None,
            outdated=self.outdated_box.isChecked(),
            missing_fact=self.fact_box.currentData() or None,
            overdue=self.overdue_box.isChecked(),
            text=self.search_box.text().strip(),
        )

    def set_filter(self, language: str | None = None, state: str | None = None,
                   outdated: bool = False, family: str | None = None,
                   missing_fact: str | None = None, text: str = "",
                   overdue: bool = False) -> None:
        """Set every filter at once (one query), e.g. outdated in Armenian."""
        boxes = ((self.language_box, language), (self.state_box, state),
                 (self.family_box, family), (self.fact_box, missing_fact))
        for widget in (*[b for b, _ in boxes], self.outdated_box, self.overdue_box,
                       self.search_box):
            widget.blockSignals(True)
        for box, value in boxes:
            box.setCurrentIndex(max(0, box.findData(value or "")))
        self.outdated_box.setChecked(outdated)
        self.overdue_box.setChecked(overdue)
        self.search_box.setText(text)
        for widget in (*[b for b, _ in boxes], self.outdated_box, self.overdue_box,
                       self.search_box):
            widget.blockSignals(False)
        self.refresh()

    def refresh(self) -> bool:
        """Query the grid again with the current filters, keeping the current cell."""
        current = self.view.currentIndex()
        key = current.data(KEY_ROLE) if current.isValid() else None
        language = current.data(LANGUAGE_ROLE) if current.isValid() else None
        started = time.perf_counter()
        try:
            grid = self.service.grid(self.current_filter())
        except StudioError as exc:
            log.warning("grid: %s", exc)
            self.summary.setText(self.tr("The grid could not be read: %1").replace("%1", str(exc)))
            return False
        first = self.model.grid is None
        self.model.set_grid(grid)
        self.last_open_ms = (time.perf_counter() - started) * 1000
        if first:
            self._fill_language_box(grid)
            self._fit_columns()
        if key:
            index = self.model.index_of(key, language)
            if index.isValid():
                self.view.setCurrentIndex(index)
        self.summary.setText(self.tr("%1 of %2 items shown.").replace(
            "%1", str(len(grid.rows))).replace("%2", str(grid.total_items)))
        return True

    def _fit_columns(self) -> None:
        """Every language column as wide as its header or the longest state word, whatever
        the rows hold (measuring fonts, not reading every row: quick at any size)."""
        metrics = self.view.fontMetrics()
        widest_cell = max(metrics.horizontalAdvance(cell_text(Cell(state, True), short=True))
                          for state in STATES)
        header = self.view.horizontalHeader()
        for column in range(self.model.columnCount()):
            lines = str(self.model.headerData(column, Qt.Horizontal)).split("\n")
            widest_head = max(header.fontMetrics().horizontalAdvance(line) for line in lines)
            self.view.setColumnWidth(column, max(widest_cell, widest_head) + 18)

    def _fill_language_box(self, grid) -> None:
        chosen = self.language_box.currentData()
        self.language_box.blockSignals(True)
        self.language_box.clear()
        self.language_box.addItem(self.tr("any language"), "")
        for code in self.model.languages:
            name = KNOWN_LANGUAGES[code].native_name if code in KNOWN_LANGUAGES else code
            self.language_box.addItem(f"{name} ({code})", code)
        self.language_box.setCurrentIndex(max(0, self.language_box.findData(chosen or "")))
        self.language_box.blockSignals(False)

    # -- selection ---------------------------------------------------------------------------
    def select(self, key: str, language: str | None = None) -> bool:
        index = self.model.index_of(key, language)
        if index.isValid():
            self.view.setCurrentIndex(index)
            self.view.scrollTo(index)
        return index.isValid()

    def current_key(self) -> str:
        index = self.view.currentIndex()
        return index.data(KEY_ROLE) if index.isValid() else ""

    def current_language(self) -> str:
        index = self.view.currentIndex()
        if index.isValid():
            return index.data(LANGUAGE_ROLE)
        return self.model.languages[0] if self.model.languages else ""

    def _activated(self, index) -> None:
        if index.isValid():
            self.cell_activated.emit(index.data(KEY_ROLE), self.current_language())

    def _current_changed(self, current, _previous) -> None:
        if current.isValid():
            self.item_selected.emit(current.data(KEY_ROLE))

    # -- strings -----------------------------------------------------------------------------
    def retranslate_ui(self) -> None:
        self.search_box.setPlaceholderText(self.tr("Find an item…"))
        self.legend.setText(legend())
        self.language_label.setText(self.tr("&Language:"))
        self.state_label.setText(self.tr("S&tate:"))
        self.outdated_box.setText(self.tr("&Outdated only"))
        self.overdue_box.setText(self.tr("&Verify-by date passed"))
        self.overdue_box.setToolTip(self.tr("Items whose facts someone should check again now "
                                            "(their titles are in bold)"))
        self.family_label.setText(self.tr("&Kind:"))
        self.fact_label.setText(self.tr("Office &missing:"))
        self._fill(self.state_box, [("", self.tr("any state")), (MISSING, self.tr("missing")),
                                    (DRAFT, self.tr("draft")), (IN_REVIEW, self.tr("in review")),
                                    (APPROVED, self.tr("approved"))])
        self._fill(self.family_box, [("", self.tr("every kind")), (TOPIC, self.tr("topics")),
                                     (OFFICE, self.tr("offices")),
                                     (EMERGENCY, self.tr("emergency numbers")),
                                     (LEAFLET, self.tr("leaflet words"))])
        self._fill(self.fact_box, [("", self.tr("—")), ("phone", self.tr("a phone")),
                                   ("email", self.tr("an e-mail")),
                                   ("website", self.tr("a web address")),
                                   ("address", self.tr("an address")),
                                   ("hours", self.tr("opening hours")),
                                   ("coordinates", self.tr("coordinates"))])
        if self.model.grid is not None:
            self.language_box.setItemText(0, self.tr("any language"))
            self.model.headerDataChanged.emit(Qt.Horizontal, 0, self.model.columnCount() - 1)
            self.model.headerDataChanged.emit(Qt.Vertical, 0, self.model.rowCount() - 1)
            self._fit_columns()
            self.model.dataChanged.emit(self.model.index(0, 0), self.model.index(
                self.model.rowCount() - 1, self.model.columnCount() - 1))

    @staticmethod
    def _fill(box: QComboBox, entries) -> None:
        chosen = box.currentData()
        box.blockSignals(True)
        box.clear()
        for value, text in entries:
            box.addItem(text, value)
        box.setCurrentIndex(max(0, box.findData(chosen or "")))
        box.blockSignals(False)

    def changeEvent(self, event) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
