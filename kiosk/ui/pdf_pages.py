"""The real PDF's pages as images, rendered by Qt's PDF module (pdfium), for the preview.

Runs on a worker thread; QtPdf is imported here, on first use, so start-up never pays for it.
"""
from __future__ import annotations

import threading

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize, Qt
from PySide6.QtGui import QImage, QPainter


def on_white(page: QImage) -> QImage:
    """pdfium leaves the paper transparent; a preview shows it white, as printed."""
    paper = QImage(page.size(), QImage.Format_RGB32)
    paper.fill(Qt.white)
    painter = QPainter(paper)
    painter.drawImage(0, 0, page)
    painter.end()
    return paper


class PdfUnreadable(ValueError):
    """The renderer produced something QtPdf cannot open."""


_lock = threading.Lock()
_kept = None  # the one QPdfDocument, alive for the life of the process


def shared_document():
    """The preview's QPdfDocument, made once and kept. QtPdf starts its pdfium engine when the
    first document object exists and tears it down when the last one goes; each restart leaks
    about 20 KiB (+2 MiB per 100 previews). One document kept alive and reused keeps the
    engine up: no leak. Use it under `_lock` (previews render on worker threads)."""
    global _kept
    if _kept is None:
        from PySide6.QtPdf import QPdfDocument

        _kept = QPdfDocument()
    return _kept


def render_pages(pdf: bytes, width_px: int, max_pages: int = 20) -> list[QImage]:
    """Every page (up to `max_pages`) at `width_px` wide, on white, aspect ratio kept."""
    from PySide6.QtPdf import QPdfDocument

    data = QByteArray(pdf)
    buffer = QBuffer(data)
    buffer.open(QIODevice.ReadOnly)
    with _lock:
        document = shared_document()
        try:
            document.load(buffer)  # a random-access buffer loads at once
            if document.status() != QPdfDocument.Status.Ready or document.pageCount() < 1:
                raise PdfUnreadable(f"QtPdf could not open the leaflet ({document.error()})")
            images = []
            for page in range(min(document.pageCount(), max_pages)):
                points = document.pagePointSize(page)
                height = max(1, round(width_px * points.height() / max(points.width(), 1)))
                images.append(on_white(document.render(page, QSize(width_px, height))))
            return images
        finally:
            document.close()  # the pages, not the document object: the engine stays up
            buffer.close()
