"""The operator screen (staff only, behind the PIN): content version and update import from
USB, printer state and test print, usage figures and their export, recent log lines, and the
way out to the desktop. Like every screen it has no file dialog: USB sticks are found under
the configured mount roots.

The update importer and the printer come from other parts of the kiosk and are injected:
    content_importer(bundle_path, settings, progress) -> result   (raises with a reason)
    printer.state_text() -> str,  printer.test_print() -> object  (raises with a reason)
The printer section is hidden when no printer object is given.

Signals:
    back_requested(): return to the kiosk (welcome screen).
    exit_requested(): leave the kiosk for the desktop.
    content_imported(object): an update was imported; the content must be reloaded.
"""
from __future__ import annotations

import logging
from typing import Callable

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QAbstractItemView, QHeaderView, QPlainTextEdit, QPushButton, QTableWidget, QTableWidgetItem,
    QWidget,
)

from kiosk.admin.media import RemovableMedia
from kiosk.logs import recent_lines
from kiosk.stats.service import UsageFigures
from kiosk.printing.faults import PrintError
from kiosk.ui.screens.base import Screen, ScreenContext, label
from kiosk.ui.worker import Worker
from kiosk.updates.errors import BundleRejected
from kiosk.updates.progress import ImportProgress

log = logging.getLogger(__name__)

# Answers, not faults: a refused bundle, a printer that is not ready. Logged without a traceback.
EXPECTED_ERRORS = (BundleRejected, PrintError)


def reason_for_staff(exc: Exception, what: str) -> str:
    """One line for the operator; the traceback, when it is a fault, goes to the log."""
    log.warning("%s failed: %s", what, exc, exc_info=not isinstance(exc, EXPECTED_ERRORS))
    return str(exc) or type(exc).__name__
LOG_LINES = 40


