"""Pack -> database -> service round trip, and what start-up does with stale, corrupt or bad input."""
from __future__ import annotations

import re

import pytest

from kiosk.content.database import (
    PackInvalid,
    build_database,
    ensure_database,
    read_fingerprint,
)
from kiosk.content.pack import load_pack
from kiosk.content.records import parse_body
from kiosk.content.service import ContentNotFound, ContentService
from kiosk.paths import PICTOGRAMS


@pytest.fixture
def db_url(tmp_path):
    return f"sqlite:///{tmp_path / 'content.db'}"


def test_round_trip_gives_back_every_text(pack_copy, db_url):
    pack = load_pack(pack_copy, PICTOGRAMS)
    build_database(pack, db_url)
    service = ContentService(db_url)
    try:
        assert service.info.version == pack.version
        assert set(service.info.complete_languages) == set(pack.complete_languages())
        for lang in pack.languages:
            for topic in pack.topics.values():
                page = service.topic_page(topic.id, lang)
                source = topic.texts[lang].fields
                assert (page.card.title, page.card.summary) == (source["title"], source["summary"])
                assert page.card.language == lang
                assert page.blocks == parse_body(source["body"])
                assert [c.id for c in page.related] == topic.related
            names = {o.id: o.name for o in service.offices(lang)}
            assert names == {o.id: o.texts[lang].fields["name"] for o in pack.offices.values()}
            [number] = service.emergency_numbers(lang)
            assert number.number == "112" and number.label
    finally:
        service.close()


def test_topics_come_in_pack_order_and_needs_open_offices(pack_copy, db_url):
    build_database(load_pack(pack_copy, PICTOGRAMS), db_url)
    service = ContentService(db_url)
    needs = service.topics("need", "en")
    assert [n.id for n in needs][0] == "need-go-home"
    assert {n.id: n.opens for n in needs}["need-office"] == "offices"
    with pytest.raises(ContentNotFound):
        service.topic_page("nothing", "en")
    service.close()


def test_office_with_no_known_contacts_says_so(pack_copy, db_url):
    build_database(load_pack(pack_copy, PICTOGRAMS), db_url)
    service = ContentService(db_url)
    office = service.office("batumi", "ka")
    assert not office.has_contact_details
    assert office.card.city
    service.close()


def test_start_up_builds_a_missing_database_then_keeps_it(pack_copy, db_url):
    assert ensure_database(pack_copy, db_url).action == "built"
    assert ensure_database(pack_copy, db_url).action == "kept"


def test_start_up_rebuilds_when_the_pack_changed(pack_copy, db_url):
    ensure_database(pack_copy, db_url)
    manifest = pack_copy / "pack.toml"
    manifest.write_text(re.sub(r'version = "[^"]*"', 'version = "2026.12.01.1"',
                               manifest.read_text()))
    assert ensure_database(pack_copy, db_url).action == "built"
    assert ContentService(db_url).info.version == "2026.12.01.1"


def test_corrupt_database_is_rebuilt(pack_copy, db_url, tmp_path):
    (tmp_path / "content.db").write_bytes(b"this is not a database" * 100)
    result = ensure_database(pack_copy, db_url)
    assert result.action == "rebuilt"
    assert read_fingerprint(db_url)


def test_malformed_pack_keeps_the_previous_database_serving(pack_copy, db_url):
    ensure_database(pack_copy, db_url)
    before = ContentService(db_url).topic_page("about-iom", "en").card.title
    (pack_copy / "topics" / "about-iom.toml").write_text("kind = \n", encoding="utf-8")
    result = ensure_database(pack_copy, db_url)
    assert result.action == "kept" and result.problems
    assert ContentService(db_url).topic_page("about-iom", "en").card.title == before


def test_malformed_pack_without_any_database_is_unavailable_not_a_crash(pack_copy, db_url):
    (pack_copy / "pack.toml").write_text("languages = [", encoding="utf-8")
    result = ensure_database(pack_copy, db_url)
    assert not result.serving and result.problems


def test_build_refuses_a_pack_with_errors(pack_copy, db_url):
    (pack_copy / "offices" / "poti.toml").write_text("order = 'x'\n", encoding="utf-8")
    with pytest.raises(PackInvalid):
        build_database(load_pack(pack_copy, PICTOGRAMS), db_url)


def test_body_text_becomes_paragraphs_and_lists():
    blocks = parse_body("First line\ncontinues.\n\n- one\n- two\nAfter the list.\n")
    assert blocks[0].text == "First line continues."
    assert blocks[1].items == ("one", "two")
    assert blocks[2].text == "After the list."
