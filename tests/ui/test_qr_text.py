"""The failed-print QR code holds as much of the page as fits, in order, cut only at a word."""
from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

import pytest

from kiosk.ui.widgets.qr_code import CAPACITY_BYTES, MAX_VERSION, _code, fit_lines

SCRIPTS = st.sampled_from(["abcdefghij", "აბგდევზთიკ", "абвгдежзий", "աբգդեզէըթժ", "ابتثجحخدذر",
                           "0123456789"])
WORD = SCRIPTS.flatmap(lambda letters: st.text(letters, min_size=1, max_size=14))
LINE = st.lists(WORD, min_size=1, max_size=40).map(" ".join)


@settings(max_examples=40, deadline=None)
@given(lines=st.lists(LINE, min_size=1, max_size=12))
def test_as_much_as_fits_in_order_cut_at_a_word(lines):
    text = fit_lines(lines)
    assert _code(text).version <= MAX_VERSION if text else True
    kept = text.split("\n") if text else []
    for index, line in enumerate(kept):
        if line == lines[index]:
            continue
        assert index == len(kept) - 1 and line.endswith("…")  # only the last is cut
        assert (lines[index] + " ").startswith(line[:-1] + " ")  # at a word boundary
    if len(kept) < len(lines) and kept and not kept[-1].endswith("…"):
        # the next line did not fit even by one word
        assert _code("\n".join(kept + [lines[len(kept)].split()[0] + "…"])).version > MAX_VERSION


def test_the_capacity_is_segnos():
    import segno

    def make(n):
        return segno.make("a" * n, error="m", micro=False, encoding="utf-8", eci=True,
                          mode="byte", version=MAX_VERSION)

    make(CAPACITY_BYTES)
    with pytest.raises(ValueError):
        make(CAPACITY_BYTES + 1)
