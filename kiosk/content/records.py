"""Plain frozen records the content service hands to screens (never ORM objects).

This module imports nothing heavy, so screens can use these types without paying for
SQLAlchemy at start-up.
"""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class ContentInfo:
    version: str
    default_language: str
    languages: tuple[str, ...]
    complete_languages: tuple[str, ...]


@dataclass(frozen=True)
class TopicCard:
    """What a tile or a link needs to show one topic."""

    id: str
    kind: str  # intro | section | programme | need
    title: str
    summary: str
    pictogram: str
    opens: str  # "" or the screen a need opens instead of its page ("offices")
    language: str  # the language the text is actually in
    reviewed: bool


@dataclass(frozen=True)
class BodyBlock:
    """A paragraph, or a bullet list when `items` is not empty."""

    text: str = ""
    items: tuple[str, ...] = ()


@dataclass(frozen=True)
class TopicPage:
    card: TopicCard
    blocks: tuple[BodyBlock, ...]
    related: tuple[TopicCard, ...]


@dataclass(frozen=True)
class OfficeCard:
    id: str
    name: str
    city: str
    central: bool
    # (latitude, longitude) for distances: the office's own when known, else its city
    # centre's, else None.
    position: tuple[float, float] | None = None


@dataclass(frozen=True)
class OfficeDetail:
    card: OfficeCard
    address: str
    phone: str
    email: str
    website: str
    hours: str
    latitude: float | None
    longitude: float | None
    services: tuple[TopicCard, ...]
    language: str
    reviewed: bool

    @property
    def has_contact_details(self) -> bool:
        return any((self.address, self.phone, self.email, self.website, self.hours))


@dataclass(frozen=True)
class EmergencyNumber:
    id: str
    number: str
    label: str
    note: str


def parse_body(body: str) -> tuple[BodyBlock, ...]:
    """Split pack body text: blank lines separate paragraphs, "- " lines make a list."""
    blocks: list[BodyBlock] = []
    for chunk in body.strip().split("\n\n"):
        lines = [line.strip() for line in chunk.splitlines() if line.strip()]
        text: list[str] = []
        items: list[str] = []
        for line in lines:
            if line.startswith("- "):
                if text:
                    blocks.append(BodyBlock(text=" ".join(text)))
                    text = []
                items.append(line[2:].strip())
            else:
                if items:
                    blocks.append(BodyBlock(items=tuple(items)))
                    items = []
                text.append(line)
        if text:
            blocks.append(BodyBlock(text=" ".join(text)))
        if items:
            blocks.append(BodyBlock(items=tuple(items)))
    return tuple(blocks)


@dataclass(frozen=True)
class LeafletLabels:
    """The fixed words printed on leaflets, in one language (from the pack's leaflet.toml).

    The field names are the keys of each `[text.<lang>]` table in leaflet.toml.
    """

    organisation: str
    country: str
    contacts: str
    emergency: str
    scan_to_call: str
    scan_to_save_contact: str
    scan_to_open_website: str
    phone: str
    email: str
    website: str
    address: str
    hours: str
    offices: str
    central_office: str
    field_office: str
    services: str
    no_contact_details: str
    ask_any_office: str
    printed: str
    content_version: str
    unreviewed: str
