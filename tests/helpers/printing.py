"""Printing test helpers: a private CUPS server with a cups-pdf queue, and real small PDFs."""
from __future__ import annotations

import subprocess

import pytest

from kiosk.tools.cups_sandbox import CupsSandbox, why_unavailable


def make_pdf(pages: int = 2, text: str = "IOM leaflet") -> bytes:
    """A real PDF (Qt's PDF writer), so QtPdf and CUPS get what a leaflet renderer gives."""
    # needs a QApplication (request the `qapp` fixture): Qt fonts
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtGui import QFont, QPageSize, QPainter, QPdfWriter

    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setPageSize(QPageSize(QPageSize.A4))
    writer.setResolution(72)
    painter = QPainter(writer)
    painter.setFont(QFont("Noto Sans", 20))
    for page in range(pages):
        if page:
            writer.newPage()
        painter.drawText(72, 100, f"{text} — page {page + 1} / {pages}")
        painter.drawRect(72, 140, 400, 200)
    painter.end()
    buffer.close()
    return bytes(data)


def fake_leaflet_pdf(leaflet_id: str, language: str, paper: str) -> bytes:
    """Stands in for the leaflets package's renderer (not in this branch): a real 2-page PDF."""
    return make_pdf(2, f"{leaflet_id} {language} {paper}")


class HeldPrinter:
    """A print backend (CupsCli's methods) whose jobs wait in the queue until cancelled:
    a job that is pending for as long as a test needs, with no CUPS server."""

    def __init__(self):
        self.submitted: list[str] = []
        self.cancelled: list[str] = []
        self.printed: list[str] = []  # let go by the test: reported done

    def check_ready(self):
        return None

    def submit(self, pdf: bytes) -> str:
        assert pdf.startswith(b"%PDF")
        self.submitted.append(f"HELD-{len(self.submitted) + 1}")
        return self.submitted[-1]

    def job_status(self, job_id: str):
        from kiosk.printing.cups_cli import JobStatus
        from kiosk.printing.faults import JobState

        if job_id in self.cancelled:
            return JobStatus(job_id, JobState.FAILED)
        return JobStatus(job_id, JobState.DONE if job_id in self.printed else JobState.QUEUED)

    def cancel(self, job_id: str) -> None:
        self.cancelled.append(job_id)

    def pending(self) -> list[str]:
        return [job for job in self.submitted
                if job not in self.cancelled and job not in self.printed]

    def print_all(self) -> None:
        self.printed.extend(self.pending())


def pdf_page_count(path) -> int:
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True)
    [line] = [line for line in info.stdout.splitlines() if line.startswith("Pages:")]
    return int(line.split()[1])


@pytest.fixture(scope="session")
def cups_server():
    """A private cupsd (own folder, own socket; the system's CUPS is never touched)."""
    reason = why_unavailable()
    if reason:
        pytest.fail(f"printing tests need a private CUPS server: {reason}; "
                    "run scripts/setup --test (as root)")
    sandbox = CupsSandbox()
    try:
        sandbox.start()
        sandbox.add_pdf_queue()
        yield sandbox
    finally:
        sandbox.remove()


@pytest.fixture
def cups(cups_server):
    """The private server running with its cups-pdf queue enabled, accepting and empty."""
    cups_server.start()
    cups_server.add_pdf_queue()
    cups_server.run("lpadmin", "-p", cups_server.queue, "-o", "job-hold-until-default=no-hold")
    cups_server.run("cupsenable", cups_server.queue)
    cups_server.run("cupsaccept", cups_server.queue)
    cups_server.run("cancel", "-a", cups_server.queue)
    for old in cups_server.output_pdfs():
        old.unlink()
    return cups_server


@pytest.fixture
def make_print_window(make_window, cups):
    """A kiosk window built by the app's own `build_kiosk` with a leaflet renderer, printing
    to the private CUPS server's cups-pdf queue."""

    def make(leaflet_pdf=fake_leaflet_pdf, width=1920, height=1080, **overrides):
        overrides = {"idle_timeout_s": 60.0,  # no idle reset while a job runs
                     "printer_queue": cups.queue, "printer_server": cups.server, **overrides}
        return make_window(width, height, leaflet_pdf=leaflet_pdf, **overrides)

    return make
