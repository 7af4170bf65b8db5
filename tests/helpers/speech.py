"""A stand-in audio player for tests: records what it was asked to play; the test drives it."""
from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class FakePlayer(QObject):
    position_changed = Signal(int, int)
    finished = Signal()
    failed = Signal(str)

    def __init__(self):
        super().__init__()
        self.playing = None  # (path, duration_ms) while "playing"
        self.played = []

    def play(self, path, duration_ms: int) -> None:
        self.playing = (path, duration_ms)
        self.played.append(self.playing)

    def stop(self) -> None:
        self.playing = None

    def advance(self, fraction: float) -> None:
        _path, duration = self.playing
        self.position_changed.emit(round(duration * fraction), duration)

    def finish(self) -> None:
        self.playing = None
        self.finished.emit()
