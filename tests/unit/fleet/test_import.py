"""Import of kiosk usage exports: idempotent (ledger + upsert keeping the larger count), one
transaction per file, malformed or foreign files refused with nothing kept."""
from __future__ import annotations

import pytest
from sqlalchemy import func, select

from kiosk.fleet.importer import ALREADY, IMPORTED, NOTHING_NEW, REFUSED, import_file, import_paths
from kiosk.fleet.models import ImportedFile, UsageCount

A = [("k1", "2026-11-01T09", "topic_view", "need-go-home", "ka", 7),
     ("k1", "2026-11-01T10", "language_choice", "", "en", 5),
     ("k1", "2026-11-02T09", "session_length", "<1min", "", 9)]
# B overlaps A: one row the same, one larger, one smaller, and two new rows.
B = [("k1", "2026-11-01T09", "topic_view", "need-go-home", "ka", 7),
     ("k1", "2026-11-01T10", "language_choice", "", "en", 8),
     ("k1", "2026-11-02T09", "session_length", "<1min", "", 6),
     ("k1", "2026-11-03T09", "leaflet_printed", "topic:need-go-home", "ar", 5),
     ("k2", "2026-11-03T11", "printer_event", "media-empty", "", 12)]


def stored(engine) -> dict:
    with engine.connect() as c:
        return {tuple(r[:5]): r[5] for r in c.execute(select(
            UsageCount.kiosk_id, UsageCount.hour_utc, UsageCount.event, UsageCount.key,
            UsageCount.language, UsageCount.count))}


def ledger_size(engine) -> int:
    with engine.connect() as c:
        return c.scalar(select(func.count()).select_from(ImportedFile))


def test_a_a_b_b_a_keeps_the_larger_counts_and_never_adds(fleet_engine, write_csv):
    a, b = write_csv("a.csv", A), write_csv("b.csv", B)
    outcomes = import_paths(fleet_engine, [a, a, b, b, a])
    assert [o.status for o in outcomes] == [IMPORTED, ALREADY, IMPORTED, ALREADY, ALREADY]
    assert outcomes[0].changed == 3 and outcomes[2].changed == 3  # one raised, two new
    expected = {}
    for row in A + B:
        expected[row[:5]] = max(expected.get(row[:5], 0), row[5])
    assert stored(fleet_engine) == expected
    assert sum(stored(fleet_engine).values()) == 7 + 8 + 9 + 5 + 12
    assert "already imported" in outcomes[1].line() and "nothing changed" in outcomes[1].line()


def test_b_then_a_gives_the_same_totals_as_a_then_b(fleet_engine, write_csv):
    import_paths(fleet_engine, [write_csv("b.csv", B), write_csv("a.csv", A)])
    assert sum(stored(fleet_engine).values()) == 7 + 8 + 9 + 5 + 12


def test_an_overlapping_export_with_nothing_new_says_so(fleet_engine, write_csv):
    import_file(fleet_engine, write_csv("b.csv", B))
    subset = write_csv("older.csv", B[:2])  # other bytes, figures already held
    outcome = import_file(fleet_engine, subset)
    assert outcome.status == NOTHING_NEW and outcome.changed == 0
    assert "nothing changed" in outcome.line()


@pytest.mark.parametrize("bad_row, reason", [
    (("k1", "2026-11-01T9", "topic_view", "x", "ka", 7), "hour_utc"),
    (("k1", "2026-02-30T09", "topic_view", "x", "ka", 7), "hour_utc"),
    (("k1", "2026-11-01T09", "topic_view", "x", "ka", -3), "count"),
    (("k1", "2026-11-01T09", "topic_view", "x", "ka", "2.5"), "count"),
    (("k1", "2026-11-01T09", "page_turned", "x", "ka", 7), "event"),
    (("kiosk one", "2026-11-01T09", "topic_view", "x", "ka", 7), "kiosk_id"),
    (("k1", "2026-11-01T09", "topic_view", "x", "ka"), "values"),
])
def test_one_corrupted_line_refuses_the_file_with_its_line_and_keeps_nothing(
        fleet_engine, write_csv, bad_row, reason):
    rows = A + [bad_row] + B  # the bad row is on line 1 (header) + 3 + 1 = 5
    outcome = import_file(fleet_engine, write_csv("bad.csv", rows))
    assert outcome.status == REFUSED
    assert outcome.reason.startswith("line 5: ") and reason in outcome.reason
    assert stored(fleet_engine) == {} and ledger_size(fleet_engine) == 0
    assert "nothing of it kept" in outcome.line()


def test_a_refused_file_does_not_touch_what_was_there(fleet_engine, write_csv):
    import_file(fleet_engine, write_csv("a.csv", A))
    before = stored(fleet_engine)
    bigger = [(*r[:5], 99) for r in A] + [("k1", "bad", "topic_view", "", "", 1)]
    assert import_file(fleet_engine, write_csv("bad.csv", bigger)).status == REFUSED
    assert stored(fleet_engine) == before


def test_wrong_columns_are_refused_on_line_1(fleet_engine, write_csv):
    path = write_csv("cols.csv", [], text="kiosk,hour,event,key,language,count\n")
    outcome = import_file(fleet_engine, path)
    assert outcome.status == REFUSED and outcome.reason.startswith("line 1: ")


def test_binary_and_huge_files_are_refused_from_their_first_bytes(fleet_engine, tmp_path):
    binary = tmp_path / "photo.csv"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR" + bytes(range(256)) * 100)
    huge = tmp_path / "huge.csv"
    with open(huge, "wb") as stream:  # sparse: refused by its size before any reading
        stream.truncate(10 * 1024 * 1024 * 1024)
    assert "binary" in import_file(fleet_engine, binary).reason
    outcome = import_file(fleet_engine, huge)
    assert outcome.status == REFUSED and "too large" in outcome.reason
    assert ledger_size(fleet_engine) == 0


def test_a_header_only_export_is_imported_with_nothing_in_it(fleet_engine, write_csv):
    outcome = import_file(fleet_engine, write_csv("empty.csv", []))
    assert outcome.status == NOTHING_NEW and outcome.rows == 0


def test_folders_are_searched_for_csv_files(fleet_engine, tmp_path, write_csv):
    stick = tmp_path / "stick" / "kiosk-1"
    stick.mkdir(parents=True)
    (stick / "a.csv").write_text((write_csv("a.csv", A)).read_text())
    (stick / "notes.txt").write_text("not an export")
    outcomes = import_paths(fleet_engine, [tmp_path / "stick"])
    assert [o.status for o in outcomes] == [IMPORTED]


@pytest.mark.parametrize("written", ["2026-11-01T09", "2026-11-01T09:00:00Z", "2026-11-01 09:00",
                                     "2026-11-01T09:00:00+00:00"])
def test_a_whole_utc_hour_in_full_iso_form_is_stored_in_the_kiosks_form(fleet_engine, write_csv, written):
    import_file(fleet_engine, write_csv("a.csv", [("k1", written, "search", "", "", 6)]))
    assert stored(fleet_engine) == {("k1", "2026-11-01T09", "search", "", ""): 6}


@pytest.mark.parametrize("written", ["2026-11-01T09:30", "2026-11-01T09:00+04:00", "2026-11-01T24"])
def test_an_hour_that_is_not_a_whole_utc_hour_is_refused(fleet_engine, write_csv, written):
    outcome = import_file(fleet_engine, write_csv("a.csv", [("k1", written, "search", "", "", 6)]))
    assert outcome.status == REFUSED and outcome.reason.startswith("line 2: hour_utc")
