"""What changed in a source text, word by word, as HTML with insertions and deletions marked.

Pure Python (difflib), no Qt: the editor shows the result in a QTextBrowser.
"""
from __future__ import annotations

import difflib
import html
import re

# Words and the spaces between them are separate tokens, so a diff never splits a word and
# keeps line breaks where they were.
_TOKENS = re.compile(r"\s+|[^\s]+")

INSERTED_STYLE = "background:#c8f0c8; color:#0b4d0b; text-decoration:underline"
DELETED_STYLE = "background:#f8d0d0; color:#7a0f12; text-decoration:line-through"


def tokens(text: str) -> list[str]:
    return _TOKENS.findall(text)


def diff_ops(old: str, new: str) -> list[tuple[str, str]]:
    """(op, text) pieces, op one of "same", "insert", "delete", in reading order.

    Joining the "same" and "delete" pieces gives `old`; "same" and "insert" give `new`."""
    a, b = tokens(old), tokens(new)
    pieces: list[tuple[str, str]] = []
    matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            pieces.append(("same", "".join(a[i1:i2])))
            continue
        if tag in ("delete", "replace"):
            pieces.append(("delete", "".join(a[i1:i2])))
        if tag in ("insert", "replace"):
            pieces.append(("insert", "".join(b[j1:j2])))
    return [(op, text) for op, text in pieces if text]


def _html_text(text: str) -> str:
    return html.escape(text, quote=False).replace("\n", "<br>")


def diff_html(old: str, new: str) -> str:
    """The new text with what was inserted underlined in green and what was deleted struck
    through in red (colour and a text mark, so it reads without colour too)."""
    parts = []
    for op, text in diff_ops(old, new):
        if op == "same":
            parts.append(_html_text(text))
        elif op == "insert":
            parts.append(f"<ins style='{INSERTED_STYLE}'>{_html_text(text)}</ins>")
        else:
            parts.append(f"<del style='{DELETED_STYLE}'>{_html_text(text)}</del>")
    return "".join(parts)
