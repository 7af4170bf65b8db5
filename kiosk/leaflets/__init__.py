"""Take-away leaflets as PDF (ReportLab, no Qt): collect the content, then render it.

    pdf = render_leaflet(collect_leaflet(service, "topic:need-go-home", "ka"), "a4")

`collect_leaflet` reads the database (quick, any thread that may use the service);
`render_leaflet` is pure and thread-safe, and imports ReportLab only when first called.
"""
from __future__ import annotations

from kiosk.leaflets.collect import LeafletNotFound, collect_leaflet, list_leaflets
from kiosk.leaflets.model import PAPERS, LeafletContent

__all__ = [
    "PAPERS", "LeafletContent", "LeafletNotFound", "collect_leaflet", "list_leaflets",
    "prepare_rendering", "render_leaflet",
]


def render_leaflet(content: LeafletContent, paper: str) -> bytes:
    """The leaflet as PDF bytes; `paper` is "a4" or "80mm"."""
    from kiosk.leaflets.render import render

    return render(content, paper)


def prepare_rendering() -> None:
    """Import ReportLab, svglib and Babel and load the fonts (about 0.4 s, once per process),
    so that the first leaflet a visitor asks for is as quick as the rest. Call it off the GUI
    thread; calling it is optional."""
    from kiosk.leaflets.render import prepare

    prepare()
