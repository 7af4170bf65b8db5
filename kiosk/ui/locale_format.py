"""Dates, times and numbers as the visitor's language writes them (Qt's QLocale)."""
from __future__ import annotations

import re

from PySide6.QtCore import QDate, QDateTime, QLocale, Qt


# Where the bare language code would pick a locale that reads oddly in Georgia: English
# speakers here expect "25 November 2026, 14:05", not the US form.
LOCALE_NAMES = {"en": "en_GB"}


# One rule for digits on every screen, in every language: Western digits (0-9). The number
# everyone must find, 112, phone numbers and office numbers are written so, on the kiosk and
# on the street; Arabic and Persian pages showing ١١٢ in one place and 112 in another read
# as two numbers. Qt's Arabic and Persian locales write Arabic-Indic digits: translate them.
WESTERN_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")


def western_digits(text: str) -> str:
    return text.translate(WESTERN_DIGITS)


def locale_for(language: str) -> QLocale:
    return QLocale(LOCALE_NAMES.get(language, language))


def number(value: int, language: str = "") -> str:
    """2 → "2" in every language (see WESTERN_DIGITS); the default locale's when no language."""
    locale = locale_for(language) if language else QLocale()
    return western_digits(locale.toString(value))


def long_date(date: QDate, language: str) -> str:
    return western_digits(locale_for(language).toString(date, QLocale.FormatType.LongFormat))


def date_and_time(moment: QDateTime, language: str) -> str:
    loc = locale_for(language)
    comma = "، " if loc.textDirection() == Qt.RightToLeft else ", "
    return western_digits(loc.toString(moment.date(), QLocale.FormatType.LongFormat) + comma
                          + loc.toString(moment.time(), QLocale.FormatType.ShortFormat))


def content_date(version: str) -> QDate | None:
    """A pack version starts with its date: "2026.11.25.1" → 25 November 2026."""
    match = re.match(r"(\d{4})\.(\d{1,2})\.(\d{1,2})", version)
    if not match:
        return None
    date = QDate(*(int(part) for part in match.groups()))
    return date if date.isValid() else None
