"""The text editor: the source language beside the target, what changed in the source since
this translation was made, and Save / Submit / Approve / Reject as the user's roles allow.

A refused save (someone saved first) shows the other person's text beside yours; a database that
cannot be reached leaves your text in the editor with one clear line. Nothing typed is lost.

Signals:
    changed(str): the item's texts changed in the database (its key), for the grid to refresh.
    history_requested(str, str): show the history of (key, language).
    preview_requested(str, str): show the preview of (key, language).
"""
from __future__ import annotations

import logging
from html import escape

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit,
    QPushButton, QSizePolicy, QSplitter, QTextBrowser, QVBoxLayout, QWidget,
)

from kiosk.authoring.errors import StaleEdit, StoreUnavailable, StudioError
from kiosk.authoring.records import APPROVED, DRAFT, IN_REVIEW
from kiosk.authoring.validation import text_problems
from kiosk.studio.diff import diff_html
from kiosk.studio.grid_model import cell_text
from kiosk.studio.messages import problems_in_ui_language

log = logging.getLogger(__name__)

ERROR_STYLE = "color:#a4161a; font-weight:bold"
NOTE_STYLE = "color:#0b3a66"


class FieldBox(QWidget):
    """One field: a one-line or several-line box, with its inline problem underneath."""

    def __init__(self, multiline: bool, read_only: bool):
        super().__init__()
        self.edit = QPlainTextEdit() if multiline else QLineEdit()
        self.edit.setReadOnly(read_only)
        if multiline:
            self.edit.setTabChangesFocus(True)
            self.edit.setMinimumHeight(70)
        self.problem = QLabel()
        self.problem.setStyleSheet(ERROR_STYLE)
        self.problem.setWordWrap(True)
        self.problem.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.edit)
        layout.addWidget(self.problem)

    def text(self) -> str:
        if isinstance(self.edit, QPlainTextEdit):
            return self.edit.toPlainText()
        return self.edit.text()

    def set_text(self, text: str) -> None:
        if isinstance(self.edit, QPlainTextEdit):
            self.edit.setPlainText(text)
        else:
            self.edit.setText(text)

    def set_problem(self, message: str) -> None:
        self.problem.setText(message)
        self.problem.setVisible(bool(message))


def field_label(name: str) -> str:
    """A text field's name for people (the pack's key when it is not one of the common ones)."""
    names = {
        "title": QCoreApplication.translate("TextEditor", "Title"),
        "summary": QCoreApplication.translate("TextEditor", "Summary"),
        "body": QCoreApplication.translate("TextEditor", "Text"),
        "name": QCoreApplication.translate("TextEditor", "Name"),
        "city": QCoreApplication.translate("TextEditor", "City"),
        "address": QCoreApplication.translate("TextEditor", "Address"),
        "hours": QCoreApplication.translate("TextEditor", "Opening hours"),
        "label": QCoreApplication.translate("TextEditor", "Label"),
        "note": QCoreApplication.translate("TextEditor", "Note"),
    }
    return names.get(name, name)


class TextColumn(QGroupBox):
    """The fields of one language's text."""

    def __init__(self, read_only: bool):
        super().__init__()
        self.read_only = read_only
        self.form = QFormLayout(self)
        self.form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.boxes: dict[str, FieldBox] = {}
        self.required: set[str] = set()

    def set_fields(self, specs, values: dict[str, str]) -> None:
        while self.form.rowCount():
            self.form.removeRow(0)
        self.boxes = {}
        self.required = {spec.name for spec in specs if spec.required}
        for spec in specs:
            box = FieldBox(spec.multiline, self.read_only)
            box.set_text(values.get(spec.name, ""))
            box.setObjectName(f"field-{spec.name}")
            name = field_label(spec.name) + (" *" if spec.required else "")
            if spec.name == "body":
                box.edit.setMinimumHeight(220)
            else:  # the body takes the room there is; the other fields keep their height
                if spec.multiline:
                    box.edit.setFixedHeight(84)
                box.setSizePolicy(QSizePolicy.Preferred, QSizePolicy.Fixed)
            self.form.addRow(name, box)
            self.boxes[spec.name] = box

    def relabel(self) -> None:
        """Field names again in the UI language now in force."""
        for name, box in self.boxes.items():
            label = self.form.labelForField(box)
            if label is not None:
                label.setText(field_label(name) + (" *" if name in self.required else ""))

    def values(self) -> dict[str, str]:
        return {name: box.text() for name, box in self.boxes.items()}

    def set_values(self, values: dict[str, str]) -> None:
        for name, box in self.boxes.items():
            box.set_text(values.get(name, ""))

    def set_problems(self, problems: dict[str, str]) -> None:
        problems = problems_in_ui_language(problems)
        for name, box in self.boxes.items():
            box.set_problem(problems.get(name, ""))


