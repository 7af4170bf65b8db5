"""The source diff the editor shows: every word of both texts is accounted for, in order."""
from __future__ import annotations

import html

from hypothesis import given
from hypothesis import strategies as st

from kiosk.studio.diff import diff_html, diff_ops

words = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=80)


@given(words, words)
def test_the_pieces_rebuild_both_texts(old, new):
    ops = diff_ops(old, new)
    assert "".join(t for op, t in ops if op != "insert") == old
    assert "".join(t for op, t in ops if op != "delete") == new


@given(words)
def test_an_unchanged_text_has_no_marks(text):
    assert all(op == "same" for op, _ in diff_ops(text, text))
    assert "<ins" not in diff_html(text, text) and "<del" not in diff_html(text, text)


def test_a_changed_word_is_struck_and_the_new_one_marked():
    shown = diff_html("Open Monday to Friday", "Open Monday to Saturday")
    assert "<del" in shown and ">Friday</del>" in shown
    assert ">Saturday</ins>" in shown
    assert shown.startswith("Open Monday to ")


@given(words, words)
def test_markup_in_a_text_is_shown_as_text(old, new):
    shown = diff_html(old + "<b>", new + "<b>")
    assert html.escape("<b>") in shown
    assert "<b>" not in shown
