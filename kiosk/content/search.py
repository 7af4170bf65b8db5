"""Full-text search over the content: folding rules, the index built with the database, queries.

No Qt. The index is written by `build_index` inside the database build, so it lives in the
same staged SQLite file and the atomic switch covers it. Text is folded here, in Python, the
same way for documents and for what a visitor types (case, Latin diacritics, Russian ё, Turkish
dotted/dotless i, Arabic and Persian letter variants, the Persian zero-width non-joiner), so the
index holds folded text and the displayed titles and snippets come from the original text.

On SQLite the folded text is indexed with FTS5 (each typed word is a prefix). On any other
database (PostgreSQL for authoring) the same folded text is searched with LIKE, slower but
correct. What a visitor types is never stored or logged.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from sqlalchemy import Integer, String, Text, text
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Mapped, mapped_column

from kiosk.content.models import Base

FTS_TABLE = "search_index"
# Bump when the index layout, the folding or a content table's columns change: databases
# built before are rebuilt at start-up. 2: office.city_latitude/city_longitude/city_source.
# 3: aligned text marks a dropped character with "\x02", not NUL (PostgreSQL text refuses NUL).
SEARCH_SCHEMA = "3"
SNIPPET_CHARS = 110
# Whole letters people type one way and texts write another; both sides are folded the same.
_LETTER_FOLDS = {
    "ё": "е",  # Russian: ё is usually typed as е
    "ґ": "г",  # Ukrainian: ґ is often typed as г
    "ı": "i", "İ": "i", "I": "i",  # Turkish, Azerbaijani: dotted and dotless i find each other
    "ə": "e", "Ə": "e",  # Azerbaijani schwa, typed as e on keyboards without it
    "և": "եվ",  # Armenian ligature, typed as ե + վ on keyboards without it (see fold)
    "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا",  # Arabic alef with hamza or madda, and wasla
    "ى": "ي", "ی": "ي", "ئ": "ي",  # alef maqsura, Persian yeh, yeh with hamza -> Arabic yeh
    "ك": "ک",  # Arabic kaf -> Persian keheh, so either keyboard finds both
    "ة": "ه",  # teh marbuta
    "ؤ": "و",  # waw with hamza
}
# Removed entirely: joiners and direction marks (the Persian ZWNJ must not split a word),
# tatweel, and apostrophes (Ukrainian мʼясо / м'ясо / мясо all alike).
_DROPPED = set("\u200c\u200d\u200e\u200f\u2060\ufeff\u0640'\u2019\u02bc\u02b9`\u00b4")
_ZWNJ = "\u200c"
_DIGITS = {ord(c): str(i) for i, c in enumerate("٠١٢٣٤٥٦٧٨٩")}
_DIGITS.update({ord(c): str(i) for i, c in enumerate("۰۱۲۳۴۵۶۷۸۹")})


@lru_cache(maxsize=4096)
def _fold_char(char: str) -> str:
    if char in _DROPPED:
        return ""
    if char in _LETTER_FOLDS:
        return _LETTER_FOLDS[char]
    lower = char.lower()
    if lower in _LETTER_FOLDS:
        return _LETTER_FOLDS[lower]
    digit = _DIGITS.get(ord(char))
    if digit:
        return digit
    if unicodedata.category(char) == "Mn":
        return ""  # Arabic short vowels, a stray combining mark
    if char.isascii():
        return lower
    base = unicodedata.normalize("NFD", lower)
    # Latin letters lose their diacritics (ç, ş, ö, ü, ğ find c, s, o, u, g); other scripts keep
    # their letters whole (Cyrillic й and ї, Georgian and Armenian have no combining marks).
    if base[0].isascii() and base[0].isalpha():
        return base[0]
    return lower


_GAP = "\x02"  # in aligned text: a character that folds to nothing (any but NUL: PostgreSQL)


def align(source: str) -> str:
    """The folded text with exactly one character per source character (_GAP where the
    character folds to nothing, "\x01" for the one letter that folds to two), so a match
    found in it is at the same index in the source: snippets are cut with one regex search."""
    out = []
    for char in source:
        folded = _fold_char(char)
        out.append(folded if len(folded) == 1 else _GAP if not folded else "\x01")
    return "".join(out)


def _aligned_pattern(term: str) -> str:
    """A regex for a folded word in aligned text: dropped characters may sit between letters."""
    parts, index = [], 0
    while index < len(term):
        if term.startswith("եվ", index):  # և, or ե and վ/ւ (see fold)
            parts.append(f"(?:ե{_GAP}*[վւ]|\x01)")
            index += 2
            continue
        parts.append(re.escape(term[index]))
        index += 1
    return f"{_GAP}*".join(parts)


def fold(source: str) -> str:
    # Classical Armenian spelling writes the same ligature as ե + ւ.
    return "".join([_fold_char(char) for char in source]).replace("եւ", "եվ")


def _is_word_char(char: str) -> bool:
    return unicodedata.category(char)[0] in "LNM" or unicodedata.category(char) == "Co"


def words(folded: str) -> list[str]:
    """Split folded text into words the way the FTS5 tokenizer does (letters, digits, marks)."""
    found, current = [], []
    for char in folded:
        if _is_word_char(char):
            current.append(char)
        elif current:
            found.append("".join(current))
            current = []
    if current:
        found.append("".join(current))
    return found


def query_words(typed: str) -> list[str]:
    """The folded words of what a visitor typed; at most 8, each at most 40 characters."""
    return [w[:40] for w in words(fold(typed))][:8]


def extra_words(source: str) -> str:
    """More ways in to the same words: the pieces of words joined by a Persian ZWNJ (typing a
    space instead finds them) and Arabic words without the article ال (الأسرة found by اسرة)."""
    pieces = []
    for word in source.split():
        if _ZWNJ in word:
            pieces.extend(p for p in word.split(_ZWNJ) if p)
    for word in words(fold(source)):
        if word.startswith("ال") and len(word) > 3:
            pieces.append(word[2:])
    return fold(" ".join(pieces))


class SearchDocument(Base):
    """One searchable item in one language: original text for display, folded text for search."""

    __tablename__ = "search_document"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    kind: Mapped[str] = mapped_column(String(16))  # topic | office
    item_id: Mapped[str] = mapped_column(String(64))
    language: Mapped[str] = mapped_column(String(8), index=True)
    title: Mapped[str] = mapped_column(Text)
    summary: Mapped[str] = mapped_column(Text)  # shown when the match is in the title
    text: Mapped[str] = mapped_column(Text)  # where snippets are cut from
    pictogram: Mapped[str] = mapped_column(String(64))
    opens: Mapped[str] = mapped_column(String(16))
    f_title: Mapped[str] = mapped_column(Text)
    f_text: Mapped[str] = mapped_column(Text)
    f_extra: Mapped[str] = mapped_column(Text)
    f_aligned: Mapped[str] = mapped_column(Text)  # `text` folded char for char (see align)
    # " word word ..." for the LIKE fallback: a leading space marks where each word starts.
    f_words: Mapped[str] = mapped_column(Text)


@dataclass(frozen=True)
class SearchHit:
    """One result: a topic or an office, the language the matching text is in, and a snippet."""

    kind: str  # "topic" | "office"
    id: str
    language: str
    title: str
    snippet: str
    pictogram: str = ""
    opens: str = ""  # a topic that opens another screen instead ("offices")


def _document(kind, item_id, language, title, summary, text_, pictogram, opens, services=""):
    everything = " ".join((title, summary, text_, services))
    f_text = fold(" ".join((summary, text_, services)))
    extra = extra_words(everything)
    shown = text_ or summary
    return {
        "kind": kind, "item_id": item_id, "language": language, "title": title,
        "summary": summary, "text": shown, "f_aligned": align(shown), "pictogram": pictogram, "opens": opens,
        "f_title": fold(title), "f_text": f_text, "f_extra": extra,
        "f_words": " " + " ".join(words(fold(everything) + " " + extra)) + " ",
    }


def collect_documents(conn: Connection) -> list[dict]:
    """Every topic and office in every language, read back from the content tables."""
    docs = []
    topics = conn.execute(text(
        "SELECT t.id, t.pictogram, t.opens, x.language, x.title, x.summary, x.body "
        "FROM topic t JOIN topic_text x ON x.topic_id = t.id"
    )).all()
    titles = {(row.id, row.language): row.title for row in topics}
    for row in topics:
        body = " ".join(line.strip().removeprefix("- ") for line in row.body.split("\n") if line.strip())
        docs.append(_document("topic", row.id, row.language, row.title, row.summary, body,
                              row.pictogram, row.opens or ""))
    services: dict[str, list[str]] = {}
    for row in conn.execute(text(
        "SELECT office_id, topic_id FROM office_service ORDER BY office_id, position"
    )):
        services.setdefault(row.office_id, []).append(row.topic_id)
    for row in conn.execute(text(
        "SELECT office_id, language, name, city, address FROM office_text"
    )):
        offered = " ".join(
            titles[(topic_id, row.language)] for topic_id in services.get(row.office_id, [])
            if (topic_id, row.language) in titles
        )
        docs.append(_document("office", row.office_id, row.language, row.city, row.name,
                              row.address or "", "office", "", offered))
    return docs


def build_index(conn: Connection) -> None:
    """(Re)write the search documents and, on SQLite, their FTS5 index. Call inside the build."""
    SearchDocument.__table__.create(conn, checkfirst=True)
    conn.execute(SearchDocument.__table__.delete())
    # Grouped by language, so each language's documents are one range of ids: a query can
    # keep to a language by rowid range (see language_ranges), cheaper than an FTS phrase.
    docs = sorted(collect_documents(conn), key=lambda doc: doc["language"])
    if docs:
        conn.execute(SearchDocument.__table__.insert(), docs)
    if conn.dialect.name != "sqlite":
        return
    conn.execute(text(f"DROP TABLE IF EXISTS {FTS_TABLE}"))
    # External content: the FTS table indexes search_document's folded columns and stores no
    # second copy. Prefix indexes make one- to three-letter prefixes (the first keystrokes) fast.
    # The language is indexed too, so a query can keep to one language without a join.
    conn.execute(text(
        f"CREATE VIRTUAL TABLE {FTS_TABLE} USING fts5("
        "f_title, f_text, f_extra, language, content='search_document', content_rowid='id', "
        "tokenize=\"unicode61 remove_diacritics 2 categories 'L* N* Co M*'\", prefix='1 2 3')"
    ))
    conn.execute(text(f"INSERT INTO {FTS_TABLE}({FTS_TABLE}) VALUES('rebuild')"))


def has_fts(conn: Connection) -> bool:
    if conn.dialect.name != "sqlite":
        return False
    return conn.execute(
        text("SELECT 1 FROM sqlite_master WHERE name = :name"), {"name": FTS_TABLE}
    ).first() is not None


def has_documents_table(conn: Connection) -> bool:
    from sqlalchemy import inspect

    return inspect(conn).has_table(SearchDocument.__tablename__)


def without_article(word: str) -> str:
    """A folded Arabic word without its article ال (the rule the index applies in f_extra)."""
    return word[2:] if word.startswith("ال") and len(word) > 3 else word


def _quoted(term: str) -> str:
    return '"' + term.replace('"', '""') + '"'


def fts_query(terms: list[str]) -> str:
    """An FTS5 MATCH expression: every word as a quoted prefix, all required. Quoting makes
    every FTS5 operator (NEAR, AND, -, :, *, parentheses) plain text. A word typed with the
    Arabic article also finds the word written without it (الصحة finds صحة المهاجرين)."""
    parts = []
    for term in terms:
        bare = without_article(term)
        parts.append(f"({_quoted(term)}* OR {_quoted(bare)}*)" if bare != term
                     else f"{_quoted(term)}*")
    # An explicit AND: FTS5 accepts no implicit AND before a parenthesised group, and
    # "صحة الأسرة" (a second word with the article) was a syntax error.
    return " AND ".join(parts)


def title_key(folded_words: list[str]) -> tuple[str, ...]:
    """What makes a title equal to a query: the same words, articles aside."""
    return tuple(without_article(word) for word in folded_words)


def _like_condition(index: int, term: str) -> tuple[str, dict]:
    bare = without_article(term)
    condition = f"d.f_words LIKE :t{index} ESCAPE '\\'"
    params = {f"t{index}": _like_pattern(term)}
    if bare != term:
        condition = f"({condition} OR d.f_words LIKE :b{index} ESCAPE '\\')"
        params[f"b{index}"] = _like_pattern(bare)
    return condition, params


def _like_pattern(term: str) -> str:
    escaped = term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"% {escaped}%"


# What ranking and choosing need; the long text and its folded twin are read afterwards for the
# (at most `limit`) rows that become hits, not for every candidate.
_COLUMNS = "d.id, d.kind, d.item_id, d.language, d.title, d.summary, d.pictogram, d.opens, d.f_title"
_TEXT_COLUMNS = "d.text, d.f_aligned"
_WORD_COLUMNS = "{f_title f_text f_extra}"
_RANKED = (f"SELECT rowid FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH ? "
           f"ORDER BY bm25({FTS_TABLE}, 10.0, 1.0, 1.0, 0.0) LIMIT ?")


@dataclass(frozen=True, slots=True)
class _Row:
    id: int
    kind: str
    item_id: str
    language: str
    title: str
    summary: str
    pictogram: str
    opens: str
    f_title: str


@lru_cache(maxsize=8192)
def _title_key_of(f_title: str) -> tuple[str, ...]:
    """title_key of a stored folded title; the same few titles come back keystroke after
    keystroke, and splitting them into words is pure Python."""
    return title_key(words(f_title))


def _ids(rowids) -> str:
    return ", ".join(str(int(r)) for r in rowids)


def language_ranges(conn: Connection) -> dict[str, tuple[int, int]]:
    """The first and last document id of each language whose documents are one unbroken
    range of ids (build_index writes them so); a language missing here is filtered by its
    FTS phrase instead."""
    return {language: (first, last) for language, first, last, count in conn.execute(text(
        "SELECT language, min(id), max(id), count(*) FROM search_document GROUP BY language"))
        if last - first + 1 == count}


_RANKED_WITHIN = (f"SELECT rowid FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH ? "
                  f"AND rowid BETWEEN ? AND ? "
                  f"ORDER BY bm25({FTS_TABLE}, 10.0, 1.0, 1.0, 0.0) LIMIT ?")


def _fts_rows(db, terms: list[str], language: str, limit: int,
              within: tuple[int, int] | None = None) -> list[_Row]:
    """Ranked matches in `language`, then (if too few) in the others. Two filtered queries are
    much faster than ordering every match by language through a join (measured at 100x).
    `db` is the DB-API (sqlite3) connection: SQLAlchemy's per-statement work was a third of a
    keystroke's query on the bundled content."""
    # One letter typed: titles only. It matches thousands of words in the texts (slow to rank
    # on a big pack, and of no use to read); titles starting with it are what people expect.
    columns = "f_title" if len(terms) == 1 and len(terms[0]) == 1 else _WORD_COLUMNS
    matching = f"{columns} : ({fts_query(terms)})"
    quoted = '"' + language.replace('"', '""') + '"'
    # Titles that are exactly what was typed come first, however the texts rank: fetch the
    # candidates (the typed words as a phrase in a title) and keep the equal ones.
    phrase = " OR ".join(dict.fromkeys(
        _quoted(" ".join(form)) for form in (terms, [without_article(t) for t in terms])))
    ranked = lambda match, fetch: [r for (r,) in db.execute(_RANKED, (match, fetch))]  # noqa: E731
    candidates = ranked(f"{{f_title f_extra}} : ({phrase})", limit * 3)
    if within is not None:
        # The language's range of ids: the same rows and the same bm25 scores as the language
        # phrase (its column weighs 0), without matching the phrase in every document.
        rowids = [r for (r,) in db.execute(_RANKED_WITHIN, (matching, *within, limit))]
    else:
        rowids = ranked(f"language : {quoted} AND {matching}", limit)
    if len(rowids) < limit:
        # Over-fetch: an item found in the current language may match in others too.
        rowids += ranked(f"{matching} NOT language : {quoted}", limit * 3)
    if not rowids and not candidates:
        return []
    found = {row[0]: _Row(*row) for row in db.execute(
        f"SELECT {_COLUMNS} FROM search_document d WHERE d.id IN "
        f"({_ids({*candidates, *rowids})})")}
    wanted = title_key(terms)
    exact = [r for r in candidates if r in found and _title_key_of(found[r].f_title) == wanted]
    return [found[r] for r in dict.fromkeys(exact + rowids) if r in found]


