"""Every validation line the core writes reads in Georgian in the Georgian studio (the table
in kiosk.studio.messages must follow the core's wording)."""
from __future__ import annotations

import re

import pytest

from kiosk.authoring.validation import hours_problem, office_facts_problems

BAD_FACTS = [
    {"phone": "0322 12 34"}, {"phone": "+995 12"}, {"email": "batumi@"},
    {"website": "example.org"}, {"website": "https://exa mple"},
    {"latitude": "north", "longitude": "44.8"}, {"latitude": "41.6"},
    {"latitude": "48.1", "longitude": "44.8"}, {"latitude": "41.6", "longitude": "50.2"},
]
BAD_HOURS = ["closed on Sundays", "25:00-26:00", "10:00-09:00"]


def core_messages() -> list[str]:
    lines = [m for facts in BAD_FACTS for m in office_facts_problems(facts).values()]
    lines += [hours_problem(text) for text in BAD_HOURS]
    assert all(lines) and len(lines) >= len(BAD_FACTS) + len(BAD_HOURS)
    return lines


@pytest.fixture
def georgian(qapp):
    from kiosk.studio.translation import StudioTranslator

    translator = StudioTranslator(qapp)
    translator.switch("ka")
    yield
    translator.switch("en")


@pytest.mark.parametrize("message", core_messages())
def test_the_core_s_line_reads_in_georgian(georgian, message):
    from kiosk.studio.messages import in_ui_language

    shown = in_ui_language(message)
    assert any("\u10d0" <= ch <= "\u10ff" for ch in shown), message
    for number in re.findall(r"\d+(?:[.:]\d+)?", message):
        assert number in shown  # the figures the person typed stay in the line
