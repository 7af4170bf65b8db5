"""The studio's main window: the status grid as home, and beside it the editor, the office
form and the preview of the chosen item. Menus and shortcuts for the rest (import, export,
publish, history, the studio's language)."""
from __future__ import annotations

import logging
import tempfile
from pathlib import Path

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import (
    QFileDialog, QLabel, QMainWindow, QMessageBox, QSplitter, QTabWidget,
)

from kiosk.authoring.errors import StudioError
from kiosk.authoring.records import EMERGENCY, LEAFLET, OFFICE, TOPIC
from kiosk.studio.editor import TextEditor
from kiosk.studio.grid_model import ROW_ROLE
from kiosk.studio.grid_panel import GridPanel
from kiosk.studio.office_form import OfficeForm
from kiosk.studio.preview import PreviewPane, PreviewTarget
from kiosk.studio.translation import STUDIO_LANGUAGES

log = logging.getLogger(__name__)

EDITOR_TAB, OFFICE_TAB, PREVIEW_TAB = 0, 1, 2
LANGUAGE_NAMES = {"en": "English", "ka": "ქართული"}


def preview_target(key: str) -> PreviewTarget | None:
    """Which kiosk screen and leaflet show a grid item ("topic:<id>", "office:<id>", ...)."""
    family, _, ident = key.partition(":")
    if family == TOPIC:
        return PreviewTarget("topic", ident, key)
    if family == OFFICE:
        return PreviewTarget("office", ident, key)
    if family == EMERGENCY:
        return PreviewTarget("emergency", "", "")
    if family == LEAFLET:
        return PreviewTarget("emergency", "", "brief")
    return None


