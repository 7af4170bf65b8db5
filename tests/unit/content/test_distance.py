"""Straight-line distances and the nearest-first order of the office list."""
from __future__ import annotations

import math

from hypothesis import given
from hypothesis import strategies as st

from kiosk.content.distance import EARTH_RADIUS_KM, haversine_km, nearest_first
from kiosk.content.records import OfficeCard

latitudes = st.floats(-90, 90, allow_nan=False)
longitudes = st.floats(-180, 180, allow_nan=False)
points = st.tuples(latitudes, longitudes)
# Georgia and its neighbours: where kiosks and offices are.
near_points = st.tuples(st.floats(40.0, 44.0), st.floats(39.0, 47.5))
HALF_CIRCUMFERENCE = math.pi * EARTH_RADIUS_KM


@given(points, points)
def test_distance_is_symmetric_non_negative_and_at_most_half_the_globe(a, b):
    d = haversine_km(a, b)
    assert 0 <= d <= HALF_CIRCUMFERENCE + 1e-6
    assert math.isclose(d, haversine_km(b, a), abs_tol=1e-6)


@given(points)
def test_a_place_is_zero_km_from_itself(a):
    assert haversine_km(a, a) < 1e-6


@given(near_points, near_points, near_points)
def test_no_detour_is_shorter_than_the_straight_line(a, b, c):
    assert haversine_km(a, c) <= haversine_km(a, b) + haversine_km(b, c) + 1e-6


@given(st.floats(-89, 89), longitudes, st.floats(0.001, 10))
def test_a_step_due_north_measures_its_arc(lat, lon, step):
    """Along a meridian the distance is the arc: radius × angle (a check independent of the formula)."""
    north = min(lat + step, 90.0)
    expected = EARTH_RADIUS_KM * math.radians(north - lat)
    assert math.isclose(haversine_km((lat, lon), (north, lon)), expected, rel_tol=1e-9, abs_tol=1e-6)


def test_known_distance_between_two_cities():
    # Tbilisi to Batumi city centres (GeoNames coordinates, as in the pack): about 269 km
    # as the crow flies (published straight-line figures: 268-270 km).
    assert 265 < haversine_km((41.69143, 44.83412), (41.64077, 41.63060)) < 272


def card(office_id: str, position) -> OfficeCard:
    return OfficeCard(id=office_id, name=office_id, city=office_id, central=False,
                      position=position)


offices_lists = st.lists(st.one_of(st.none(), near_points), max_size=8).map(
    lambda positions: [card(f"o{i}", p) for i, p in enumerate(positions)])


@given(offices_lists)
def test_without_a_kiosk_position_the_pack_order_stays_and_nothing_is_measured(offices):
    result = nearest_first(offices, None)
    assert [o for o, _ in result] == offices
    assert all(km is None for _, km in result)


@given(offices_lists, near_points)
def test_with_a_kiosk_position_the_nearest_come_first_and_unplaced_offices_last(offices, here):
    result = nearest_first(offices, here)
    assert sorted(o.id for o, _ in result) == sorted(o.id for o in offices)  # nothing lost
    measured = [km for _, km in result if km is not None]
    assert measured == sorted(measured)
    first_unmeasured = next((i for i, (_, km) in enumerate(result) if km is None), len(result))
    assert all(km is None for _, km in result[first_unmeasured:])
    unplaced = [o for o in offices if o.position is None]
    assert [o for o, km in result if km is None] == unplaced  # in pack order
    for office, km in result:
        if km is not None:
            assert math.isclose(km, haversine_km(here, office.position))


def test_from_the_sarpi_border_crossing_batumi_is_first():
    from kiosk.content.pack import load_pack
    from kiosk.paths import CONTENT_PACK

    pack = load_pack(CONTENT_PACK)
    offices = [card(o.id, (o.city_latitude, o.city_longitude)) for o in pack.offices.values()]
    order = [o.id for o, _ in nearest_first(offices, (41.5210, 41.5480))]
    assert order == ["batumi", "poti", "kutaisi", "tbilisi", "telavi"]
