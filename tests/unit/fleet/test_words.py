"""The report's own words: every language has every word with the same placeholders, is not
a copy of the English, and says on the page that it is unreviewed."""
from __future__ import annotations

import string

import pytest

from kiosk.fleet.words import REVIEWED, WORDS, words_for
from kiosk.languages import KNOWN_LANGUAGES


def placeholders(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def test_the_report_speaks_every_kiosk_language():
    assert set(WORDS) == set(KNOWN_LANGUAGES)


@pytest.mark.parametrize("language", sorted(set(WORDS) - {"en"}))
def test_every_word_is_there_translated_and_marked_unreviewed(language):
    english, words = WORDS["en"], WORDS[language]
    assert set(words) == set(english)
    for key, text in english.items():
        assert placeholders(words[key]) == placeholders(text), key
        assert words[key].strip() or key == "unreviewed"
    same = [k for k in english if english[k] and words[k] == english[k]]
    assert len(same) <= 2, same  # "Kiosk" may be the same word; sentences never are
    assert not REVIEWED.get(language) and words["unreviewed"].strip()


def test_an_unknown_language_is_refused_naming_the_known_ones():
    with pytest.raises(KeyError, match="ka"):
        words_for("xx")