class OperatorScreen(Screen):
    back_requested = Signal()
    exit_requested = Signal()
    content_imported = Signal(object)

    def __init__(self, context: ScreenContext, settings, media: RemovableMedia,
                 usage: UsageFigures, content_importer: Callable | None = None,
                 printer=None, content_date: Callable[[], str] = lambda: "",
                 synchronous: bool = False):
        super().__init__(context)
        self.settings = settings
        self.media = media
        self.usage = usage
        self.content_importer = content_importer
        self.printer = printer
        self.content_date = content_date
        self.importing = Worker("update-import", self, synchronous)
        self.printing = Worker("test-print", self, synchronous)
        # Asking CUPS can take seconds when it hangs: never on the GUI thread.
        self.printer_state = Worker("printer-state", self, synchronous)

        self.title = label("title")
        self.kiosk_label = label()
        self.content_heading = label("heading")
        self.content_label = label()
        self.import_button = self._button(self.import_update)
        self.import_status = label()
        self.printer_heading = label("heading")
        self.printer_label = label()
        self.test_print_button = self._button(self.test_print)
        self.print_status = label()
        self.usage_heading = label("heading")
        self.usage_table = QTableWidget(0, 4)
        self.usage_table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.usage_table.setSelectionMode(QAbstractItemView.NoSelection)
        self.usage_table.setFocusPolicy(Qt.NoFocus)
        self.usage_table.verticalHeader().hide()
        self.usage_table.horizontalHeader().setSectionResizeMode(QHeaderView.Stretch)
        self.usage_table.setMinimumHeight(context.metrics.mm(70))
        self.export_button = self._button(self.export_usage)
        self.export_status = label()
        self.log_heading = label("heading")
        self.log_view = QPlainTextEdit()
        self.log_view.setReadOnly(True)
        self.log_view.setFocusPolicy(Qt.NoFocus)
        self.log_view.setLineWrapMode(QPlainTextEdit.NoWrap)
        self.log_view.setFont(QFontDatabase.systemFont(QFontDatabase.FixedFont))
        self.log_view.setMinimumHeight(context.metrics.mm(70))

        small = round(context.metrics.body_px * 0.8)
        self.usage_table.setStyleSheet(
            f"QTableWidget, QHeaderView::section {{ font-size: {small}px; }}")
        self.log_view.setStyleSheet(f"font-size: {small}px;")

        self.printer_section = QWidget()
        for part in (self.title, self.kiosk_label, self.content_heading, self.content_label,
                     self.import_button, self.import_status):
            self.body_layout.addWidget(part)
        printer_layout = _column(self.printer_section)
        for part in (self.printer_heading, self.printer_label, self.test_print_button,
                     self.print_status):
            printer_layout.addWidget(part)
        self.body_layout.addWidget(self.printer_section)
        self.printer_section.setVisible(printer is not None)
        for part in (self.usage_heading, self.usage_table, self.export_button, self.export_status,
                     self.log_heading, self.log_view):
            self.body_layout.addWidget(part)
        for button in (self.import_button, self.export_button):
            self.body_layout.setAlignment(button, Qt.AlignLeft)
        printer_layout.setAlignment(self.test_print_button, Qt.AlignLeft)

        self.back_button = self._button(self.back_requested.emit, role="primary")
        self.exit_button = self._button(self.exit_requested.emit)
        self.add_action(self.back_button)
        self.add_action(self.exit_button)

        self.importing.progress.connect(self._import_progress)
        self.importing.ready.connect(self._imported)
        self.importing.failed.connect(lambda exc: self.import_status.setText(
            self.tr("Update refused: %1").replace("%1", reason_for_staff(exc, "update import"))))
        self.printing.ready.connect(self._printed)
        self.printer_state.ready.connect(lambda text: self.printer_label.setText(str(text)))
        self.printer_state.failed.connect(lambda exc: self.printer_label.setText(
            self.tr("Printer state unavailable: %1").replace("%1", reason_for_staff(exc, "printer state"))))
        self.printing.failed.connect(lambda exc: self.print_status.setText(
            self.tr("Test print failed: %1").replace("%1", reason_for_staff(exc, "test print"))))
        self.retranslate_ui()

    def _button(self, slot, role: str = "") -> QPushButton:
        button = QPushButton()
        if role:
            button.setProperty("role", role)
        button.setFocusPolicy(Qt.NoFocus)
        button.clicked.connect(lambda _=False: slot())
        return button

    # Filling --------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Re-read everything shown (called each time staff open the screen)."""
        self.import_status.setText("")
        self.print_status.setText("")
        self.export_status.setText("")
        self._fill_content()
        self._fill_printer()
        self._fill_usage()
        self.log_view.setPlainText("\n".join(recent_lines(self.settings.log_path, LOG_LINES)))
        self.log_view.verticalScrollBar().setValue(self.log_view.verticalScrollBar().maximum())

    def _fill_content(self) -> None:
        service = self.context.content.service
        if service is None:
            self.content_label.setText(self.tr("No content is loaded."))
            return
        info = service.info
        date = getattr(info, "date", "") or self.content_date()
        self.content_label.setText(
            self.tr("Version %1, installed %2").replace("%1", info.version).replace("%2", date or "?"))

    def _fill_printer(self) -> None:
        if self.printer is None:
            return
        printer = self.printer
        if self.printer_state.busy:
            return
        if not self.printer_state.synchronous:
            self.printer_label.setText(self.tr("Asking the printer…"))
        self.printer_state.run(printer.state_text)

    def _fill_usage(self) -> None:
        try:
            rows = self.usage.totals()
        except Exception:
            log.exception("usage figures cannot be read")
            rows = []
            self.export_status.setText(self.tr("Usage figures cannot be read; see the log."))
        self.usage_table.setRowCount(len(rows))
        for row, values in enumerate(rows):
            for column, value in enumerate(values):
                item = QTableWidgetItem(str(value))
                if column == 3:
                    item.setTextAlignment(Qt.AlignRight | Qt.AlignVCenter)
                self.usage_table.setItem(row, column, item)

    # Actions --------------------------------------------------------------------------------

    def import_update(self) -> None:
        if self.content_importer is None:
            self.import_status.setText(self.tr("Updates cannot be imported on this kiosk."))
            return
        bundles = self.media.bundles()
        if not bundles:
            self.import_status.setText(
                self.tr("No update found on a USB stick (looking for %1).")
                .replace("%1", self.settings.bundle_glob))
            return
        if self.importing.busy:
            return
        bundle = bundles[0]
        self.import_status.setText(self.tr("Importing %1 ...").replace("%1", bundle.name))
        log.info("operator: importing update %s", bundle)
        importer, settings, report = self.content_importer, self.settings, self.importing.report

        def progress(done: int, total: int, stage: str) -> None:  # the importer's contract
            report(ImportProgress(done, total, stage))

        self.importing.run(lambda: importer(bundle, settings, progress))

    def _import_progress(self, progress: ImportProgress) -> None:
        self.import_status.setText(self.progress_text(progress))

    def progress_text(self, progress: ImportProgress) -> str:
        """The stage in the operator's language, with kilobytes while unpacking."""
        if progress.stage == "unpacking":
            locale = QLocale()
            return (self.tr("Unpacking: %1 of %2 kB")
                    .replace("%1", locale.toString(progress.done // 1000))
                    .replace("%2", locale.toString(max(1, progress.total // 1000))))
        words = {
            "checking": self.tr("Checking the update…"),
            "building": self.tr("Building the new content…"),
            "switching": self.tr("Switching to the new content…"),
            "committing": self.tr("Switching to the new content…"),
        }
        return words.get(progress.stage, self.import_status.text())

    def _imported(self, result) -> None:
        log.info("operator: update imported: %s", result)
        self.import_status.setText(self.tr("Update imported."))
        self.content_imported.emit(result)
        self._fill_content()

    def test_print(self) -> None:
        if self.printer is None:
            return
        self.print_status.setText(self.tr("Sending a test page ..."))
        if not self.printing.busy:
            self.printing.run(self.printer.test_print)

    def _printed(self, _result) -> None:
        self.print_status.setText(self.tr("Test page sent."))
        self._fill_printer()

    def export_usage(self) -> None:
        folder = self.media.writable_mount()
        if folder is None:
            self.export_status.setText(self.tr("No writable USB stick found. Insert one and try again."))
            return
        try:
            path, export = self.usage.export_to(folder)
        except Exception as exc:
            log.exception("usage export to %s failed", folder)
            self.export_status.setText(self.tr("Export failed: %1").replace("%1", str(exc)))
            return
        log.info("operator: usage figures exported to %s (%d rows, %d suppressed)",
                 path, export.rows, export.suppressed)
        self.export_status.setText(
            self.tr("Written to %1 (%2 rows; %3 small counts left out).")
            .replace("%1", str(path)).replace("%2", str(export.rows))
            .replace("%3", str(export.suppressed)))

    def retranslate_ui(self) -> None:
        self.title.setText(self.tr("Operator"))
        where = self.settings.kiosk_id + (f" — {self.settings.location}" if self.settings.location else "")
        self.kiosk_label.setText(self.tr("Kiosk: %1").replace("%1", where))
        self.content_heading.setText(self.tr("Content"))
        self.import_button.setText(self.tr("Import update from USB"))
        self.printer_heading.setText(self.tr("Printer"))
        self.test_print_button.setText(self.tr("Test print"))
        self.usage_heading.setText(self.tr("Usage figures (all hours)"))
        self.usage_table.setHorizontalHeaderLabels(
            [self.tr("Event"), self.tr("Item"), self.tr("Language"), self.tr("Count")])
        self.export_button.setText(self.tr("Export usage figures to USB"))
        self.log_heading.setText(self.tr("Recent log"))
        self.back_button.setText(self.tr("Back to kiosk"))
        self.exit_button.setText(self.tr("Exit to desktop"))


def _column(widget: QWidget):
    from PySide6.QtWidgets import QVBoxLayout

    layout = QVBoxLayout(widget)
    layout.setContentsMargins(0, 0, 0, 0)
    return layout
