"""Topic titles for the fleet figures, from the content pack (no Qt)."""
from __future__ import annotations

import logging

log = logging.getLogger(__name__)


def topic_titles(settings, language: str) -> dict[str, str]:
    """Topic id -> title in `language` from the content pack ({} if it cannot be read)."""
    try:
        from kiosk.content.pack import load_pack
        from kiosk.paths import PICTOGRAMS

        pack = load_pack(settings.content_dir, PICTOGRAMS)
    except Exception:  # titles are a nicety: the ids stand in for them
        log.exception("content pack not readable for topic titles")
        return {}
    titles = {}
    for topic_id, topic in pack.topics.items():
        text = topic.texts.get(language) or topic.texts.get("en")
        if text and text.fields.get("title"):
            titles[topic_id] = text.fields["title"]
    return titles
