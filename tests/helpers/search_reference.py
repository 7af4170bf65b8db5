"""The search query as it was before it was made faster (commit 4a64803): a reference the fast
one must agree with, hit for hit, in order. Plain SQLAlchemy, the language as an FTS5 phrase,
every column fetched for every candidate. The folding, snippets and FTS expressions it uses are
the kiosk's own (they did not change)."""
from __future__ import annotations

from sqlalchemy import text

from kiosk.content.search import (
    FTS_TABLE, SearchHit, _finder, _like_condition, _quoted, fts_query, query_words, snippet,
    title_key, without_article, words,
)

_COLUMNS = "d.kind, d.item_id, d.language, d.title, d.summary, d.text, d.f_aligned, " \
    "d.pictogram, d.opens, d.f_title"
_WORD_COLUMNS = "{f_title f_text f_extra}"


def _fts_rowids(conn, match: str, fetch: int) -> list[int]:
    return list(conn.execute(text(
        f"SELECT rowid FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH :match "
        f"ORDER BY bm25({FTS_TABLE}, 10.0, 1.0, 1.0, 0.0) LIMIT :fetch"
    ), {"match": match, "fetch": fetch}).scalars())


def _fts_rows(conn, terms: list[str], language: str, limit: int) -> list:
    columns = "f_title" if len(terms) == 1 and len(terms[0]) == 1 else _WORD_COLUMNS
    matching = f"{columns} : ({fts_query(terms)})"
    quoted = '"' + language.replace('"', '""') + '"'
    phrase = " OR ".join(dict.fromkeys(
        _quoted(" ".join(form)) for form in (terms, [without_article(t) for t in terms])))
    candidates = _fts_rowids(conn, f"{{f_title f_extra}} : ({phrase})", limit * 3)
    rowids = _fts_rowids(conn, f"language : {quoted} AND {matching}", limit)
    if len(rowids) < limit:
        rowids += _fts_rowids(conn, f"{matching} NOT language : {quoted}", limit * 3)
    if not rowids and not candidates:
        return []
    found = {row.id: row for row in conn.execute(text(
        f"SELECT d.id, {_COLUMNS} FROM search_document d WHERE d.id IN "
        f"({', '.join(str(int(r)) for r in {*candidates, *rowids})})"
    ))}
    wanted = title_key(terms)
    exact = [r for r in candidates if r in found and title_key(words(found[r].f_title)) == wanted]
    return [found[r] for r in dict.fromkeys(exact + rowids) if r in found]


def reference_search(conn, typed: str, language: str, limit: int = 20,
                     use_fts: bool = True) -> list[SearchHit]:
    terms = query_words(typed)
    if not terms or limit <= 0:
        return []
    if use_fts:
        rows = _fts_rows(conn, terms, language, limit)
    else:
        conditions, params = [], {}
        for i, term in enumerate(terms):
            condition, more = _like_condition(i, term)
            conditions.append(condition)
            params.update(more)
        params.update(language=language, fetch=limit * 3)
        rows = conn.execute(text(
            f"SELECT {_COLUMNS} FROM search_document d WHERE {' AND '.join(conditions)} "
            "ORDER BY CASE WHEN d.language = :language THEN 0 ELSE 1 END, d.kind DESC, d.id "
            "LIMIT :fetch"
        ), params).all()
    wanted = title_key(terms)
    rows = sorted(rows, key=lambda row: (row.language != language,
                                         title_key(words(row.f_title)) != wanted))
    finder = _finder(terms)
    hits, seen = [], set()
    for row in rows:
        key = (row.kind, row.item_id)
        if key in seen:
            continue
        seen.add(key)
        hits.append(SearchHit(
            kind=row.kind, id=row.item_id, language=row.language, title=row.title,
            snippet=snippet(row.text, terms, row.f_aligned, finder) or row.summary,
            pictogram=row.pictogram, opens=row.opens,
        ))
        if len(hits) == limit:
            break
    return hits
