"""Gather everything one leaflet shows from the content service, as frozen plain data.

This is the quick half (a few small queries), meant for the GUI thread; drawing the PDF is
`render_leaflet`'s job and may run anywhere.
"""
from __future__ import annotations

from datetime import date

from kiosk.content.records import LeafletLabels, OfficeDetail
from kiosk.content.service import ContentNotFound, ContentService
from kiosk.languages import KNOWN_LANGUAGES
from kiosk.leaflets.model import LeafletContent, LeafletOffice, LeafletQr, LeafletSection
from kiosk.paths import PICTOGRAMS

BRIEF = "brief"
TOPIC_PREFIX = "topic:"
OFFICE_PREFIX = "office:"
LEAFLET_TOPIC_KINDS = ("need", "programme")
STAFF_LANGUAGES = ("ka", "en")
OFFICE_PICTOGRAM = "office"


class LeafletNotFound(LookupError):
    """No such leaflet id (or language); the message says which."""


def list_leaflets(service: ContentService) -> list[str]:
    """Every leaflet id: the brief, one per need and programme topic, one per office."""
    language = service.info.default_language
    ids = [BRIEF]
    for kind in LEAFLET_TOPIC_KINDS:
        ids.extend(TOPIC_PREFIX + card.id for card in service.topics(kind, language))
    ids.extend(OFFICE_PREFIX + card.id for card in service.offices(language))
    return ids


def leaflet_exists(service: ContentService, leaflet_id: str, language: str) -> bool:
    """Whether `leaflet_id` names a leaflet (the same rule `collect_leaflet` applies): the
    kiosk offers "Print leaflet" only where there is one (not on the intro and sections)."""
    try:
        if leaflet_id == BRIEF:
            return True
        if leaflet_id.startswith(TOPIC_PREFIX):
            page = service.topic_page(leaflet_id.removeprefix(TOPIC_PREFIX), language)
            return page.card.kind in LEAFLET_TOPIC_KINDS
        if leaflet_id.startswith(OFFICE_PREFIX):
            service.office(leaflet_id.removeprefix(OFFICE_PREFIX), language)
            return True
    except ContentNotFound:
        pass
    return False


def collect_leaflet(service: ContentService, leaflet_id: str, language: str,
                    today: date | None = None) -> LeafletContent:
    if language not in service.info.languages:
        raise LeafletNotFound(f"no content in language '{language}' "
                              f"(the content has: {', '.join(service.info.languages)})")
    try:
        if leaflet_id == BRIEF:
            return _brief(service, language, today or date.today())
        if leaflet_id.startswith(TOPIC_PREFIX):
            return _topic(service, leaflet_id, language, today or date.today())
        if leaflet_id.startswith(OFFICE_PREFIX):
            return _office(service, leaflet_id, language, today or date.today())
    except ContentNotFound:
        pass
    raise LeafletNotFound(f"no leaflet '{leaflet_id}'")


def _pictogram(name: str) -> str:
    path = PICTOGRAMS / f"{name}.svg"
    return str(path) if name and path.is_file() else ""


def _staff_titles(titles: dict[str, str], language: str) -> tuple[tuple[str, str], ...]:
    """The title in Georgian and English for staff, leaving out the reader's own language."""
    return tuple((lang, titles[lang]) for lang in STAFF_LANGUAGES
                 if lang != language and lang in titles)


def _leaflet_office(detail: OfficeDetail) -> LeafletOffice:
    return LeafletOffice(
        name=detail.card.name, city=detail.card.city, central=detail.card.central,
        address=detail.address, phone=detail.phone, email=detail.email,
        website=detail.website, hours=detail.hours,
    )


def _all_offices(service: ContentService, language: str) -> list[LeafletOffice]:
    return [_leaflet_office(detail) for detail in service.office_details(language)]


