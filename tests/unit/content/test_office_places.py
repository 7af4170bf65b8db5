"""Offices: city-centre coordinates with their source, an office's own coordinates replacing
them, and contact details an operator fills in showing up with no code change."""
from __future__ import annotations

import shutil
import string

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sqlalchemy import select

from kiosk.content import models
from kiosk.content.database import build_database, make_engine
from kiosk.content.pack import ERROR, load_pack
from kiosk.content.service import ContentService
from kiosk.leaflets import collect_leaflet
from kiosk.leaflets.blocks import office_lines
from kiosk.paths import CONTENT_PACK, PICTOGRAMS

OFFICES = ("tbilisi", "batumi", "kutaisi", "poti", "telavi")
LANGUAGES = ("ka", "en", "ru", "uk", "hy", "az", "tr", "ar", "fa")


def rewrite(pack, office, old, new):
    path = pack / "offices" / f"{office}.toml"
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_every_bundled_office_has_its_city_centre_with_a_named_public_source():
    pack = load_pack(CONTENT_PACK, PICTOGRAMS)
    for office in pack.offices.values():
        assert office.city_latitude is not None and office.city_longitude is not None, office.id
        assert "GeoNames" in office.city_source, office.id
        # Inside Georgia: a swapped or mistyped coordinate would land elsewhere.
        assert 41.0 <= office.city_latitude <= 43.6 and 39.9 <= office.city_longitude <= 46.8


@pytest.mark.parametrize("old, new, fragment", [
    ("city_longitude = 41.63060\n", "", "both city_latitude and city_longitude"),
    ('city_source = "GeoNames', 'city_source = "" # "GeoNames', "need city_source"),
    ("city_latitude = 41.64077", "city_latitude = 141.6", "city_latitude must be empty or a number"),
    ("city_latitude = 41.64077", 'city_latitude = "north"', "city_latitude must be empty or a number"),
])
def test_bad_city_coordinates_are_reported_with_file_and_line(pack_copy, old, new, fragment):
    rewrite(pack_copy, "batumi", old, new)
    errors = [p for p in load_pack(pack_copy, PICTOGRAMS).problems if p.severity == ERROR]
    assert len(errors) == 1, errors
    assert errors[0].file == "offices/batumi.toml" and errors[0].line
    assert fragment in errors[0].message


def test_distances_use_the_city_until_the_office_has_its_own_coordinates(pack_copy, tmp_path):
    rewrite(pack_copy, "poti", 'latitude = ""', "latitude = 42.15")
    rewrite(pack_copy, "poti", 'longitude = ""', "longitude = 41.67")
    url = f"sqlite:///{tmp_path / 'content.db'}"
    build_database(load_pack(pack_copy, PICTOGRAMS), url)
    service = ContentService(url)
    try:
        cards = {card.id: card for card in service.offices("en")}
        assert cards["poti"].position == (42.15, 41.67)  # its own
        assert cards["batumi"].position == (41.64077, 41.6306)  # its city's
        engine = make_engine(url)  # the source travels with the coordinates into the database
        with engine.connect() as conn:
            sources = conn.execute(select(models.Office.city_source)).scalars().all()
        engine.dispose()
        assert len(sources) == 5 and all("GeoNames" in source for source in sources)
    finally:
        service.close()


# Test data only: letters, digits and a few marks an address or a phone number may hold.
field_values = st.text(string.ascii_letters + string.digits + " .,-/", min_size=3, max_size=40
                       ).map(str.strip).filter(lambda s: len(s) >= 3 and '"' not in s)


@settings(max_examples=4, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(office=st.sampled_from(OFFICES), language=st.sampled_from(LANGUAGES),
       address=field_values, phone=st.from_regex(r"\+995 [0-9]{2} [0-9]{3} [0-9]{2} [0-9]{2}",
                                                  fullmatch=True))
def test_a_filled_in_address_and_phone_show_on_the_office_page_and_leaflet(
        tmp_path_factory, office, language, address, phone):
    """What an operator types into the pack appears as typed, with no code change."""
    root = tmp_path_factory.mktemp("filled")
    pack = root / "pack"
    shutil.copytree(CONTENT_PACK, pack)
    rewrite(pack, office, 'phone = ""', f'phone = "{phone}"')
    path = pack / "offices" / f"{office}.toml"
    text = path.read_text(encoding="utf-8")
    head, _, rest = text.partition(f"[text.{language}]")
    path.write_text(head + f"[text.{language}]" + rest.replace('address = ""', f'address = "{address}"', 1),
                    encoding="utf-8")
    url = f"sqlite:///{root / 'content.db'}"
    build_database(load_pack(pack, PICTOGRAMS), url)
    service = ContentService(url)
    try:
        detail = service.office(office, language)
        assert (detail.address, detail.phone) == (address, phone)
        assert detail.has_contact_details
        leaflet = collect_leaflet(service, f"office:{office}", language)
        shown = dict(office_lines(leaflet.office, leaflet))
        assert shown[leaflet.labels.address] == address
        assert phone.replace(" ", "\u00a0") in shown[leaflet.labels.phone]
    finally:
        service.close()


def test_an_office_with_nothing_known_says_what_is_known_and_promises_no_route():
    pack = load_pack(CONTENT_PACK, PICTOGRAMS)
    for lang, text in pack.leaflet.texts.items():
        words = text.fields["no_contact_details"]
        assert "112" in words, lang
