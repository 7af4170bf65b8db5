"""The fast search query (raw DB-API reads, texts fetched only for the hits) gives exactly the
hits, in exactly the order, of the plain query it replaced (tests/helpers/search_reference.py),
for generated queries: prefixes of real words in every language, several words, stray marks
and FTS syntax, on the bundled content and on content with many tied copies."""
from __future__ import annotations

import shutil

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import text

from kiosk.content.database import build_database, make_engine, sqlite_path
from kiosk.content.pack import load_pack
from kiosk.content.search import language_ranges, search, words
from kiosk.paths import CONTENT_PACK, PICTOGRAMS
from tests.helpers.search_reference import reference_search

LANGUAGES = ["ka", "en", "ru", "uk", "hy", "az", "tr", "ar", "fa"]


@pytest.fixture(scope="module")
def engines(tmp_path_factory, built_database):
    """The bundled content, and the same copied three times (ties in every ranking)."""
    from kiosk.tools.bench_search import make_synthetic

    copied = tmp_path_factory.mktemp("copies") / "content.db"
    shutil.copy(sqlite_path(built_database), copied)
    make_synthetic(f"sqlite:///{copied}", copies=3)
    made = {"bundled": make_engine(built_database), "copies": make_engine(f"sqlite:///{copied}")}
    yield made
    for engine in made.values():
        engine.dispose()


@pytest.fixture(scope="module")
def vocabulary(engines) -> dict[str, list[str]]:
    """The words of the titles and texts, per language, as they are written (not folded)."""
    with engines["bundled"].connect() as conn:
        rows = conn.execute(text("SELECT language, title, text FROM search_document")).all()
    found: dict[str, set[str]] = {}
    for language, title, body in rows:
        found.setdefault(language, set()).update(
            w for w in (title + " " + body).split() if words(w))
    return {language: sorted(ws) for language, ws in found.items()}


def typed_queries(vocabulary):
    """What a visitor might have typed: one to three real words, each cut to a prefix (a
    keystroke in the middle of a word), in any case, sometimes with something stray."""
    languages = st.sampled_from(sorted(vocabulary))

    def in_language(language):
        word = st.sampled_from(vocabulary[language]).flatmap(
            lambda w: st.integers(1, len(w)).map(lambda n: w[:n]))
        stray = st.sampled_from(["", " ", "  ", "*", '"', "(", "-", "ال", "\u200c", "'", "ё"])
        typed = st.lists(st.tuples(word, stray), min_size=1, max_size=3).map(
            lambda parts: " ".join(w + s for w, s in parts))
        shaped = st.tuples(typed, st.sampled_from([str, str.upper, str.lower])).map(
            lambda pair: pair[1](pair[0]))
        return st.tuples(st.just(language), shaped | st.text(max_size=12))

    return st.tuples(languages.flatmap(in_language), st.sampled_from(LANGUAGES),
                     st.sampled_from([1, 5, 20]))


@pytest.mark.parametrize("content", ["bundled", "copies"])
@pytest.mark.parametrize("use_fts", [True, False])
def test_fast_search_gives_the_reference_hits_in_order(engines, vocabulary, content, use_fts):
    engine = engines[content]

    with engine.connect() as conn:
        ranges = language_ranges(conn)
    assert set(ranges) == set(LANGUAGES)  # the build groups every language's documents

    @settings(max_examples=150, deadline=None, derandomize=True,
              suppress_health_check=[HealthCheck.too_slow])
    @given(typed_queries(vocabulary))
    def check(case):
        (word_language, typed), language, limit = case
        with engine.connect() as conn:
            expected = reference_search(conn, typed, language, limit, use_fts=use_fts)
            assert search(conn, typed, language, limit, use_fts=use_fts) == expected
            assert search(conn, typed, language, limit, use_fts=use_fts,
                          ranges=ranges) == expected

    check()


def test_documents_not_grouped_by_language_are_searched_by_phrase(tmp_path, built_database,
                                                                   vocabulary):
    """A database whose documents are interleaved across languages (as builds before wrote
    them) has no id ranges for them, and gives the same hits."""
    copied = tmp_path / "content.db"
    shutil.copy(sqlite_path(built_database), copied)
    engine = make_engine(f"sqlite:///{copied}")
    try:
        with engine.begin() as conn:
            conn.execute(text("UPDATE search_document SET id = -id"))
            conn.execute(text(  # every other document moves to the end: languages interleave
                "UPDATE search_document SET id = CASE WHEN (-id) % 2 = 0 THEN -id "
                "ELSE 10000 - id END"))
            conn.execute(text("INSERT INTO search_index(search_index) VALUES('rebuild')"))
            ranges = language_ranges(conn)
        assert len(ranges) < len(LANGUAGES)
        with engine.connect() as conn:
            for language, ws in vocabulary.items():
                for typed in {w[:3] for w in ws[:15]}:
                    expected = reference_search(conn, typed, language, 20)
                    assert search(conn, typed, language, 20, ranges=ranges) == expected
    finally:
        engine.dispose()


def test_the_generated_queries_find_things(engines, vocabulary):
    """The comparison above is not between two empty lists: most real prefixes find hits."""
    with engines["bundled"].connect() as conn:
        found = sum(bool(search(conn, w[:4], language, 20))
                    for language, ws in vocabulary.items() for w in ws[:20])
    assert found > 0.8 * sum(min(20, len(ws)) for ws in vocabulary.values())


def test_like_search_on_postgresql_gives_the_reference_hits(postgres_url):
    """The LIKE path (authoring, on PostgreSQL) reads the hits' texts in a second query too."""
    build_database(load_pack(CONTENT_PACK, PICTOGRAMS), postgres_url)
    engine = make_engine(postgres_url)
    try:
        with engine.connect() as conn:
            for typed, language in (("მიგრ", "ka"), ("home", "en"), ("112", "ru"),
                                    ("офис", "ru"), ("a", "ar"), ("zzzz", "en")):
                expected = reference_search(conn, typed, language, 20, use_fts=False)
                assert search(conn, typed, language, 20, use_fts=False) == expected
            assert search(conn, "home", "en", 20, use_fts=False)
    finally:
        engine.dispose()


ARTICLE_WORDS = ["الأسرة", "الصحة", "العمل", "صحة", "ب", "(", "ال", "الا", "NEAR", "*", '"', "-"]


@settings(max_examples=200, deadline=None, derandomize=True,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(st.lists(st.sampled_from(ARTICLE_WORDS) | st.text(max_size=6), min_size=1, max_size=5),
       st.sampled_from(LANGUAGES))
def test_no_typed_words_break_a_query(engines, parts, language):
    """Any words in any order, a word with the Arabic article after another among them
    ("صحة الأسرة" was an FTS5 syntax error), give a list of hits, on FTS and LIKE alike."""
    typed = " ".join(parts)
    with engines["bundled"].connect() as conn:
        for use_fts in (True, False):
            assert isinstance(search(conn, typed, language, 20, use_fts=use_fts), list)


def test_a_second_word_with_the_article_finds_the_topic(engines):
    with engines["bundled"].connect() as conn:
        both = search(conn, "صحة المهاجرين", "ar", 20)
        alone = search(conn, "المهاجرين", "ar", 20)
    assert both and {hit.id for hit in both} <= {hit.id for hit in alone}
