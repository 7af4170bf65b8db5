"""Search: the index is built with the database, every typed word is a prefix, scripts fold
sensibly, and no typed character can break a query."""
from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import text

from kiosk.content.database import build_database, ensure_database, make_engine
from kiosk.content.pack import load_pack
from kiosk.content.search import FTS_TABLE, build_index, fold, fts_query, query_words, snippet
from kiosk.content.service import ContentService
from kiosk.paths import CONTENT_PACK, PICTOGRAMS


@pytest.fixture(scope="module")
def bundled_url(tmp_path_factory):
    url = f"sqlite:///{tmp_path_factory.mktemp('search') / 'content.db'}"
    build_database(load_pack(CONTENT_PACK, PICTOGRAMS), url)
    return url


@pytest.fixture
def service(bundled_url):
    service = ContentService(bundled_url)
    yield service
    service.close()


# Texts in the languages the translators are still writing, inserted as extra topics.
FOLDING_TEXTS = {
    "ru-tree": ("ru", "Всё о ёлке", "Ёлка стоит в лесу."),
    "ru-name": ("ru", "Елена", "Имя."),
    "tr-city": ("tr", "İstanbul'da yardım", "IŞIK ve ılık su."),
    "az-info": ("az", "Məlumat", "Ümumi sual."),
    "ar-family": ("ar", "الأسرة", "مستشفى المدينة إلى الجنوب."),
    "ar-school": ("ar", "مدرسة", "إعلان."),
    "fa-home": ("fa", "می\u200cخواهم به خانه برگردم", "کمک در ایران."),
    "uk-meat": ("uk", "М\u02bcясо", "Ґанок і їжак."),
    "hy-and": ("hy", "Եվ Երևան", "Հայաստան."),
}


@pytest.fixture(scope="module")
def folding_url(tmp_path_factory):
    """The bundled pack plus topics in other languages, inserted into the tables directly and
    indexed again with the same function the build uses."""
    url = f"sqlite:///{tmp_path_factory.mktemp('folding') / 'content.db'}"
    build_database(load_pack(CONTENT_PACK, PICTOGRAMS), url)
    engine = make_engine(url)
    with engine.begin() as conn:
        for topic_id, (lang, title, body) in FOLDING_TEXTS.items():
            conn.execute(text(
                "INSERT INTO topic (id, kind, sort_order, pictogram, opens) "
                "VALUES (:id, 'section', 900, 'iom-info', '')"), {"id": topic_id})
            conn.execute(text(
                "INSERT INTO topic_text (topic_id, language, reviewed, title, summary, body) "
                "VALUES (:id, :lang, 0, :title, '', :body)"),
                {"id": topic_id, "lang": lang, "title": title, "body": body})
        build_index(conn)
    engine.dispose()
    return url


@pytest.fixture
def folding(folding_url):
    service = ContentService(folding_url)
    yield service
    service.close()


def ids(hits):
    return [hit.id for hit in hits]


def test_index_is_built_inside_the_database_file(bundled_url, service):
    path = bundled_url.removeprefix("sqlite:///")
    with sqlite3.connect(path) as conn:
        tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master")}
        documents = conn.execute("SELECT COUNT(*) FROM search_document").fetchone()[0]
        topics = conn.execute("SELECT COUNT(*) FROM topic_text").fetchone()[0]
        offices = conn.execute("SELECT COUNT(*) FROM office_text").fetchone()[0]
        indexed = conn.execute(f"SELECT COUNT(*) FROM {FTS_TABLE}").fetchone()[0]
    assert FTS_TABLE in tables
    assert documents == topics + offices == indexed
    assert service.search_available
    assert not Path(path + ".building").exists()  # built in the staged file, then switched


def test_georgian_prefix_finds_the_topic(service):
    # "მიგრ" starts მიგრაცია, მიგრანტები...: the labour migration topic is among the hits.
    hits = service.search("მიგრ", "ka")
    assert "labour-migration" in ids(hits)
    assert all(hit.language == "ka" for hit in hits)
    # First letters of a word in a title: "ბათ" -> ბათუმი (the Batumi office), ranked first.
    assert ids(service.search("ბათ", "ka"))[0] == "batumi"
    hit = service.search("ბათ", "ka")[0]
    assert hit.kind == "office" and hit.title == "ბათუმი"


def test_english_ignores_case_and_every_word_is_required(service):
    upper = service.search("HOME", "en")
    assert ids(upper) == ids(service.search("home", "en")) == ids(service.search("hOmE", "en"))
    assert ids(upper)[0] == "need-go-home"
    assert set(ids(upper)) <= set(ids(service.search("Ho", "en", limit=100)))
    both = service.search("go hom", "en")
    assert ids(both)[0] == "need-go-home"
    assert set(ids(both)) <= set(ids(upper))


