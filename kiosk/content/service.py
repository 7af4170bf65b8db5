"""The one door to the content database: each query opens one session and returns frozen records."""
from __future__ import annotations

import functools
import threading
from collections import OrderedDict

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from kiosk.content import models
from kiosk.content.database import make_engine
from kiosk.content.records import (
    ContentInfo,
    EmergencyNumber,
    LeafletLabels,
    OfficeCard,
    OfficeDetail,
    TopicCard,
    TopicPage,
    parse_body,
)
from kiosk.content.search import SearchHit, has_documents_table, has_fts, language_ranges
from kiosk.content.search import search as _search


class ContentNotFound(LookupError):
    pass


def _position(office: models.Office) -> tuple[float, float] | None:
    """The office's own coordinates once known; until then its city centre's."""
    if office.latitude is not None and office.longitude is not None:
        return (office.latitude, office.longitude)
    if office.city_latitude is not None and office.city_longitude is not None:
        return (office.city_latitude, office.city_longitude)
    return None


REMEMBERED_ANSWERS = 2048  # about 10 MB at most; the bundled content needs under 400


def _remembered(query):
    """Keep the query's answers: the content never changes under a service (new content
    comes as a new service), so asking again is only time (a topic page took 3 ms, most of
    a screen change's budget). Answers are frozen records; a list comes back as a copy.
    What a visitor types is never kept: `search` is not remembered."""

    @functools.wraps(query)
    def remembered(self, *args):
        key = (query.__name__, *args)
        with self._answers_lock:
            answer = self._answers.get(key)
            if answer is not None:
                self._answers.move_to_end(key)
        if answer is None:
            answer = query(self, *args)
            with self._answers_lock:
                self._answers[key] = answer
                if len(self._answers) > REMEMBERED_ANSWERS:
                    self._answers.popitem(last=False)
        return list(answer) if isinstance(answer, list) else answer

    return remembered