class TextEditor(QWidget):
    changed = Signal(str)
    history_requested = Signal(str, str)
    preview_requested = Signal(str, str)

    def __init__(self, service, parent: QWidget | None = None):
        super().__init__(parent)
        self.service = service
        self.item = None  # authoring ItemTexts shown
        self.key = ""
        self.language = ""
        self.stale = None  # the StaleEdit of a refused save, while it is shown

        self.heading = QLabel()
        self.heading.setTextFormat(Qt.PlainText)
        self.heading.setWordWrap(True)
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.heading.setFont(font)
        self.state_label = QLabel()
        self.source_column = TextColumn(read_only=True)
        self.target_column = TextColumn(read_only=False)
        columns = QSplitter(Qt.Horizontal)
        columns.addWidget(self.source_column)
        columns.addWidget(self.target_column)
        columns.setChildrenCollapsible(False)

        self.diff_box = QGroupBox()
        self.diff_view = QTextBrowser()
        self.diff_view.setOpenLinks(False)
        self.diff_view.setMinimumHeight(90)
        QVBoxLayout(self.diff_box).addWidget(self.diff_view)

        self.stale_box = QGroupBox()
        self.stale_note = QLabel()
        self.stale_note.setWordWrap(True)
        self.stale_note.setStyleSheet(ERROR_STYLE)
        self.theirs_column = TextColumn(read_only=True)
        self.take_theirs_button = QPushButton()
        self.keep_mine_button = QPushButton()
        self.take_theirs_button.clicked.connect(self.take_theirs)
        self.keep_mine_button.clicked.connect(self.keep_mine)
        stale_buttons = QHBoxLayout()
        stale_buttons.addWidget(self.take_theirs_button)
        stale_buttons.addWidget(self.keep_mine_button)
        stale_buttons.addStretch(1)
        stale_layout = QVBoxLayout(self.stale_box)
        stale_layout.addWidget(self.stale_note)
        stale_layout.addWidget(self.theirs_column)
        stale_layout.addLayout(stale_buttons)
        self.stale_box.hide()

        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.PlainText)

        self.save_button = QPushButton()
        self.submit_button = QPushButton()
        self.approve_button = QPushButton()
        self.reject_button = QPushButton()
        self.reason_edit = QLineEdit()
        self.history_button = QPushButton()
        self.preview_button = QPushButton()
        self.save_button.clicked.connect(self.save)
        self.submit_button.clicked.connect(self.submit)
        self.approve_button.clicked.connect(self.approve)
        self.reject_button.clicked.connect(self.reject)
        self.history_button.clicked.connect(
            lambda: self.history_requested.emit(self.key, self.language))
        self.preview_button.clicked.connect(
            lambda: self.preview_requested.emit(self.key, self.language))
        self.reason_edit.setMinimumWidth(180)
        buttons = QHBoxLayout()
        for button in (self.save_button, self.submit_button, self.approve_button,
                       self.reject_button):
            buttons.addWidget(button)
        buttons.addWidget(self.reason_edit, 1)
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.history_button)
        top.addWidget(self.preview_button)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        QShortcut(QKeySequence.Save, self, self.save, context=Qt.WidgetWithChildrenShortcut)

        self.columns = columns
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.hint)
        layout.addWidget(self.state_label)
        layout.addWidget(columns, 3)
        layout.addWidget(self.stale_box, 2)
        layout.addWidget(self.diff_box, 1)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.retranslate_ui()
        self._enable()
        for part in (self.columns, self.diff_box, self.state_label):
            part.hide()  # until a text is opened; the hint says how

    # -- opening -----------------------------------------------------------------------------
    def open_text(self, key: str, language: str) -> bool:
        """Show (key, language). Returns False, with a message, when it cannot be read."""
        try:
            item = self.service.item_texts(key, language)
            diff = self.service.source_diff(key, language) if language != item.source.language \
                else None
            self.permissions = self.service.permissions(language)
        except StudioError as exc:
            self._say_problem(exc)
            return False
        self.key, self.language, self.item, self.stale = key, language, item, None
        self.source_column.set_fields(item.field_specs, item.source.fields)
        self.target_column.set_fields(item.field_specs, item.target.fields)
        for box in self.target_column.boxes.values():
            signal = box.edit.textChanged
            signal.connect(self.validate)
        self.validate()
        self.stale_box.hide()
        self.hint.hide()
        self.columns.show()
        self.state_label.show()
        self._show_diff(diff)
        self._show_state()
        self.message.clear()
        self._show_rejection()
        self._enable()
        return True

    def _show_rejection(self) -> None:
        """A text sent back: the reviewer's reason, where the translator will read it."""
        if self.item.target.state != DRAFT:
            return
        try:
            entries = self.service.history(self.key, limit=50)
        except StudioError:
            return  # the reason is a help, not a condition for editing
        latest = next((e for e in entries if e.language == self.language), None)
        if latest is not None and latest.action == "reject":
            self.message.setStyleSheet(NOTE_STYLE)
            self.message.setText(self.tr("Sent back by %1: %2").replace("%1", latest.user)
                                 .replace("%2", latest.note or self.tr("no reason given")))

    def reload(self) -> None:
        """Read the text again from the database (what is typed and unsaved is replaced)."""
        if self.key:
            self.open_text(self.key, self.language)

    def _show_state(self) -> None:
        item = self.item
        self.heading.setText(self.tr("%1 — %2").replace("%1", item.source.fields.get(
            "title", "") or item.source.fields.get("name", "") or item.key).replace(
            "%2", self.language))
        self.source_column.setTitle(self.tr("Source: %1").replace("%1", item.source.language))
        self.target_column.setTitle(self.tr("Translation: %1").replace("%1", self.language)
                                    if self.language != item.source.language
                                    else self.tr("Source text: %1").replace("%1", self.language))
        state = cell_text(item.target)
        who = item.target.updated_by
        self.state_label.setText(
            self.tr("State: %1 (version %2, last saved by %3)").replace("%1", state)
            .replace("%2", str(item.target.version)).replace("%3", who or "—"))

    def _show_diff(self, diff) -> None:
        self._diff = diff  # shown again in a new UI language
        is_source = diff is None
        self.diff_box.setVisible(not is_source)
        if is_source:
            return
        if not diff.known:
            self.diff_view.setPlainText(self.tr(
                "The source text this translation was made from is not on record."))
            return
        if not diff.changed:
            self.diff_view.setPlainText(self.tr(
                "The source has not changed since this translation was made."))
            self.diff_view.setMaximumHeight(self.diff_view.fontMetrics().height() * 3)
            return
        self.diff_view.setMaximumHeight(16777215)
        parts = []
        for field in diff.fields:
            if field.changed:
                parts.append(f"<p><b>{escape(field_label(field.name))}</b><br>"
                             f"{diff_html(field.old, field.new)}</p>")
        self.diff_view.setHtml("".join(parts))

    def _enable(self) -> None:
        item = self.item
        perms = getattr(self, "permissions", None)
        open_ = item is not None and perms is not None
        own = open_ and item.target.author == self.service.user
        state = item.target.state if open_ else ""
        self.save_button.setEnabled(open_ and perms.edit_text)
        # An outdated text goes to review only after it is saved again against the new source
        # (Submit saves what is typed first); the service refuses it otherwise.
        stale_words = open_ and item.target.outdated and not self._unsaved()
        self.submit_button.setEnabled(open_ and perms.edit_text and item.target.version > 0
                                      and state not in (IN_REVIEW, APPROVED) and not stale_words)
        self.submit_button.setToolTip(
            self.tr("The source changed since this translation: check it against the source and "
                    "save it, then submit it.") if stale_words else "")
        self.approve_button.setEnabled(open_ and perms.review and state == IN_REVIEW and not own)
        self.reject_button.setEnabled(open_ and perms.review and state == IN_REVIEW)
        self.reason_edit.setEnabled(self.reject_button.isEnabled())
        self.approve_button.setToolTip(self.tr("You cannot approve your own text.") if own
                                       else "")
        for button in (self.history_button, self.preview_button):
            button.setEnabled(open_)
        self.target_column.setEnabled(open_ and perms.edit_text)

    # -- actions -----------------------------------------------------------------------------
    def save(self) -> bool:
        if self.item is None or not self.save_button.isEnabled():
            return False
        mine = self.target_column.values()
        try:
            self.service.save_text(self.key, self.language, mine, self.item.target.version)
        except StaleEdit as exc:
            self._show_stale(exc)
            return False
        except StudioError as exc:
            self._say_problem(exc)
            return False
        self._after_change(self.tr("Saved."))
        self.target_column.set_values(mine)
        return True

    def validate(self) -> dict[str, str]:
        """The same checks the service makes on save, shown under each field as one types."""
        if self.item is None:
            return {}
        problems = text_problems(self.item.family, self.target_column.values())
        self.target_column.set_problems(problems)
        self._enable()
        return problems

    def _workflow(self, step: str, done: str, *args) -> bool:
        if self.item is None:
            return False
        if step == "submit_for_review" and self._unsaved() and not self.save():
            return False
        try:
            getattr(self.service, step)(self.key, self.language, *args,
                                        expected_version=self.item.target.version)
        except StudioError as exc:
            self._say_problem(exc)
            return False
        self._after_change(done)
        return True

    def submit(self) -> bool:
        return self._workflow("submit_for_review", self.tr("Submitted for review."))

    def approve(self) -> bool:
        return self._workflow("approve", self.tr("Approved."))

    def reject(self) -> bool:
        reason = self.reason_edit.text().strip()
        done = self._workflow("reject", self.tr("Sent back to the translator."), reason)
        if done:
            self.reason_edit.clear()
        return done

    def _after_change(self, note: str) -> None:
        key = self.key
        self.reload()
        self.message.setStyleSheet(NOTE_STYLE)
        self.message.setText(note)
        self.changed.emit(key)

    def _unsaved(self) -> bool:
        return self.item is not None and self.target_column.values() != {
            name: self.item.target.fields.get(name, "") for name in self.target_column.boxes}

    def has_unsaved_text(self) -> bool:
        """Words typed that the database does not hold (a refused save counts)."""
        return self._unsaved()

    def _say_problem(self, exc: Exception) -> None:
        """One line, in the editor; the words typed stay where they are."""
        problems = getattr(exc, "problems", None)
        if isinstance(problems, dict):
            self.target_column.set_problems(problems)
        if isinstance(exc, StoreUnavailable):
            text = self.tr("The database cannot be reached: %1. Your text is still here; "
                           "save again when the connection is back.").replace("%1", str(exc))
        else:
            text = str(exc)
        log.warning("studio editor: %s", exc)
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.setText(text)

    # -- a refused save ----------------------------------------------------------------------
    def _show_stale(self, exc: StaleEdit) -> None:
        self.stale = exc
        current = exc.current
        self.theirs_column.set_fields(self.item.field_specs, current.fields if current else {})
        mine = self.target_column.values()
        for name, box in self.theirs_column.boxes.items():  # where the two texts differ
            if box.text() != mine.get(name, ""):
                box.edit.setStyleSheet("background:#fff1c2")
        self.theirs_column.setTitle(self.tr("Their text (saved by %1)").replace(
            "%1", current.updated_by if current else "—"))
        self.stale_note.setText(self.tr(
            "%1 saved this text after you opened it, so your save was refused. Your text is "
            "still in the editor above. Take theirs, or keep yours and save it over theirs.")
            .replace("%1", current.updated_by if current else self.tr("Someone")))
        self.stale_box.show()
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.setText(self.tr("Not saved: someone else saved first."))

    def take_theirs(self) -> None:
        if self.stale is None:
            return
        self.reload()

    def keep_mine(self) -> None:
        """Save your words over theirs, knowingly: the version becomes theirs, then save."""
        if self.stale is None or self.stale.current is None:
            return
        mine = self.target_column.values()
        self.item = _with_target(self.item, self.stale.current)
        self.stale = None
        self.stale_box.hide()
        self.target_column.set_values(mine)
        self.save()

    # -- strings -----------------------------------------------------------------------------
    def retranslate_ui(self) -> None:
        self.hint.setText(self.tr("Choose a cell in the grid and press Enter (or double-click "
                                  "it) to open that language's text here."))
        self.diff_box.setTitle(self.tr("What changed in the source since this translation "
                                       "was made"))
        self.stale_box.setTitle(self.tr("Someone else saved first"))
        self.take_theirs_button.setText(self.tr("Take their text"))
        self.keep_mine_button.setText(self.tr("Keep mine and save it"))
        self.save_button.setText(self.tr("&Save"))
        self.save_button.setToolTip(self.tr("Save (Ctrl+S)"))
        self.submit_button.setText(self.tr("S&ubmit for review"))
        self.approve_button.setText(self.tr("&Approve"))
        self.reject_button.setText(self.tr("&Reject"))
        self.reason_edit.setPlaceholderText(self.tr("Why (sent with a rejection)"))
        self.history_button.setText(self.tr("&History…"))
        self.preview_button.setText(self.tr("&Preview"))
        if self.item is not None:
            self._show_state()
            for column in (self.source_column, self.target_column, self.theirs_column):
                column.relabel()
            self._show_diff(self._diff)

    def changeEvent(self, event) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)


def _with_target(item, target):
    import dataclasses

    return dataclasses.replace(item, target=target)
