"""`kiosk bench` plumbing: the probe answers with one JSON line, the parent reads it right.

The full bench (seconds of cold starts) is not run here; one bare-window probe is.
"""
from __future__ import annotations

import dataclasses
import time
from pathlib import Path

import pytest

from kiosk.settings import Settings
from kiosk.tools.bench import (
    ProbeFailed,
    parse_probe_output,
    percentile_nearest_rank,
    run_probe,
    settings_json,
    time_to_first_paint,
)


def test_bare_probe_reports_its_first_paint_on_the_shared_monotonic_clock():
    payload, spawned = run_probe("bare")
    assert set(payload) == {"painted"}
    assert spawned < payload["painted"] < time.monotonic()


def test_time_to_first_paint_is_a_plausible_duration():
    assert 0 < time_to_first_paint("bare") < 5


def test_a_failing_probe_is_an_error_not_a_figure():
    with pytest.raises(ProbeFailed):
        run_probe("no-such-mode")


def test_probe_output_is_the_last_json_line():
    assert parse_probe_output('noise\n{"painted": 1.5}\n\n') == {"painted": 1.5}
    for bad in ("", "not json\n", "[1, 2]\n"):
        with pytest.raises(ProbeFailed):
            parse_probe_output(bad)


def test_nearest_rank_percentile():
    values = list(range(1, 101))
    assert percentile_nearest_rank(values, 95) == 95
    assert percentile_nearest_rank([3.0, 1.0, 2.0], 95) == 3.0
    assert percentile_nearest_rank([7.0], 95) == 7.0


def test_settings_reach_the_probe_unchanged(tmp_path):
    import json

    settings = dataclasses.replace(
        Settings(), data_dir=tmp_path, offered_languages=("en", "ka"), screen_dpi=96.0
    )
    again = Settings.from_mapping(json.loads(settings_json(settings)))
    assert again == settings
    assert isinstance(again.data_dir, Path)


def test_language_switch_probe_times_every_offered_language(tmp_path):
    from kiosk.tools.bench_languages import measure

    settings = dataclasses.replace(Settings(), data_dir=tmp_path, database_url="", fullscreen=False)
    [(name, value, unit)] = measure(settings_json(settings), rounds=1)
    assert (name, unit) == ("language_switch_ms", "ms")
    assert 0 < value < 5000


def test_leaflet_bench_gives_both_papers_in_milliseconds():
    from kiosk.paths import CONTENT_PACK
    from kiosk.tools.bench_leaflets import leaflet_rows

    rows = leaflet_rows(CONTENT_PACK, runs=1)
    assert [(name, unit) for name, _, unit in rows] == [
        ("leaflet_a4_ms", "ms"), ("leaflet_80mm_ms", "ms")]
    assert all(0 < value < 5000 for _, value, _ in rows)


def test_accessibility_probe_measures_text_size_and_contrast_switches(settings, built_database):
    from kiosk.tools.bench_a11y import measure_accessibility

    # the probe's settings travel through the settings checks, whose ranges are a real
    # kiosk's: the fixture's 0.2 s idle time is below them, so use the defaults
    defaults = Settings()
    rows = measure_accessibility(dataclasses.replace(
        settings, database_url=built_database,
        idle_timeout_s=defaults.idle_timeout_s, countdown_s=defaults.countdown_s))
    assert [(name, unit) for name, _value, unit in rows] == [
        ("text_size_switch_ms", "ms"), ("contrast_switch_ms", "ms")]
    assert all(0 < value < 5000 for _name, value, _unit in rows)


def test_search_bench_copies_every_column_of_the_content(tmp_path, built_database):
    """The 100x content for the search bench is made by copying rows; a column added to the
    content tables later must be copied too (a NOT NULL one broke the bench once)."""
    import shutil

    from sqlalchemy import text

    from kiosk.content.database import make_engine, sqlite_path
    from kiosk.content.service import ContentService
    from kiosk.tools.bench_search import make_synthetic

    copy = tmp_path / "content.db"
    shutil.copy(sqlite_path(built_database), copy)
    url = f"sqlite:///{copy}"
    engine = make_engine(url)
    with engine.connect() as conn:
        before = {t: conn.execute(text(f"SELECT count(*) FROM {t}")).scalar_one()
                  for t in ("topic", "topic_text", "office", "office_text", "office_service")}
        cities = conn.execute(text("SELECT city_source FROM office ORDER BY id")).scalars().all()
    engine.dispose()
    make_synthetic(url, copies=3)
    engine = make_engine(url)
    with engine.connect() as conn:
        for table, count in before.items():
            assert conn.execute(text(f"SELECT count(*) FROM {table}")).scalar_one() == 3 * count
        copied = conn.execute(text(
            "SELECT city_source FROM office WHERE id LIKE '%-x2' ORDER BY id")).scalars().all()
    engine.dispose()
    assert copied == cities
    service = ContentService(url)
    try:
        hits = service.search("a", "en", limit=10_000)
    finally:
        service.close()
    assert any(hit.id.endswith("-x2") for hit in hits)
