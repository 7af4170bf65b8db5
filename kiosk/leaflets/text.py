"""Text in any kiosk script laid out for ReportLab: bidi levels, HarfBuzz shaping, wrapping.

ReportLab alone lays Arabic words out left to right. Here each line is split into runs by
Unicode bidi level (python-bidi), the runs are put in visual order (rule L2), Arabic-script
runs are shaped by HarfBuzz through ReportLab (letters joined, glyphs already in visual
order), other right-to-left runs (punctuation between Arabic words) are reversed and
mirrored, and digits and Latin stay as they are, so phone numbers read correctly.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from bidi import algorithm as _bidi
from bidi.mirror import MIRRORED
from reportlab.lib.abag import ABag
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfbase.ttfonts import ShapedStr, shapeFragWord
from reportlab.platypus.flowables import Flowable

# Required Arabic features come from HarfBuzz itself; no discretionary ligatures, whose
# glyphs have no Unicode value and would not come back as text from the PDF.
_FEATURES = {"kern": True, "liga": True}
_WORD_GAP = re.compile(r"[ \t\r\n]+")  # not the no-break space: it holds phone numbers together
_EMBEDDING_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e")
LTR_EMBEDDING, POP_DIRECTION = "\u202a", "\u202c"
_RTL_TYPES = frozenset(("R", "AL", "AN"))
_ARABIC_RANGES = ((0x0600, 0x06FF), (0x0750, 0x077F), (0x08A0, 0x08FF), (0xFB50, 0xFDFF),
                  (0xFE70, 0xFEFF))


def is_arabic(char: str) -> bool:
    code = ord(char)
    return any(low <= code <= high for low, high in _ARABIC_RANGES)


def has_right_to_left(text: str) -> bool:
    return any(unicodedata.bidirectional(c) in _RTL_TYPES for c in text)


@dataclass(frozen=True)
class TextStyle:
    font: str
    size: float
    leading: float
    color: object  # a ReportLab colour
    align: str = "start"  # start | end | center (start is the right edge in RTL text)


@dataclass(frozen=True)
class Run:
    text: str  # a plain str or a ReportLab ShapedStr, in visual order
    width: float


@dataclass(frozen=True)
class Line:
    runs: tuple[Run, ...]
    width: float


def bidi_levels(text: str, rtl: bool) -> list[int]:
    """The resolved bidi level of every character (rules up to I2) for a paragraph direction."""
    storage = _bidi.get_empty_storage()
    base = 1 if rtl else 0
    storage["base_level"] = base
    storage["base_dir"] = "R" if rtl else "L"
    _bidi.get_embedding_levels(text, storage)
    chars = list(storage["chars"])
    _bidi.explicit_embed_and_overrides(storage, False)
    _bidi.resolve_weak_types(storage, False)
    _bidi.resolve_neutral_types(storage, False)
    _bidi.resolve_implicit_levels(storage, False)
    kept = {id(ch) for ch in storage["chars"]}
    levels, previous = [], base
    for ch in chars:
        # Characters rule X9 sets aside (the zero-width non-joiner) stay with their neighbour.
        previous = ch["level"] if id(ch) in kept else previous
        levels.append(previous)
    return levels


def _shape(text: str, font: str, size: float) -> Run:
    word = shapeFragWord([stringWidth(text, font, size), (ABag(fontName=font, fontSize=size), text)],
                         features=_FEATURES, force=True)
    shaped = word[1][1]
    if isinstance(shaped, ShapedStr):
        width = sum(d.x_advance for d in shaped.__shapeData__) * size / 1000
    else:
        width = stringWidth(shaped, font, size)
    return Run(shaped, width)


@lru_cache(maxsize=8192)
def word_width(word: str, font: str, size: float) -> float:
    """Width of one word, shaped when it is Arabic script (cached: measuring is most of the
    work of wrapping, and leaflets repeat their words)."""
    word = "".join(c for c in word if c not in _EMBEDDING_CONTROLS)
    if any(is_arabic(c) for c in word):
        return _shape(word, font, size).width
    return stringWidth(word, font, size)


def visual_runs(text: str, font: str, size: float, rtl: bool) -> list[Run]:
    """One line's runs, left to right as they are to be drawn."""
    if not rtl and not has_right_to_left(text):
        text = "".join(c for c in text if c not in _EMBEDDING_CONTROLS)
        return [Run(text, stringWidth(text, font, size))]
    levels = bidi_levels(text, rtl)
    order = list(range(len(text)))
    lowest_odd = min((lv for lv in levels if lv % 2), default=None)
    if lowest_odd is not None:
        for level in range(max(levels), lowest_odd - 1, -1):  # rule L2
            i = 0
            while i < len(order):
                if levels[order[i]] >= level:
                    j = i
                    while j < len(order) and levels[order[j]] >= level:
                        j += 1
                    order[i:j] = reversed(order[i:j])
                    i = j
                else:
                    i += 1
    # Explicit embeddings (LRE...PDF around a phone number) steer the levels but print nothing.
    order = [k for k in order if text[k] not in _EMBEDDING_CONTROLS]
    runs: list[Run] = []
    i = 0
    while i < len(order):
        level = levels[order[i]]
        j = i
        while j < len(order) and levels[order[j]] == level:
            j += 1
        chars = [text[k] for k in order[i:j]]  # visual order
        if level % 2:
            logical = "".join(reversed(chars))
            if any(is_arabic(c) for c in logical):
                runs.append(_shape(logical, font, size))
            else:
                mirrored = "".join(MIRRORED.get(c, c) for c in chars)
                runs.append(Run(mirrored, stringWidth(mirrored, font, size)))
        else:
            plain = "".join(chars)
            runs.append(Run(plain, stringWidth(plain, font, size)))
        i = j
    return runs


