"""The usage events the kiosk counts, and the session-length buckets (no imports, no Qt)."""
from __future__ import annotations

SCREEN_VIEW = "screen_view"  # key: screen name (home, topic, offices...)
TOPIC_VIEW = "topic_view"  # key: topic id
OFFICE_VIEW = "office_view"  # key: office id
LANGUAGE_CHOICE = "language_choice"  # key: "", language: the chosen one
LEAFLET_PRINTED = "leaflet_printed"  # key: topic id, language: the leaflet's
SEARCH = "search"  # key: always "" (what was typed is never stored)
SESSION_LENGTH = "session_length"  # key: a bucket below
PRINTER_EVENT = "printer_event"  # key: e.g. media-empty, job-failed
ERROR = "error"  # key: the exception class name

EVENTS = frozenset({
    SCREEN_VIEW, TOPIC_VIEW, OFFICE_VIEW, LANGUAGE_CHOICE, LEAFLET_PRINTED, SEARCH,
    SESSION_LENGTH, PRINTER_EVENT, ERROR,
})

# Upper bound in seconds (exclusive) and the bucket's name.
SESSION_BUCKETS = ((60, "<1min"), (180, "1-3min"), (600, "3-10min"), (float("inf"), ">10min"))


def session_bucket(seconds: float) -> str:
    for upper, name in SESSION_BUCKETS:
        if seconds < upper:
            return name
    return SESSION_BUCKETS[-1][1]