def vcard(office: LeafletOffice) -> str:
    """A vCard 3.0 with only the fields that are known."""
    def esc(value: str) -> str:
        return (value.replace("\\", "\\\\").replace(",", "\\,").replace(";", "\\;")
                .replace("\n", "\\n"))

    # No ORG line: the office name already says IOM, and every byte makes the code denser.
    lines = ["BEGIN:VCARD", "VERSION:3.0", f"N:{esc(office.name)};;;;", f"FN:{esc(office.name)}"]
    if office.phone:
        lines.append(f"TEL;TYPE=WORK,VOICE:{office.phone}")
    if office.email:
        lines.append(f"EMAIL;TYPE=INTERNET:{office.email}")
    if office.address or office.city:
        lines.append(f"ADR;TYPE=WORK:;;{esc(office.address)};{esc(office.city)};;;")
    if office.website:
        lines.append(f"URL:{office.website}")
    lines.append("END:VCARD")
    return "\r\n".join(lines)


def _office_qr_codes(office: LeafletOffice | None, labels: LeafletLabels) -> list[LeafletQr]:
    """A vCard only when it would carry a way to reach the office; a URL when one is known."""
    if office is None:
        return []
    codes = []
    if office.phone or office.email or office.address:
        codes.append(LeafletQr("vcard", vcard(office),
                               labels.scan_to_save_contact))
    if office.website:
        codes.append(LeafletQr("url", office.website, labels.scan_to_open_website))
    return codes


def _assemble(service: ContentService, leaflet_id: str, language: str, today: date, *,
              title: str, summary: str, blocks, pictogram: str, staff_titles, reviewed: bool,
              sections=(), office: LeafletOffice | None = None, services=(),
              offices: list[LeafletOffice]) -> LeafletContent:
    labels = service.leaflet_labels(language)
    emergency = tuple(service.emergency_numbers(language))
    contact_office = office or next((o for o in offices if o.central), None)
    qr_codes = _office_qr_codes(contact_office, labels)
    qr_codes += [LeafletQr("tel", f"tel:{number.number}", labels.scan_to_call)
                 for number in emergency]
    return LeafletContent(
        leaflet_id=leaflet_id, language=language,
        right_to_left=KNOWN_LANGUAGES[language].right_to_left,
        title=title, summary=summary, blocks=tuple(blocks), pictogram=pictogram,
        staff_titles=staff_titles, sections=tuple(sections), office=office,
        services=tuple(services), offices=tuple(offices), emergency=emergency,
        qr_codes=tuple(qr_codes), labels=labels, content_version=service.info.version,
        printed_on=today, reviewed=reviewed,
    )


def _brief(service: ContentService, language: str, today: date) -> LeafletContent:
    intro = service.topics("intro", language)[0]
    page = service.topic_page(intro.id, language)
    sections = [
        LeafletSection(card.title, card.summary, (), _pictogram(card.pictogram))
        for card in service.topics("section", language)
    ]
    return _assemble(
        service, BRIEF, page.card.language, today,
        title=page.card.title, summary=page.card.summary, blocks=page.blocks,
        pictogram=_pictogram(page.card.pictogram),
        staff_titles=_staff_titles(service.topic_titles(intro.id), page.card.language),
        reviewed=page.card.reviewed, sections=sections,
        offices=_all_offices(service, language),
    )


def _topic(service: ContentService, leaflet_id: str, language: str, today: date) -> LeafletContent:
    topic_id = leaflet_id.removeprefix(TOPIC_PREFIX)
    page = service.topic_page(topic_id, language)
    if page.card.kind not in LEAFLET_TOPIC_KINDS:
        raise ContentNotFound(topic_id)
    return _assemble(
        service, leaflet_id, page.card.language, today,
        title=page.card.title, summary=page.card.summary, blocks=page.blocks,
        pictogram=_pictogram(page.card.pictogram),
        staff_titles=_staff_titles(service.topic_titles(topic_id), page.card.language),
        reviewed=page.card.reviewed, offices=_all_offices(service, language),
    )


def _office(service: ContentService, leaflet_id: str, language: str, today: date) -> LeafletContent:
    office_id = leaflet_id.removeprefix(OFFICE_PREFIX)
    detail = service.office(office_id, language)
    office = _leaflet_office(detail)
    others = [o for o in _all_offices(service, language) if o != office]
    return _assemble(
        service, leaflet_id, detail.language, today,
        title=office.name, summary=office.city, blocks=(),
        pictogram=_pictogram(OFFICE_PICTOGRAM),
        staff_titles=_staff_titles(service.office_names(office_id), detail.language),
        reviewed=detail.reviewed, office=office,
        services=[card.title for card in detail.services], offices=others,
    )
