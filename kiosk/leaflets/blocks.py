"""Flowables shared by both paper formats: panels, section headings, QR codes, rules, and the
text of a leaflet turned into a list of them."""
from __future__ import annotations

import dataclasses
from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.platypus.flowables import Flowable

from kiosk.leaflets.model import LeafletContent, LeafletOffice
from kiosk.leaflets.pictogram import draw_pictogram
from kiosk.leaflets.qr import QUIET_ZONE, draw_qr, qr_rows
from kiosk.leaflets.text import LTR_EMBEDDING, POP_DIRECTION, TextBlock, TextStyle

NBSP = "\u00a0"
MIN_MODULE = 0.6 * 72 / 25.4  # 0.6 mm in points


@dataclass(frozen=True)
class Palette:
    ink: object
    muted: object
    accent: object  # headings, header band
    accent_soft: object  # panel background
    alarm: object  # emergency
    alarm_soft: object
    on_accent: object  # text on the header band
    on_accent_soft: object


COLOUR = Palette(
    ink=colors.HexColor("#1A1A1A"), muted=colors.HexColor("#555555"),
    accent=colors.HexColor("#0033A0"), accent_soft=colors.HexColor("#E9EEF8"),
    alarm=colors.HexColor("#B3001B"), alarm_soft=colors.HexColor("#FBEBED"),
    on_accent=colors.white, on_accent_soft=colors.HexColor("#C9D6F2"),
)
# Thermal printers print black only: grey would come out dithered or not at all.
MONO = Palette(
    ink=colors.black, muted=colors.black, accent=colors.black, accent_soft=colors.white,
    alarm=colors.black, alarm_soft=colors.white, on_accent=colors.black,
    on_accent_soft=colors.black,
)


@dataclass(frozen=True)
class Styles:
    title: TextStyle
    summary: TextStyle
    heading: TextStyle
    body: TextStyle
    small: TextStyle
    small_bold: TextStyle
    big_number: TextStyle
    caption: TextStyle


class Spacer(Flowable):
    def __init__(self, height: float):
        super().__init__()
        self.height = height

    def wrap(self, available_width, available_height):
        self.width = available_width
        return available_width, self.height

    def draw(self):
        pass


class Rule(Flowable):
    def __init__(self, color, thickness: float = 0.8, space: float = 4):
        super().__init__()
        self.color, self.thickness, self.space = color, thickness, space

    def wrap(self, available_width, available_height):
        self.width = available_width
        self.height = 2 * self.space + self.thickness
        return self.width, self.height

    def draw(self):
        self.canv.setStrokeColor(self.color)
        self.canv.setLineWidth(self.thickness)
        y = self.space + self.thickness / 2
        self.canv.line(0, y, self.width, y)


class PictogramBlock(Flowable):
    """A pictogram centred in its own line (the top of the 80 mm leaflet)."""

    def __init__(self, path: str, size: float, space_after: float = 0, rtl: bool = False):
        super().__init__()
        self.path, self.size, self.space_after, self.rtl = path, size, space_after, rtl

    def wrap(self, available_width, available_height):
        self.width = available_width
        self.height = self.size + self.space_after
        return self.width, self.height

    def draw(self):
        draw_pictogram(self.canv, self.path, (self.width - self.size) / 2, self.space_after,
                       self.size, right_to_left=self.rtl)


class SectionHeading(Flowable):
    """A pictogram beside a bold title, on the side where reading starts."""

    def __init__(self, title: str, pictogram: str, style: TextStyle, rtl: bool,
                 icon: float, space_before: float = 0):
        super().__init__()
        self.pictogram, self.icon, self.rtl, self.space_before = pictogram, icon, rtl, space_before
        self.gap = icon * 0.3 if pictogram else 0
        self.text = TextBlock(title, style, rtl)
        self.keepWithNext = True

    def wrap(self, available_width, available_height):
        self.width = available_width
        icon = self.icon if self.pictogram else 0
        _, text_height = self.text.wrap(available_width - icon - self.gap, available_height)
        self.height = self.space_before + max(text_height, icon)
        return self.width, self.height

    def draw(self):
        icon = self.icon if self.pictogram else 0
        content = self.height - self.space_before
        text_x = 0 if self.rtl else icon + self.gap
        self.text.drawOn(self.canv, text_x, (content - self.text.height) / 2)
        if self.pictogram:
            icon_x = self.width - icon if self.rtl else 0
            draw_pictogram(self.canv, self.pictogram, icon_x, (content - icon) / 2, icon,
                           right_to_left=self.rtl)


