"""Dates, times and numbers follow the visitor's language."""
from __future__ import annotations

import datetime

from hypothesis import given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QDate, QDateTime, QTime

from kiosk.ui.locale_format import content_date, date_and_time, long_date, number

MOMENT = QDateTime(QDate(2026, 11, 25), QTime(14, 5))


ARABIC_INDIC = set("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹")
LANGUAGES = ["ka", "en", "ru", "uk", "hy", "az", "tr", "ar", "fa"]


def test_numbers_use_western_digits_in_every_language():
    """One rule on every screen: 0-9, as 112 and phone numbers are written (not ١١٢ here
    and 112 there on an Arabic page)."""
    assert number(20, "ka") == "20"
    assert number(20, "ar") == "20"
    assert number(20, "fa") == "20"


@settings(max_examples=60, deadline=None)
@given(value=st.integers(0, 10**6), language=st.sampled_from(LANGUAGES),
       day=st.dates(min_value=datetime.date(2000, 1, 1), max_value=datetime.date(2099, 12, 31)),
       minute=st.integers(0, 24 * 60 - 1))
def test_no_formatted_number_or_date_has_arabic_indic_digits(value, language, day, minute):
    moment = QDateTime(QDate(day.year, day.month, day.day), QTime(minute // 60, minute % 60))
    for text in (number(value, language), long_date(moment.date(), language),
                 date_and_time(moment, language)):
        assert not ARABIC_INDIC & set(text), text
        assert any(ch.isdigit() for ch in text)


def test_dates_are_written_the_way_each_language_writes_them():
    assert long_date(MOMENT.date(), "en") == "Wednesday, 25 November 2026"  # not the US order
    assert "ნოემბერი" in long_date(MOMENT.date(), "ka")
    assert "ноября" in long_date(MOMENT.date(), "ru")
    assert "Kasım" in long_date(MOMENT.date(), "tr")
    assert date_and_time(MOMENT, "ru").endswith("14:05")
    assert "، " in date_and_time(MOMENT, "ar")  # the Arabic comma between date and time


def test_the_content_date_comes_from_the_pack_version():
    assert content_date("2026.11.25.1") == QDate(2026, 11, 25)
    assert content_date("2026.02.30.1") is None  # not a real date
    assert content_date("draft") is None