class StudioWindow(QMainWindow):
    def __init__(self, service, translator=None, parent=None):
        super().__init__(parent)
        self.service = service
        self.translator = translator  # StudioTranslator, for the language menu
        self._scratch = tempfile.TemporaryDirectory(prefix="kiosk-studio-")
        self.user = service.current_user()
        self.store_url = service.info().url
        self.grid = GridPanel(service)
        self.editor = TextEditor(service)
        self.office_form = OfficeForm(service)
        self.preview = PreviewPane()
        from kiosk.studio.preview_content import PreviewContent

        self.preview.set_content(PreviewContent(
            lambda folder: service.export_pack(folder), Path(self._scratch.name)).build)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.editor, "")
        self.tabs.addTab(self.office_form, "")
        self.tabs.addTab(self.preview, "")
        splitter = QSplitter(Qt.Horizontal)
        splitter.addWidget(self.grid)
        splitter.addWidget(self.tabs)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([820, 780])
        self.setCentralWidget(splitter)
        self.user_label = QLabel()
        self.statusBar().addPermanentWidget(self.user_label)

        self.grid.cell_activated.connect(self.open_text)
        self.grid.item_selected.connect(self._item_selected)
        self.editor.changed.connect(self._content_changed)
        self.editor.history_requested.connect(self.show_history)
        self.editor.preview_requested.connect(self.show_preview)
        self.office_form.changed.connect(self._content_changed)
        self.tabs.currentChanged.connect(self._tab_changed)
        self._build_menus()
        self.retranslate_ui()
        self.resize(1500, 900)
        self.grid.refresh()

    # -- menus -------------------------------------------------------------------------------
    def _build_menus(self) -> None:
        self.file_menu = self.menuBar().addMenu("")
        self.import_action = self._action(self.file_menu, self.import_pack)
        self.export_action = self._action(self.file_menu, self.export_pack)
        self.publish_action = self._action(self.file_menu, self.publish, "Ctrl+Shift+P")
        self.file_menu.addSeparator()
        self.quit_action = self._action(self.file_menu, self.close, QKeySequence.Quit)
        self.item_menu = self.menuBar().addMenu("")
        self.edit_action = self._action(self.item_menu, self._edit_current, "Ctrl+E")
        self.office_action = self._action(self.item_menu, self._office_current, "Ctrl+D")
        self.preview_action = self._action(self.item_menu, self._preview_current, "Ctrl+R")
        self.history_action = self._action(self.item_menu, self._history_current, "Ctrl+H")
        self.view_menu = self.menuBar().addMenu("")
        self.refresh_action = self._action(self.view_menu, self.refresh, QKeySequence.Refresh)
        self.find_action = self._action(self.view_menu, self._focus_search, QKeySequence.Find)
        self.grid_action = self._action(self.view_menu, self.grid.view.setFocus, "Ctrl+1")
        self.outdated_action = self._action(self.view_menu, self._show_outdated_here)
        self.missing_phone_action = self._action(
            self.view_menu, lambda: self.grid.set_filter(family=OFFICE, missing_fact="phone"))
        self.all_action = self._action(self.view_menu, lambda: self.grid.set_filter())
        self.view_menu.addSeparator()
        self.language_menu = self.view_menu.addMenu("")
        group = QActionGroup(self)
        self.language_actions = {}
        for code in STUDIO_LANGUAGES:
            action = QAction(LANGUAGE_NAMES.get(code, code), self, checkable=True)
            action.setChecked(self.translator is not None and self.translator.language == code)
            action.triggered.connect(lambda _c=False, code=code: self.set_ui_language(code))
            group.addAction(action)
            self.language_menu.addAction(action)
            self.language_actions[code] = action

    def _action(self, menu, slot, shortcut=None) -> QAction:
        action = QAction(self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(lambda _checked=False: slot())
        menu.addAction(action)
        return action

    def set_ui_language(self, language: str) -> None:
        if self.translator is not None:
            self.translator.switch(language)
            self.language_actions[language].setChecked(True)

    # -- the chosen item ---------------------------------------------------------------------
    def open_text(self, key: str, language: str) -> bool:
        if (key, language) != (self.editor.key, self.editor.language) and \
                not self.leave_unsaved_text():
            return False
        self.grid.select(key, language)
        opened = self.editor.open_text(key, language)
        self.tabs.setCurrentIndex(EDITOR_TAB)
        if opened:
            self.editor.target_column.setFocus()
            boxes = list(self.editor.target_column.boxes.values())
            if boxes:
                boxes[0].edit.setFocus()
        return opened

    def leave_unsaved_text(self) -> bool:
        """Before the editor shows another text (or the window closes): words typed and not
        saved are saved, or knowingly dropped, or the move is cancelled. Never lost unasked."""
        if not self.editor.has_unsaved_text():
            return True
        answer = QMessageBox.question(
            self, self.tr("Unsaved text"),
            self.tr("The %1 text of %2 has changes that are not saved. Save them now?")
            .replace("%1", self.editor.language).replace("%2", self.editor.key),
            QMessageBox.Save | QMessageBox.Discard | QMessageBox.Cancel, QMessageBox.Save)
        if answer == QMessageBox.Save:
            return self.editor.save()  # refused (stale, unreachable): stay, the text stays
        return answer == QMessageBox.Discard

    def _item_selected(self, key: str) -> None:
        if self.office_form.open_item(key):
            index = self.grid.view.currentIndex()
            row = index.data(ROW_ROLE) if index.isValid() else None
            if row is not None:
                self.office_form.heading.setText(f"{row.title} ({key})")
        if self.tabs.currentIndex() == PREVIEW_TAB:
            self.show_preview(key, self.grid.current_language())

    def _tab_changed(self, index: int) -> None:
        if index == PREVIEW_TAB and self.grid.current_key():
            self.preview.show_target(preview_target(self.grid.current_key()))

    def show_preview(self, key: str, language: str) -> None:
        self.preview.set_language(language)
        self.tabs.blockSignals(True)
        self.tabs.setCurrentIndex(PREVIEW_TAB)
        self.tabs.blockSignals(False)
        self.preview.show_target(preview_target(key))

    def show_history(self, key: str, language: str | None = None) -> None:
        from kiosk.studio.history import HistoryDialog

        dialog = HistoryDialog(self.service, key, language, self)
        dialog.reverted.connect(self._content_changed)
        self.history_dialog = dialog  # tests reach it here
        dialog.open()

    def _edit_current(self) -> None:
        if self.grid.current_key():
            self.open_text(self.grid.current_key(), self.grid.current_language())

    def _office_current(self) -> None:
        if self.grid.current_key():
            self.tabs.setCurrentIndex(OFFICE_TAB)

    def _preview_current(self) -> None:
        if self.grid.current_key():
            self.show_preview(self.grid.current_key(), self.grid.current_language())

    def _history_current(self) -> None:
        if self.grid.current_key():
            self.show_history(self.grid.current_key(), None)

    def _show_outdated_here(self) -> None:
        language = self.grid.current_language()
        self.grid.set_filter(language=language, outdated=True)

    def _focus_search(self) -> None:
        self.grid.search_box.setFocus()
        self.grid.search_box.selectAll()

    def _content_changed(self, key: str = "") -> None:
        self.grid.refresh()
        self.preview.content_changed()
        if key and key == self.editor.key and self.sender() is not self.editor:
            self.editor.reload()

    def refresh(self) -> None:
        self._content_changed()
        self.editor.reload()

    # -- pack and bundle ---------------------------------------------------------------------
    def import_pack(self, folder: str | None = None) -> bool:
        folder = folder or QFileDialog.getExistingDirectory(self, self.tr("Content pack folder"))
        if not folder:
            return False
        try:
            result = self.service.import_pack(Path(folder))
        except StudioError as exc:
            self._problem(self.tr("Not imported"), exc)
            return False
        self.statusBar().showMessage(self.tr("Imported pack version %1: %2 items.")
                                     .replace("%1", result.version)
                                     .replace("%2", str(result.items)), 10000)
        self._content_changed()
        return True

    def export_pack(self, folder: str | None = None) -> bool:
        folder = folder or QFileDialog.getExistingDirectory(self, self.tr("Export to folder"))
        if not folder:
            return False
        try:
            result = self.service.export_pack(Path(folder))
        except StudioError as exc:
            self._problem(self.tr("Not exported"), exc)
            return False
        self.statusBar().showMessage(self.tr("Exported version %1 to %2.")
                                     .replace("%1", result.version)
                                     .replace("%2", result.folder), 10000)
        return True

    def publish(self):
        from kiosk.studio.publish import PublishDialog

        dialog = PublishDialog(self.service, self)
        dialog.published.connect(lambda _result: self._content_changed())
        self.publish_dialog = dialog  # tests reach it here
        dialog.open()
        return dialog

    def _problem(self, title: str, exc: Exception) -> None:
        log.warning("%s: %s", title, exc)
        box = QMessageBox(QMessageBox.Warning, title, str(exc), QMessageBox.Ok, self)
        problems = getattr(exc, "problems", None)
        if problems and not isinstance(problems, dict):
            box.setDetailedText("\n".join(problems))
        box.open()

    # -- strings -----------------------------------------------------------------------------
    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("IOM kiosk content studio"))
        self.tabs.setTabText(EDITOR_TAB, self.tr("Text"))
        self.tabs.setTabText(OFFICE_TAB, self.tr("Details"))
        self.tabs.setTabText(PREVIEW_TAB, self.tr("Preview"))
        self.file_menu.setTitle(self.tr("&File"))
        self.import_action.setText(self.tr("&Import pack…"))
        self.export_action.setText(self.tr("&Export pack…"))
        self.publish_action.setText(self.tr("&Publish bundle…"))
        self.quit_action.setText(self.tr("&Quit"))
        self.item_menu.setTitle(self.tr("&Item"))
        self.edit_action.setText(self.tr("&Edit text"))
        self.office_action.setText(self.tr("&Details"))
        self.preview_action.setText(self.tr("&Preview"))
        self.history_action.setText(self.tr("&History…"))
        self.view_menu.setTitle(self.tr("&View"))
        self.refresh_action.setText(self.tr("&Refresh"))
        self.find_action.setText(self.tr("&Find item"))
        self.grid_action.setText(self.tr("&Grid"))
        self.outdated_action.setText(self.tr("&Outdated in this column's language"))
        self.missing_phone_action.setText(self.tr("Offices &missing a phone"))
        self.all_action.setText(self.tr("&Everything"))
        self.language_menu.setTitle(self.tr("Studio &language"))
        user = self.user
        if user is None:  # no user named: the system, with every right (a server's own use)
            who = self.tr("system (every right)")
        else:
            who = self.tr("%1 (%2)").replace("%1", user.display_name or user.name).replace(
                "%2", ", ".join(user.roles))
        self.user_label.setText(f"{who} · {self.store_url}")

    def changeEvent(self, event) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def closeEvent(self, event) -> None:  # noqa: N802 (Qt override)
        if not self.leave_unsaved_text():
            event.ignore()
            return
        self.preview.close_content()
        self._scratch.cleanup()
        super().closeEvent(event)
