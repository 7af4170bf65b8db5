"""`kiosk content check`: a readable report of a pack's errors, missing translations and empty fields."""
from __future__ import annotations

from collections import defaultdict

from kiosk.content.pack import EMPTY_FIELD, ERROR, MISSING_TRANSLATION, LoadedPack

SECTIONS = (
    (ERROR, "Errors (the pack cannot be used until these are fixed)"),
    (MISSING_TRANSLATION, "Missing translations"),
    (EMPTY_FIELD, "Empty contact fields (fill in before deployment; never guess)"),
)


def format_report(pack: LoadedPack) -> str:
    by_severity = defaultdict(list)
    for problem in pack.problems:
        by_severity[problem.severity].append(problem)
    lines = [f"Content pack {pack.folder} version {pack.version or '?'}"]
    if pack.languages:
        complete = pack.complete_languages()
        lines.append(
            "Languages: " + ", ".join(
                f"{code} ({'complete' if code in complete else 'incomplete'})" for code in pack.languages
            )
        )
    lines.append(
        f"Topics: {len(pack.topics)}, offices: {len(pack.offices)}, "
        f"emergency numbers: {len(pack.emergency)}"
    )
    if pack.leaflet is not None:
        lines.append("Leaflet words: " + (", ".join(pack.leaflet.texts) or "none"))
    for severity, heading in SECTIONS:
        problems = by_severity.get(severity, [])
        lines.append("")
        lines.append(f"{heading}: {len(problems)}")
        lines.extend(f"  {problem}" for problem in problems)
    lines.append("")
    lines.append("FAILED" if pack.errors else "OK")
    return "\n".join(lines)
