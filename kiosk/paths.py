"""Where the bundled resources live, found relative to the package (no Qt, no I/O)."""
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent
RESOURCES = PROJECT_ROOT / "resources"
CONTENT_PACK = RESOURCES / "content"
PICTOGRAMS = RESOURCES / "pictograms"
FONTS = RESOURCES / "fonts"
I18N = PROJECT_ROOT / "i18n"
