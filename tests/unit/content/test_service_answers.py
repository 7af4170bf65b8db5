"""The content service answers from one query per language and keeps its answers: what it
says must be exactly what the database says, language by language, with the default
language filling every missing translation, however many translations are missing."""
from __future__ import annotations

import shutil

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import delete, select
from sqlalchemy.orm import Session, selectinload

from kiosk.content import models
from kiosk.content.database import build_database, make_engine
from kiosk.content.pack import load_pack
from kiosk.content.records import TopicCard, parse_body
from kiosk.content.service import ContentNotFound, ContentService
from kiosk.languages import KNOWN_LANGUAGES
from kiosk.paths import CONTENT_PACK, PICTOGRAMS

LANGUAGES = sorted(KNOWN_LANGUAGES)


@pytest.fixture(scope="module")
def pristine(tmp_path_factory):
    path = tmp_path_factory.mktemp("answers") / "content.db"
    build_database(load_pack(CONTENT_PACK, PICTOGRAMS), f"sqlite:///{path}")
    return path


def reference_card(topic: models.Topic, language: str, default: str) -> TopicCard:
    """What a card must say, read plainly through the ORM (the service's old way)."""
    texts = {t.language: t for t in topic.texts}
    t = texts.get(language) or texts[default]
    return TopicCard(id=topic.id, kind=topic.kind, title=t.title, summary=t.summary,
                     pictogram=topic.pictogram, opens=topic.opens, language=t.language,
                     reviewed=t.reviewed)


def reference(url: str, language: str, default: str):
    engine = make_engine(url)
    with Session(engine) as session:
        topics = session.scalars(select(models.Topic).order_by(models.Topic.order, models.Topic.id)
                                 .options(selectinload(models.Topic.texts),
                                          selectinload(models.Topic.related))).all()
        cards = {t.id: reference_card(t, language, default) for t in topics}
        pages = {}
        for topic in topics:
            texts = {t.language: t for t in topic.texts}
            body = (texts.get(language) or texts[default]).body
            related = tuple(cards[link.target_id] for link in topic.related
                            if link.target_id in cards)
            pages[topic.id] = (cards[topic.id], parse_body(body), related)
        offices = session.scalars(select(models.Office).options(
            selectinload(models.Office.services))).all()
        services = {o.id: tuple(cards[s.topic_id] for s in o.services if s.topic_id in cards)
                    for o in offices}
    engine.dispose()
    return list(cards.values()), pages, services


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data(), language=st.sampled_from(LANGUAGES))
def test_every_answer_is_the_database_s_in_the_asked_language_or_the_default(
        pristine, tmp_path, data, language):
    path = tmp_path / "content.db"
    shutil.copy(pristine, path)
    url = f"sqlite:///{path}"
    engine = make_engine(url)
    with Session(engine) as session:
        default = session.get(models.Meta, "default_language").value
        translated = session.execute(select(models.TopicText.topic_id, models.TopicText.language)
                                     .where(models.TopicText.language != default)).all()
        # Translations go missing (as while a translator is still at work); the default stays.
        missing = data.draw(st.lists(st.sampled_from(sorted(translated)), unique=True,
                                     max_size=len(translated)))
        for topic_id, lang in missing:
            session.execute(delete(models.TopicText).where(models.TopicText.topic_id == topic_id,
                                                           models.TopicText.language == lang))
        session.commit()
    engine.dispose()

    cards, pages, services = reference(url, language, default)
    service = ContentService(url)
    try:
        for _ in range(2):  # asked again: the kept answers are the same
            for kind in ("need", "programme", "intro", "section"):
                assert service.topics(kind, language) == [c for c in cards if c.kind == kind]
            for topic_id, (card, blocks, related) in pages.items():
                page = service.topic_page(topic_id, language)
                assert (page.card, page.blocks, page.related) == (card, blocks, related)
            for office_id, expected in services.items():
                assert service.office(office_id, language).services == expected
        with pytest.raises(ContentNotFound):
            service.topic_page("no-such-topic", language)
        mine = service.topics("need", language)
        mine.clear()  # a caller's list is its own
        assert service.topics("need", language) == [c for c in cards if c.kind == "need"]
    finally:
        service.close()
