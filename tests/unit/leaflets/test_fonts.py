"""The bundled leaflet fonts: licensed, and covering every character the content can print."""
from __future__ import annotations

import dataclasses
import tomllib
import unicodedata

import pytest

from kiosk.content.records import LeafletLabels
from kiosk.languages import KNOWN_LANGUAGES
from kiosk.leaflets import collect_leaflet, render_leaflet
from kiosk.leaflets.fonts import LEAFLET_FONTS
from kiosk.paths import CONTENT_PACK
from kiosk.tools.rtl_sample import RTL_TEXTS
from tests.unit.leaflets.conftest import pdf_fonts, pdf_text

SAMPLES = {
    "Georgian": "ქართული ენა, 112-ზე: „სად არის ოფისი?“",
    "Cyrillic": "Экстренная помощь; Українська: ґ є ї і",
    "Armenian": "Հայերեն՝ ու և «Շտապ օգնություն»։",
    "Turkish and Azerbaijani": "ə Ə ğ Ğ ı İ ş Ş ç Ç ö Ö ü Ü",
    "Arabic": "العربية ١٢٣ ؟ ، ؛",
    "Persian": "پ چ ژ گ ک ی ۱۲۳ \u200c",
    "Punctuation": "0123456789 .,:;!?()[]«»“”„–—•·№₾%+-/",
}


def _cmaps():
    from fontTools.ttLib import TTFont

    return {path.name: TTFont(path).getBestCmap() for path in LEAFLET_FONTS.glob("*.ttf")}


def _printable(text: str) -> set[str]:
    return {c for c in text if not c.isspace() and unicodedata.category(c) != "Cc"}


def test_fonts_ship_with_their_licence():
    assert sorted(p.name for p in LEAFLET_FONTS.glob("*.ttf")) == [
        "KioskLeafletSans-Bold.ttf", "KioskLeafletSans-Regular.ttf"]
    licence = (LEAFLET_FONTS / "OFL.txt").read_text(encoding="utf-8")
    assert "SIL OPEN FONT LICENSE" in licence and "Noto" in licence
    assert sum(p.stat().st_size for p in LEAFLET_FONTS.glob("*.ttf")) < 1_000_000


@pytest.mark.parametrize("script", SAMPLES)
def test_fonts_cover_every_script_of_the_kiosk(script):
    for name, cmap in _cmaps().items():
        missing = [c for c in _printable(SAMPLES[script]) if ord(c) not in cmap]
        assert not missing, (name, script, missing)


def test_fonts_cover_every_character_of_the_content_pack():
    used = set()
    for path in CONTENT_PACK.rglob("*.toml"):
        used |= _printable(path.read_text(encoding="utf-8"))
    for lang in RTL_TEXTS.values():
        used |= _printable("".join(lang.values()))
    for name, cmap in _cmaps().items():
        missing = sorted(c for c in used if ord(c) not in cmap)
        assert not missing, (name, missing)


@pytest.mark.parametrize("language", sorted(KNOWN_LANGUAGES))
def test_leaflet_words_of_every_language_print_and_read_back(content_service, tmp_path, language):
    """All nine languages' leaflet words, printed in a leaflet (content texts stay English
    for the languages the pack does not have yet): embedded fonts, words read back."""
    table = tomllib.loads((CONTENT_PACK / "leaflet.toml").read_text(encoding="utf-8"))["text"]
    labels = LeafletLabels(**{k: table[language][k] for k in LeafletLabels.__dataclass_fields__})
    content = dataclasses.replace(
        collect_leaflet(content_service, "office:kutaisi", "en"), language=language,
        right_to_left=KNOWN_LANGUAGES[language].right_to_left, labels=labels)
    for paper in ("a4", "80mm"):
        pdf = render_leaflet(content, paper)
        assert all(row[-5:-2] == ["yes", "yes", "yes"] for row in pdf_fonts(pdf, tmp_path))
        text = " ".join(unicodedata.normalize("NFKC", pdf_text(pdf)).split())
        for word in (labels.offices, labels.printed, labels.emergency, labels.no_contact_details):
            first = word.split()[0]
            if KNOWN_LANGUAGES[language].right_to_left:
                first = first.strip("،:")
            assert first in text, (paper, word)
