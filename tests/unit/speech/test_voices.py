"""Each kiosk language maps to an espeak-ng voice; a missing voice is reported, never replaced."""
from __future__ import annotations

import pytest

from kiosk.languages import KNOWN_LANGUAGES
from kiosk.speech import voices

LISTING = """Pty Language       Age/Gender VoiceName          File                 Other Languages
 5  ka              --/M      Georgian           ccs/ka
 2  en-gb           --/M      English_(Great_Britain) gmw/en      (en 2)
"""

needs_engine = pytest.mark.skipif(voices.engine_path() is None,
                                  reason="espeak-ng is not installed (scripts/setup installs it)")


def test_every_kiosk_language_has_a_voice_name():
    assert set(voices.VOICES) == set(KNOWN_LANGUAGES)


def test_parse_voice_list_reads_the_language_column():
    assert voices.parse_voice_list(LISTING) == {"ka", "en-gb"}


def test_a_language_whose_voice_is_missing_has_none(monkeypatch):
    monkeypatch.setattr(voices, "installed_voices", lambda executable=voices.ENGINE: frozenset({"ka"}))
    assert voices.voice_for("ka") == "ka"
    assert voices.voice_for("hy") is None  # not "en" or any other stand-in
    assert voices.voice_for("xx") is None


def test_no_engine_means_no_voices():
    assert voices.installed_voices("no-such-speech-engine") == frozenset()
    assert voices.voice_for("ka", "no-such-speech-engine") is None


@needs_engine
def test_this_machine_has_a_voice_for_every_kiosk_language():
    assert {code: voices.voice_for(code) for code in KNOWN_LANGUAGES} == voices.VOICES
