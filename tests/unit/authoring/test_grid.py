"""The status grid: a row per item, a cell per language, counts, and its filters."""
from __future__ import annotations

import datetime as dt

from kiosk.authoring.records import APPROVED, DRAFT, IN_REVIEW, MISSING, GridFilter
from tests.unit.authoring.conftest import BUNDLED, BUNDLED_ITEMS


def test_the_grid_shows_every_item_in_every_language(store):
    grid = store.grid()
    assert grid.source_language == "ka" and len(grid.languages) == 9
    assert grid.total_items == len(grid.rows) == BUNDLED_ITEMS
    assert BUNDLED_ITEMS == len(BUNDLED.topics) + len(BUNDLED.offices) + len(BUNDLED.emergency) + 1
    assert grid.rows[0].family == "topic" and grid.rows[-1].key == "leaflet:words"
    assert {row.kind for row in grid.rows} >= {"intro", "need", "programme", "office",
                                               "emergency", "leaflet"}
    reviewed = {(key, lang) for key, item in _bundled_items() for lang, text in item.texts.items()
                if text.reviewed}
    for row in grid.rows:
        for lang, cell in row.cells.items():
            assert cell.state == (APPROVED if (row.key, lang) in reviewed else DRAFT), (row.key, lang)
    assert grid.counts["hy"].draft + grid.counts["hy"].approved == BUNDLED_ITEMS
    tbilisi = next(row for row in grid.rows if row.key == "office:tbilisi")
    assert tbilisi.title == BUNDLED.offices["tbilisi"].texts["ka"].fields["name"]


def test_filters(store):
    offices = [row.key for row in store.grid(GridFilter(missing_fact="phone")).rows]
    assert len(offices) == 5 and all(key.startswith("office:") for key in offices)  # all, today
    facts = store.facts("office:batumi")
    store.save_facts("office:batumi", {"phone": "+995422000000"}, facts.version)
    missing_phone = store.grid(GridFilter(missing_fact="phone")).rows
    assert [row.key for row in missing_phone] == [k for k in offices if k != "office:batumi"]

    store.submit_for_review("topic:need-office", "hy")
    in_review = store.grid(GridFilter(language="hy", state=IN_REVIEW))
    assert [row.key for row in in_review.rows] == ["topic:need-office"]
    assert in_review.counts["hy"].in_review == 1  # counts are over everything
    needs = store.grid(GridFilter(kind="need"))
    assert needs.rows and all(row.kind == "need" for row in needs.rows)
    assert [r.key for r in store.grid(GridFilter(text="telavi")).rows] == ["office:telavi"]
    assert store.grid(GridFilter(language="hy", outdated=True)).rows == ()

    facts = store.facts("topic:need-office")
    store.set_verify_by("topic:need-office", dt.date.today() - dt.timedelta(days=1), facts.version)
    overdue = store.grid(GridFilter(overdue=True)).rows
    assert [row.key for row in overdue] == ["topic:need-office"]


def test_a_missing_text_is_counted_missing(store):
    text = store.text("emergency:emergency", "ar")
    store.save_text("emergency:emergency", "ar", {"label": "", "note": ""}, text.version)
    grid = store.grid(GridFilter(language="ar", state=MISSING))
    assert [row.key for row in grid.rows] == ["emergency:emergency"]
    assert grid.counts["ar"].missing == 1
    assert grid.counts["ar"].draft + grid.counts["ar"].approved == BUNDLED_ITEMS - 1


def test_the_stored_grid_summary_matches_a_fresh_computation_after_every_kind_of_change(store):
    """The grid reads a summary kept on each item's row; after saves, a source edit,
    reviews, facts, verify-by dates and reverts it must equal one computed from scratch."""
    key = "topic:need-work-abroad"
    text = store.text(key, "hy")
    store.save_text(key, "hy", {"title": "Աշխատանք արտասահմանում"}, text.version)
    store.submit_for_review(key, "hy")
    store.submit_for_review(key, "en")
    store.approve(key, "en")
    source = store.text(key, "ka")
    store.save_text(key, "ka", {"summary": source.fields["summary"] + " IOM."}, source.version)
    facts = store.facts("office:telavi")
    store.save_facts("office:telavi", {"email": "telavi@example.org"}, facts.version)
    store.revert(next(e for e in store.history(key) if e.action == "save" and e.language == "ka").id)
    text = store.text("leaflet:words", "ar")
    store.save_text("leaflet:words", "ar", {n: "" for n in text.fields}, text.version)
    kept = store.grid()
    store.refresh_grid()
    assert store.grid() == kept
    row = next(r for r in kept.rows if r.key == key)
    assert row.cells["en"].state == DRAFT and not row.cells["en"].outdated  # reverted source
    assert "email" not in next(r for r in kept.rows if r.key == "office:telavi").missing_facts


def _bundled_items():
    yield from ((f"topic:{k}", v) for k, v in BUNDLED.topics.items())
    yield from ((f"office:{k}", v) for k, v in BUNDLED.offices.items())
    yield from ((f"emergency:{e.id}", e) for e in BUNDLED.emergency)
    yield "leaflet:words", BUNDLED.leaflet
