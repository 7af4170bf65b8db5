"""Write TOML (Python has a reader, not a writer): tables, arrays of tables, every value type.

Multi-line strings are written as triple-quoted basic strings, so long bodies stay readable
in the exported pack. `tomllib.loads(dumps(data)) == data` for any data TOML can hold.
"""
from __future__ import annotations

import datetime as dt
import math
import re

_BARE_KEY = re.compile(r"^[A-Za-z0-9_-]+$")
_ESCAPES = {"\\": "\\\\", '"': '\\"', "\b": "\\b", "\t": "\\t", "\n": "\\n", "\f": "\\f",
            "\r": "\\r"}


def _key(key: str) -> str:
    return key if _BARE_KEY.fullmatch(key) else _basic(key)  # ($ would let a final "\n" pass)


def _escape(char: str) -> str:
    if char in _ESCAPES:
        return _ESCAPES[char]
    if ord(char) < 0x20 or ord(char) == 0x7F:
        return f"\\u{ord(char):04x}"
    return char


def _basic(text: str) -> str:
    return '"' + "".join(_escape(c) for c in text) + '"'


def _multiline(text: str) -> str:
    # Newlines stay literal; everything else that needs it is escaped (including every '"',
    # so no run of three quotes can end the string early). The newline right after the
    # opening quotes is dropped by TOML readers, so the value is exactly `text`.
    body = "".join("\n" if c == "\n" else _escape(c) for c in text)
    return '"""\n' + body + '"""'


def _string(text: str) -> str:
    return _multiline(text) if "\n" in text else _basic(text)


def _is_table(value) -> bool:
    return isinstance(value, dict)


def _is_table_array(value) -> bool:
    return isinstance(value, list) and bool(value) and all(isinstance(v, dict) for v in value)


def _value(value) -> str:
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
    if isinstance(value, (dt.datetime, dt.date, dt.time)):
        return value.isoformat()
    if isinstance(value, (list, tuple)):
        return "[" + ", ".join(_inline(v) for v in value) + "]"
    if isinstance(value, dict):
        return _inline(value)
    raise TypeError(f"TOML cannot hold a {type(value).__name__}")


def _inline(value) -> str:
    if isinstance(value, dict):
        return "{" + ", ".join(f"{_key(str(k))} = {_inline(v)}" for k, v in value.items()) + "}"
    if isinstance(value, str):
        return _basic(value)  # inline tables and arrays must stay on one line
    return _value(value)


def _emit(lines: list[str], table: dict, path: tuple[str, ...]) -> None:
    for key, value in table.items():
        if not _is_table(value) and not _is_table_array(value):
            lines.append(f"{_key(str(key))} = {_value(value)}")
    for key, value in table.items():
        sub_path = (*path, str(key))
        header = ".".join(_key(part) for part in sub_path)
        if _is_table(value):
            only_tables = value and all(_is_table(v) or _is_table_array(v) for v in value.values())
            if not only_tables:  # [a] before [a.b] is implied; an empty table needs its header
                if lines:
                    lines.append("")
                lines.append(f"[{header}]")
            _emit(lines, value, sub_path)
        elif _is_table_array(value):
            for element in value:
                if lines:
                    lines.append("")
                lines.append(f"[[{header}]]")
                _emit(lines, element, sub_path)


def dumps(data: dict, header: str = "") -> str:
    """`data` as a TOML document, after `header` comment lines (each gets a '# ')."""
    lines = [f"# {line}".rstrip() for line in header.splitlines()]
    if lines:
        lines.append("")
    _emit(lines, data, ())
    return "\n".join(lines) + "\n"
