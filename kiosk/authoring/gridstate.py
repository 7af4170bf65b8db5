"""The status grid's summary of one item, kept on its `items` row (`grid_*` columns) in the
same transaction as every change, so opening the grid reads one short row per item instead
of joining and comparing every text (see kiosk/tools/bench_studio.py)."""
from __future__ import annotations

from kiosk.authoring.records import MISSING, OFFICE, TOPIC

OFFICE_CONTACT_FACTS = ("phone", "email", "website", "latitude", "longitude")
TITLE_LIMIT = 500


def summary(family: str, facts: dict, position: int, source: str,
            texts: list[tuple[str, str, str, str, str]]) -> dict:
    """The `grid_*` column values. `texts`: (language, state, title, text_hash, source_hash)."""
    by_language = {t[0]: t for t in texts}
    source_text = by_language.get(source)
    source_hash = source_text[3] if source_text and source_text[1] != MISSING else None
    cells = []
    for language, state, _title, _own, made_from in texts:
        outdated = (language != source and state != MISSING and source_hash is not None
                    and made_from != source_hash)
        cells.append(f"{language}:{state}:{'1' if outdated else '0'}")
    title = source_text[2] if source_text and source_text[2] else next(
        (t[2] for t in texts if t[2]), "")
    order = facts.get("order")
    if isinstance(order, bool) or not isinstance(order, int):
        order = position
    missing = [name for name in OFFICE_CONTACT_FACTS
               if facts.get(name, "") in ("", None)] if family == OFFICE else []
    return {
        "grid_kind": str(facts.get("kind", family)) if family == TOPIC else family,
        "grid_order": order,
        "grid_title": title[:TITLE_LIMIT],
        "grid_cells": ",".join(sorted(cells)),
        "grid_missing": ",".join(missing),
    }
