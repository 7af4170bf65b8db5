"""Random TOML documents for property tests: a small TOML writer (the standard library only
reads TOML) and Hypothesis strategies for every TOML value type."""
from __future__ import annotations

import datetime
import math

from hypothesis import strategies as st

# Text without surrogates (UTF-8 cannot hold them), control characters included.
texts = st.text(st.characters(blacklist_categories=("Cs",)), max_size=30)
scalars = st.one_of(
    texts,
    st.integers(min_value=-(2**63), max_value=2**63 - 1),
    st.floats(allow_nan=True, allow_infinity=True),
    st.booleans(),
    st.dates(),
    st.times(),
    st.datetimes(),
    st.datetimes(timezones=st.just(datetime.timezone.utc)),
    st.sampled_from(["", "ka", "en", "intro", "offices", "2026.1.1", "health", "true", "1e12"]),
)
values = st.recursive(
    scalars,
    lambda inner: st.one_of(st.lists(inner, max_size=4),
                            st.dictionaries(texts, inner, max_size=4)),
    max_leaves=8,
)


def _string(text: str) -> str:
    out = []
    for char in text:
        if char in '"\\' or ord(char) < 0x20 or ord(char) == 0x7F:
            out.append(f"\\u{ord(char):04X}")
        else:
            out.append(char)
    return '"' + "".join(out) + '"'


def inline(value) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if math.isnan(value):
            return "nan"
        if math.isinf(value):
            return "inf" if value > 0 else "-inf"
        return repr(value)
    if isinstance(value, str):
        return _string(value)
    if isinstance(value, (datetime.date, datetime.time)):
        return value.isoformat()
    if isinstance(value, list):
        return "[" + ", ".join(inline(item) for item in value) + "]"
    if isinstance(value, dict):
        return "{" + ", ".join(f"{_string(k)} = {inline(v)}" for k, v in value.items()) + "}"
    raise TypeError(type(value))


def dumps(document: dict) -> str:
    """TOML text for `document`: [tables] for nested tables, inline values elsewhere."""
    lines: list[str] = []
    _table(lines, (), document)
    return "\n".join(lines) + "\n"


def _table(lines: list[str], path: tuple, table: dict) -> None:
    plain = {k: v for k, v in table.items() if not isinstance(v, dict)}
    tables = {k: v for k, v in table.items() if isinstance(v, dict)}
    if path and (plain or not tables):
        lines.append("[" + ".".join(_string(part) for part in path) + "]")
    for key, value in plain.items():
        lines.append(f"{_string(key)} = {inline(value)}")
    for key, value in tables.items():
        _table(lines, path + (key,), value)


def paths_in(document, prefix: tuple = ()) -> list[tuple]:
    """Every key path in a parsed document (list items by index)."""
    found = []
    items = document.items() if isinstance(document, dict) else enumerate(document)
    for key, value in items:
        found.append(prefix + (key,))
        if isinstance(value, (dict, list)):
            found.extend(paths_in(value, prefix + (key,)))
    return found


def replaced(document, path: tuple, value):
    """A copy of `document` with the value at `path` replaced (or added, for a new key)."""
    if not path:
        return value
    head, rest = path[0], path[1:]
    copy = dict(document) if isinstance(document, dict) else list(document)
    copy[head] = replaced(copy[head], rest, value) if rest else value
    return copy
