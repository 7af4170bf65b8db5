"""The preview renders every leaflet with one QPdfDocument kept for the life of the process
(QtPdf leaks each time its engine is torn down and restarted)."""
from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtGui import QPageSize, QPdfWriter, QTextDocument

from kiosk.ui import pdf_pages


def pdf_with_pages(pages: int) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setPageSize(QPageSize(QPageSize.A6))
    document = QTextDocument()
    document.setHtml("".join(f"<p style='page-break-after: always'>page {n}</p>" for n in range(pages)))
    document.print_(writer)
    del writer
    buffer.close()
    return bytes(data)


def test_one_document_serves_every_preview(qapp):
    first = pdf_pages.render_pages(pdf_with_pages(1), 200)
    kept = pdf_pages.shared_document()
    second = pdf_pages.render_pages(pdf_with_pages(3), 200)
    assert pdf_pages.shared_document() is kept
    assert len(first) >= 1 and len(second) > len(first)  # no stale pages from the last one
    assert all(image.width() == 200 for image in first + second)


def test_an_unreadable_pdf_is_refused_and_the_next_one_renders(qapp):
    with pytest.raises(pdf_pages.PdfUnreadable):
        pdf_pages.render_pages(b"%PDF-1.4 not really", 200)
    assert len(pdf_pages.render_pages(pdf_with_pages(1), 100)) >= 1


def test_previews_from_worker_threads_take_turns(qapp):
    results, errors = [], []

    def render():
        try:
            results.append(len(pdf_pages.render_pages(pdf, 120)))
        except Exception as exc:  # noqa: BLE001 (reported below)
            errors.append(exc)

    pdf = pdf_with_pages(2)
    expected = len(pdf_pages.render_pages(pdf, 120))
    workers = [threading.Thread(target=render) for _ in range(4)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join(timeout=30)
    assert errors == [] and results == [expected] * 4
