"""Letter rows of the on-screen keyboard for each kiosk language (plain data, no Qt).

Where one layout is what nearly everyone's keyboard or phone uses, the keys follow it, so
people who type find letters where their fingers expect them: Georgian (the standard
QWERTY-phonetic layout, its shifted letters placed right after their unshifted partner:
ქ წ ჭ ...), Russian and Ukrainian ЙЦУКЕН, Azerbaijani and Turkish Q, Arabic and Persian
standard, English QWERTY. Armenian has several competing layouts, so its keys are in
alphabetical order. Keys are lower case: search folds case, and Turkish i/İ/ı/I all find
each other (see kiosk.content.search).
"""
from __future__ import annotations

LATIN = "en"

LAYOUTS: dict[str, tuple[str, ...]] = {
    # 33 Mkhedruli letters.
    "ka": (
        "ქწჭერღტთყუიოპ",
        "ასშდფგჰჯჟკლ",
        "ზძხცჩვბნმ",
    ),
    "en": (
        "qwertyuiop",
        "asdfghjkl",
        "zxcvbnm",
    ),
    "ru": (
        "йцукенгшщзхъ",
        "фывапролджэ",
        "ячсмитьбюё",
    ),
    # Ukrainian: і ї є ґ and the apostrophe (мʼясо); search ignores apostrophes.
    "uk": (
        "йцукенгшщзхї",
        "фівапролджє",
        "ячсмитьбюґ'",
    ),
    # 38 letters and the ligature և, alphabetical.
    "hy": (
        "աբգդեզէըթժիլխ",
        "ծկհձղճմյնշոչպ",
        "ջռսվտրցւփքօֆև",
    ),
    # 32 letters; no w, ü sits where w is.
    "az": (
        "qüertyuiopöğ",
        "asdfghjklıə",
        "zxcvbnmçş",
    ),
    "tr": (
        "qwertyuıopğü",
        "asdfghjklşi",
        "zxcvbnmöç",
    ),
    # 28 letters with hamza, teh marbuta, alef maqsura and the hamza seats.
    "ar": (
        "ضصثقفغعهخحجد",
        "شسيبلاتنمكط",
        "ذئءؤرىةوزظ",
    ),
    # 32 letters, with پ چ ژ گ ک ی.
    "fa": (
        "ضصثقفغعهخحجچ",
        "شسیبلاتنمکگ",
        "ظطژزرذدپو",
    ),
}

# What the key that switches back from Latin to a language's own letters says.
SCRIPT_SAMPLES: dict[str, str] = {
    "ka": "აბგ",
    "ru": "АБВ",
    "uk": "АБВ",
    "hy": "ԱԲԳ",
    "az": "Əə",
    "tr": "Ğğ",
    "ar": "أبت",
    "fa": "الفبا",
    "en": "ABC",
}


# Over the letters in every language: an office number, a year, 112. Western digits, as on
# every page (kiosk.ui.locale_format.WESTERN_DIGITS); search folds Arabic-Indic ones to them.
DIGITS = "1234567890"


def rows_for(language: str) -> tuple[str, ...]:
    """The key rows for a language (digits, then its letters); Latin letters for a language
    without a layout of its own."""
    return (DIGITS, *LAYOUTS.get(language, LAYOUTS[LATIN]))