def _like_rows(conn: Connection, terms: list[str], language: str, limit: int) -> list:
    conditions, params = [], {}
    for i, term in enumerate(terms):
        condition, more = _like_condition(i, term)
        conditions.append(condition)
        params.update(more)
    params.update(language=language, fetch=limit * 3)
    return conn.execute(text(
        f"SELECT {_COLUMNS} FROM search_document d WHERE {' AND '.join(conditions)} "
        "ORDER BY CASE WHEN d.language = :language THEN 0 ELSE 1 END, d.kind DESC, d.id "
        "LIMIT :fetch"
    ), params).all()


def search(conn: Connection, typed: str, language: str, limit: int = 20,
           use_fts: bool = True,
           ranges: dict[str, tuple[int, int]] | None = None) -> list[SearchHit]:
    """Hits for what was typed: the current language first, then others; each item once.
    `ranges`: language_ranges of this database, if the caller keeps them."""
    terms = query_words(typed)
    if not terms or limit <= 0:
        return []
    if use_fts:
        db = conn.connection.driver_connection
        rows = _fts_rows(db, terms, language, limit, (ranges or {}).get(language))
        execute = db.execute
    else:
        rows = _like_rows(conn, terms, language, limit)
        execute = conn.exec_driver_sql
    chosen: list = []
    seen: set[tuple[str, str]] = set()
    for row in _exact_titles_first(rows, terms, language):
        key = (row.kind, row.item_id)
        if key in seen:
            continue
        seen.add(key)
        chosen.append(row)
        if len(chosen) == limit:
            break
    if not chosen:
        return []
    texts = {row[0]: (row[1], row[2]) for row in execute(
        f"SELECT d.id, {_TEXT_COLUMNS} FROM search_document d "
        f"WHERE d.id IN ({_ids(row.id for row in chosen)})")}
    finder = _finder(terms)
    hits = []
    for row in chosen:
        shown, aligned = texts[row.id]
        hits.append(SearchHit(
            kind=row.kind, id=row.item_id, language=row.language, title=row.title,
            snippet=snippet(shown, terms, aligned, finder) or row.summary,
            pictogram=row.pictogram, opens=row.opens,
        ))
    return hits


