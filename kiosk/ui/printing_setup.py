"""Adds printing to a built kiosk window: the print queue, the preview screen and the
"Print leaflet" buttons on the topic and office screens (only when a leaflet renderer exists).
"""
from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QPushButton

from kiosk.printing.cups_cli import CupsCli
from kiosk.printing.quota import PrintQuota
from kiosk.settings import Settings
from kiosk.ui import navigation as nav
from kiosk.ui.print_queue import PrintQueue
from kiosk.ui.screens.print_preview import LeafletPdf, PrintPreviewScreen
from kiosk.ui.widgets.pictogram import pictogram_pixmap

LEAFLET_PREFIX = {nav.TOPIC: "topic", nav.OFFICE: "office"}


class PrintButton(QPushButton):
    """"Print leaflet" under a topic or an office; opens the preview of that leaflet."""

    def __init__(self, screen, prefix: str, icon_px: int):
        super().__init__()
        self.setProperty("role", "primary")
        self.setFocusPolicy(Qt.NoFocus)
        self.setIconSize(QSize(icon_px, icon_px))
        self.setIcon(QIcon(pictogram_pixmap("print", icon_px, False, "#ffffff")))
        self.clicked.connect(
            lambda _=False: screen.open(nav.Location(nav.PREVIEW, f"{prefix}:{screen.key}"))
        )
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setText(self.tr("Print leaflet"))
        self.setAccessibleDescription(self.tr("Shows the leaflet to take away, then prints it"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)


def make_print_queue(settings: Settings, parent=None, backend=None) -> PrintQueue:
    backend = backend or CupsCli(settings.printer_queue, settings.printer_server)
    quota = PrintQuota(settings.print_quota_session, settings.print_quota_hour)
    return PrintQueue(backend, quota, round(settings.print_job_timeout_s * 1000), parent=parent)


def install_printing(window, settings: Settings, leaflet_pdf: LeafletPdf,
                     queue: PrintQueue | None = None) -> PrintQueue:
    queue = queue or make_print_queue(settings, parent=window)
    preview = PrintPreviewScreen(window.context, queue, leaflet_pdf, settings.paper)
    window.add_screen(nav.PREVIEW, preview)
    icon_px = window.context.metrics.mm(8)
    for screen_name, prefix in LEAFLET_PREFIX.items():
        screen = window.screens[screen_name]
        screen.add_action(PrintButton(screen, prefix, icon_px))
    # The visitor has gone: their unfinished jobs are cancelled, their quota starts again.
    window.context.session.ended.connect(queue.end_visit)
    window.print_queue = queue
    return queue
