"""An item's details: for an office its contact facts (phone in E.164, +995…; e-mail; web
address; coordinates inside Georgia), and for every item a "verify by" date. The service validates (the same rules as on save), and each
problem is shown under its field as the person types. An empty field is always allowed; the
form never fills one in.

Signals:
    changed(str): the facts of an item were saved (its key).
"""
from __future__ import annotations

import datetime as dt
import logging

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget,
)

from kiosk.authoring.errors import InvalidFacts, StaleFacts, StoreUnavailable, StudioError
from kiosk.authoring.records import OFFICE
from kiosk.authoring.validation import GEORGIA_LATITUDE, GEORGIA_LONGITUDE, office_facts_problems
from kiosk.studio.editor import ERROR_STYLE, NOTE_STYLE
from kiosk.studio.messages import problems_in_ui_language

log = logging.getLogger(__name__)

# (fact name in the pack, placeholder showing the expected form: never a real-looking value)
FACT_FIELDS = ("phone", "email", "website", "latitude", "longitude")
VERIFY_BY = "verify_by"


class OfficeForm(QWidget):
    changed = Signal(str)

    def __init__(self, service, parent: QWidget | None = None):
        super().__init__(parent)
        self.service = service
        self.record = None  # authoring FactsRecord shown
        self.key = ""
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.group = QGroupBox()
        self.form = QFormLayout(self.group)
        self.edits: dict[str, QLineEdit] = {}
        self.problems: dict[str, QLabel] = {}
        self.labels: dict[str, QLabel] = {}
        for name in (*FACT_FIELDS, VERIFY_BY):
            edit = QLineEdit()
            edit.setObjectName(f"fact-{name}")
            edit.setClearButtonEnabled(True)
            problem = QLabel()
            problem.setStyleSheet(ERROR_STYLE)
            problem.setWordWrap(True)
            problem.hide()
            cell = QWidget()
            column = QVBoxLayout(cell)
            column.setContentsMargins(0, 0, 0, 0)
            column.setSpacing(2)
            column.addWidget(edit)
            column.addWidget(problem)
            label = QLabel()
            label.setBuddy(edit)
            self.form.addRow(label, cell)
            self.edits[name], self.problems[name], self.labels[name] = edit, problem, label
            edit.textEdited.connect(lambda _t: self.validate())
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.save_button = QPushButton()
        self.save_button.clicked.connect(self.save)
        self.revert_button = QPushButton()
        self.revert_button.clicked.connect(self.reload)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.revert_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.group)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        layout.addStretch(1)
        self.retranslate_ui()
        self.setEnabled(False)

    def open_item(self, key: str) -> bool:
        try:
            record = self.service.facts(key)
            allowed = self.service.permissions(self.service.info().source_language).edit_facts
        except StudioError as exc:
            self._say(str(exc), error=True)
            return False
        self.key, self.record = key, record
        for name in FACT_FIELDS:
            value = record.facts.get(name, "") if self.is_office else ""
            self.edits[name].setText("" if value is None else str(value))
            self.form.setRowVisible(self.labels[name], self.is_office)
        self.group.setTitle(self._group_title())
        self.edits[VERIFY_BY].setText(record.verify_by.isoformat() if record.verify_by else "")
        self.heading.setText(key)
        self.setEnabled(True)
        for edit in self.edits.values():
            edit.setReadOnly(not allowed)
        self.save_button.setEnabled(allowed)
        self.validate()
        self.message.clear()
        return True

    def reload(self) -> None:
        if self.key:
            self.open_item(self.key)

    @property
    def is_office(self) -> bool:
        return self.record is not None and self.record.family == OFFICE

    def values(self) -> dict:
        """The facts as typed (blanks trimmed); other facts of the item kept as they were.
        Only an office has contact facts; any other item's facts are left as they are."""
        facts = dict(self.record.facts) if self.record else {}
        if self.is_office:
            for name in FACT_FIELDS:
                facts[name] = self.edits[name].text().strip()
        return facts

    def _verify_by(self):
        text = self.edits[VERIFY_BY].text().strip()
        if not text:
            return None, ""
        try:
            return dt.date.fromisoformat(text), ""
        except ValueError:
            return None, self.tr("Write the date as year-month-day, e.g. 2027-06-30.")

    def validate(self) -> dict[str, str]:
        """Show every problem under its field; returns them (empty: all fine)."""
        problems = office_facts_problems(self.values()) if self.is_office else {}
        _date, date_problem = self._verify_by()
        if date_problem:
            problems[VERIFY_BY] = date_problem
        self._show_problems(problems)
        return problems

    def _show_problems(self, problems: dict[str, str]) -> None:
        problems = problems_in_ui_language(problems)
        for name, label in self.problems.items():
            label.setText(problems.get(name, ""))
            label.setVisible(bool(problems.get(name)))

    def save(self) -> bool:
        if self.record is None:
            return False
        problems = self.validate()
        if problems:
            self._say(self.tr("Not saved: correct the fields marked in red (or leave them "
                              "empty)."), error=True)
            return False
        verify_by, _ = self._verify_by()
        try:
            record = self.record
            if self.is_office and self.values() != record.facts:
                record = self.service.save_facts(self.key, self.values(), record.version)
            if verify_by != record.verify_by:
                self.service.set_verify_by(self.key, verify_by, record.version)
        except InvalidFacts as exc:
            self._show_problems(exc.problems)
            self._say(str(exc), error=True)
            return False
        except StaleFacts as exc:
            self._say(self.tr("Not saved: %1 changed these details after you opened them. "
                              "Their values: %2. Your values are still in the form; press "
                              "Reload to see theirs.")
                      .replace("%1", exc.current.updated_by or "—")
                      .replace("%2", ", ".join(f"{k} = {exc.current.facts.get(k, '') or '—'}"
                                               for k in FACT_FIELDS)), error=True)
            return False
        except StoreUnavailable as exc:
            self._say(self.tr("The database cannot be reached: %1. Your values are still "
                              "here; save again when the connection is back.")
                      .replace("%1", str(exc)), error=True)
            return False
        except StudioError as exc:
            self._say(str(exc), error=True)
            return False
        self.reload()
        self._say(self.tr("Saved."), error=False)
        self.changed.emit(self.key)
        return True

    def _say(self, text: str, error: bool) -> None:
        if error:
            log.warning("office form: %s", text)
        self.message.setStyleSheet(ERROR_STYLE if error else NOTE_STYLE)
        self.message.setText(text)

    def _group_title(self) -> str:
        if self.record is not None and not self.is_office:
            return self.tr("When to check this item again")
        return self.tr("Contact details (leave empty what is not known)")

    def retranslate_ui(self) -> None:
        self.group.setTitle(self._group_title())
        names = {
            "phone": self.tr("&Phone:"), "email": self.tr("&E-mail:"),
            "website": self.tr("&Web address:"), "latitude": self.tr("La&titude:"),
            "longitude": self.tr("L&ongitude:"), VERIFY_BY: self.tr("&Verify by:"),
        }
        hints = {
            "phone": self.tr("international form, +995 and the number"),
            "email": self.tr("name@domain"),
            "website": self.tr("https://…"),
            "latitude": self.tr("degrees north, inside Georgia (%1–%2)")
            .replace("%1", f"{GEORGIA_LATITUDE[0]:g}").replace("%2", f"{GEORGIA_LATITUDE[1]:g}"),
            "longitude": self.tr("degrees east, inside Georgia (%1–%2)")
            .replace("%1", f"{GEORGIA_LONGITUDE[0]:g}").replace("%2", f"{GEORGIA_LONGITUDE[1]:g}"),
            VERIFY_BY: self.tr("year-month-day: when someone should check these again"),
        }
        for name, label in self.labels.items():
            label.setText(names[name])
            self.edits[name].setPlaceholderText(hints[name])
        self.save_button.setText(self.tr("&Save details"))
        self.revert_button.setText(self.tr("Re&load"))
        self.save_button.setToolTip(self.tr("Opening hours and the address are texts: edit "
                                            "them in each language in the editor."))

    def changeEvent(self, event) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
