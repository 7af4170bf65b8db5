"""The content core never imports Qt: proven by importing it where PySide6 cannot load."""
import subprocess
import sys

CORE_MODULES = [
    "kiosk.content.pack", "kiosk.content.models", "kiosk.content.database",
    "kiosk.content.service", "kiosk.content.check", "kiosk.content.records", "kiosk.settings",
    "kiosk.cli",
    "kiosk.content.search",
]


def test_content_core_imports_without_qt():
    code = (
        "import sys; sys.modules['PySide6'] = None\n"
        + "".join(f"import {name}\n" for name in CORE_MODULES)
        + "assert not any(m.startswith('PySide6') for m in sys.modules if sys.modules[m])\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
