"""Adds printing to a built kiosk window (the composition root calls it): the print queue, the preview screen and the
"Print leaflet" buttons on the topic and office screens (only when a leaflet renderer exists).
"""
from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QPushButton

from kiosk.printing.quota import PrintQuota
from kiosk.settings import Settings
from kiosk.ui import navigation as nav
from kiosk.ui.print_queue import PrintQueue
from kiosk.ui.screens.print_preview import LeafletPdf, PrintPreviewScreen
from kiosk.ui.widgets.pictogram import pictogram_pixmap

log = logging.getLogger(__name__)

LEAFLET_PREFIX = {nav.TOPIC: "topic", nav.OFFICE: "office"}


class PrintButton(QPushButton):
    """"Print leaflet" under a topic or an office; opens the preview of that leaflet.
    Shown only where there is a leaflet to print (`printable(leaflet_id)`)."""

    def __init__(self, screen, screen_name: str, prefix: str, icon_px: int,
                 printable: Callable[[str], bool]):
        super().__init__()
        self._screen_name = screen_name
        self._prefix = prefix
        self._printable = printable
        self.setProperty("role", "primary")
        self.setFocusPolicy(Qt.NoFocus)
        self.setIconSize(QSize(icon_px, icon_px))
        self.setIcon(QIcon(pictogram_pixmap("print", icon_px, False, "#ffffff")))
        self.clicked.connect(
            lambda _=False: screen.open(nav.Location(nav.PREVIEW, f"{prefix}:{screen.key}"))
        )
        self.retranslate_ui()

    def follow(self, location: nav.Location) -> None:
        """The visitor moved: on this button's screen, offer printing only if it can be done."""
        if location.screen == self._screen_name:
            leaflet_id = f"{self._prefix}:{location.key}"
            try:
                printable = self._printable(leaflet_id)
            except Exception:  # a content fault: no button, rather than a broken promise
                log.exception("could not tell whether %s can be printed", leaflet_id)
                printable = False
            self.setVisible(printable)

    def retranslate_ui(self) -> None:
        self.setText(self.tr("Print leaflet"))
        self.setAccessibleDescription(self.tr("Shows the leaflet to take away, then prints it"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)


def make_print_queue(settings: Settings, backend, parent=None) -> PrintQueue:
    """`backend`: kiosk.printing.cups_cli.CupsCli (built by the composition root) or a
    stand-in with its methods."""
    quota = PrintQuota(settings.print_quota_session, settings.print_quota_hour)
    return PrintQueue(backend, quota, round(settings.print_job_timeout_s * 1000), parent=parent)


def served_leaflet_exists(context) -> Callable[[str], bool]:
    """`printable` for the print buttons: the leaflets package's own rule, on the content
    served now (imported here: printing is set up after the first paint)."""
    from kiosk.leaflets.collect import leaflet_exists

    return lambda leaflet_id: leaflet_exists(context.content.service, leaflet_id,
                                             context.session.language)


def install_printing(window, settings: Settings, leaflet_pdf: LeafletPdf, queue: PrintQueue,
                     printable: Callable[[str], bool] | None = None) -> None:
    printable = printable or served_leaflet_exists(window.context)
    preview = PrintPreviewScreen(window.context, queue, leaflet_pdf, settings.paper)
    window.add_screen(nav.PREVIEW, preview)
    icon_px = window.context.metrics.mm(8)
    for screen_name, prefix in LEAFLET_PREFIX.items():
        screen = window.screens[screen_name]
        button = PrintButton(screen, screen_name, prefix, icon_px, printable)
        screen.add_action(button)
        window.navigator.location_changed.connect(button.follow)
        button.follow(window.navigator.current)
    # The visitor has gone: their unfinished jobs are cancelled, their quota starts again.
    window.context.session.ended.connect(queue.end_visit)
