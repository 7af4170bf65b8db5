"""Where the visitor is and how they got there: a history of locations, nothing more.

Signals:
    location_changed(Location): the visitor moved; the window shows that screen.
"""
from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QObject, Signal

WELCOME = "welcome"
HOME = "home"
TOPIC = "topic"
OFFICES = "offices"
OFFICE = "office"
EMERGENCY = "emergency"
UNAVAILABLE = "unavailable"
PREVIEW = "preview"  # print preview of a leaflet; key = leaflet id ("topic:<id>")
SEARCH = "search"


@dataclass(frozen=True)
class Location:
    screen: str
    key: str = ""  # which topic or office
    scroll: int = 0  # where the visitor had scrolled when they left it


class Navigator(QObject):
    location_changed = Signal(object)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._history: list[Location] = []
        self.current = Location(WELCOME)

    @property
    def can_go_back(self) -> bool:
        return bool(self._history)

    def go(self, location: Location, scroll_of_current: int = 0) -> None:
        if location == self.current:
            return
        self._history.append(Location(self.current.screen, self.current.key, scroll_of_current))
        self._move(location)

    def back(self) -> None:
        if self._history:
            self._move(self._history.pop())

    def home(self, scroll_of_current: int = 0) -> None:
        self.go(Location(HOME), scroll_of_current)

    def reset(self, start: str = WELCOME) -> None:
        """Forget the whole history: the next visitor starts afresh."""
        self._history.clear()
        self._move(Location(start))

    def _move(self, location: Location) -> None:
        self.current = location
        self.location_changed.emit(location)
