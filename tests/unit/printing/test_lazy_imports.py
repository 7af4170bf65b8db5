"""Printing costs the first screen nothing: QtPdf and segno load only when a preview is made."""
import subprocess
import sys

SCRIPT = """
import os, sys
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from kiosk.app import application, build_window
from kiosk.settings import Settings
app = application()
window = build_window(app, Settings(fullscreen=False, screen_dpi=96),
                      leaflet_pdf=lambda *args: b"")
assert "preview" in window.screens
heavy = [m for m in ("PySide6.QtPdf", "segno", "PySide6.QtPrintSupport", "reportlab")
         if m in sys.modules]
print(heavy)
"""


def test_a_window_with_printing_imports_no_pdf_or_qr_module():
    result = subprocess.run([sys.executable, "-c", SCRIPT], capture_output=True, text=True,
                            timeout=60, check=True)
    assert result.stdout.strip().splitlines()[-1] == "[]", result.stderr
