"""Every need, programme and action has a bundled pictogram that draws, with its licence noted."""
from __future__ import annotations

import pytest
from PySide6.QtSvg import QSvgRenderer

from kiosk.content.pack import load_pack
from kiosk.paths import CONTENT_PACK, PICTOGRAMS

# The controls a person who cannot read must still find: navigation, help, print, accessibility.
ACTIONS = ["back", "home", "language", "phone", "emergency-call", "print", "offices-list",
           "office", "read-aloud", "text-size", "contrast", "quick-exit"]


def topic_pictograms():
    pack = load_pack(CONTENT_PACK, PICTOGRAMS)
    return {topic.id: topic.pictogram for topic in pack.topics.values()}


@pytest.mark.parametrize("name", sorted(set(topic_pictograms().values()) | set(ACTIONS)))
def test_pictogram_is_bundled_draws_and_is_listed_in_the_licence(name):
    path = PICTOGRAMS / f"{name}.svg"
    assert path.is_file()
    assert QSvgRenderer(str(path)).isValid()
    assert f"`{name}.svg`" in (PICTOGRAMS / "LICENSE.md").read_text(encoding="utf-8")


def test_every_topic_has_a_pictogram():
    assert all(topic_pictograms().values())
