"""The pack format: the bundled pack is valid, and broken packs are reported with file and line."""
from __future__ import annotations

from kiosk.content.pack import EMPTY_FIELD, ERROR, load_pack
from kiosk.paths import CONTENT_PACK, PICTOGRAMS

SEED_FACT_OFFICES = {"tbilisi", "batumi", "kutaisi", "poti", "telavi"}
NEEDS = {"need-go-home", "need-medical", "need-exploited", "need-work-abroad", "need-office"}


def errors_of(pack):
    return [(p.file, p.line, p.message) for p in pack.errors]


def test_bundled_pack_is_valid_and_complete_in_georgian_and_english():
    pack = load_pack(CONTENT_PACK, PICTOGRAMS)
    assert errors_of(pack) == []
    assert pack.default_language == "ka"
    assert set(pack.complete_languages()) >= {"ka", "en"}


def test_bundled_pack_has_the_seed_structure():
    pack = load_pack(CONTENT_PACK, PICTOGRAMS)
    kinds = {}
    for topic in pack.topics.values():
        kinds.setdefault(topic.kind, set()).add(topic.id)
    assert len(kinds["intro"]) == 1
    assert len(kinds["section"]) == 4
    assert len(kinds["programme"]) == 8
    assert kinds["need"] == NEEDS
    assert set(pack.offices) == SEED_FACT_OFFICES
    assert [o.id for o in pack.offices.values() if o.central] == ["tbilisi"]
    assert [e.number for e in pack.emergency] == ["112"]


def test_unknown_contact_fields_stay_empty_and_are_reported():
    """The seed gives no phone, e-mail, address or hours: none may appear in the pack."""
    pack = load_pack(CONTENT_PACK, PICTOGRAMS)
    for office in pack.offices.values():
        assert (office.phone, office.email, office.latitude) == ("", "", None)
        for text in office.texts.values():
            assert text.fields["address"] == "" and text.fields["hours"] == ""
    reported = {(p.file, p.message) for p in pack.problems if p.severity == EMPTY_FIELD}
    assert ("offices/batumi.toml", "phone is empty") in reported
    assert ("offices/tbilisi.toml", "[text.en] address is empty") in reported


def test_every_text_carries_language_and_reviewed_flag():
    pack = load_pack(CONTENT_PACK, PICTOGRAMS)
    for topic in pack.topics.values():
        for lang, text in topic.texts.items():
            assert text.language == lang
            assert isinstance(text.reviewed, bool)
            assert text.fields["title"] and text.fields["body"]


def test_bad_reference_is_reported_with_its_line(pack_copy):
    path = pack_copy / "topics" / "need-go-home.toml"
    lines = path.read_text(encoding="utf-8").splitlines()
    index = next(i for i, line in enumerate(lines) if line.startswith("related"))
    lines[index] = 'related = ["no-such-topic"]'
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    pack = load_pack(pack_copy, PICTOGRAMS)
    assert ("topics/need-go-home.toml", index + 1,
            "related topic 'no-such-topic' does not exist") in errors_of(pack)


def test_missing_required_text_is_an_error(pack_copy):
    path = pack_copy / "topics" / "migrant-health.toml"
    text = path.read_text(encoding="utf-8")
    start = text.index("[text.en]")
    title_at = text.index("title", start)
    end = text.index("\n", title_at)
    path.write_text(text[:title_at] + text[end + 1:], encoding="utf-8")
    pack = load_pack(pack_copy, PICTOGRAMS)
    messages = [m for f, _, m in errors_of(pack) if f == "topics/migrant-health.toml"]
    assert messages == ["[text.en] missing required text 'title'"]


def test_malformed_file_is_reported_with_its_line(pack_copy):
    path = pack_copy / "offices" / "poti.toml"
    lines = path.read_text(encoding="utf-8").splitlines()
    lines.insert(2, 'phone "+995"')  # the "=" forgotten
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    pack = load_pack(pack_copy, PICTOGRAMS)
    [(file, line, message)] = errors_of(pack)
    assert (file, line) == ("offices/poti.toml", 3)
    assert message.startswith("malformed TOML")


def test_unclosed_string_points_at_the_end_of_the_file(pack_copy):
    path = pack_copy / "offices" / "poti.toml"
    path.write_text('order = 4\nphone = "+995\n', encoding="utf-8")
    pack = load_pack(pack_copy, PICTOGRAMS)
    [(file, line, message)] = errors_of(pack)
    assert file == "offices/poti.toml" and line is not None and message.startswith("malformed")


def test_missing_translation_is_reported_but_not_an_error(pack_copy):
    path = pack_copy / "topics" / "policy-research.toml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text[: text.index("[text.en]")], encoding="utf-8")
    pack = load_pack(pack_copy, PICTOGRAMS)
    assert errors_of(pack) == []
    assert "en" not in pack.complete_languages()
    assert any(p.file == "topics/policy-research.toml" and p.message == "no text in 'en'"
               for p in pack.problems)


def test_unknown_key_and_missing_pictogram_are_errors(pack_copy):
    path = pack_copy / "topics" / "migrant-health.toml"
    text = path.read_text(encoding="utf-8").replace('pictogram = "health"', 'pictogram = "nope"')
    path.write_text("colour = 'red'\n" + text, encoding="utf-8")
    pack = load_pack(pack_copy, PICTOGRAMS)
    found = {(line, message) for f, line, message in errors_of(pack)
             if f == "topics/migrant-health.toml"}
    assert (1, "unknown key 'colour'") in found
    assert any(m == "pictogram 'nope' has no SVG file" for _, m in found)


def test_folder_without_manifest_is_not_a_pack(tmp_path):
    pack = load_pack(tmp_path, PICTOGRAMS)
    assert [p.severity for p in pack.problems] == [ERROR]
    assert "no pack.toml" in pack.problems[0].message


def test_leaflet_words_load_for_every_pack_language_and_wait_for_the_others():
    pack = load_pack(CONTENT_PACK, PICTOGRAMS)
    assert set(pack.leaflet.texts) == set(pack.languages)
    assert pack.leaflet.texts["en"].fields["contacts"] == "Contacts"
    assert all(not text.reviewed for text in pack.leaflet.texts.values())


def test_leaflet_words_problems_are_reported_with_their_line(pack_copy):
    path = pack_copy / "leaflet.toml"
    text = path.read_text(encoding="utf-8")
    start = text.index("[text.en]")
    contacts_at = text.index("contacts = ", start)
    text = text[:contacts_at] + text[text.index("\n", contacts_at) + 1:]  # drop en contacts
    text += '\n[text.xx]\nreviewed = false\n'
    path.write_text(text.replace("country = ", "colour = 'red'\ncountry = ", 1), encoding="utf-8")
    pack = load_pack(pack_copy, PICTOGRAMS)
    messages = {(p.file, p.message) for p in pack.errors}
    assert ("leaflet.toml", "[text.en] missing required text 'contacts'") in messages
    assert ("leaflet.toml", "unknown key 'colour'") in messages
    assert ("leaflet.toml", "text in language 'xx', which pack.toml does not list") in messages
    assert all(p.line for p in pack.errors if p.file == "leaflet.toml")


def test_missing_leaflet_words_are_an_error(pack_copy):
    (pack_copy / "leaflet.toml").unlink()
    pack = load_pack(pack_copy, PICTOGRAMS)
    assert ("leaflet.toml", None, "missing: the leaflet words") in errors_of(pack)
