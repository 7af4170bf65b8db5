"""Print a leaflet: the real PDF's pages, Confirm or Cancel, then the job's state live.

No print dialog, ever: the visitor sees the pages, taps Print, and watches the job. When
printing fails they get a plain reason and a QR code to scan instead.
"""
from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QIcon, QPixmap
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from kiosk.printing.faults import Fault, JobState
from kiosk.ui.worker import Worker
from kiosk.ui.print_queue import PrintJob, PrintQueue
from kiosk.ui.screens.base import Screen, ScreenContext, clear_layout, label
from kiosk.ui.theme import COLOURS
from kiosk.ui.widgets.pictogram import pictogram_pixmap
from kiosk.ui.widgets.qr_code import fit_lines, qr_pixmap

log = logging.getLogger(__name__)

LeafletPdf = Callable[[str, str, str], bytes]  # (leaflet id, language, paper) -> PDF bytes

PREPARING, PREVIEW, JOB, NO_PREVIEW = "preparing", "preview", "job", "no-preview"


class PrintPreviewScreen(Screen):
    """Signals:
        job_finished(str, str, object): a job of this screen ended: leaflet id, language and
            the final PrintJob (done or failed), for the anonymous usage figures.
    """

    job_finished = Signal(str, str, object)

    def __init__(self, context: ScreenContext, queue: PrintQueue, leaflet_pdf: LeafletPdf,
                 paper: str):
        super().__init__(context)
        m = context.metrics
        self.queue = queue
        self.leaflet_pdf = leaflet_pdf
        self.paper = paper
        self.mode = PREPARING
        self.pdf = b""
        self.job: PrintJob | None = None
        self._request = 0
        self._worker = Worker("leaflet-preview", self)

        self.title = label("title")
        self.job_icon = QLabel()  # a picture beside the words, for readers of few words
        self.job_icon.setFixedSize(m.mm(22), m.mm(22))
        self.job_icon.setPixmap(pictogram_pixmap("print", m.mm(22)))
        self.status = label("heading")
        self.message = label("summary")
        self.qr = QLabel()
        self.qr.setAlignment(Qt.AlignCenter)
        # Beside it, a code that calls 112 when scanned.
        self.call_qr = QLabel()
        self.call_qr.setAlignment(Qt.AlignCenter)
        # its pixmap is made the first time printing fails (segno loads only then)
        self.call_qr_caption = label("heading", "112")
        self.call_qr_caption.setAlignment(Qt.AlignCenter)
        self.codes = QWidget()
        codes = QHBoxLayout(self.codes)
        codes.setContentsMargins(0, 0, 0, 0)
        codes.setSpacing(m.mm(8))
        codes.addWidget(self.qr, 0, Qt.AlignTop)
        call = QVBoxLayout()
        call.addWidget(self.call_qr)
        call.addWidget(self.call_qr_caption)
        call.addStretch(1)
        codes.addLayout(call)
        codes.addStretch(1)
        self.qr_note = label("note")
        self.pages = QWidget()
        self.pages_layout = QVBoxLayout(self.pages)
        self.pages_layout.setContentsMargins(0, 0, 0, 0)
        self.pages_layout.setSpacing(m.mm(5))
        self.body_layout.addWidget(self.title)
        self.body_layout.addWidget(self.job_icon)
        for widget in (self.status, self.message, self.pages):
            self.body_layout.addWidget(widget)
        self.body_layout.addWidget(self.codes)
        self.body_layout.addWidget(self.qr_note)
        self.body_layout.addStretch(1)

        self.confirm_button = QPushButton()
        self.confirm_button.setProperty("role", "primary")
        self.confirm_button.setFocusPolicy(Qt.NoFocus)
        icon_px = m.mm(8)
        self.confirm_button.setIconSize(QSize(icon_px, icon_px))
        self.confirm_button.setIcon(QIcon(pictogram_pixmap("print", icon_px, False,
                                                           COLOURS["on_primary"])))
        self.confirm_button.clicked.connect(self.confirm)
        self.cancel_button = QPushButton()
        self.cancel_button.setFocusPolicy(Qt.NoFocus)
        self.cancel_button.setProperty("role", "nav")
        self.cancel_button.clicked.connect(context.navigator.back)
        self.add_action(self.cancel_button)
        self.add_action(self.confirm_button)
        queue.job_changed.connect(self._job_changed)

    # -- showing -----------------------------------------------------------------------------
    def show_key(self, key: str) -> None:
        """A new leaflet (or language) means a new preview; a running job stays in view."""
        following = (self.mode == JOB and key == self.key and self.job is not None
                     and not self.job.finished)
        self.key = key
        shown = (key, self.language, self.context.content.generation)
        if not following and (shown != self._shown or self.mode == JOB):
            self._shown = shown
            self._prepare()
        self.retranslate_ui()

    def _visit_ended(self, reason: str) -> None:
        """The visitor's job went with them (the queue cancelled it): the next visitor opening
        the same leaflet gets a fresh preview and a Print button."""
        super()._visit_ended(reason)
        self._request += 1  # a preview still being made is nobody's now
        self.mode, self.pdf, self.job, self._shown = PREPARING, b"", None, None
        clear_layout(self.pages_layout)

    def _prepare(self) -> None:
        self.mode, self.pdf, self.job = PREPARING, b"", None
        clear_layout(self.pages_layout)
        self._request += 1
        request, key, language = self._request, self.key, self.language
        width = self._page_width()
        leaflet_pdf = self.leaflet_pdf
        paper = self.paper

        def make():
            from kiosk.ui.pdf_pages import render_pages  # QtPdf, on first use only

            pdf = leaflet_pdf(key, language, paper)
            return pdf, render_pages(pdf, width)

        self._worker.run(make, lambda result: self._ready(request, *result),
                         lambda exc: self._not_ready(request, exc))

    def _page_width(self) -> int:
        m = self.context.metrics
        area = self.scroll_area.viewport().width() if self.scroll_area else self.width()
        available = max(m.mm(60), area - 2 * m.mm(8))
        return min(available, m.mm(170 if self.paper == "a4" else 90))

    def _ready(self, request: int, pdf: bytes, images) -> None:
        if request != self._request:
            return  # an older preview, superseded
        self.pdf = pdf
        border = self.context.palette.colours["border"]
        for number, image in enumerate(images, 1):
            page = QLabel()
            page.setObjectName(f"PdfPage{number}")
            page.setPixmap(QPixmap.fromImage(image))
            page.setFixedSize(image.width() + 4, image.height() + 4)
            page.setStyleSheet(f"background: white; border: 2px solid {border};")
            page.setAccessibleName(self.tr("Page %1 of %2").replace("%1", str(number))
                                   .replace("%2", str(len(images))))
            self.pages_layout.addWidget(page, 0, Qt.AlignHCenter)
        self.mode = PREVIEW
        self.retranslate_ui()

    def _not_ready(self, request: int, exc: Exception) -> None:
        if request != self._request:
            return
        log.error("could not make the leaflet %s", self.key, exc_info=exc)
        self.mode = NO_PREVIEW
        self.retranslate_ui()

    def page_images(self) -> list[QLabel]:
        return [self.pages_layout.itemAt(i).widget() for i in range(self.pages_layout.count())]

    # -- printing ----------------------------------------------------------------------------
    def confirm(self) -> None:
        if self.mode != PREVIEW or not self.pdf:
            return
        self.mode = JOB
        clear_layout(self.pages_layout)
        self.job = self.queue.submit(self.pdf)
        self.retranslate_ui()

    def _job_changed(self, job: PrintJob) -> None:
        if self.job is not None and job.number == self.job.number:
            newly_finished = job.finished and not self.job.finished
            self.job = job
            self.retranslate_ui()
            if newly_finished:
                self.job_finished.emit(self.key, self.language, job)

    def qr_text(self) -> str:
        """What the QR code says: the page itself, as much as fits (title, summary, then what
        to do), or the office's name and known contacts; never anything unknown."""
        kind, _, ident = self.key.partition(":")
        try:
            if kind == "office":
                office = self.service.office(ident, self.language)
                lines = [office.card.name, office.card.city, office.address, office.phone,
                         office.email, office.website, office.hours]
            elif kind == "topic":
                page = self.service.topic_page(ident, self.language)
                lines = [page.card.title, page.card.summary]
                for block in page.blocks:
                    lines.extend([f"• {item}" for item in block.items] or [block.text])
            else:
                lines = []
        except Exception:  # a QR is a courtesy; never let it break the page
            log.exception("no QR text for %s", self.key)
            lines = []
        return fit_lines(lines) or "IOM Georgia"

    # -- words -------------------------------------------------------------------------------
    def retranslate_ui(self) -> None:
        self.confirm_button.setText(self.tr("Print"))
        self.confirm_button.setAccessibleDescription(
            self.tr("Sends this leaflet to the kiosk's printer"))
        self.title.setText(self.tr("Your leaflet") if self.mode != JOB else self.tr("Printing"))
        status, message = "", ""
        if self.mode == PREPARING:
            status = self.tr("Preparing the preview…")
        elif self.mode == PREVIEW:
            message = self.tr("This is exactly what will be printed. Tap Print to print it.")
        elif self.mode == NO_PREVIEW:
            status = self.tr("This leaflet cannot be printed at the moment.")
        elif self.job is not None:
            status, message = self._job_words(self.job)
        self.status.setText(status)
        self.status.setVisible(bool(status))
        self.message.setText(message)
        self.message.setVisible(bool(message))
        self.job_icon.setVisible(self.mode == JOB)
        self.confirm_button.setVisible(self.mode == PREVIEW)
        self.confirm_button.setEnabled(self.mode == PREVIEW)
        self.cancel_button.setText(self.tr("Close") if self.mode == JOB else self.tr("Cancel"))
        self.cancel_button.setAccessibleDescription(
            self.tr("Goes back to the page you were reading"))
        failed = self.mode == NO_PREVIEW or (
            self.mode == JOB and self.job is not None and self.job.state == JobState.FAILED)
        if failed:
            self.qr.setPixmap(qr_pixmap(self.qr_text(), self.context.metrics.mm(70)))
            if self.call_qr.pixmap().isNull():
                self.call_qr.setPixmap(qr_pixmap("tel:112", self.context.metrics.mm(40)))
            self.qr_note.setText(self.tr("Scan this code with your phone to keep the details."))
            self.qr.setAccessibleName(self.tr("QR code"))
            self.call_qr.setAccessibleName(self.tr("QR code") + ": 112")
        self.codes.setVisible(failed)
        self.qr.setVisible(failed)
        self.qr_note.setVisible(failed)

    def _job_words(self, job: PrintJob) -> tuple[str, str]:
        if job.state == JobState.PREPARING:
            return self.tr("Sending to the printer…"), ""
        if job.state == JobState.QUEUED:
            return self.tr("Waiting for the printer…"), ""
        if job.state == JobState.PRINTING:
            return self.tr("Printing…"), ""
        if job.state == JobState.DONE:
            return self.tr("Done"), self.tr("Please take your leaflet from the printer.")
        return self.tr("Could not print"), self.fault_message(job.fault)

    def fault_message(self, fault: Fault | None) -> str:
        ask_staff = self.tr("Please tell a member of staff, or scan the code below.")
        messages = {
            Fault.CUPS_DOWN: self.tr("The printing service of this kiosk is not running."),
            Fault.NO_PRINTER: self.tr("No printer is connected to this kiosk."),
            Fault.QUEUE_STOPPED: self.tr("The printer has been stopped."),
            Fault.NOT_ACCEPTING: self.tr("The printer is not taking new leaflets."),
            Fault.OUT_OF_PAPER: self.tr("The printer is out of paper."),
            Fault.PAPER_JAM: self.tr("Paper is stuck in the printer."),
            Fault.PRINTER_OFFLINE: self.tr("The printer is switched off or not connected."),
            Fault.PRINTER_ERROR: self.tr("The printer has a fault."),
            Fault.JOB_FAILED: self.tr("The printer could not print this leaflet."),
            Fault.TIMED_OUT: self.tr("The printer took too long, so printing was cancelled."),
            Fault.QUOTA_SESSION: self.tr(
                "You have printed as many leaflets as one visit allows."),
            Fault.QUOTA_HOUR: self.tr(
                "This kiosk has printed as many leaflets as it may this hour. "
                "Please try again later."),
        }
        reason = messages.get(fault, self.tr("Printing did not work."))
        if fault in (Fault.QUOTA_SESSION, Fault.QUOTA_HOUR):
            return reason + " " + self.tr("You can scan the code below instead.")
        return reason + " " + ask_staff
