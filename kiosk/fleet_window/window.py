"""The fleet window: import with progress on a worker thread, and the charts of a period."""
from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCharts import QChartView
from PySide6.QtCore import QDate, QObject, QThread, Qt, Signal, Slot
from PySide6.QtWidgets import (QDateEdit, QFileDialog, QHBoxLayout, QLabel, QListWidget,
                               QListWidgetItem, QMainWindow, QPlainTextEdit, QProgressBar,
                               QPushButton, QScrollArea, QTabWidget, QVBoxLayout, QWidget)

from kiosk.fleet.figures import Period
from kiosk.fleet.report_model import ChartSpec, build_sections
from kiosk.fleet.service import FleetService
from kiosk.fleet_window.charts import RENDER_HINT, make_chart

TOUCH_PX = 48  # buttons and list rows big enough for a finger


class ImportWorker(QObject):
    """Runs FleetService.import_usage on its own thread; reports each file as it is done."""

    progress = Signal(int, int, str)
    finished = Signal(object)  # list[FileOutcome]

    def __init__(self, service: FleetService, paths: list[Path]):
        super().__init__()
        self.service, self.paths = service, paths

    @Slot()
    def run(self) -> None:
        try:
            outcomes = self.service.import_usage(
                self.paths, lambda done, total, path: self.progress.emit(done, total, str(path)))
        except Exception as exc:  # the store failed: say so, the window stays usable
            import logging

            logging.getLogger(__name__).exception("fleet import failed")
            outcomes = exc
        self.finished.emit(outcomes)