class ContentService:
    """Read-only queries for the screens; every text comes in the asked language when it exists,
    else in the pack's default language (the record says which)."""

    def __init__(self, url: str):
        self._engine = make_engine(url)
        self._answers: OrderedDict[tuple, object] = OrderedDict()
        self._answers_lock = threading.Lock()  # the print preview asks from its worker thread
        with Session(self._engine) as session:
            meta = dict(session.execute(select(models.Meta.key, models.Meta.value)).all())
        self.info = ContentInfo(
            version=meta.get("version", ""),
            default_language=meta.get("default_language", ""),
            languages=tuple(filter(None, meta.get("languages", "").split(","))),
            complete_languages=tuple(filter(None, meta.get("complete_languages", "").split(","))),
        )
        with self._engine.connect() as conn:
            self._search_mode = (
                "fts" if has_fts(conn) else "like" if has_documents_table(conn) else "none"
            )
            # Read once: the content database does not change under a service.
            self._language_ranges = language_ranges(conn) if self._search_mode == "fts" else {}

    @property
    def search_available(self) -> bool:
        """False when the database has no search documents (built by an older kiosk)."""
        return self._search_mode != "none"

    def search(self, typed: str, language: str, limit: int = 20) -> list[SearchHit]:
        """Topics and offices matching every typed word as a word prefix, in `language` first.
        FTS5 on SQLite; a LIKE query on other databases. `typed` is never stored or logged."""
        if self._search_mode == "none":
            return []
        with self._engine.connect() as conn:
            return _search(conn, typed, language, limit, use_fts=self._search_mode == "fts",
                           ranges=self._language_ranges)

    def close(self) -> None:
        self._engine.dispose()

    def _pick(self, texts, language: str):
        by_language = {t.language: t for t in texts}
        return by_language.get(language) or by_language[self.info.default_language]

    def _card(self, topic: models.Topic, language: str) -> TopicCard:
        t = self._pick(topic.texts, language)
        return TopicCard(
            id=topic.id, kind=topic.kind, title=t.title, summary=t.summary,
            pictogram=topic.pictogram, opens=topic.opens, language=t.language,
            reviewed=t.reviewed,
        )

    @_remembered
    def _topic_cards(self, language: str) -> dict[str, TopicCard]:
        """Every topic's card in `language` (else the default language's text), in pack
        order: one query for what the home screen, a topic's links and an office's services
        all show."""
        wanted = {language, self.info.default_language}
        with self._engine.connect() as conn:
            rows = conn.execute(
                select(models.Topic.id, models.Topic.kind, models.Topic.pictogram,
                       models.Topic.opens, models.TopicText.language, models.TopicText.reviewed,
                       models.TopicText.title, models.TopicText.summary)
                .join(models.TopicText, models.TopicText.topic_id == models.Topic.id)
                .where(models.TopicText.language.in_(wanted))
                .order_by(models.Topic.order, models.Topic.id)
            ).all()
        cards: dict[str, TopicCard] = {}
        for row in rows:
            if row.id in cards and row.language != language:
                continue  # the asked language's text is already there
            cards[row.id] = TopicCard(
                id=row.id, kind=row.kind, title=row.title, summary=row.summary,
                pictogram=row.pictogram, opens=row.opens, language=row.language,
                reviewed=row.reviewed,
            )
        return cards

    def topics(self, kind: str, language: str) -> list[TopicCard]:
        return [card for card in self._topic_cards(language).values() if card.kind == kind]

    @_remembered
    def topic_page(self, topic_id: str, language: str) -> TopicPage:
        cards = self._topic_cards(language)
        card = cards.get(topic_id)
        if card is None:
            raise ContentNotFound(topic_id)
        with self._engine.connect() as conn:
            body = conn.execute(
                select(models.TopicText.body)
                .where(models.TopicText.topic_id == topic_id,
                       models.TopicText.language == card.language)
            ).scalar_one()
            targets = conn.execute(
                select(models.TopicLink.target_id).where(models.TopicLink.topic_id == topic_id)
                .order_by(models.TopicLink.position)
            ).scalars().all()
        related = tuple(cards[target] for target in targets if target in cards)
        return TopicPage(card=card, blocks=parse_body(body), related=related)

    @_remembered
    def offices(self, language: str) -> list[OfficeCard]:
        with Session(self._engine) as session:
            rows = session.scalars(
                select(models.Office).order_by(models.Office.order, models.Office.id)
                .options(selectinload(models.Office.texts))
            ).all()
            return [self._office_card(office, language) for office in rows]

    def _office_card(self, office: models.Office, language: str) -> OfficeCard:
        t = self._pick(office.texts, language)
        return OfficeCard(id=office.id, name=t.name, city=t.city, central=office.central,
                          position=_position(office))

    @_remembered
    def office(self, office_id: str, language: str) -> OfficeDetail:
        with Session(self._engine) as session:
            office = session.get(models.Office, office_id, options=[
                selectinload(models.Office.texts), selectinload(models.Office.services)
            ])
            if office is None:
                raise ContentNotFound(office_id)
            t = self._pick(office.texts, language)
            cards = self._topic_cards(language)
            services = [cards[link.topic_id] for link in office.services
                        if link.topic_id in cards]
            return OfficeDetail(
                card=self._office_card(office, language),
                address=t.address, phone=office.phone, email=office.email,
                website=office.website, hours=t.hours,
                latitude=office.latitude, longitude=office.longitude,
                services=tuple(services), language=t.language, reviewed=t.reviewed,
            )

    @_remembered
    def office_details(self, language: str) -> list[OfficeDetail]:
        """Every office with its contacts and services, in order, in one session."""
        with Session(self._engine) as session:
            rows = session.scalars(
                select(models.Office).order_by(models.Office.order, models.Office.id)
                .options(selectinload(models.Office.texts), selectinload(models.Office.services))
            ).all()
            service_ids = {link.topic_id for office in rows for link in office.services}
            topics = {
                t.id: t for t in session.scalars(
                    select(models.Topic).where(models.Topic.id.in_(service_ids))
                    .options(selectinload(models.Topic.texts))
                )
            }
            details = []
            for office in rows:
                t = self._pick(office.texts, language)
                details.append(OfficeDetail(
                    card=self._office_card(office, language),
                    address=t.address, phone=office.phone, email=office.email,
                    website=office.website, hours=t.hours,
                    latitude=office.latitude, longitude=office.longitude,
                    services=tuple(self._card(topics[link.topic_id], language)
                                   for link in office.services if link.topic_id in topics),
                    language=t.language, reviewed=t.reviewed,
                ))
            return details

    @_remembered
    def emergency_numbers(self, language: str) -> list[EmergencyNumber]:
        with Session(self._engine) as session:
            rows = session.scalars(
                select(models.EmergencyNumber).order_by(models.EmergencyNumber.order)
                .options(selectinload(models.EmergencyNumber.texts))
            ).all()
            result = []
            for number in rows:
                t = self._pick(number.texts, language)
                result.append(EmergencyNumber(number.id, number.number, t.label, t.note))
            return result

    @_remembered
    def leaflet_labels(self, language: str) -> LeafletLabels:
        """The fixed leaflet words; each missing one falls back to the default language."""
        with Session(self._engine) as session:
            rows = session.execute(
                select(models.LeafletText.language, models.LeafletText.key,
                       models.LeafletText.value)
                .where(models.LeafletText.language.in_({language, self.info.default_language}))
            ).all()
        chosen: dict[str, str] = {}
        for lang, key, value in sorted(rows, key=lambda row: row[0] == language):
            chosen[key] = value  # the asked language sorts last and wins
        return LeafletLabels(**{
            name: chosen.get(name, "") for name in LeafletLabels.__dataclass_fields__
        })

    def topic_titles(self, topic_id: str) -> dict[str, str]:
        """A topic's title in every language it has (for the staff line on leaflets)."""
        return self._in_every_language(models.TopicText.title, models.TopicText.topic_id, topic_id)

    def office_names(self, office_id: str) -> dict[str, str]:
        """An office's name in every language it has."""
        return self._in_every_language(models.OfficeText.name, models.OfficeText.office_id, office_id)

    def _in_every_language(self, column, owner, owner_id: str) -> dict[str, str]:
        with Session(self._engine) as session:
            rows = session.execute(
                select(column.class_.language, column).where(owner == owner_id)
            ).all()
        if not rows:
            raise ContentNotFound(owner_id)
        return dict(rows)
