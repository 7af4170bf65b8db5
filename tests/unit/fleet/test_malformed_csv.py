"""Generated faults: any corrupted row gives one line with its line number; any byte string
gives a figure set or that one line, never another exception; nothing is stored."""
from __future__ import annotations

import re
import string

from hypothesis import HealthCheck, given, settings, strategies as st

from kiosk.fleet.usage_csv import MalformedFile, parse_usage
from kiosk.stats.events import EVENTS
from kiosk.stats.export import COLUMNS

GOOD = ("k-1", "2026-11-01T09", "topic_view", "need-go-home", "ka", "7")
HEADER = ",".join(COLUMNS)

good_rows = st.lists(st.tuples(
    st.sampled_from(["k-1", "tbilisi.1", "SARPI_2"]),
    st.dates().map(lambda d: d.isoformat()).flatmap(
        lambda d: st.integers(0, 23).map(lambda h: f"{d}T{h:02d}")),
    st.sampled_from(sorted(EVENTS)),
    st.text(string.ascii_lowercase + "-:", max_size=20),
    st.sampled_from(["", "ka", "en", "ar", "fa"]),
    st.integers(0, 10**6).map(str)), max_size=8)

text_no_comma = st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters=',"\r\n'),
                        max_size=12)


def corrupt(field: str):
    """A strategy for a bad value of one column."""
    if field == "kiosk_id":
        return text_no_comma.filter(lambda t: not t or not all(
            c.isascii() and (c.isalnum() or c in "._-") for c in t))
    if field == "hour_utc":
        return st.one_of(
            text_no_comma.filter(lambda t: not re.fullmatch(r"[0-9T :Z+-]*", t)),
            st.tuples(st.integers(1000, 9999), st.integers(13, 99), st.integers(1, 28),
                      st.integers(0, 23)).map(lambda t: f"{t[0]}-{t[1]:02d}-{t[2]:02d}T{t[3]:02d}"),
            st.integers(24, 99).map(lambda h: f"2026-11-01T{h}"))
    if field == "event":
        return text_no_comma.filter(lambda t: t not in EVENTS)
    if field == "count":
        return st.one_of(st.integers(max_value=-1).map(str),
                         st.floats(allow_nan=True).map(repr).filter(lambda t: not t.isdigit()),
                         text_no_comma.filter(lambda t: not (t.isascii() and t.isdigit())))
    raise AssertionError(field)


@st.composite
def broken_file(draw):
    before, after = draw(good_rows), draw(good_rows)
    kind = draw(st.sampled_from(["kiosk_id", "hour_utc", "event", "count", "columns"]))
    row = list(GOOD)
    if kind == "columns":
        n = draw(st.integers(0, 9).filter(lambda n: n != 6))
        row = [draw(st.text(string.ascii_letters, min_size=1, max_size=5)) for _ in range(n)] or ["x"]
    else:
        row[COLUMNS.index(kind)] = draw(corrupt(kind))
    lines = [HEADER] + [",".join(r) for r in before] + [",".join(row)] + [",".join(r) for r in after]
    return "\n".join(lines) + "\n", len(before) + 2, kind


@settings(max_examples=200, deadline=None)
@given(broken_file())
def test_a_corrupted_row_is_named_by_its_line(case):
    text, line, kind = case
    try:
        parse_usage(text.encode("utf-8"))
    except MalformedFile as exc:
        assert exc.line == line, (str(exc), line)
        message = str(exc)
        assert message.startswith(f"line {line}: ") and "\n" not in message
        if "\0" in text:  # a NUL byte: refused as binary, on its line
            assert "binary" in message
        elif kind != "columns":
            assert kind in message
    else:
        raise AssertionError(f"accepted a bad {kind}: {text!r}")


@settings(max_examples=200, deadline=None)
@given(st.one_of(st.binary(max_size=400),
                 st.text(max_size=300).map(lambda t: (HEADER + "\n" + t).encode("utf-8", "surrogatepass"))))
def test_any_bytes_give_figures_or_one_clear_line(data):
    try:
        parsed = parse_usage(data)
    except MalformedFile as exc:
        message = str(exc)
        assert message and "\n" not in message and "Traceback" not in message
        assert exc.line >= 0
    else:
        assert all(count >= 0 for count in parsed.counts.values())


@settings(max_examples=15, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(case=broken_file())
def test_a_refused_file_leaves_nothing_in_the_store(fleet_engine, tmp_path, case):
    from sqlalchemy import func, select

    from kiosk.fleet.importer import REFUSED, import_file
    from kiosk.fleet.models import ImportedFile, UsageCount

    text, line, _ = case
    path = tmp_path / "broken.csv"
    path.write_text(text, encoding="utf-8")
    outcome = import_file(fleet_engine, path)
    assert outcome.status == REFUSED and outcome.reason.startswith(f"line {line}: ")
    with fleet_engine.connect() as c:
        assert c.scalar(select(func.count()).select_from(UsageCount)) == 0
        assert c.scalar(select(func.count()).select_from(ImportedFile)) == 0