def test_current_language_first_then_others_each_item_once(service):
    # "IOM" is written in Latin letters in the Georgian texts too.
    hits = service.search("iom", "ka")
    assert len(ids(hits)) == len(set((h.kind, h.id) for h in hits))
    languages = [hit.language for hit in hits]
    assert languages == sorted(languages, key=lambda lang: lang != "ka")
    english_only = service.search("voluntary", "ka")  # an English word: found in English
    assert english_only and all(hit.language == "en" for hit in english_only)


def test_an_office_is_found_by_the_services_and_city(service):
    hits = service.search("tbil", "en")
    assert "tbilisi" in ids(hits)
    assert next(h for h in hits if h.id == "tbilisi").kind == "office"


def test_the_need_for_an_office_says_it_opens_the_office_list(service):
    hit = next(h for h in service.search("where is an office", "en") if h.id == "need-office")
    assert hit.opens == "offices"


def test_snippet_shows_the_matching_words(service):
    hit = next(h for h in service.search("psychosoc", "en") if h.id == "need-go-home")
    assert "psychosocial" in hit.snippet
    assert len(hit.snippet) < 140


@pytest.mark.parametrize("typed, language, expected", [
    ("елк", "ru", "ru-tree"), ("ЁЛК", "ru", "ru-tree"), ("ёлена", "ru", "ru-name"),
    ("istanbul", "tr", "tr-city"), ("ISTANBUL", "tr", "tr-city"), ("ıstanbul", "tr", "tr-city"),
    ("İSTANBUL", "tr", "tr-city"), ("yardim", "tr", "tr-city"), ("isik", "tr", "tr-city"),
    ("ilik", "tr", "tr-city"),
    ("melumat", "az", "az-info"), ("məl", "az", "az-info"), ("umumi", "az", "az-info"),
    ("اسرة", "ar", "ar-family"), ("الاسره", "ar", "ar-family"), ("مستشفي", "ar", "ar-family"),
    ("مدرسه", "ar", "ar-school"), ("اعلان", "ar", "ar-school"),
    ("میخواهم", "fa", "fa-home"), ("می\u200cخواهم", "fa", "fa-home"), ("می خواهم", "fa", "fa-home"),
    ("خواهم", "fa", "fa-home"), ("ايران", "fa", "fa-home"), ("كمك", "fa", "fa-home"),
    ("мясо", "uk", "uk-meat"), ("м'ясо", "uk", "uk-meat"), ("м’яс", "uk", "uk-meat"),
    ("ганок", "uk", "uk-meat"), ("їжак", "uk", "uk-meat"),
    ("երեվ", "hy", "hy-and"), ("երև", "hy", "hy-and"),
])
def test_folding_finds_what_people_type(folding, typed, language, expected):
    assert expected in ids(folding.search(typed, language))


def test_folding_keeps_letters_that_differ(folding):
    assert "uk-meat" not in ids(folding.search("ижак", "uk"))  # ї is not и
    assert fold("й") == "й"


def test_fold_rules():
    assert fold("Ёлка") == fold("елка") == "елка"
    assert {fold(w) for w in ("İstanbul", "ISTANBUL", "ıstanbul", "istanbul")} == {"istanbul"}
    assert fold("می\u200cخواهم") == fold("میخواهم")
    assert fold("أإآا") == "اااا"
    assert fold("ی") == fold("ي") == fold("ى")
    assert fold("ک") == fold("ك")
    assert fold("ქართული") == "ქართული"
    assert fold("\u1c90\u1c91") == "აბ"  # Mtavruli capitals find Mkhedruli
    assert fold("١١٢ ۱۱۲") == "112 112"


@pytest.mark.parametrize("typed", [
    '"', "*", "(", ")", "-", "NEAR", "NEAR(", "near(a b)", ":", "a:b", "title:x", "^", "AND",
    "OR", "NOT", "'", "\\", "%", "_", '""*', "{a b}", "a OR b", "-iom", "iom*", "(iom", "+",
    "\u200c", " ", "", "a" * 500, "ა " * 50,
])
def test_no_typed_text_breaks_a_query(service, typed):
    hits = service.search(typed, "ka")
    assert isinstance(hits, list)


def test_operators_are_plain_words():
    assert fts_query(query_words('NEAR(a "b")')) == '"near"* AND "a"* AND "b"*'
    assert query_words("-:*()") == []


