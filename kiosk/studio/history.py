"""An item's history, newest first, from the append-only audit log; any change can be
reverted (the revert is itself a new entry, so nothing is ever lost).

Signals:
    reverted(str): a change of this item was reverted (its key).
"""
from __future__ import annotations

import json
import logging

from html import escape

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView, QCheckBox, QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QMessageBox,
    QPushButton, QSplitter, QTextBrowser, QTreeWidget, QTreeWidgetItem, QVBoxLayout,
)

from kiosk.authoring.errors import StudioError
from kiosk.studio.diff import diff_html
from kiosk.studio.editor import field_label

translate = QCoreApplication.translate  # lupdate reads the literal context and text of each call

log = logging.getLogger(__name__)


def _fields(snapshot) -> dict[str, str]:
    """The words of an audit snapshot, whatever else it carries."""
    if not isinstance(snapshot, dict):
        return {}
    fields = snapshot.get("fields", snapshot)
    return {str(k): str(v) for k, v in fields.items() if isinstance(v, (str, int, float))}


def action_name(action: str) -> str:
    """An audit entry's action in words (the log keeps the short code)."""
    names = {
        "save": translate("HistoryDialog", "saved"),
        "submit": translate("HistoryDialog", "submitted for review"),
        "approve": translate("HistoryDialog", "approved"),
        "reject": translate("HistoryDialog", "sent back"),
        "outdated": translate("HistoryDialog", "outdated by a source change"),
        "facts": translate("HistoryDialog", "details changed"),
        "verify_by": translate("HistoryDialog", "verify-by date set"),
        "import": translate("HistoryDialog", "imported"),
        "revert": translate("HistoryDialog", "reverted"),
        "publish": translate("HistoryDialog", "published"),
        "users": translate("HistoryDialog", "team changed"),
    }
    return names.get(action, action)


def change_html(before, after) -> str:
    """Field by field, what this entry changed (insertions and deletions marked)."""
    old, new = _fields(before), _fields(after)
    parts = []
    for name in dict.fromkeys([*old, *new]):
        if old.get(name, "") != new.get(name, ""):
            parts.append(f"<p><b>{escape(field_label(name))}</b><br>"
                         f"{diff_html(old.get(name, ''), new.get(name, ''))}</p>")
    if not parts and (before or after):
        parts.append("<pre>" + json.dumps(after if after is not None else before,
                                          ensure_ascii=False, indent=1, default=str)
                     .replace("&", "&amp;").replace("<", "&lt;") + "</pre>")
    return "".join(parts)


class HistoryDialog(QDialog):
    reverted = Signal(str)

    def __init__(self, service, key: str, language: str | None, parent=None):
        super().__init__(parent)
        self.service = service
        self.key = key
        self.language = language
        self.entries = []
        self.setWindowTitle(self.tr("History of %1").replace("%1", key))
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels([self.tr("When"), self.tr("Who"), self.tr("Language"),
                                   self.tr("What")])
        self.tree.setRootIsDecorated(False)
        self.tree.setSelectionMode(QAbstractItemView.SingleSelection)
        self.tree.currentItemChanged.connect(self._show_entry)
        self.detail = QTextBrowser()
        splitter = QSplitter(Qt.Vertical)
        splitter.addWidget(self.tree)
        splitter.addWidget(self.detail)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.all_box = QCheckBox(self.tr("&All languages"))
        self.all_box.setChecked(not language)
        self.all_box.toggled.connect(lambda _on: self.load())
        self.revert_button = QPushButton(self.tr("&Revert this change"))
        self.revert_button.setEnabled(False)
        self.revert_button.clicked.connect(self.revert_current)
        close = QDialogButtonBox(QDialogButtonBox.Close)
        close.rejected.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.revert_button)
        buttons.addWidget(self.all_box)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.resize(820, 560)
        self.load()

    def load(self) -> None:
        try:
            self.entries = list(self.service.history(self.key))
        except StudioError as exc:
            self.message.setText(str(exc))
            return
        self.tree.clear()
        shown = [e for e in self.entries if self.all_box.isChecked() or not self.language
                 or e.language in ("", self.language)]
        for entry in shown:
            row = QTreeWidgetItem([entry.at.strftime("%Y-%m-%d %H:%M"), entry.user,
                                   entry.language or "—",
                                   action_name(entry.action)
                                   + (f": {entry.note}" if entry.note else "")])
            row.setData(0, Qt.UserRole, entry.id)
            self.tree.addTopLevelItem(row)
        for column in range(4):
            self.tree.resizeColumnToContents(column)
        if shown:
            self.tree.setCurrentItem(self.tree.topLevelItem(0))

    def current_entry(self):
        row = self.tree.currentItem()
        if row is None:
            return None
        wanted = row.data(0, Qt.UserRole)
        return next((e for e in self.entries if e.id == wanted), None)

    def _show_entry(self, *_args) -> None:
        entry = self.current_entry()
        self.revert_button.setEnabled(entry is not None and entry.action not in ("import",))
        self.detail.setHtml(change_html(entry.before, entry.after) if entry else "")

    def revert_current(self, confirm: bool = True) -> bool:
        entry = self.current_entry()
        if entry is None:
            return False
        if confirm and QMessageBox.question(
                self, self.tr("Revert"),
                self.tr("Put back what was there before this change by %1 on %2? The revert "
                        "is recorded too, and can itself be reverted.")
                .replace("%1", entry.user).replace("%2", entry.at.strftime("%Y-%m-%d %H:%M")),
        ) != QMessageBox.Yes:
            return False
        try:
            self.service.revert(entry.id)
        except StudioError as exc:
            self.message.setText(str(exc))
            return False
        self.message.setText(self.tr("Reverted."))
        self.load()
        self.reverted.emit(self.key)
        return True
