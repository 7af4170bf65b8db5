"""Which espeak-ng voice reads each kiosk language, and whether this machine has it."""
from __future__ import annotations

import shutil
import subprocess
import threading

ENGINE = "espeak-ng"

# Kiosk language code -> espeak-ng voice name (as listed by `espeak-ng --voices`).
VOICES: dict[str, str] = {
    "ka": "ka",
    "en": "en-gb",
    "ru": "ru",
    "uk": "uk",
    "hy": "hy",
    "az": "az",
    "tr": "tr",
    "ar": "ar",
    "fa": "fa",
}


def engine_path(executable: str = ENGINE) -> str | None:
    return shutil.which(executable)


def installed_voices(executable: str = ENGINE) -> frozenset[str]:
    """The voice names the engine lists; empty if the engine is missing or fails."""
    path = engine_path(executable)
    if path is None:
        return frozenset()
    try:
        listing = subprocess.run(
            [path, "--voices"], capture_output=True, text=True, timeout=10, check=True
        ).stdout
    except (OSError, subprocess.SubprocessError):
        return frozenset()
    return parse_voice_list(listing)


def parse_voice_list(listing: str) -> frozenset[str]:
    """Language names from `espeak-ng --voices` output (second column; header skipped)."""
    names = set()
    for line in listing.splitlines()[1:]:
        columns = line.split()
        if len(columns) >= 2:
            names.add(columns[1])
    return frozenset(names)


def voice_for(language: str, executable: str = ENGINE) -> str | None:
    """The voice for `language`, or None when there is none on this machine (never a stand-in)."""
    return Voices(executable).voice_for(language)


class Voices:
    """The engine's voices, asked for once (the first question may come from a worker) and
    kept by this object, which the composition root owns; `installed` fixes them (tests)."""

    def __init__(self, executable: str = ENGINE, installed: frozenset[str] | None = None):
        self.executable = executable
        self._installed = installed
        self._lock = threading.Lock()

    def installed(self) -> frozenset[str]:
        with self._lock:
            if self._installed is None:
                self._installed = installed_voices(self.executable)
            return self._installed

    def voice_for(self, language: str) -> str | None:
        voice = VOICES.get(language)
        if voice is None or voice not in self.installed():
            return None
        return voice
