"""The core's validation messages (plain English lines, `kiosk.authoring.validation`) in the
studio's UI language. A message this table does not know is shown as the core wrote it."""
from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication

translate = QCoreApplication.translate  # lupdate reads the literal context and text of each call


def _fixed() -> dict[str, str]:
    return {
        "write the number in international form, starting +995":
            translate("Validation", "write the number in international form, starting +995"),
        "a Georgian number is +995 followed by nine digits":
            translate("Validation", "a Georgian number is +995 followed by nine digits"),
        "not an e-mail address (name@example.org)":
            translate("Validation", "not an e-mail address (name@example.org)"),
        "a web address starts with https:// (or http://)":
            translate("Validation", "a web address starts with https:// (or http://)"),
        "not a web address (https://example.org/...)":
            translate("Validation", "not a web address (https://example.org/...)"),
        "must be a number (decimal degrees) or empty":
            translate("Validation", "must be a number (decimal degrees) or empty"),
        "give both latitude and longitude, or neither":
            translate("Validation", "give both latitude and longitude, or neither"),
        "give the times, e.g. 09:00-18:00":
            translate("Validation", "give the times, e.g. 09:00-18:00"),
        "must be text": translate("Validation", "must be text"),
    }


# (pattern of the core's line, its translation with %1, %2 ... for the groups)
def _patterns() -> list[tuple[re.Pattern, str]]:
    return [
        (re.compile(r"^(\S+) is outside Georgia \((\S+) to (\S+) N\)$"),
         translate("Validation", "%1 is outside Georgia (%2 to %3 degrees north)")),
        (re.compile(r"^(\S+) is outside Georgia \((\S+) to (\S+) E\)$"),
         translate("Validation", "%1 is outside Georgia (%2 to %3 degrees east)")),
        (re.compile(r"^(\d{1,2}:\d{2}) is not a time of day$"),
         translate("Validation", "%1 is not a time of day")),
        (re.compile(r"^(.+): the closing time is not after the opening time$"),
         translate("Validation", "%1: the closing time is not after the opening time")),
    ]


def in_ui_language(message: str) -> str:
    known = _fixed().get(message)
    if known is not None:
        return known
    for pattern, text in _patterns():
        match = pattern.match(message)
        if match:
            for number, group in enumerate(match.groups(), 1):
                text = text.replace(f"%{number}", group)
            return text
    return message


def problems_in_ui_language(problems: dict[str, str]) -> dict[str, str]:
    return {name: in_ui_language(message) for name, message in problems.items()}
