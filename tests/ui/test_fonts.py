"""Every character the kiosk shows, in every language, has a glyph in a bundled UI font."""
from __future__ import annotations

import unicodedata
import xml.etree.ElementTree as ET

import pytest
from PySide6.QtGui import QFont, QFontDatabase, QRawFont

from kiosk.app import UI_FONT_FAMILIES, application
from kiosk.content.pack import load_pack
from kiosk.languages import KNOWN_LANGUAGES
from kiosk.paths import CONTENT_PACK, FONTS, I18N


def texts_by_language() -> dict[str, str]:
    """All visitor-facing text per language: the content pack, the UI catalogue, the name."""
    pack = load_pack(CONTENT_PACK)
    found = {code: [lang.native_name] for code, lang in KNOWN_LANGUAGES.items()}
    for item in pack.translatable():
        for code, text in item.texts.items():
            found[code].extend(text.fields.values())
    for ts in I18N.glob("kiosk_*.ts"):
        code = ts.stem.removeprefix("kiosk_")
        found.setdefault(code, []).extend(
            "".join(m.find("translation").itertext()) for m in ET.parse(ts).iter("message"))
    return {code: "".join(parts) for code, parts in found.items()}


def drawn(ch: str) -> bool:
    """Whitespace and format characters (ZWNJ, bidi marks) have no glyph of their own."""
    return not ch.isspace() and unicodedata.category(ch) not in ("Cf", "Cc")


@pytest.fixture(scope="module")
def ui_fonts(qapp):
    application()  # registers the bundled fonts
    registered = set()
    for font_file in FONTS.glob("*.ttf"):
        font_id = QFontDatabase.addApplicationFont(str(font_file))
        registered.update(QFontDatabase.applicationFontFamilies(font_id))
    return registered, [QRawFont.fromFont(QFont(family)) for family in UI_FONT_FAMILIES]


def test_every_ui_font_family_comes_from_the_bundle(ui_fonts):
    registered, _ = ui_fonts
    assert set(UI_FONT_FAMILIES) <= registered


@pytest.mark.parametrize("language", sorted(KNOWN_LANGUAGES))
def test_every_character_has_a_glyph_in_the_bundled_fonts(ui_fonts, language):
    _, raw_fonts = ui_fonts
    text = texts_by_language().get(language, "")
    missing = sorted({ch for ch in text if drawn(ch)
                      and not any(raw.supportsCharacter(ord(ch)) for raw in raw_fonts)})
    assert missing == [], [f"U+{ord(ch):04X} {unicodedata.name(ch, '?')}" for ch in missing]