class QrBlock(Flowable):
    """A QR code centred, with its caption under it."""

    def __init__(self, payload: str, caption: str, size: float, style: TextStyle, rtl: bool):
        super().__init__()
        self.payload, self.min_size, self.size = payload, size, size
        self.caption = TextBlock(caption, style, rtl, space_before=2)

    def wrap(self, available_width, available_height):
        self.width = available_width
        # Big codes (a vCard) grow so that no module is smaller than a phone camera can read.
        modules = len(qr_rows(self.payload)) + 2 * QUIET_ZONE
        self.size = min(available_width, max(self.min_size, modules * MIN_MODULE))
        _, caption_height = self.caption.wrap(available_width, available_height)
        self.height = self.size + caption_height
        return self.width, self.height

    def draw(self):
        self.caption.drawOn(self.canv, 0, 0)
        draw_qr(self.canv, self.payload, (self.width - self.size) / 2, self.caption.height,
                self.size)


class Panel(Flowable):
    """A box of flowables: a tinted background and a bar on the reading-start side."""

    def __init__(self, children: list[Flowable], fill, bar, rtl: bool, padding: float,
                 border: float = 0, space_before: float = 0):
        super().__init__()
        self.children, self.fill, self.bar, self.rtl = children, fill, bar, rtl
        self.padding, self.border, self.space_before = padding, border, space_before
        self.bar_width = padding * 0.45

    def wrap(self, available_width, available_height):
        self.width = available_width
        inner = available_width - 2 * self.padding - self.bar_width
        self.heights = [child.wrap(inner, available_height)[1] for child in self.children]
        self.height = self.space_before + sum(self.heights) + 2 * self.padding
        return self.width, self.height

    def draw(self):
        canv = self.canv
        box = self.height - self.space_before
        canv.saveState()
        canv.setFillColor(self.fill)
        if self.border:
            canv.setStrokeColor(self.bar)
            canv.setLineWidth(self.border)
        canv.rect(0, 0, self.width, box, stroke=1 if self.border else 0, fill=1)
        canv.setFillColor(self.bar)
        bar_x = self.width - self.bar_width if self.rtl else 0
        canv.rect(bar_x, 0, self.bar_width, box, stroke=0, fill=1)
        canv.restoreState()
        x = self.padding + (0 if self.rtl else self.bar_width)
        y = box - self.padding
        for child, height in zip(self.children, self.heights):
            y -= height
            child.drawOn(canv, x, y)


def phone_text(number: str) -> str:
    """A phone number that never breaks across lines and reads left to right with its "+"
    in front, even inside Arabic or Persian text."""
    if not number:
        return ""
    return LTR_EMBEDDING + number.replace(" ", NBSP) + POP_DIRECTION


def office_lines(office: LeafletOffice, content: LeafletContent) -> list[tuple[str, str]]:
    """(label, value) for every known contact field, in reading order; nothing when unknown."""
    labels = content.labels
    fields = [
        (labels.address, office.address), (labels.phone, phone_text(office.phone)),
        (labels.email, office.email), (labels.website, office.website),
        (labels.hours, office.hours),
    ]
    return [(label, value) for label, value in fields if value]


def office_kind(office: LeafletOffice, content: LeafletContent) -> str:
    kind = content.labels.central_office if office.central else content.labels.field_office
    return f"{office.city} · {kind}" if office.city else kind


