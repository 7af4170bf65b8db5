"""Printing costs the first screen nothing: QtPdf and segno load only when a preview is made."""
import subprocess
import sys

SCRIPT = """
import os, sys
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from kiosk.app import SlowParts, application, build_kiosk
from kiosk.settings import Settings
app = application()
kiosk = build_kiosk(app, Settings(fullscreen=False, screen_dpi=96),
                    SlowParts(leaflet_pdf=lambda *args: b""))
assert "preview" in kiosk.window.screens
heavy = [m for m in ("PySide6.QtPdf", "segno", "PySide6.QtPrintSupport", "reportlab")
         if m in sys.modules]
print(heavy)
"""


def test_a_window_with_printing_imports_no_pdf_or_qr_module():
    result = subprocess.run([sys.executable, "-c", SCRIPT], capture_output=True, text=True,
                            timeout=60, check=True)
    assert result.stdout.strip().splitlines()[-1] == "[]", result.stderr
