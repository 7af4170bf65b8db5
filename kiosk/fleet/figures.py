"""The figures behind the report and the fleet window: sums over a period, read from the store.

Every sum leaves out stored hourly counts below the kiosks' threshold (`stats_min_count`), as
the kiosks do when they export: a store fed by a kiosk with a lower threshold still shows no
small count. Plain data out (no ReportLab, no Qt), so the PDF and the window draw the same.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, timedelta

from sqlalchemy import Engine, case, func, select

from kiosk.fleet.models import KioskDay
from kiosk.fleet.models import UsageCount as U
from kiosk.stats import events
from kiosk.stats.events import SESSION_BUCKETS

NEED_PREFIX = "need-"  # topic ids of the five needs; the others are programme topics


@dataclass(frozen=True)
class Period:
    start: date
    end: date  # inclusive

    def __post_init__(self):
        if self.end < self.start:
            raise ValueError(f"the period ends ({self.end}) before it starts ({self.start})")

    @property
    def first_hour(self) -> str:
        return f"{self.start.isoformat()}T00"

    @property
    def last_hour(self) -> str:
        return f"{self.end.isoformat()}T23"

    def weeks(self) -> list[date]:
        """The Mondays of the weeks the period touches."""
        monday = self.start - timedelta(days=self.start.weekday())
        out = []
        while monday <= self.end:
            out.append(monday)
            monday += timedelta(days=7)
        return out


@dataclass(frozen=True)
class Silent:
    kiosk_id: str
    last_day: date | None  # None: no figures at all up to the end of the period
    days: int | None


@dataclass
class FleetFigures:
    period: Period
    kiosks: list[str]  # the kiosks asked about (or every kiosk in the store), sorted
    min_count: int
    left_out: int = 0  # stored hourly counts below min_count the report would have shown
    weeks: list[date] = field(default_factory=list)
    sessions: dict[str, dict[date, int]] = field(default_factory=dict)  # kiosk -> week -> n
    languages: dict[str, dict[str, int]] = field(default_factory=dict)  # kiosk -> language -> n
    topics: list[tuple[str, int]] = field(default_factory=list)  # ranked, largest first
    leaflets: dict[str, dict[str, int]] = field(default_factory=dict)  # leaflet -> language -> n
    faults: dict[str, dict[str, int]] = field(default_factory=dict)  # kiosk -> fault -> n
    session_lengths: dict[str, int] = field(default_factory=dict)  # bucket -> n, bucket order
    silent: list[Silent] = field(default_factory=list)
    stale_days: int = 30

    @property
    def empty(self) -> bool:
        """No figure at all in the period (the report then says so instead of empty axes)."""
        return not any((self.sessions, self.languages, self.topics, self.leaflets, self.faults,
                        self.session_lengths))


def known_kiosks(engine: Engine) -> list[str]:
    with engine.connect() as connection:
        return list(connection.scalars(select(KioskDay.kiosk_id).distinct().order_by(KioskDay.kiosk_id)))


# What the report reads, per event: by kiosk and day (sessions), by kiosk (languages, faults),
# or for the whole fleet (topics, leaflets); every other column is folded to "".
_BY_DAY = (events.SESSION_LENGTH,)
_FLEET_WIDE = (events.TOPIC_VIEW, events.LEAFLET_PRINTED)
_READ = (events.SESSION_LENGTH, events.LANGUAGE_CHOICE, events.TOPIC_VIEW,
         events.LEAFLET_PRINTED, events.PRINTER_EVENT)


def _one_pass(connection, period: Period, kiosks: list[str] | None, min_count: int):
    """Every sum the report needs in one scan of the period (a scan per event costs five on a
    big store): rows of (event, kiosk, day, key, language, kept, left_out), where `kept` sums
    counts at or above the threshold and `left_out` counts those below it."""
    kiosk = case((U.event.in_(_FLEET_WIDE), ""), else_=U.kiosk_id)
    day = case((U.event.in_(_BY_DAY), func.substr(U.hour_utc, 1, 10)), else_="")
    kept = func.sum(case((U.count >= min_count, U.count), else_=0))
    left_out = func.sum(case((U.count < min_count, 1), else_=0))
    clauses = [U.event.in_(_READ), U.hour_utc >= period.first_hour, U.hour_utc <= period.last_hour]
    if kiosks is not None:
        clauses.append(U.kiosk_id.in_(kiosks))
    if connection.dialect.name == "postgresql":  # aggregate in memory, not in temp files
        connection.exec_driver_sql("SET LOCAL work_mem = '64MB'")
    columns = (U.event, kiosk, day, U.key, U.language)
    return connection.execute(select(*columns, kept, left_out).where(*clauses).group_by(*columns))


def _plain(nested) -> dict[str, dict[str, int]]:
    return {k: dict(sorted(nested[k].items())) for k in sorted(nested)}


def collect_figures(engine: Engine, period: Period, kiosks: list[str] | None = None,
                    min_count: int = 5, stale_days: int = 30) -> FleetFigures:
    """Every figure of the report for the period and kiosks (None: every kiosk)."""
    asked = sorted(set(kiosks)) if kiosks else None
    everyone = asked if asked is not None else known_kiosks(engine)
    figures = FleetFigures(period, everyone, min_count, weeks=period.weeks(), stale_days=stale_days)
    by_week: dict[str, dict[date, int]] = defaultdict(lambda: defaultdict(int))
    lengths: dict[str, int] = defaultdict(int)
    languages: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    topics: dict[str, int] = defaultdict(int)
    leaflets: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    faults: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    with engine.begin() as connection:
        for event, kiosk, day_text, key, language, kept, small in _one_pass(
                connection, period, asked, min_count):
            figures.left_out += int(small or 0)
            n = int(kept or 0)
            if not n:
                continue
            if event == events.SESSION_LENGTH:  # a session is counted once, by its length
                d = date.fromisoformat(day_text)
                by_week[kiosk][d - timedelta(days=d.weekday())] += n
                lengths[key] += n
            elif event == events.LANGUAGE_CHOICE:
                languages[kiosk][language] += n
            elif event == events.TOPIC_VIEW:
                topics[key] += n
            elif event == events.LEAFLET_PRINTED:
                leaflets[key][language] += n
            else:
                faults[kiosk][key] += n
        figures.silent = _silent(connection, everyone, period, stale_days)
    figures.sessions = {k: dict(by_week[k]) for k in sorted(by_week)}
    order = [name for _, name in SESSION_BUCKETS]
    figures.session_lengths = {b: lengths[b] for b in order if b in lengths}
    figures.session_lengths.update(  # a bucket this version does not know, after the rest
        {b: n for b, n in sorted(lengths.items()) if b not in order})
    figures.languages = _plain(languages)
    figures.topics = sorted(topics.items(), key=lambda kn: (-kn[1], kn[0]))
    figures.leaflets = _plain(leaflets)
    figures.faults = _plain(faults)
    return figures


def _silent(connection, kiosks: list[str], period: Period, stale_days: int) -> list[Silent]:
    """Kiosks whose newest figure (up to the period's end) is more than `stale_days` old."""
    last = dict(connection.execute(
        select(KioskDay.kiosk_id, func.max(KioskDay.day))
        .where(KioskDay.day <= period.end.isoformat()).group_by(KioskDay.kiosk_id)).all())
    out = []
    for kiosk in kiosks:
        day_text = last.get(kiosk)
        if day_text is None:
            out.append(Silent(kiosk, None, None))
            continue
        day = date.fromisoformat(day_text)
        days = (period.end - day).days
        if days > stale_days:
            out.append(Silent(kiosk, day, days))
    return sorted(out, key=lambda s: (s.days is not None, -(s.days or 0), s.kiosk_id))
