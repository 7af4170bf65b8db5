"""The print date written the way each language writes dates (Babel's CLDR data)."""
from __future__ import annotations

from datetime import date

_LOCALES = {"en": "en_GB"}  # day before month, as in Georgia and in the rest of Europe


def format_print_date(day: date, language: str) -> str:
    from babel.dates import format_date

    try:
        return format_date(day, format="long", locale=_LOCALES.get(language, language))
    except (ValueError, LookupError):
        return day.isoformat()
