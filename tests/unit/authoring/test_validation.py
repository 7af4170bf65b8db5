"""Office facts: phone, e-mail, web address, coordinates inside Georgia, opening hours.
Empty is always allowed; nothing is completed or guessed."""
from __future__ import annotations

import pytest
from hypothesis import given, strategies as st

from kiosk.authoring.errors import InvalidFacts
from kiosk.authoring.validation import (
    GEORGIA_LATITUDE, GEORGIA_LONGITUDE, coordinates_problems, email_problem, hours_problem,
    office_facts_problems, phone_problem, website_problem,
)


@pytest.mark.parametrize("phone", ["", "+995322000000", "+995 32 200 00 00", "+995 (599) 12-34-56"])
def test_good_phones(phone):
    assert phone_problem(phone) is None


@pytest.mark.parametrize("phone", ["032 200 00 00", "+99532200000", "+9953220000000", "+7 495 000 00 00",
                                   "+995 32 2OO OO OO", "call us"])
def test_bad_phones(phone):
    assert phone_problem(phone)


@given(st.text(alphabet="0123456789", min_size=9, max_size=9))
def test_every_georgian_nine_digit_number_is_accepted(digits):
    assert phone_problem("+995" + digits) is None


@given(st.text(alphabet="0123456789", min_size=0, max_size=14).filter(lambda d: len(d) != 9))
def test_a_georgian_number_of_another_length_is_refused(digits):
    assert phone_problem("+995" + digits)


@pytest.mark.parametrize("value,ok", [
    ("", True), ("tbilisi@iom.int", True), ("a.b+c@mail.example.ge", True),
    ("tbilisi@iom", False), ("tbilisi iom.int", False), ("@iom.int", False), ("a@b@iom.int", False),
])
def test_emails(value, ok):
    assert (email_problem(value) is None) is ok


@pytest.mark.parametrize("value,ok", [
    ("", True), ("https://georgia.iom.int/", True), ("http://example.ge/path?q=1", True),
    ("georgia.iom.int", False), ("ftp://example.ge", False), ("https://localhost", False),
    ("https://exa mple.ge", False),
])
def test_web_addresses(value, ok):
    assert (website_problem(value) is None) is ok


@given(st.floats(*GEORGIA_LATITUDE), st.floats(*GEORGIA_LONGITUDE))
def test_coordinates_inside_georgia_are_accepted(lat, lon):
    assert coordinates_problems(lat, lon) == {}


@given(st.floats(-90, 90).filter(lambda v: not GEORGIA_LATITUDE[0] <= v <= GEORGIA_LATITUDE[1]),
       st.floats(*GEORGIA_LONGITUDE))
def test_a_latitude_outside_georgia_is_refused(lat, lon):
    assert "latitude" in coordinates_problems(lat, lon)


def test_coordinates_come_in_pairs_and_as_numbers():
    assert coordinates_problems("", "") == {}
    assert "longitude" in coordinates_problems(41.7, "")
    assert "latitude" in coordinates_problems("north", 44.8)
    assert coordinates_problems("41,7151", "44,8271") == {}  # a decimal comma is fine


@pytest.mark.parametrize("hours,ok", [
    ("", True), ("Mon-Fri 09:00-18:00", True), ("ორშ-პარ 09:00–18:00", True),
    ("Пн–Пт 9.30–17.30, Сб 10:00–14:00", True), ("٠٩:٠٠-١٨:٠٠", True),
    ("by appointment", False), ("09:00-25:00", False), ("18:00-09:00", False), ("9:75", False),
])
def test_opening_hours(hours, ok):
    assert (hours_problem(hours) is None) is ok


def test_office_form_checks_every_field_at_once():
    problems = office_facts_problems({"phone": "12", "email": "x", "website": "iom.int",
                                      "latitude": 55.75, "longitude": 37.6,
                                      "services": ["no-such-topic"]}, {"need-office"})
    assert set(problems) == {"phone", "email", "website", "latitude", "longitude", "services"}


def test_the_service_refuses_invalid_office_facts_and_keeps_empty_ones(store):
    facts = store.facts("office:tbilisi")
    with pytest.raises(InvalidFacts) as refused:
        store.save_facts("office:tbilisi", {"phone": "2 00 00 00", "latitude": 55.75,
                                            "longitude": 37.62}, facts.version)
    assert set(refused.value.problems) == {"phone", "latitude", "longitude"}
    assert store.facts("office:tbilisi") == facts  # nothing saved
    saved = store.save_facts("office:tbilisi", {"latitude": 41.7151, "longitude": 44.8271,
                                                "email": ""}, facts.version)
    assert (saved.facts["latitude"], saved.facts["longitude"]) == (41.7151, 44.8271)
    assert saved.facts["phone"] == "" and saved.facts["website"] == ""  # nothing invented