class FleetWindow(QMainWindow):
    import_finished = Signal(object)
    charts_shown = Signal()

    def __init__(self, service: FleetService, words: dict[str, str],
                 titles: dict[str, str] | None = None):
        super().__init__()
        self.service, self.words, self.titles = service, words, titles or {}
        self._thread: QThread | None = None
        self._worker: ImportWorker | None = None
        self.setWindowTitle(words["window_title"])
        self.shown_sections = []

        self.import_button = QPushButton(words["import"])
        self.import_button.setMinimumHeight(TOUCH_PX)
        self.import_button.clicked.connect(self._choose_folder)
        self.progress = QProgressBar()
        self.progress.setMinimumHeight(TOUCH_PX // 2)
        self.status = QLabel("")
        self.status.setWordWrap(True)
        self.log = QPlainTextEdit()
        self.log.setReadOnly(True)
        self.log.setMaximumHeight(110)

        today = date.today()
        self.start = self._date_edit(today - timedelta(days=90))
        self.end = self._date_edit(today)
        self.kiosk_list = QListWidget()
        self.kiosk_list.setMaximumWidth(260)
        self.kiosk_list.setStyleSheet(f"QListWidget::item {{ min-height: {TOUCH_PX - 8}px; }}")
        self.show_button = QPushButton(words["show"])
        self.show_button.setMinimumHeight(TOUCH_PX)
        self.show_button.clicked.connect(self.show_charts)
        self.tabs = QTabWidget()

        controls = QHBoxLayout()
        controls.addWidget(self.import_button)
        controls.addWidget(QLabel(words["from"]))
        controls.addWidget(self.start)
        controls.addWidget(QLabel(words["to"]))
        controls.addWidget(self.end)
        controls.addWidget(self.show_button)
        side = QVBoxLayout()
        side.addWidget(self.kiosk_list)
        body = QHBoxLayout()
        body.addLayout(side)
        body.addWidget(self.tabs, 1)
        page = QVBoxLayout()
        page.addLayout(controls)
        page.addWidget(self.progress)
        page.addWidget(self.status)
        page.addWidget(self.log)
        page.addLayout(body, 1)
        root = QWidget()
        root.setLayout(page)
        self.setCentralWidget(root)
        self.refresh_kiosks()

    def _date_edit(self, day: date) -> QDateEdit:
        edit = QDateEdit(QDate(day.year, day.month, day.day))
        edit.setCalendarPopup(True)  # a month to tap on, rather than typing
        edit.setDisplayFormat("yyyy-MM-dd")
        edit.setMinimumHeight(TOUCH_PX)
        return edit

    # -- kiosks ------------------------------------------------------------------------
    def refresh_kiosks(self) -> None:
        chosen = set(self.chosen_kiosks() or [])
        self.kiosk_list.clear()
        every = QListWidgetItem(self.words["all_kiosks"])
        every.setFlags(every.flags() | Qt.ItemIsUserCheckable)
        every.setCheckState(Qt.Checked if not chosen else Qt.Unchecked)
        self.kiosk_list.addItem(every)
        for kiosk in self.service.kiosks():
            item = QListWidgetItem(kiosk)
            item.setFlags(item.flags() | Qt.ItemIsUserCheckable)
            item.setCheckState(Qt.Checked if kiosk in chosen else Qt.Unchecked)
            self.kiosk_list.addItem(item)

    def chosen_kiosks(self) -> list[str] | None:
        """None: every kiosk (the first row checked, or nothing chosen)."""
        if self.kiosk_list.count() == 0 or self.kiosk_list.item(0).checkState() == Qt.Checked:
            return None
        chosen = [self.kiosk_list.item(r).text() for r in range(1, self.kiosk_list.count())
                  if self.kiosk_list.item(r).checkState() == Qt.Checked]
        return chosen or None

    # -- import ------------------------------------------------------------------------
    def _choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.words["import"])
        if folder:
            self.import_paths([Path(folder)])

    def import_paths(self, paths: list[Path]) -> None:
        """Import on a worker thread; the progress bar follows file by file."""
        if self._thread is not None:
            return
        self.import_button.setEnabled(False)
        self.progress.setRange(0, 0)  # busy until the first file is done
        self.log.clear()
        self._thread = QThread(self)
        self._worker = ImportWorker(self.service, list(paths))
        self._worker.moveToThread(self._thread)
        self._thread.started.connect(self._worker.run)
        self._worker.progress.connect(self._on_progress)
        self._worker.finished.connect(self._on_finished)
        self._thread.start()

    @Slot(int, int, str)
    def _on_progress(self, done: int, total: int, path: str) -> None:
        self.progress.setRange(0, total)
        self.progress.setValue(done)
        self.status.setText(self.words["importing"].format(done=done, total=total))

    @Slot(object)
    def _on_finished(self, outcomes) -> None:
        from kiosk.fleet.importer import ALREADY, IMPORTED, NOTHING_NEW, REFUSED

        self._thread.quit()
        self._thread.wait()
        self._thread.deleteLater()
        self._worker.deleteLater()
        self._thread = self._worker = None
        self.import_button.setEnabled(True)
        self.progress.setRange(0, 1)
        self.progress.setValue(1)
        if isinstance(outcomes, Exception):
            self.status.setText(str(outcomes).splitlines()[0])
            self.import_finished.emit([])
            return
        count = {s: sum(o.status == s for o in outcomes) for s in (IMPORTED, NOTHING_NEW, ALREADY, REFUSED)}
        self.status.setText(self.words["imported"].format(
            imported=count[IMPORTED], already=count[ALREADY] + count[NOTHING_NEW],
            refused=count[REFUSED]))
        self.log.setPlainText("\n".join(o.line() for o in outcomes))
        self.refresh_kiosks()
        self.import_finished.emit(outcomes)

    # -- charts ------------------------------------------------------------------------
    def period(self) -> Period:
        start, end = self.start.date(), self.end.date()
        return Period(date(start.year(), start.month(), start.day()),
                      date(end.year(), end.month(), end.day()))

    def show_charts(self) -> None:
        try:
            period = self.period()
        except ValueError as exc:
            self.status.setText(str(exc))
            return
        figures = self.service.figures(period, self.chosen_kiosks())
        self.tabs.clear()
        self.shown_sections = []
        if figures.empty:
            self.tabs.addTab(QLabel(self.words["no_data"]), self.words["window_title"])
        else:
            for section in build_sections(figures, self.words, self.titles):
                self.shown_sections.append(section)
                self.tabs.addTab(self._section_page(section), section.title)
        self.charts_shown.emit()

    def _section_page(self, section) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        charts = [b for b in section.blocks if isinstance(b, ChartSpec)]
        if not section.blocks:
            layout.addWidget(QLabel(section.note))
        for spec in charts:
            view = QChartView(make_chart(spec))
            view.setRenderHint(RENDER_HINT)
            view.setMinimumHeight(360)
            layout.addWidget(view)
        if section.blocks and not charts:  # the silent kiosks: a table only
            table = section.blocks[0]
            layout.addWidget(QLabel("\n".join(" · ".join(row) for row in
                                              [table.header] + table.rows)))
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(page)
        return scroll

    def closeEvent(self, event) -> None:
        if self._thread is not None:
            self._thread.quit()
            self._thread.wait()
        super().closeEvent(event)
