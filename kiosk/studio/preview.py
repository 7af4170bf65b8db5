"""The preview: an item as the kiosk shows it (the kiosk's own screens) and its real leaflet.

The kiosk content is rebuilt from the studio's database on a worker thread; the leaflet PDF is
made there too, by `kiosk.leaflets`, and its pages drawn by QtPdf (as the kiosk's print preview
does). Only the screen itself is built on the GUI thread, because it is made of widgets.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QComboBox, QHBoxLayout, QLabel, QPushButton, QScrollArea, QTabWidget, QVBoxLayout, QWidget,
)

from kiosk.languages import KNOWN_LANGUAGES
from kiosk.ui.worker import Worker

log = logging.getLogger(__name__)

LEAFLET_WIDTH_PX = 800


@dataclass(frozen=True)
class PreviewTarget:
    """Which kiosk screen shows an item, and which leaflet (if any) carries it."""

    screen: str  # kiosk_render.TOPIC, OFFICE or EMERGENCY
    key: str
    leaflet_id: str = ""


def make_leaflet_pages(service, leaflet_id: str, language: str, width_px: int):
    """Worker side: the real leaflet PDF and its pages as images."""
    from kiosk.leaflets import collect_leaflet, render_leaflet
    from kiosk.ui.pdf_pages import render_pages

    pdf = render_leaflet(collect_leaflet(service, leaflet_id, language), "a4")
    return pdf, render_pages(pdf, width_px)


class ScaledImage(QLabel):
    """An image shown at the width it is given, its proportions kept."""

    def __init__(self):
        super().__init__()
        self._image = None
        self.setAlignment(Qt.AlignTop | Qt.AlignHCenter)

    def set_image(self, image) -> None:
        self._image = image
        self._fit()

    def image(self):
        return self._image

    def _fit(self) -> None:
        if self._image is None:
            self.clear()
            return
        width = max(200, self.width() - 4)
        pixmap = QPixmap.fromImage(self._image)
        self.setPixmap(pixmap.scaledToWidth(min(width, pixmap.width()), Qt.SmoothTransformation))

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt override)
        super().resizeEvent(event)
        if self._image is not None and abs(self.pixmap().width() - self.width()) > 8:
            self._fit()


class PreviewPane(QWidget):
    """Shows one item in a chosen language and orientation. `set_content(maker)` gives it a
    callable (run on the worker) returning a kiosk ContentService built from the studio."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._worker = Worker("studio-preview", self)
        self._maker = None
        self._service = None
        self._stale = True
        self._target: PreviewTarget | None = None
        self._request = 0
        self.language_box = QComboBox()
        for code, language in KNOWN_LANGUAGES.items():
            self.language_box.addItem(language.native_name, code)
        self.orientation_box = QComboBox()
        self.refresh_button = QPushButton()
        self.refresh_button.clicked.connect(self.refresh)
        self.language_label = QLabel()
        self.orientation_label = QLabel()
        self.language_label.setBuddy(self.language_box)
        self.orientation_label.setBuddy(self.orientation_box)
        bar = QHBoxLayout()
        for widget in (self.language_label, self.language_box, self.orientation_label,
                       self.orientation_box, self.refresh_button):
            bar.addWidget(widget)
        bar.addStretch(1)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.screen_image = ScaledImage()
        self.leaflet_pages = QWidget()
        self.leaflet_layout = QVBoxLayout(self.leaflet_pages)
        self.tabs = QTabWidget()
        self.tabs.addTab(self._scrolled(self.screen_image), "")
        self.tabs.addTab(self._scrolled(self.leaflet_pages), "")
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.status)
        layout.addWidget(self.tabs, 1)
        self.retranslate_ui()
        self.language_box.currentIndexChanged.connect(lambda _i: self._show())
        self.orientation_box.currentIndexChanged.connect(lambda _i: self._show())

    @staticmethod
    def _scrolled(widget: QWidget) -> QScrollArea:
        area = QScrollArea()
        area.setWidgetResizable(True)
        area.setWidget(widget)
        return area

    # -- what to show ------------------------------------------------------------------------
    def set_content(self, maker) -> None:
        self._maker = maker
        self._stale = True

    def content_changed(self) -> None:
        """The studio's texts changed: the next preview rebuilds the kiosk content."""
        self._stale = True

    def set_language(self, language: str) -> None:
        index = self.language_box.findData(language)
        if index >= 0:  # quietly: the caller shows the new item next
            self.language_box.blockSignals(True)
            self.language_box.setCurrentIndex(index)
            self.language_box.blockSignals(False)

    @property
    def language(self) -> str:
        return self.language_box.currentData()

    @property
    def orientation(self) -> str:
        return "portrait" if self.orientation_box.currentIndex() == 1 else "landscape"

    def show_target(self, target: PreviewTarget | None) -> None:
        self._target = target
        self._show()

    def refresh(self) -> None:
        self._stale = True
        self._show()

    # -- work --------------------------------------------------------------------------------
    def _show(self) -> None:
        if self._target is None or self._maker is None:
            return
        self._request += 1
        request = self._request
        self.status.setText(self.tr("Preparing the preview…"))
        if self._stale or self._service is None:
            self._stale = False
            self._worker.run(self._maker, lambda service: self._content_ready(request, service),
                             lambda exc: self._failed(request, exc))
        else:
            self._render(request)

    def _content_ready(self, request: int, service) -> None:
        old, self._service = self._service, service
        if old is not None:
            old.close()
        if request == self._request:
            self._render(request)

    def _render(self, request: int) -> None:
        from kiosk.studio.kiosk_render import render_kiosk_screen

        target, language, service = self._target, self.language, self._service
        try:
            image = render_kiosk_screen(service, target.screen, target.key, language,
                                        self.orientation)
        except Exception as exc:  # an item the kiosk cannot show: say so, keep the studio up
            self._failed(request, exc)
            return
        self.screen_image.set_image(image)
        self.status.setText(self.tr("As a kiosk shows it: %1, %2.")
                            .replace("%1", KNOWN_LANGUAGES[language].native_name)
                            .replace("%2", self.orientation_box.currentText()))
        self._clear_leaflet()
        if target.leaflet_id:
            self._worker.run(
                lambda: make_leaflet_pages(service, target.leaflet_id, language,
                                           LEAFLET_WIDTH_PX),
                lambda result: self._leaflet_ready(request, *result),
                lambda exc: self._failed(request, exc))
        else:
            self.leaflet_layout.addWidget(QLabel(self.tr("This item has no leaflet of its own.")))

    def _clear_leaflet(self) -> None:
        while self.leaflet_layout.count():
            item = self.leaflet_layout.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()

    def _leaflet_ready(self, request: int, pdf: bytes, images) -> None:
        if request != self._request:
            return
        self.leaflet_pdf = pdf
        for image in images:
            page = ScaledImage()
            page.set_image(image)
            page.setMinimumHeight(200)
            self.leaflet_layout.addWidget(page)
        self.leaflet_layout.addStretch(1)

    def _failed(self, request: int, exc: Exception) -> None:
        if request != self._request:
            return
        log.error("preview failed", exc_info=exc)
        self.status.setText(self.tr("The preview could not be made: %1").replace("%1", str(exc)))

    # -- strings -----------------------------------------------------------------------------
    def retranslate_ui(self) -> None:
        self.language_label.setText(self.tr("&Language:"))
        self.orientation_label.setText(self.tr("&Screen:"))
        index = self.orientation_box.currentIndex()
        self.orientation_box.blockSignals(True)
        self.orientation_box.clear()
        self.orientation_box.addItems([self.tr("Landscape"), self.tr("Portrait")])
        self.orientation_box.setCurrentIndex(max(0, index))
        self.orientation_box.blockSignals(False)
        self.refresh_button.setText(self.tr("Refresh"))
        self.tabs.setTabText(0, self.tr("On the kiosk"))
        self.tabs.setTabText(1, self.tr("Leaflet (A4)"))

    def changeEvent(self, event) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def close_content(self) -> None:
        self._worker.shutdown()
        if self._service is not None:
            self._service.close()
            self._service = None
