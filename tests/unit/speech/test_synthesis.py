"""The real engine writes a WAV that is not silent, in every kiosk language."""
from __future__ import annotations

import pytest

from kiosk.speech import voices
from kiosk.speech.synthesis import SpeechError, peak_amplitude, synthesise

SAMPLES = {
    "ka": "IOM ეხმარება მიგრანტებს. დარეკეთ 112-ზე.",
    "en": "IOM helps migrants. In an emergency, call 112.",
    "ru": "МОМ помогает мигрантам.",
    "uk": "МОМ допомагає мігрантам.",
    "hy": "ՄՄԿ-ն օգնում է միգրանտներին։",
    "az": "BMT kömək edir.",
    "tr": "IOM göçmenlere yardım eder.",
    "ar": "المنظمة تساعد المهاجرين.",
    "fa": "سازمان به مهاجران کمک می کند.",
}


@pytest.mark.skipif(voices.engine_path() is None, reason="espeak-ng is not installed")
@pytest.mark.parametrize("language", sorted(SAMPLES))
def test_real_engine_speaks_every_language(tmp_path, language):
    voice = voices.voice_for(language)
    assert voice is not None
    speech = synthesise(SAMPLES[language], voice, tmp_path / "out.wav")
    assert speech.duration_ms > 500
    assert peak_amplitude(speech.path) > 0.05  # sound, not silence


def test_missing_engine_is_a_clear_error(tmp_path):
    with pytest.raises(SpeechError, match="not installed"):
        synthesise("text", "en-gb", tmp_path / "out.wav", executable="no-such-speech-engine")