def _break_long_word(word: str, font: str, size: float, width: float) -> list[str]:
    if any(is_arabic(c) for c in word):
        return [word]  # never cut inside joined letters
    pieces, current = [], ""
    for char in word:
        if current and stringWidth(current + char, font, size) > width:
            pieces.append(current)
            current = ""
        current += char
    return pieces + [current] if current else pieces


def wrap_lines(text: str, font: str, size: float, width: float, rtl: bool) -> list[Line]:
    """Greedy wrapping on measured (shaped) word widths, then bidi per line. `rtl` is the
    page's direction; the paragraph's own comes from `paragraph_rtl`."""
    rtl = paragraph_rtl(text, rtl)
    space = stringWidth(" ", font, size)
    lines: list[list[str]] = []
    current: list[str] = []
    used = 0.0
    for word in filter(None, _WORD_GAP.split(text.strip())):
        w = word_width(word, font, size)
        pieces = [word] if w <= width else _break_long_word(word, font, size, width)
        for piece in pieces:
            pw = w if len(pieces) == 1 else word_width(piece, font, size)
            if current and used + space + pw > width:
                lines.append(current)
                current, used = [], 0.0
            used += (space if current else 0) + pw
            current.append(piece)
    if current:
        lines.append(current)
    return [make_line(" ".join(words), font, size, rtl) for words in lines]


def paragraph_rtl(text: str, page_rtl: bool) -> bool:
    """The paragraph's base direction: the page's, unless the text has no letter of that
    direction (an English fallback text on an Arabic leaflet, or the reverse), so that its
    punctuation stays where its own script puts it."""
    types = {unicodedata.bidirectional(c) for c in text}
    if page_rtl:
        return bool(types & {"R", "AL"})
    return bool(types & {"R", "AL"}) and "L" not in types


def make_line(text: str, font: str, size: float, rtl: bool) -> Line:
    runs = visual_runs(text, font, size, rtl)
    return Line(tuple(runs), sum(r.width for r in runs))


def line_x(left: float, width: float, line_width: float, align: str, rtl: bool) -> float:
    if align == "center":
        return left + (width - line_width) / 2
    to_right = (align == "start") == rtl
    return left + width - line_width if to_right else left


def draw_line(canv, line: Line, x: float, y: float, style: TextStyle) -> None:
    canv.setFont(style.font, style.size)
    canv.setFillColor(style.color)
    for run in line.runs:
        canv.drawString(x, y, run.text)
        x += run.width


def draw_text_line(canv, text: str, left: float, width: float, y: float, style: TextStyle,
                   rtl: bool) -> float:
    """One line (no wrapping) aligned within [left, left+width]; returns its width."""
    line = make_line(text, style.font, style.size, paragraph_rtl(text, rtl))
    draw_line(canv, line, line_x(left, width, line.width, style.align, rtl), y, style)
    return line.width


class TextBlock(Flowable):
    """A wrapped paragraph (optionally a bullet item) in either writing direction."""

    BULLET = "•"

    def __init__(self, text: str, style: TextStyle, rtl: bool, *, bullet: bool = False,
                 space_before: float = 0, space_after: float = 0, keep_with_next: bool = False,
                 _lines: list[Line] | None = None, _laid_for: float | None = None,
                 _indent: float | None = None):
        super().__init__()
        self.text, self.style, self.rtl, self.bullet = text, style, rtl, bullet
        self.space_before, self.space_after = space_before, space_after
        self.keepWithNext = keep_with_next
        self._lines, self._laid_for = _lines, _laid_for
        self._indent = _indent  # a continued bullet item keeps its item's indent

    @property
    def indent(self) -> float:
        if self._indent is not None:
            return self._indent
        return self.style.size * 1.2 if self.bullet else 0.0

    def lines_for(self, width: float) -> list[Line]:
        inner = width - self.indent
        if self._lines is None or self._laid_for != inner:
            self._lines = wrap_lines(self.text, self.style.font, self.style.size, inner, self.rtl)
            self._laid_for = inner
        return self._lines

    def wrap(self, available_width, available_height):
        self.width = available_width
        lines = self.lines_for(available_width)
        self.height = self.space_before + len(lines) * self.style.leading + self.space_after
        return self.width, self.height

    def split(self, available_width, available_height):
        lines = self.lines_for(available_width)
        fit = int((available_height - self.space_before) // self.style.leading)
        if fit <= 0:
            return []
        if fit >= len(lines):
            return [self]
        common = dict(_laid_for=self._laid_for, _indent=self.indent)
        first = TextBlock(self.text, self.style, self.rtl, bullet=self.bullet,
                          space_before=self.space_before, _lines=lines[:fit], **common)
        rest = TextBlock(self.text, self.style, self.rtl, bullet=False,
                         space_after=self.space_after, _lines=lines[fit:], **common)
        return [first, rest]

    def draw(self):
        style, canv = self.style, self.canv
        indent = self.indent
        left = 0.0 if self.rtl else indent
        inner = self.width - indent
        top = self.height - self.space_before
        for i, line in enumerate(self._lines or []):
            baseline = top - i * style.leading - (style.leading + style.size * 0.7) / 2
            draw_line(canv, line, line_x(left, inner, line.width, style.align, self.rtl),
                      baseline, style)
            if i == 0 and self.bullet:
                bullet_w = stringWidth(self.BULLET, style.font, style.size)
                bx = self.width - bullet_w - style.size * 0.2 if self.rtl else style.size * 0.2
                canv.drawString(bx, baseline, self.BULLET)
