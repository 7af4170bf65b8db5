"""Offline speech for "read aloud": espeak-ng voices and synthesis to WAV files. No Qt here."""
