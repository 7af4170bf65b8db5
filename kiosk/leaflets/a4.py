"""The A4 leaflet: a blue header band with the title and pictogram, a reading column, and on
the first page a side column with the emergency number, the contacts and the QR codes.
Right-to-left leaflets mirror the whole page."""
from __future__ import annotations

import io

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate

from kiosk.leaflets.blocks import (
    COLOUR,
    Panel,
    Styles,
    body_flowables,
    emergency_flowables,
    footer_text,
    office_flowables,
    offices_list,
    qr_flowables,
    staff_line,
)
from kiosk.leaflets.fonts import BOLD, REGULAR
from kiosk.leaflets.model import LeafletContent
from kiosk.leaflets.pictogram import draw_pictogram
from kiosk.leaflets.text import TextStyle, draw_text_line, draw_line, line_x, wrap_lines

PAGE_W, PAGE_H = A4
MARGIN = 16 * mm
HEADER_FIRST = 42 * mm
HEADER_LATER = 14 * mm
FOOTER = 18 * mm
SIDE = 60 * mm
GUTTER = 8 * mm
QR_SIZE = 27 * mm
PALETTE = COLOUR


def _styles() -> Styles:
    p = PALETTE
    return Styles(
        title=TextStyle(BOLD, 22, 26, p.on_accent),
        summary=TextStyle(BOLD, 12.5, 17, p.accent),
        heading=TextStyle(BOLD, 12, 16, p.accent),
        body=TextStyle(REGULAR, 10.5, 15, p.ink),
        small=TextStyle(REGULAR, 8.5, 11.5, p.ink),
        small_bold=TextStyle(BOLD, 8.5, 11.5, p.ink),
        big_number=TextStyle(BOLD, 30, 34, p.alarm),
        caption=TextStyle(REGULAR, 7.5, 10, p.muted, align="center"),
    )


class _NumberedCanvas(Canvas):
    """Holds pages back until the end so each can say "page of pages"."""

    def __init__(self, *args, rtl: bool = False, **kwargs):
        super().__init__(*args, **kwargs)
        self._pages: list[dict] = []
        self._rtl = rtl

    def showPage(self):
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self):
        total = len(self._pages)
        for state in self._pages:
            self.__dict__.update(state)
            if total > 1:
                self.setFont(REGULAR, 7.5)
                self.setFillColor(PALETTE.muted)
                text = f"{self._pageNumber} / {total}"
                if self._rtl:
                    self.drawString(MARGIN, FOOTER - 10 * mm, text)
                else:
                    self.drawRightString(PAGE_W - MARGIN, FOOTER - 10 * mm, text)
            super().showPage()
        super().save()


def _header_title_lines(content: LeafletContent, style: TextStyle, width: float):
    for size in (style.size, 19, 16, 13):
        lines = wrap_lines(content.title, style.font, size, width, content.right_to_left)
        if len(lines) * size * 1.18 <= 2 * style.leading:
            break
    return lines, TextStyle(style.font, size, size * 1.18, style.color, style.align)


def _first_header(canv, content: LeafletContent, styles: Styles, printed: str) -> None:
    rtl = content.right_to_left
    top = PAGE_H
    canv.setFillColor(PALETTE.accent)
    canv.rect(0, top - HEADER_FIRST, PAGE_W, HEADER_FIRST, stroke=0, fill=1)
    disc = 30 * mm
    text_w = PAGE_W - 2 * MARGIN - disc - 8 * mm
    text_left = MARGIN + disc + 8 * mm if rtl else MARGIN
    if content.pictogram:
        cx = MARGIN + disc / 2 if rtl else PAGE_W - MARGIN - disc / 2
        cy = top - HEADER_FIRST / 2
        canv.setFillColor(PALETTE.on_accent)
        canv.circle(cx, cy, disc / 2, stroke=0, fill=1)
        draw_pictogram(canv, content.pictogram, cx - disc * 0.33, cy - disc * 0.33, disc * 0.66,
                       right_to_left=rtl)
    org = TextStyle(REGULAR, 9, 11, PALETTE.on_accent_soft)
    staff = staff_line(content)
    # Georgian and English for staff: left-to-right text, on the page's reading side.
    staff_style = TextStyle(REGULAR, 8.5, 10, PALETTE.on_accent_soft,
                            align="end" if rtl else "start")
    lines, title = _header_title_lines(content, styles.title, text_w)
    gap = 3 * mm
    block = org.leading + gap + len(lines) * title.leading + (gap + staff_style.leading
                                                              if staff else 0)
    # The block (organisation, title, staff line) sits centred in the band.
    y = top - (HEADER_FIRST - block) / 2 - org.size
    draw_text_line(canv, f"{content.labels.organisation} · {content.labels.country}",
                   text_left, text_w, y, org, rtl)
    y -= org.leading - org.size + gap + title.size
    for line in lines:
        draw_line(canv, line, line_x(text_left, text_w, line.width, "start", rtl), y, title)
        y -= title.leading
    if staff:
        last_baseline = y + title.leading
        y = last_baseline - title.size * 0.3 - gap - staff_style.size * 0.75
        draw_text_line(canv, staff, text_left, text_w, y, staff_style, False)


