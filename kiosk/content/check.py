"""`kiosk content check`: a readable report of a pack's errors, missing translations and empty fields."""
from __future__ import annotations

from collections import defaultdict

from kiosk.content.pack import EMPTY_FIELD, ERROR, MISSING_TRANSLATION, LoadedPack

SECTIONS = (
    (ERROR, "Errors (the pack cannot be used until these are fixed)"),
    (MISSING_TRANSLATION, "Missing translations"),
    (EMPTY_FIELD, "Empty contact fields (fill in before deployment; never guess)"),
)


def offered_but_incomplete(pack: LoadedPack, offered: tuple[str, ...]) -> list[str]:
    """Offered languages the pack does not cover fully: a half-translated menu entry is
    worse than none, so these fail the check."""
    coverage = pack.coverage()
    return [lang for lang in offered if lang not in coverage or not coverage[lang].complete]


def format_report(pack: LoadedPack, offered: tuple[str, ...] = ()) -> str:
    by_severity = defaultdict(list)
    for problem in pack.problems:
        by_severity[problem.severity].append(problem)
    lines = [f"Content pack {pack.folder} version {pack.version or '?'}"]
    if pack.languages:
        lines.append("Coverage per language (texts translated / reviewed by a native speaker):")
        for cov in pack.coverage().values():
            offered_mark = "  offered by the kiosk" if cov.language in offered else ""
            lines.append(
                f"  {cov.language}: {cov.translated}/{cov.total} ({cov.percent:.0f} %), "
                f"{cov.reviewed} reviewed{offered_mark}"
            )
    incomplete = offered_but_incomplete(pack, offered)
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
    if incomplete:
        lines.append("")
        lines.append("Offered languages below 100 % (translate them, or take them out of "
                     "offered_languages): " + ", ".join(incomplete))
    lines.append("")
    lines.append("FAILED" if pack.errors or incomplete else "OK")
    return "\n".join(lines)
