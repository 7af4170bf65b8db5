"""The plain frozen data a leaflet is drawn from: collected on the GUI thread, rendered anywhere."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from kiosk.content.records import BodyBlock, EmergencyNumber, LeafletLabels

PAPERS = ("a4", "80mm")


@dataclass(frozen=True)
class LeafletSection:
    """A titled part of a leaflet (a section topic in the brief)."""

    title: str
    summary: str
    blocks: tuple[BodyBlock, ...]
    pictogram: str  # path of an SVG file, or ""


@dataclass(frozen=True)
class LeafletOffice:
    """An office as printed: only the fields that are known are non-empty."""

    name: str
    city: str
    central: bool
    address: str = ""
    phone: str = ""
    email: str = ""
    website: str = ""
    hours: str = ""

    @property
    def has_contact_details(self) -> bool:
        return any((self.address, self.phone, self.email, self.website, self.hours))


@dataclass(frozen=True)
class LeafletQr:
    """A QR code to print: what it carries and the words under it."""

    kind: str  # "tel", "vcard" or "url"
    payload: str
    caption: str


@dataclass(frozen=True)
class LeafletContent:
    leaflet_id: str
    language: str
    right_to_left: bool
    title: str
    summary: str
    blocks: tuple[BodyBlock, ...]
    pictogram: str  # path of an SVG file, or ""
    staff_titles: tuple[tuple[str, str], ...]  # (language, title) for staff, in ka and en
    sections: tuple[LeafletSection, ...]
    office: LeafletOffice | None  # the office an office leaflet is about
    services: tuple[str, ...]  # topic titles an office leaflet lists
    offices: tuple[LeafletOffice, ...]  # every office (the brief, topics) or the others
    emergency: tuple[EmergencyNumber, ...]
    qr_codes: tuple[LeafletQr, ...]
    labels: LeafletLabels
    content_version: str
    printed_on: date
    reviewed: bool
