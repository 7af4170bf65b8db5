"""Dates, times and numbers follow the visitor's language."""
from __future__ import annotations

from PySide6.QtCore import QDate, QDateTime, QTime

from kiosk.ui.locale_format import content_date, date_and_time, long_date, number

MOMENT = QDateTime(QDate(2026, 11, 25), QTime(14, 5))


def test_numbers_use_the_digits_of_the_language():
    assert number(20, "ka") == "20"
    assert number(20, "ar") == "٢٠"
    assert number(20, "fa") == "۲۰"


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
