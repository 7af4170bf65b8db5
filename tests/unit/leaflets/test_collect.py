"""What a leaflet carries, collected from the content database as frozen data."""
from __future__ import annotations

import dataclasses
import tomllib
from datetime import date

import pytest

from kiosk.content.records import LeafletLabels
from kiosk.languages import KNOWN_LANGUAGES
from kiosk.leaflets import LeafletNotFound, collect_leaflet, list_leaflets
from kiosk.paths import CONTENT_PACK
from tests.unit.leaflets.conftest import TEST_CONTACTS


def test_every_need_programme_and_office_has_a_leaflet(content_service):
    ids = list_leaflets(content_service)
    lang = content_service.info.default_language
    expected = ["brief"]
    for kind in ("need", "programme"):
        expected += [f"topic:{card.id}" for card in content_service.topics(kind, lang)]
    expected += [f"office:{card.id}" for card in content_service.offices(lang)]
    assert ids == expected
    assert len([i for i in ids if i.startswith("office:")]) == 5


def test_unknown_leaflet_or_language_is_a_clear_error(content_service):
    for bad in ("nope", "topic:nope", "office:nope", "topic:about-iom"):
        with pytest.raises(LeafletNotFound, match="no leaflet"):
            collect_leaflet(content_service, bad, "en")
    with pytest.raises(LeafletNotFound, match="language 'xx'"):
        collect_leaflet(content_service, "brief", "xx")


def test_content_is_frozen(content_service):
    content = collect_leaflet(content_service, "brief", "en")
    with pytest.raises(dataclasses.FrozenInstanceError):
        content.title = "changed"


def test_brief_has_the_intro_sections_offices_and_112(content_service):
    content = collect_leaflet(content_service, "brief", "en", today=date(2026, 11, 25))
    assert content.title == "IOM in Georgia"
    assert [s.title for s in content.sections] == [
        c.title for c in content_service.topics("section", "en")]
    assert all(s.pictogram.endswith(".svg") for s in content.sections)
    assert [o.city for o in content.offices] == ["Tbilisi", "Batumi", "Kutaisi", "Poti", "Telavi"]
    assert [n.number for n in content.emergency] == ["112"]
    assert [(q.kind, q.payload) for q in content.qr_codes] == [("tel", "tel:112")]
    assert content.content_version == content_service.info.version
    assert content.printed_on == date(2026, 11, 25)
    assert content.staff_titles == (("ka", "IOM საქართველოში"),)


def test_staff_line_has_georgian_and_english_for_other_readers(rtl_service):
    content = collect_leaflet(rtl_service, "topic:need-go-home", "ar")
    assert content.right_to_left
    assert content.staff_titles == (("ka", "მინდა სახლში დაბრუნება"), ("en", "I want to go home"))
    assert content.labels.contacts == "للتواصل"


def test_office_with_no_known_contact_gets_no_qr_that_would_carry_nothing(content_service):
    content = collect_leaflet(content_service, "office:batumi", "en")
    assert content.office.city == "Batumi"
    assert not content.office.has_contact_details
    assert [q.kind for q in content.qr_codes] == ["tel"]  # only the emergency number
    assert "Batumi" not in [o.city for o in content.offices]  # the others are listed


def test_office_with_known_contacts_gets_a_vcard_and_a_web_address(service_with_contacts):
    content = collect_leaflet(service_with_contacts, "office:tbilisi", "en")
    codes = {q.kind: q.payload for q in content.qr_codes}
    assert codes["url"] == TEST_CONTACTS["website"]
    vcard = codes["vcard"].split("\r\n")
    assert vcard[0] == "BEGIN:VCARD" and vcard[-1] == "END:VCARD"
    assert "FN:IOM Central Office" in vcard
    assert f"TEL;TYPE=WORK,VOICE:{TEST_CONTACTS['phone']}" in vcard
    assert f"EMAIL;TYPE=INTERNET:{TEST_CONTACTS['email']}" in vcard
    assert "ADR;TYPE=WORK:;;1 Example Street;Tbilisi;;;" in vcard
    # The brief and the topics carry the central office's card too, once it is known.
    brief = collect_leaflet(service_with_contacts, "brief", "en")
    assert {q.kind for q in brief.qr_codes} == {"vcard", "url", "tel"}


def test_leaflet_words_exist_in_all_nine_languages_and_every_pack_language(content_service):
    data = tomllib.loads((CONTENT_PACK / "leaflet.toml").read_text(encoding="utf-8"))
    keys = set(LeafletLabels.__dataclass_fields__)
    assert set(data["text"]) == set(KNOWN_LANGUAGES)
    for lang, table in data["text"].items():
        assert table["reviewed"] is False, lang
        assert set(table) - {"reviewed"} == keys, lang
        assert all(str(table[k]).strip() for k in keys), lang
    for lang in content_service.info.languages:
        labels = content_service.leaflet_labels(lang)
        assert dataclasses.asdict(labels) == {k: data["text"][lang][k].strip() for k in keys}
