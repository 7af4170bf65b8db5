"""Straight-line distances from the kiosk to the offices, and the offices nearest first.

Pure functions with no Qt and no database: the office list screen and the tests use them.
"""
from __future__ import annotations

import math
from collections.abc import Sequence

from kiosk.content.records import OfficeCard

GeoPoint = tuple[float, float]  # (latitude, longitude) in degrees
EARTH_RADIUS_KM = 6371.0088  # the mean Earth radius (IUGG); the error of a sphere is < 0.5 %


def haversine_km(a: GeoPoint, b: GeoPoint) -> float:
    """Great-circle ("as the crow flies") distance between two points, in kilometres."""
    lat1, lon1, lat2, lon2 = map(math.radians, (*a, *b))
    h = (math.sin((lat2 - lat1) / 2) ** 2
         + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2)
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(h)))


def nearest_first(offices: Sequence[OfficeCard],
                  here: GeoPoint | None) -> list[tuple[OfficeCard, float | None]]:
    """Each office with its distance from `here` (None when either place is unknown).

    With `here` known, offices with a position come nearest first and the rest keep their
    pack order after them; with `here` unknown the pack order is kept as it is."""
    measured = [(office, haversine_km(here, office.position)
                 if here is not None and office.position is not None else None)
                for office in offices]
    if here is None:
        return measured
    # sorted() is stable: equal distances and unmeasured offices keep the pack order.
    return sorted(measured, key=lambda pair: (pair[1] is None, pair[1] or 0.0))
