"""Line layout: bidi runs in visual order, shaping, wrapping, phone numbers in RTL text."""
from __future__ import annotations

import pytest
from reportlab.pdfbase.ttfonts import ShapedStr

from kiosk.leaflets.blocks import phone_text
from kiosk.leaflets.fonts import REGULAR, register_fonts
from kiosk.leaflets.text import bidi_levels, paragraph_rtl, visual_runs, wrap_lines


@pytest.fixture(autouse=True, scope="module")
def fonts():
    register_fonts()


def plain(runs):
    return [r.text if not isinstance(r.text, ShapedStr) else "<arabic>" for r in runs]


def test_left_to_right_text_is_one_run():
    runs = visual_runs("საქართველო 112", REGULAR, 10, False)
    assert plain(runs) == ["საქართველო 112"]


def test_arabic_words_run_right_to_left_with_numbers_left_to_right():
    runs = visual_runs("اتصل بالرقم 112 الآن", REGULAR, 10, True)
    # visual order, left to right: the last words first, the number as written
    assert plain(runs) == ["<arabic>", "112", "<arabic>"]
    assert all(r.width > 0 for r in runs)


def test_persian_keeps_the_zero_width_non_joiner_in_its_run():
    levels = bidi_levels("می\u200cخواهم", True)
    assert levels == [1] * 8


def test_phone_number_reads_left_to_right_with_its_plus_in_arabic_text():
    runs = visual_runs("الهاتف: " + phone_text("+995 32 200 00 00"), REGULAR, 10, True)
    texts = plain(runs)
    assert "+995\xa032\xa0200\xa000\xa000" in texts
    assert not any(c in "".join(t for t in texts) for c in "\u202a\u202c")
    assert phone_text("") == ""  # unknown stays empty, so no label is printed for it


def test_phone_number_is_never_split_across_lines():
    lines = wrap_lines("Call " + phone_text("+995 32 200 00 00") + " today", REGULAR, 10, 100,
                       False)
    assert len(lines) == 3
    assert plain(lines[1].runs) == ["+995\xa032\xa0200\xa000\xa000"]


def test_paragraph_direction_follows_letters_when_the_page_direction_has_none():
    assert paragraph_rtl("Emergency: police, ambulance, fire", True) is False
    assert paragraph_rtl("IOM در گرجستان", True) is True
    assert paragraph_rtl("الطوارئ", False) is True
    assert paragraph_rtl("IOM و العربية", False) is False


def test_wrapping_fits_the_width_and_keeps_every_word():
    text = "ეს არის გრძელი წინადადება, რომელიც რამდენიმე სტრიქონზე უნდა გადავიდეს."
    lines = wrap_lines(text, REGULAR, 10, 100, False)
    assert len(lines) > 1
    assert all(line.width <= 100 for line in lines)
    assert " ".join("".join(plain(line.runs)) for line in lines) == text