def test_like_fallback_finds_the_same(folding_url, tmp_path):
    """Without FTS5 (a PostgreSQL authoring database) search uses LIKE on the folded words."""
    import shutil

    copy = tmp_path / "nofts.db"
    shutil.copy(folding_url.removeprefix("sqlite:///"), copy)
    with sqlite3.connect(copy) as conn:
        conn.execute(f"DROP TABLE {FTS_TABLE}")
    fallback = ContentService(f"sqlite:///{copy}")
    fts = ContentService(folding_url)
    try:
        assert fallback._search_mode == "like" and fallback.search_available
        for typed, language in [("მიგრ", "ka"), ("home", "en"), ("ISTANBUL", "tr"),
                                ("می خواهم", "fa"), ("50%", "en"), ("_", "en")]:
            assert set(ids(fallback.search(typed, language))) == set(ids(fts.search(typed, language)))
        assert "ru-tree" in ids(fallback.search("елк", "ru"))
    finally:
        fallback.close()
        fts.close()


def test_a_database_without_search_is_rebuilt_at_start(pack_copy, tmp_path):
    url = f"sqlite:///{tmp_path / 'content.db'}"
    assert ensure_database(pack_copy, url).action == "built"
    with sqlite3.connect(tmp_path / "content.db") as conn:  # as an older kiosk built it
        conn.execute(f"DROP TABLE {FTS_TABLE}")
        conn.execute("DROP TABLE search_document")
        conn.execute("DELETE FROM meta WHERE key = 'search_schema'")
    assert ensure_database(pack_copy, url).action == "built"
    service = ContentService(url)
    try:
        assert service.search("ბათ", "ka")
    finally:
        service.close()
    assert ensure_database(pack_copy, url).action == "kept"


def test_search_text_is_not_logged(service, caplog):
    with caplog.at_level("DEBUG"):
        service.search("secretword", "en")
    assert "secretword" not in caplog.text


def test_snippet_falls_back_to_nothing_when_only_the_title_matches():
    assert snippet("Some body text here", ["zzz"]) == ""
    assert snippet("A long " + "x " * 100 + "needle at the end", ["needle"]).startswith("…")


def test_one_letter_searches_titles_only(service):
    hits = service.search("ბ", "ka")
    assert "batumi" in ids(hits)
    for hit in hits:
        assert any(word.startswith("ბ") for word in fold(hit.title).split()), hit.title


EXACT_TITLES = {  # language: (a title, a word or words of it that other texts use a lot)
    "ar": "الصحة", "fa": "سلامت", "ka": "ჯანმრთელობა", "ru": "Здоровье", "hy": "Առողջություն",
    "en": "Health", "tr": "Sağlık", "az": "Sağlamlıq", "uk": "Здоров'я",
}


@pytest.fixture(scope="module")
def exact_url(tmp_path_factory):
    """Per language: a topic titled exactly with a word, and five whose title begins with it
    and whose texts repeat it (they would outrank the exact title on word counts)."""
    from kiosk.content import models

    url = f"sqlite:///{tmp_path_factory.mktemp('exact') / 'content.db'}"
    engine = make_engine(url)
    models.Base.metadata.create_all(engine)
    with engine.begin() as conn:
        for lang, word in EXACT_TITLES.items():
            rows = [(f"exact-{lang}", word, "")]
            rows += [(f"other-{lang}-{n}", f"{word} {n}", " ".join([word] * 20)) for n in range(5)]
            for topic_id, title, body in rows:
                conn.execute(text("INSERT INTO topic (id, kind, sort_order, pictogram, opens) "
                                  "VALUES (:id, 'programme', 0, 'health', '')"), {"id": topic_id})
                conn.execute(text(
                    "INSERT INTO topic_text (topic_id, language, reviewed, title, summary, body) "
                    "VALUES (:id, :lang, 0, :title, '', :body)"),
                    {"id": topic_id, "lang": lang, "title": title, "body": body})
        build_index(conn)
    engine.dispose()
    return url


@pytest.mark.parametrize("use_fts", [True, False])
@pytest.mark.parametrize("language", sorted(EXACT_TITLES))
def test_a_title_equal_to_the_query_comes_first(exact_url, language, use_fts):
    from kiosk.content.search import search

    engine = make_engine(exact_url)
    try:
        with engine.connect() as conn:
            hits = search(conn, EXACT_TITLES[language], language, use_fts=use_fts)
    finally:
        engine.dispose()
    assert hits[0].id == f"exact-{language}", [h.id for h in hits]
    assert len(hits) >= 6


def test_the_arabic_article_finds_titles_written_without_it(service):
    """الصحة (the health) finds صحة المهاجرين (migrant health), whose title has no article."""
    assert "migrant-health" in ids(service.search("الصحة", "ar"))[:3]
