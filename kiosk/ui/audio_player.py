"""Plays a WAV file through QtMultimedia, imported only when first needed (start-up cost).

Signals:
    position_changed(int, int): milliseconds played, of the total.
    finished(): the sound played to its end.
    failed(str): it cannot play here (no audio device, a decoder error); a short reason.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QTimer, QUrl, Signal

START_TIMEOUT_MS = 5000  # a player that never starts must not leave the control "speaking"


class QtAudioPlayer(QObject):
    position_changed = Signal(int, int)
    finished = Signal()
    failed = Signal(str)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._player = None
        self._output = None
        self._duration_ms = 0
        self._start_timer = QTimer(self, singleShot=True, interval=START_TIMEOUT_MS)
        self._start_timer.timeout.connect(lambda: self._fail("the sound did not start"))

    def _ensure_player(self) -> None:
        if self._player is not None:
            return
        # QtMultimedia warns at load for each optional library it cannot find (PipeWire,
        # VA-API): scripts/setup installs them, so a warning here means a broken install.
        from PySide6.QtMultimedia import QAudioOutput, QMediaPlayer

        self._player = QMediaPlayer(self)
        self._output = QAudioOutput(self)
        self._player.setAudioOutput(self._output)
        self._player.positionChanged.connect(self._position)
        self._player.mediaStatusChanged.connect(self._status)
        self._player.errorOccurred.connect(lambda _error, text: self._fail(text or "playback error"))

    @staticmethod
    def has_output_device() -> bool:
        from PySide6.QtMultimedia import QMediaDevices

        return bool(QMediaDevices.audioOutputs())

    def play(self, path: Path, duration_ms: int) -> None:
        if not self.has_output_device():
            self.failed.emit("no audio device")
            return
        self._ensure_player()
        self._duration_ms = duration_ms
        self._player.setSource(QUrl.fromLocalFile(str(path)))
        self._start_timer.start()
        self._player.play()

    def stop(self) -> None:
        self._start_timer.stop()
        if self._player is not None:
            self._player.stop()
            self._player.setSource(QUrl())  # lets go of the file, so it can be deleted

    def _position(self, ms: int) -> None:
        if ms > 0:
            self._start_timer.stop()
        self.position_changed.emit(ms, self._duration_ms)

    def _status(self, status) -> None:
        from PySide6.QtMultimedia import QMediaPlayer

        if status == QMediaPlayer.MediaStatus.EndOfMedia:
            self._start_timer.stop()
            self.finished.emit()
        elif status == QMediaPlayer.MediaStatus.InvalidMedia:
            self._fail("the sound file could not be read")

    def _fail(self, reason: str) -> None:
        self.stop()
        self.failed.emit(reason)
