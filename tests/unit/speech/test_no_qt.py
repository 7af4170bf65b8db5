"""Speech synthesis never imports Qt: proven by importing it where PySide6 cannot load."""
import subprocess
import sys


def test_speech_imports_without_qt():
    code = (
        "import sys; sys.modules['PySide6'] = None\n"
        "import kiosk.speech.voices, kiosk.speech.synthesis\n"
        "assert not any(m.startswith('PySide6') for m in sys.modules if sys.modules[m])\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