def _exact_titles_first(rows: list, terms: list[str], language: str) -> list:
    """The current language's rows, then the others'; within each, titles that are exactly
    the typed words first, the rest in their ranked order."""
    wanted = title_key(terms)
    return sorted(rows, key=lambda row: (row.language != language,
                                         _title_key_of(row.f_title) != wanted))


def _finder(terms: list[str]) -> re.Pattern:
    """Finds the first place in aligned text where a word starts with one of the terms."""
    return re.compile(r"(?<!\w)(?:" + "|".join(_aligned_pattern(t) for t in terms) + ")")


def snippet(source: str, terms: list[str], aligned: str | None = None,
            finder: re.Pattern | None = None, width: int = SNIPPET_CHARS) -> str:
    """A short piece of `source` around the first word that starts with one of `terms`;
    "" when no word there does (the match was in the title)."""
    if aligned is None or len(aligned) != len(source):
        aligned = align(source)
    found = (finder or _finder(terms)).search(aligned)
    if found is None:
        return ""
    centre = found.start()
    begin = max(0, centre - width // 3)
    if begin > 0:
        space = source.find(" ", begin, centre)
        begin = space + 1 if space >= 0 else begin
    end = min(len(source), begin + width)
    if end < len(source):
        space = source.rfind(" ", centre, end)
        end = space if space > centre else end
    piece = source[begin:end].strip()
    return ("…" if begin > 0 else "") + piece + ("…" if end < len(source) else "")
