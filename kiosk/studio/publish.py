"""Publish: choose the languages (and which must be fully approved), the version, the
publisher's key and the folder or stick; the service exports, checks, signs and writes the
`.kioskbundle` on a worker thread while a progress bar follows it. A failed check writes no
bundle and shows the check's report.
"""
from __future__ import annotations

import logging

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import (
    QCheckBox, QDialog, QDialogButtonBox, QFileDialog, QFormLayout, QGridLayout, QGroupBox,
    QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit, QProgressBar, QPushButton, QVBoxLayout,
    QWidget,
)

from kiosk.authoring.records import PublishRequest
from kiosk.languages import KNOWN_LANGUAGES
from kiosk.ui.worker import Worker

log = logging.getLogger(__name__)


class ProgressRelay(QObject):
    """Carries the service's progress calls from the worker thread to the GUI thread."""

    progressed = Signal(int, int, str)

    def __call__(self, done: int, total: int, stage: str) -> None:
        self.progressed.emit(done, total, stage)


class PublishDialog(QDialog):
    """Signals:
        published(object): the PublishResult of a bundle written.
    """

    published = Signal(object)

    def __init__(self, service, parent: QWidget | None = None):
        super().__init__(parent)
        self.service = service
        self.result = None
        self.error = None
        self._worker = Worker("studio-publish", self)
        self._relay = ProgressRelay(self)
        self._relay.progressed.connect(self._progress)
        self.setWindowTitle(self.tr("Publish a content bundle"))
        info = service.info()
        self.source_language = info.source_language

        languages = QGroupBox(self.tr("Languages"))
        grid = QGridLayout(languages)
        grid.addWidget(QLabel(self.tr("Ship")), 0, 0)
        grid.addWidget(QLabel(self.tr("Only if every text is approved")), 0, 1)
        self.ship: dict[str, QCheckBox] = {}
        self.require: dict[str, QCheckBox] = {}
        for row, code in enumerate(info.languages, 1):
            name = KNOWN_LANGUAGES[code].native_name if code in KNOWN_LANGUAGES else code
            ship = QCheckBox(f"{name} ({code})")
            ship.setChecked(True)
            ship.setObjectName(f"ship-{code}")
            if code == self.source_language:
                ship.setEnabled(False)  # the source language always ships
                ship.setToolTip(self.tr("The source language always ships."))
            require = QCheckBox()
            require.setObjectName(f"require-{code}")
            require.setAccessibleName(self.tr("Require approval in %1").replace("%1", code))
            ship.toggled.connect(require.setEnabled)
            grid.addWidget(ship, row, 0)
            grid.addWidget(require, row, 1)
            self.ship[code], self.require[code] = ship, require

        self.version_edit = QLineEdit()
        self.version_edit.setPlaceholderText(
            self.tr("empty: the next version after %1").replace("%1", info.version or "—"))
        self.key_edit = QLineEdit()
        key_button = QPushButton(self.tr("Choose…"))
        key_button.clicked.connect(self._choose_key)
        self.out_edit = QLineEdit()
        out_button = QPushButton(self.tr("Choose…"))
        out_button.clicked.connect(self._choose_folder)
        form = QFormLayout()
        form.addRow(self.tr("&Version:"), self.version_edit)
        form.addRow(self.tr("Publisher's &key file:"), _row(self.key_edit, key_button))
        form.addRow(self.tr("Write to &folder or stick:"), _row(self.out_edit, out_button))

        self.progress = QProgressBar()
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self.stage = QLabel()
        self.report = QPlainTextEdit()
        self.report.setReadOnly(True)
        self.report.hide()
        self.buttons = QDialogButtonBox()
        self.publish_button = self.buttons.addButton(self.tr("&Publish"),
                                                     QDialogButtonBox.AcceptRole)
        self.close_button = self.buttons.addButton(QDialogButtonBox.Close)
        self.publish_button.clicked.connect(self.start)
        self.close_button.clicked.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(languages)
        layout.addLayout(form)
        layout.addWidget(self.progress)
        layout.addWidget(self.stage)
        layout.addWidget(self.report, 1)
        layout.addWidget(self.buttons)
        self.resize(640, 560)

    def _choose_key(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Publisher's key file"))
        if path:
            self.key_edit.setText(path)

    def _choose_folder(self) -> None:
        path = QFileDialog.getExistingDirectory(self, self.tr("Folder or stick"))
        if path:
            self.out_edit.setText(path)

    def request(self) -> PublishRequest:
        ship = tuple(code for code, box in self.ship.items() if box.isChecked())
        return PublishRequest(
            out_dir=self.out_edit.text().strip(),
            key_path=self.key_edit.text().strip(),
            languages=ship,
            require_approved=tuple(code for code in ship if self.require[code].isChecked()),
            version=self.version_edit.text().strip(),
        )

    def start(self) -> None:
        request = self.request()
        if not request.out_dir or not request.key_path:
            self._failed_message(self.tr("Choose the key file and the folder to write to."))
            return
        self.result = self.error = None
        self.publish_button.setEnabled(False)
        self.report.hide()
        self.progress.setRange(0, 0)  # busy until the first figure arrives
        self.stage.setStyleSheet("")
        self.stage.setText(self.tr("Publishing…"))
        service, relay = self.service, self._relay
        self._worker.run(lambda: service.publish(request, progress=relay),
                         self._done, self._failed)

    def _progress(self, done: int, total: int, stage: str) -> None:
        if total > 0:
            self.progress.setRange(0, total)
            self.progress.setValue(min(done, total))
        self.stage.setText(self.tr("Publishing: %1").replace("%1", stage))

    def _done(self, result) -> None:
        self.result = result
        self.publish_button.setEnabled(True)
        self.progress.setRange(0, 1)
        self.progress.setValue(1)
        self.stage.setStyleSheet("color:#0b3a66; font-weight:bold")
        self.stage.setText(self.tr("Wrote %1: version %2, languages %3.")
                           .replace("%1", result.bundle_path).replace("%2", result.version)
                           .replace("%3", ", ".join(result.languages)))
        if result.report:
            self.report.setPlainText(result.report)
            self.report.show()
        self.published.emit(result)

    def _failed(self, exc: Exception) -> None:
        self.error = exc
        log.warning("publish failed: %s", exc)
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self.publish_button.setEnabled(True)
        self._failed_message(self.tr("Not published, no bundle written: %1")
                             .replace("%1", str(exc)))
        report = getattr(exc, "report", "")
        if report:
            self.report.setPlainText(report)
            self.report.show()

    def _failed_message(self, text: str) -> None:
        self.stage.setStyleSheet("color:#a4161a; font-weight:bold")
        self.stage.setText(text)

    def done(self, code: int) -> None:  # noqa: A003 (Qt override): wait for a running publish
        self._worker.shutdown()
        super().done(code)


def _row(edit: QLineEdit, button: QPushButton) -> QWidget:
    row = QWidget()
    layout = QHBoxLayout(row)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(edit, 1)
    layout.addWidget(button)
    return row