def _later_header(canv, content: LeafletContent) -> None:
    canv.setFillColor(PALETTE.accent)
    canv.rect(0, PAGE_H - HEADER_LATER, PAGE_W, HEADER_LATER, stroke=0, fill=1)
    style = TextStyle(BOLD, 11, 13, PALETTE.on_accent)
    draw_text_line(canv, content.title, MARGIN, PAGE_W - 2 * MARGIN,
                   PAGE_H - HEADER_LATER / 2 - 4, style, content.right_to_left)


def _footer(canv, content: LeafletContent, printed: str) -> None:
    rtl = content.right_to_left
    canv.setStrokeColor(PALETTE.accent)
    canv.setLineWidth(0.6)
    canv.line(MARGIN, FOOTER - 4 * mm, PAGE_W - MARGIN, FOOTER - 4 * mm)
    style = TextStyle(REGULAR, 7.5, 9, PALETTE.muted)
    width = PAGE_W - 2 * MARGIN - 15 * mm
    left = MARGIN if not rtl else MARGIN + 15 * mm
    draw_text_line(canv, footer_text(content, printed), left, width, FOOTER - 10 * mm, style, rtl)
    if not content.reviewed:
        draw_text_line(canv, content.labels.unreviewed, left, width, FOOTER - 14 * mm, style, rtl)


SIDE_TOP = PAGE_H - HEADER_FIRST - 8 * mm
PANEL_GAP = 5 * mm


def _side_panels(content: LeafletContent, styles: Styles, with_offices: bool) -> list[Panel]:
    rtl = content.right_to_left
    pad = 4 * mm
    panels = [Panel(
        emergency_flowables(content, styles) + qr_flowables(content, ("tel",), QR_SIZE, styles),
        PALETTE.alarm_soft, PALETTE.alarm, rtl, pad,
    )]
    contacts = offices_list(content, styles) if with_offices else []
    contacts += qr_flowables(content, ("vcard", "url"), QR_SIZE, styles)
    if contacts:
        panels.append(Panel(contacts, PALETTE.accent_soft, PALETTE.accent, rtl, pad))
    return panels


def _fits(panels: list[Panel]) -> bool:
    heights = [panel.wrap(SIDE, SIDE_TOP - FOOTER)[1] for panel in panels]
    return sum(heights) + PANEL_GAP * (len(panels) - 1) <= SIDE_TOP - FOOTER


def _draw_side_column(canv, panels: list[Panel], rtl: bool) -> None:
    x = MARGIN if rtl else PAGE_W - MARGIN - SIDE
    top = SIDE_TOP
    for panel in panels:
        _, height = panel.wrap(SIDE, top - FOOTER)
        panel.drawOn(canv, x, top - height)
        top -= height + PANEL_GAP


def render_a4(content: LeafletContent, printed: str) -> bytes:
    styles = _styles()
    rtl = content.right_to_left
    buffer = io.BytesIO()
    main_w = PAGE_W - 2 * MARGIN - SIDE - GUTTER
    first_x = MARGIN + SIDE + GUTTER if rtl else MARGIN
    first = Frame(first_x, FOOTER, main_w, PAGE_H - HEADER_FIRST - 6 * mm - FOOTER,
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0, id="first")
    later = Frame(MARGIN, FOOTER, PAGE_W - 2 * MARGIN, PAGE_H - HEADER_LATER - 8 * mm - FOOTER,
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0, id="later")

    def on_first(canv, doc):
        _first_header(canv, content, styles, printed)
        _draw_side_column(canv, panels, rtl)
        _footer(canv, content, printed)

    def on_later(canv, doc):
        _later_header(canv, content)
        _footer(canv, content, printed)

    doc = BaseDocTemplate(
        buffer, pagesize=A4, title=content.title, author=content.labels.organisation,
        subject=content.leaflet_id, lang=content.language, initialFontName=REGULAR,
        leftMargin=MARGIN, rightMargin=MARGIN, topMargin=0, bottomMargin=FOOTER,
        invariant=1,
    )
    doc.addPageTemplates([
        PageTemplate("first", [first], onPage=on_first, autoNextPageTemplate="later"),
        PageTemplate("later", [later], onPage=on_later),
    ])
    # The offices go in the side column beside the text; an office leaflet lists the others
    # in its reading column, and so does any leaflet whose side column would not fit
    # (once operators have filled in every office's contacts).
    panels = _side_panels(content, styles, with_offices=content.office is None)
    offices_in_side = content.office is None and _fits(panels)
    if content.office is None and not offices_in_side:
        panels = _side_panels(content, styles, with_offices=False)
    if content.office is not None:
        story = office_flowables(content, styles)
    else:
        story = body_flowables(content, styles, icon=9 * mm)
    if not offices_in_side:
        story += _spaced(offices_list(content, styles, large=True))
    doc.build(story, canvasmaker=lambda *a, **k: _NumberedCanvas(*a, rtl=rtl, **k))
    return buffer.getvalue()


def _spaced(flowables):
    from kiosk.leaflets.blocks import Spacer

    return [Spacer(10), *flowables]
