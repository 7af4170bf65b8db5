"""Which espeak-ng voice reads each kiosk language, and whether this machine has it."""
from __future__ import annotations

import shutil
import subprocess
from functools import lru_cache

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


@lru_cache(maxsize=8)
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
    voice = VOICES.get(language)
    if voice is None or voice not in installed_voices(executable):
        return None
    return voice
