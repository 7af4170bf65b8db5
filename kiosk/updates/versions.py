"""Content versions such as "2026.11.25.1", compared as tuples of whole numbers."""
from __future__ import annotations

import re

_VERSION = re.compile(r"^\d{1,9}(\.\d{1,9}){0,7}$")


def parse_version(text: str) -> tuple[int, ...]:
    """The version as a tuple with trailing zeros dropped ("1.0" == "1"); ValueError if malformed."""
    if not isinstance(text, str) or not _VERSION.match(text.strip()):
        raise ValueError(f"not a version of dot-separated numbers: {text!r}")
    parts = [int(part) for part in text.strip().split(".")]
    while len(parts) > 1 and parts[-1] == 0:
        parts.pop()
    return tuple(parts)


def is_valid(text: str) -> bool:
    try:
        parse_version(text)
    except ValueError:
        return False
    return True


def newest(*versions: str | None) -> str | None:
    """The highest of the given valid versions (None and malformed ones are skipped)."""
    valid = [v for v in versions if v and is_valid(v)]
    return max(valid, key=parse_version) if valid else None