def body_flowables(content: LeafletContent, styles: Styles, icon: float) -> list[Flowable]:
    """The reading column: summary, body paragraphs and lists, and the brief's sections."""
    rtl = content.right_to_left
    out: list[Flowable] = []
    if content.summary:
        out.append(TextBlock(content.summary, styles.summary, rtl, space_after=6))
    blocks = list(content.blocks)
    if blocks and blocks[0].text.strip() == content.summary.strip():
        blocks.pop(0)  # the summary is already printed, larger, just above
    for block in blocks:
        if block.text:
            out.append(TextBlock(block.text, styles.body, rtl, space_after=5))
        for item in block.items:
            out.append(TextBlock(item, styles.body, rtl, bullet=True, space_after=2))
        if block.items:
            out.append(Spacer(3))
    for section in content.sections:
        out.append(SectionHeading(section.title, section.pictogram, styles.heading, rtl, icon,
                                  space_before=8))
        if section.summary:
            out.append(TextBlock(section.summary, styles.body, rtl, space_before=2, space_after=2))
    return out


def office_flowables(content: LeafletContent, styles: Styles) -> list[Flowable]:
    """An office leaflet's own details: kind, known contact fields (or where to ask), services."""
    rtl, office = content.right_to_left, content.office
    out: list[Flowable] = [TextBlock(office_kind(office, content), styles.summary, rtl,
                                     space_after=6)]
    out.append(TextBlock(content.labels.contacts, styles.heading, rtl, space_before=4,
                         space_after=2, keep_with_next=True))
    lines = office_lines(office, content)
    for label, value in lines:
        out.append(TextBlock(label, styles.small_bold, rtl, space_before=3, keep_with_next=True))
        out.append(TextBlock(value, styles.body, rtl))
    if not lines:
        out.append(TextBlock(content.labels.no_contact_details, styles.body, rtl, space_after=4))
    if content.services:
        out.append(TextBlock(content.labels.services, styles.heading, rtl, space_before=8,
                             space_after=2, keep_with_next=True))
        out.extend(TextBlock(title, styles.body, rtl, bullet=True, space_after=2)
                   for title in content.services)
    return out


def offices_list(content: LeafletContent, styles: Styles, large: bool = False) -> list[Flowable]:
    """The offices (every one, or the others on an office leaflet) and where to ask;
    `large` sets them in body type (the reading column) instead of small (a side panel)."""
    rtl = content.right_to_left
    if large:
        styles = dataclasses.replace(styles, small=styles.body, small_bold=dataclasses.replace(
            styles.body, font=styles.small_bold.font))
    out: list[Flowable] = [TextBlock(content.labels.offices, styles.heading, rtl, space_after=3,
                                     keep_with_next=True)]
    for office in content.offices:
        out.append(TextBlock(office.name, styles.small_bold, rtl, space_before=3))
        out.append(TextBlock(office_kind(office, content), styles.small, rtl))
        for label, value in office_lines(office, content):
            out.append(TextBlock(f"{label}: {value}", styles.small, rtl))
    out.append(TextBlock(content.labels.ask_any_office, styles.small, rtl, space_before=6))
    return out


def emergency_flowables(content: LeafletContent, styles: Styles) -> list[Flowable]:
    rtl = content.right_to_left
    out: list[Flowable] = []
    for number in content.emergency:
        out.append(TextBlock(content.labels.emergency, styles.heading, rtl))
        out.append(TextBlock(number.number, styles.big_number, rtl))
        out.append(TextBlock(number.label, styles.small_bold, rtl, space_after=2))
        if number.note:
            out.append(TextBlock(number.note, styles.small, rtl, space_after=2))
    return out


def qr_flowables(content: LeafletContent, kinds: tuple[str, ...], size: float,
                 styles: Styles) -> list[Flowable]:
    return [
        QrBlock(qr.payload, qr.caption, size, styles.caption, content.right_to_left)
        for qr in content.qr_codes if qr.kind in kinds
    ]


def staff_line(content: LeafletContent) -> str:
    return "   ".join(f"{lang}: {title}" for lang, title in content.staff_titles)


def footer_text(content: LeafletContent, printed: str) -> str:
    labels = content.labels
    return f"{labels.content_version} {content.content_version} · {labels.printed} {printed}"
