"""Text to a WAV file with espeak-ng (a subprocess; call it off the GUI thread)."""
from __future__ import annotations

import array
import subprocess
import wave
from dataclasses import dataclass
from pathlib import Path

from kiosk.speech.voices import ENGINE, engine_path

TIMEOUT_S = 60
WORDS_PER_MINUTE = 150  # a little slower than espeak's 175: clearer for tired listeners


class SpeechError(RuntimeError):
    """The engine is missing or failed; the message says which."""


@dataclass(frozen=True)
class Speech:
    path: Path
    duration_ms: int


def synthesise(text: str, voice: str, wav_path: Path, executable: str = ENGINE) -> Speech:
    """Speak `text` with `voice` into `wav_path`. The text goes through stdin, never argv."""
    path = engine_path(executable)
    if path is None:
        raise SpeechError(f"{executable} is not installed")
    command = [path, "-v", voice, "-s", str(WORDS_PER_MINUTE), "-w", str(wav_path), "--stdin"]
    try:
        subprocess.run(command, input=text.encode("utf-8"), capture_output=True,
                       timeout=TIMEOUT_S, check=True)
    except subprocess.CalledProcessError as exc:
        raise SpeechError(f"{executable} failed: {exc.stderr.decode(errors='replace')[:200]}") from exc
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise SpeechError(f"{executable} failed: {exc}") from exc
    return Speech(Path(wav_path), wav_duration_ms(wav_path))


def wav_duration_ms(wav_path: Path) -> int:
    try:
        with wave.open(str(wav_path), "rb") as wav:
            return round(wav.getnframes() * 1000 / wav.getframerate())
    except (OSError, EOFError, wave.Error) as exc:
        raise SpeechError(f"no usable sound in {wav_path.name}: {exc}") from exc


def peak_amplitude(wav_path: Path) -> float:
    """Loudest sample as a fraction of full scale (0 = silence); 16-bit PCM as espeak writes."""
    with wave.open(str(wav_path), "rb") as wav:
        if wav.getsampwidth() != 2:
            raise SpeechError(f"expected 16-bit samples, got {8 * wav.getsampwidth()}-bit")
        samples = array.array("h", wav.readframes(wav.getnframes()))
    return max((abs(s) for s in samples), default=0) / 32768
