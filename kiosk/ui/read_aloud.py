"""Reads a page aloud: espeak-ng synthesis off the GUI thread, then playback; one at a time.

WAV files live in a private temporary folder and are deleted as soon as they are done with.

Signals:
    state_changed(str): one of the *_STATE names below.
    progress_changed(int): 0-100 while speaking.
"""
from __future__ import annotations

import logging
import shutil
import tempfile
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Signal

from kiosk.speech.synthesis import Speech, SpeechError, synthesise
from kiosk.speech.voices import Voices
from kiosk.ui.worker import Worker

log = logging.getLogger(__name__)

IDLE = "idle"
PREPARING = "preparing"
SPEAKING = "speaking"
NO_VOICE = "no-voice"  # no voice for this language on this machine: say so, never another voice
NO_SOUND = "no-sound"  # synthesis worked, but this kiosk cannot play sound
FAILED = "failed"


class ReadAloud(QObject):
    state_changed = Signal(str)
    progress_changed = Signal(int)

    def __init__(self, player=None, background: bool = True, parent: QObject | None = None,
                 voices: Voices | None = None):
        super().__init__(parent)
        self.voices = voices if voices is not None else Voices()
        self._worker = Worker("read-aloud", self, synchronous=not background)
        # Ask espeak-ng for its voices now, on the worker, so no page waits for the answer.
        self._worker.run(self.voices.installed)
        self._folder = Path(tempfile.mkdtemp(prefix="kiosk-speech-"))
        self._generation = 0
        self._wav: Path | None = None
        self.state = IDLE
        self.progress = 0
        self.player = None
        if player is None:
            from kiosk.ui.audio_player import QtAudioPlayer  # QtMultimedia itself loads on play

            player = QtAudioPlayer()
        self.set_player(player)
        folder = self._folder
        self.destroyed.connect(lambda *_: shutil.rmtree(folder, ignore_errors=True))
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.close)

    def close(self) -> None:
        """Silence, and remove the private folder with anything left in it."""
        self.stop()
        self._worker.shutdown()
        shutil.rmtree(self._folder, ignore_errors=True)

    def set_player(self, player) -> None:
        """Play through `player` (QtAudioPlayer, or a stand-in with the same signals)."""
        if self.player is not None:
            self.stop()
            for signal in (self.player.position_changed, self.player.finished, self.player.failed):
                signal.disconnect()
        self.player = player
        player.setParent(self)
        player.position_changed.connect(self._position)
        player.finished.connect(self._finished)
        player.failed.connect(self._failed)

    def available(self, language: str) -> bool:
        return self.voices.voice_for(language) is not None

    def speak(self, text: str, language: str) -> None:
        self.stop()
        voice = self.voices.voice_for(language)
        if voice is None:
            self._set_state(NO_VOICE)
            return
        self._generation += 1
        generation = self._generation
        wav = self._folder / f"speech-{generation}.wav"
        self._set_state(PREPARING)

        self._worker.run(lambda: synthesise(text, voice, wav),
                         lambda speech: self._synthesised(generation, speech),
                         lambda exc: self._synthesised(generation, exc))

    def stop(self) -> None:
        """Silence at once; a synthesis still running is ignored when it returns."""
        self._generation += 1
        self.player.stop()
        self._forget_wav()
        self._set_progress(0)
        self._set_state(IDLE)

    def _synthesised(self, generation: int, result) -> None:
        if isinstance(result, Speech):
            if generation != self._generation:
                result.path.unlink(missing_ok=True)  # stopped meanwhile: nobody wants it
                return
            self._wav = result.path
            self._set_progress(0)
            self._set_state(SPEAKING)
            self.player.play(result.path, result.duration_ms)
        elif generation == self._generation:
            log.error("read aloud: %s", result, exc_info=not isinstance(result, SpeechError))
            self._set_state(FAILED)

    def _position(self, position_ms: int, duration_ms: int) -> None:
        if self.state == SPEAKING and duration_ms > 0:
            self._set_progress(min(100, round(100 * position_ms / duration_ms)))

    def _finished(self) -> None:
        self._forget_wav()
        self._set_progress(100)
        self._set_state(IDLE)

    def _failed(self, reason: str) -> None:
        log.warning("read aloud cannot play: %s", reason)
        self._forget_wav()
        self._set_progress(0)
        self._set_state(NO_SOUND)

    def _forget_wav(self) -> None:
        if self._wav is not None:
            self._wav.unlink(missing_ok=True)
            self._wav = None

    def _set_progress(self, percent: int) -> None:
        if percent != self.progress:
            self.progress = percent
            self.progress_changed.emit(percent)

    def _set_state(self, state: str) -> None:
        if state != self.state:
            self.state = state
            self.state_changed.emit(state)
