"""What the report shows, as plain data: sections, each with its charts and the table of the
same figures (the PDF draws both from here, so a chart cannot disagree with its table)."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import timedelta

from kiosk.fleet.figures import NEED_PREFIX, FleetFigures
from kiosk.languages import KNOWN_LANGUAGES

KIOSKS_PER_LINE_CHART = 8  # more lines than this cannot be told apart
BARS_PER_CHART = 20


@dataclass(frozen=True)
class ChartSpec:
    kind: str  # line | stacked | bars | hbars
    categories: list[str]  # labels along the category axis (display text)
    series: list[str]  # legend names; one row of `values` each
    values: list[list[int]]  # values[series][category]
    axis_label: str = ""


@dataclass(frozen=True)
class TableSpec:
    header: list[str]
    rows: list[list[str]]
    numeric_from: int = 1  # columns from this index hold numbers (aligned to the end)


@dataclass
class Section:
    title: str
    blocks: list = field(default_factory=list)  # ChartSpec / TableSpec, in order
    note: str = ""  # shown instead when there are no figures
    footnote: str = ""  # shown after the blocks


def _chunks(items: list, size: int) -> list[list]:
    return [items[i:i + size] for i in range(0, len(items), size)] or [[]]


def _language_series(tables: dict[str, dict[str, int]]) -> list[str]:
    used = {lang for inner in tables.values() for lang in inner}
    known = [code for code in KNOWN_LANGUAGES if code in used]
    return known + sorted(used - set(known))


def _language_name(code: str) -> str:
    lang = KNOWN_LANGUAGES.get(code)
    return f"{code} {lang.native_name}" if lang else (code or "–")


def _matrix_section(title: str, nested: dict[str, dict[str, int]], columns: list[str],
                    column_names: list[str], first_header: str, total: str, w: dict,
                    labels: dict[str, str] | None = None, header: list[str] | None = None) -> Section:
    """Stacked bars (rows as categories, columns as series) + the table rows x columns."""
    section = Section(title)
    if not nested:
        section.note = w["no_section_data"]
        return section
    labels = labels or {}
    for part in _chunks(list(nested), BARS_PER_CHART):
        section.blocks.append(ChartSpec(
            "stacked", [labels.get(r, r) for r in part], column_names,
            [[nested[r].get(c, 0) for r in part] for c in columns]))
        section.blocks.append(TableSpec(
            [first_header, *(header or columns), total],
            [[labels.get(r, r), *(str(nested[r].get(c, 0)) for c in columns),
              str(sum(nested[r].values()))] for r in part]))
    return section


def build_sections(figures: FleetFigures, w: dict[str, str],
                   titles: dict[str, str] | None = None) -> list[Section]:
    """Every section of the report, in order. `titles`: topic id -> title in the report's
    language (from the content pack), else the id is shown."""
    titles = titles or {}
    sections = []

    sessions = Section(w["sessions_title"])
    if figures.sessions:
        weeks = figures.weeks
        period = figures.period
        # A week cut by the period's start or end holds fewer days: marked, and said why.
        names = [week.isoformat() + (" *" if week < period.start or
                                     week + timedelta(days=6) > period.end else "")
                 for week in weeks]
        if any(name.endswith("*") for name in names):
            sessions.footnote = w["part_week"]
        kiosks = list(figures.sessions)
        for part in _chunks(kiosks, KIOSKS_PER_LINE_CHART):
            values = [[figures.sessions[k].get(week, 0) for week in weeks] for k in part]
            sessions.blocks.append(ChartSpec("line", names, part, values, w["sessions_axis"]))
            sessions.blocks.append(TableSpec(
                [w["week"], *part],
                [[names[i], *(str(v[i]) for v in values)] for i in range(len(weeks))]))
    else:
        sessions.note = w["no_section_data"]
    sections.append(sessions)

    langs = _language_series(figures.languages)
    sections.append(_matrix_section(w["languages_title"], figures.languages, langs,
                                    [_language_name(c) for c in langs], w["kiosk"], w["total"], w))

    topics = Section(w["topics_title"])
    if figures.topics:
        ranked = figures.topics
        for start in range(0, len(ranked), BARS_PER_CHART):
            part = ranked[start:start + BARS_PER_CHART]
            names = [titles.get(key, key) for key, _ in part]
            topics.blocks.append(ChartSpec("hbars", names, [w["opened"]], [[n for _, n in part]]))
            topics.blocks.append(TableSpec(
                [w["rank"], w["topic"], "id", w["kind"], w["opened"]],
                [[str(start + i + 1), names[i], key,  # the id, as in the kiosks' files
                  w["need"] if key.startswith(NEED_PREFIX) else w["programme"], str(n)]
                 for i, (key, n) in enumerate(part)], numeric_from=4))
    else:
        topics.note = w["no_section_data"]
    sections.append(topics)

    leaflet_langs = _language_series(figures.leaflets)
    leaflet_titles = {key: _leaflet_title(key, titles) for key in figures.leaflets}
    sections.append(_matrix_section(w["leaflets_title"], figures.leaflets, leaflet_langs,
                                    [_language_name(c) for c in leaflet_langs], w["leaflet"],
                                    w["total"], w, leaflet_titles))

    fault_kinds = sorted({f for inner in figures.faults.values() for f in inner})
    fault_names = [w.get(f"fault:{kind}", kind) for kind in fault_kinds]
    sections.append(_matrix_section(w["faults_title"], figures.faults, fault_kinds, fault_names,
                                    w["kiosk"], w["total"], w, header=fault_names))

    lengths = Section(w["lengths_title"])
    if figures.session_lengths:
        buckets = list(figures.session_lengths)
        names = [w.get(b, b) for b in buckets]
        counts = [figures.session_lengths[b] for b in buckets]
        lengths.blocks.append(ChartSpec("bars", names, [w["sessions"]], [counts]))
        lengths.blocks.append(TableSpec([w["length"], w["sessions"]],
                                        [[n, str(c)] for n, c in zip(names, counts)]))
    else:
        lengths.note = w["no_section_data"]
    sections.append(lengths)

    silent = Section(w["silent_title"].format(n=figures.stale_days))
    if figures.silent:
        silent.blocks.append(TableSpec(
            [w["kiosk"], w["last_figures"], w["days_silent"]],
            [[s.kiosk_id, s.last_day.isoformat() if s.last_day else w["never"],
              str(s.days) if s.days is not None else "–"] for s in figures.silent],
            numeric_from=2))
    else:
        silent.note = w["none_silent"].format(n=figures.stale_days)
    sections.append(silent)
    return sections


def _leaflet_title(key: str, titles: dict[str, str]) -> str:
    """A leaflet id is brief, topic:<id> or office:<id>; a topic's title where known."""
    kind, _, item = key.partition(":")
    return titles.get(item, key) if kind == "topic" else key
