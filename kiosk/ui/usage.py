"""Feeds the anonymous usage figures from the window's signals: screens and topics seen,
languages chosen, session lengths. Only counts; nothing about who, nothing typed.

`record(event, key, language)` is the one entry point, for other parts (prints, searches) too.
Events arriving before the recorder is started are queued by it and written once it is.
"""
from __future__ import annotations

import time
from typing import Callable

from PySide6.QtCore import QObject

from kiosk.stats import events
from kiosk.ui import navigation as nav


class UsageWiring(QObject):
    def __init__(self, window, recorder, clock: Callable[[], float] = time.monotonic):
        super().__init__(window)
        self.window = window
        self.recorder = recorder
        self._clock = clock
        self._session_started: float | None = None
        window.navigator.location_changed.connect(self._location_changed)
        window.welcome.language_chosen.connect(self._language_chosen)
        window.context.session.ended.connect(self._session_ended)

    def record(self, event: str, key: str = "", language: str = "") -> None:
        self.recorder.record(event, key, language)

    @property
    def in_session(self) -> bool:
        """A visit is being counted (it started and has not ended)."""
        return self._session_started is not None

    @property
    def _language(self) -> str:
        return self.window.context.session.language

    def _location_changed(self, location: nav.Location) -> None:
        if location.screen in (nav.WELCOME, nav.UNAVAILABLE):
            return  # the kiosk's resting state, not a visit
        if self._session_started is None:
            self._session_started = self._clock()
        self.record(events.SCREEN_VIEW, location.screen, self._language)
        if location.screen == nav.TOPIC and location.key:
            self.record(events.TOPIC_VIEW, location.key, self._language)
        elif location.screen == nav.OFFICE and location.key:
            self.record(events.OFFICE_VIEW, location.key, self._language)

    def _language_chosen(self, language: str) -> None:
        if self._session_started is None:
            self._session_started = self._clock()
        self.record(events.LANGUAGE_CHOICE, "", language)

    def _session_ended(self, _reason: str = "") -> None:
        if self._session_started is not None:
            seconds = self._clock() - self._session_started
            self.record(events.SESSION_LENGTH, events.session_bucket(seconds))
        self._session_started = None
