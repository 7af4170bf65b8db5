"""Synthetic content for measurements: the store's items copied N times (no Qt)."""
from __future__ import annotations


def multiply_content(service, copies: int) -> None:
    """Copy every translatable item (with its texts) `copies - 1` times under new keys."""
    from sqlalchemy import insert, select
    from sqlalchemy.orm import Session

    from kiosk.authoring.models import Item, Translation
    from kiosk.authoring.records import TRANSLATABLE

    with Session(service.engine) as session, session.begin():
        items = session.scalars(select(Item).where(Item.family.in_(TRANSLATABLE))).all()
        texts = session.scalars(select(Translation)).all()
        by_item: dict[int, list] = {}
        for text in texts:
            by_item.setdefault(text.item_id, []).append(text)
        for copy in range(1, copies):
            rows = [{"key": f"{item.key}-copy{copy}", "family": item.family,
                     "position": item.position + 1000 * copy, "facts": item.facts,
                     "verify_by": None, "version": 1, "updated_by": "bench",
                     "updated_at": item.updated_at, "grid_kind": item.grid_kind,
                     "grid_order": item.grid_order, "grid_title": item.grid_title,
                     "grid_cells": item.grid_cells, "grid_missing": item.grid_missing}
                    for item in items]
            ids = session.execute(insert(Item).returning(Item.id, sort_by_parameter_order=True),
                                  rows).scalars().all()
            copies_of_texts = [
                {"item_id": new_id, "language": t.language, "fields": t.fields, "title": t.title,
                 "text_hash": t.text_hash, "source_hash": t.source_hash, "state": t.state,
                 "author": t.author, "version": 1, "updated_by": "bench",
                 "updated_at": t.updated_at}
                for item, new_id in zip(items, ids) for t in by_item.get(item.id, [])]
            session.execute(insert(Translation), copies_of_texts)
