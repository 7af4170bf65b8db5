"""Usage figures: counts aggregated per hour, no typed text, small counts left out on export,
and the schema managed by Alembic (from empty, and idempotent)."""
import csv
import io
import sqlite3
from contextlib import closing
from datetime import datetime, timezone

import pytest

from kiosk.stats import events
from kiosk.stats.database import current_revision, make_state_engine, open_state_database, upgrade
from kiosk.stats.recorder import StatsRecorder
from kiosk.stats.service import UsageFigures


class Now:
    def __init__(self):
        self.value = datetime(2026, 11, 25, 9, 5, tzinfo=timezone.utc)

    def __call__(self):
        return self.value


@pytest.fixture
def recorder(tmp_path):
    now = Now()
    recorder = StatsRecorder(tmp_path / "state.db", now=now)
    recorder.now = now
    recorder.start()
    yield recorder
    recorder.close()


def rows(path):
    with closing(sqlite3.connect(path)) as db:
        return db.execute(
            "SELECT hour, event, key, language, count FROM hourly_counts ORDER BY 1, 2, 3, 4"
        ).fetchall()


def test_counts_are_aggregated_per_hour(recorder, tmp_path):
    for _ in range(3):
        recorder.record(events.TOPIC_VIEW, "need-go-home", "ka")
    recorder.now.value = recorder.now.value.replace(minute=59)
    recorder.record(events.TOPIC_VIEW, "need-go-home", "ka")
    recorder.now.value = recorder.now.value.replace(hour=10, minute=0)
    recorder.record(events.TOPIC_VIEW, "need-go-home", "ka")
    recorder.record(events.LANGUAGE_CHOICE, "", "en")
    recorder.flush()
    assert rows(tmp_path / "state.db") == [
        ("2026-11-25T09", "topic_view", "need-go-home", "ka", 4),
        ("2026-11-25T10", "language_choice", "", "en", 1),
        ("2026-11-25T10", "topic_view", "need-go-home", "ka", 1),
    ]


def test_search_text_is_never_stored_and_unknown_events_are_dropped(recorder, tmp_path):
    recorder.record(events.SEARCH, "my passport number 12345", "ru")
    recorder.record("visitor_name", "Nino", "ka")
    recorder.flush()
    assert rows(tmp_path / "state.db") == [("2026-11-25T09", "search", "", "ru", 1)]
    raw = (tmp_path / "state.db").read_bytes() + (tmp_path / "state.db-wal").read_bytes()
    assert b"passport" not in raw and b"Nino" not in raw


def test_a_broken_database_never_raises_into_the_caller(tmp_path, caplog):
    (tmp_path / "state.db").write_bytes(b"this is not a database" * 100)
    recorder = StatsRecorder(tmp_path / "state.db")
    recorder.start()
    recorder.record(events.SCREEN_VIEW, "home", "ka")  # must not raise
    recorder.flush()
    recorder.close()
    assert "cannot be opened" in caplog.text


def test_export_leaves_out_small_counts(recorder, tmp_path):
    for _ in range(5):
        recorder.record(events.TOPIC_VIEW, "need-medical", "en")
    for _ in range(4):
        recorder.record(events.LANGUAGE_CHOICE, "", "fa")
    recorder.flush()
    figures = UsageFigures(tmp_path / "state.db", "sarpi-1", min_count=5)
    export = figures.export()
    table = list(csv.DictReader(io.StringIO(export.text)))
    assert table == [{"kiosk_id": "sarpi-1", "hour_utc": "2026-11-25T09", "event": "topic_view",
                      "key": "need-medical", "language": "en", "count": "5"}]
    assert (export.rows, export.suppressed) == (1, 1)
    # Staff on the kiosk itself see the totals, small ones included.
    assert ("language_choice", "", "fa", 4) in figures.totals()
    path, _ = figures.export_to(tmp_path, now=datetime(2026, 11, 25, 12, tzinfo=timezone.utc))
    assert path.name == "iom-kiosk-usage-sarpi-1-20261125T120000Z.csv"
    assert path.read_text() == export.text


def test_session_buckets():
    assert [events.session_bucket(s) for s in (5, 59.9, 60, 179, 180, 599, 600, 7200)] == [
        "<1min", "<1min", "1-3min", "1-3min", "3-10min", "3-10min", ">10min", ">10min"]


def test_alembic_upgrade_from_empty_and_idempotent(tmp_path):
    path = tmp_path / "state.db"
    engine = make_state_engine(path)
    assert current_revision(engine) is None
    upgrade(engine)
    assert current_revision(engine) == "0001"
    upgrade(engine)  # again: nothing to do, nothing lost
    engine.dispose()
    engine = open_state_database(path)
    assert current_revision(engine) == "0001"
    engine.dispose()
    with closing(sqlite3.connect(path)) as db:
        assert db.execute("PRAGMA journal_mode").fetchone() == ("wal",)
        tables = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert tables == {"alembic_version", "hourly_counts"}


def test_head_revision_constant_matches_the_migration_scripts():
    from alembic.script import ScriptDirectory

    from kiosk.stats.database import HEAD_REVISION, alembic_config

    assert ScriptDirectory.from_config(alembic_config()).get_current_head() == HEAD_REVISION


def test_operator_bench_rows():
    from kiosk.tools.bench_operator import operator_rows

    rows = {name: (value, unit) for name, value, unit in operator_rows()}
    assert set(rows) == {"stats_write_ms_p95", "pin_check_ms"}
    assert all(value > 0 and unit == "ms" for value, unit in rows.values())


def test_recording_never_waits_for_the_disk(recorder, tmp_path):
    """While another process holds the database locked, record() still returns at once; the
    counts are written when the lock goes."""
    import time

    recorder.ready.wait(5)
    with closing(sqlite3.connect(tmp_path / "state.db", isolation_level=None)) as other:
        other.execute("BEGIN EXCLUSIVE")
        started = time.perf_counter()
        for _ in range(50):
            recorder.record(events.SCREEN_VIEW, "home", "ka")
        elapsed = time.perf_counter() - started
        other.execute("COMMIT")
    assert elapsed < 0.05  # 50 calls; a single fsync'd write alone takes longer than 1 ms
    recorder.flush()
    assert rows(tmp_path / "state.db") == [("2026-11-25T09", "screen_view", "home", "ka", 50)]


def test_a_stuck_writer_costs_one_log_line_not_one_per_tap(tmp_path, caplog, monkeypatch):
    """Counts that do not fit are dropped (memory stays bounded) and said once per stall,
    with how many were lost once the queue moves again."""
    import kiosk.stats.recorder as recorder_module

    monkeypatch.setattr(recorder_module, "MAX_QUEUED", 3)
    stuck = StatsRecorder(tmp_path / "state.db", now=Now())  # never started: nothing drains it
    with caplog.at_level("WARNING", logger="kiosk.stats.recorder"):
        for _ in range(50):
            stuck.record(events.SCREEN_VIEW, "home", "ka")
    full = [r for r in caplog.records if "queue full" in r.getMessage()]
    assert len(full) == 1 and stuck.dropped == 47
    stuck.start()
    stuck.flush()
    caplog.clear()
    with caplog.at_level("WARNING", logger="kiosk.stats.recorder"):
        stuck.record(events.SCREEN_VIEW, "home", "ka")
    assert [r.getMessage() for r in caplog.records] == [
        "usage figures queue moving again; 47 event(s) were dropped"]
    assert stuck.dropped == 0
    stuck.close()
    assert rows(tmp_path / "state.db") == [("2026-11-25T09", events.SCREEN_VIEW, "home", "ka", 4)]
