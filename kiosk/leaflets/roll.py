"""The 80 mm thermal-roll leaflet: one narrow page exactly as long as its content, black only,
larger type, everything stacked: pictogram, title, text, emergency, contacts, QR codes."""
from __future__ import annotations

import io

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from kiosk.leaflets.blocks import (
    MONO,
    Panel,
    PictogramBlock,
    Rule,
    Spacer,
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
from kiosk.leaflets.text import TextBlock, TextStyle

PAGE_W = 80 * mm
MARGIN = 4 * mm  # 80 mm printers print about 72 mm wide
QR_SIZE = 36 * mm
PALETTE = MONO


def _styles() -> Styles:
    p = PALETTE
    return Styles(
        title=TextStyle(BOLD, 17, 21, p.ink, align="center"),
        summary=TextStyle(BOLD, 12, 16, p.ink),
        heading=TextStyle(BOLD, 12.5, 16, p.ink),
        body=TextStyle(REGULAR, 11, 15, p.ink),
        small=TextStyle(REGULAR, 10, 13, p.ink),
        small_bold=TextStyle(BOLD, 10, 13, p.ink),
        big_number=TextStyle(BOLD, 30, 34, p.ink),
        caption=TextStyle(REGULAR, 9.5, 12, p.ink, align="center"),
    )


def _story(content: LeafletContent, styles: Styles) -> list:
    rtl = content.right_to_left
    centred = TextStyle(REGULAR, 9, 12, PALETTE.ink, align="center")
    story = []
    if content.pictogram:
        story.append(PictogramBlock(content.pictogram, 18 * mm, space_after=3 * mm,
                                    rtl=content.right_to_left))
    story.append(TextBlock(f"{content.labels.organisation} · {content.labels.country}",
                           centred, rtl, space_after=4))
    story.append(TextBlock(content.title, styles.title, rtl))
    staff = staff_line(content)
    if staff:
        story.append(TextBlock(staff, centred, False, space_before=3))
    story.append(Rule(PALETTE.ink, 1.2, 6))
    if content.office is not None:
        story += office_flowables(content, styles)
    else:
        story += body_flowables(content, styles, icon=8 * mm)
    pad = 3 * mm
    # "Scan to call" sits with the number it calls; the office's own codes follow its list.
    story.append(Panel(emergency_flowables(content, styles)
                       + qr_flowables(content, ("tel",), QR_SIZE * 0.8, styles),
                       PALETTE.alarm_soft, PALETTE.ink, rtl, pad, border=1.5, space_before=8))
    story.append(Spacer(6))
    story += offices_list(content, styles)
    for code in qr_flowables(content, ("vcard", "url"), QR_SIZE, styles):
        story += [Spacer(8), code]
    story.append(Rule(PALETTE.ink, 0.8, 6))
    return story


def render_roll(content: LeafletContent, printed: str) -> bytes:
    styles = _styles()
    width = PAGE_W - 2 * MARGIN
    story = _story(content, styles)
    footer = [TextBlock(footer_text(content, printed), TextStyle(REGULAR, 8.5, 11, PALETTE.ink,
                                                                 align="center"),
                        content.right_to_left)]
    if not content.reviewed:
        footer.append(TextBlock(content.labels.unreviewed, TextStyle(REGULAR, 8.5, 11, PALETTE.ink,
                                                                     align="center"),
                                content.right_to_left))
    story += footer
    heights = [flowable.wrap(width, 1e6)[1] for flowable in story]
    page_h = sum(heights) + 2 * MARGIN
    buffer = io.BytesIO()
    canv = Canvas(buffer, pagesize=(PAGE_W, page_h), initialFontName=REGULAR, invariant=1,
                  lang=content.language)
    canv.setTitle(content.title)
    canv.setAuthor(content.labels.organisation)
    canv.setSubject(content.leaflet_id)
    y = page_h - MARGIN
    for flowable, height in zip(story, heights):
        y -= height
        flowable.drawOn(canv, MARGIN, y)
    canv.showPage()
    canv.save()
    return buffer.getvalue()
