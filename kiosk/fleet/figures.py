"""The figures behind the report and the fleet window: sums over a period, read from the store.

Every sum leaves out stored hourly counts below the kiosks' threshold (`stats_min_count`), as
the kiosks do when they export: a store fed by a kiosk with a lower threshold still shows no
small count. Plain data out (no ReportLab, no Qt), so the PDF and the window draw the same.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, timedelta

from sqlalchemy import Engine, func, select

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
    left_out: int = 0  # stored hourly counts below min_count in the period, not shown
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
        return list(connection.scalars(select(U.kiosk_id).distinct().order_by(U.kiosk_id)))


def _where(event: str, period: Period, kiosks: list[str] | None, min_count: int):
    clauses = [U.event == event, U.hour_utc >= period.first_hour, U.hour_utc <= period.last_hour,
               U.count >= min_count]
    if kiosks is not None:
        clauses.append(U.kiosk_id.in_(kiosks))
    return clauses


def _nested(rows) -> dict[str, dict]:
    out: dict[str, dict] = defaultdict(dict)
    for outer, inner, n in rows:
        out[outer][inner] = out[outer].get(inner, 0) + int(n)
    return {k: out[k] for k in sorted(out)}


def collect_figures(engine: Engine, period: Period, kiosks: list[str] | None = None,
                    min_count: int = 5, stale_days: int = 30) -> FleetFigures:
    """Every figure of the report for the period and kiosks (None: every kiosk)."""
    total = func.sum(U.count)
    asked = sorted(set(kiosks)) if kiosks else None
    with engine.connect() as connection:
        def rows(event, *columns):
            return connection.execute(
                select(*columns, total).where(*_where(event, period, asked, min_count))
                .group_by(*columns)).all()

        everyone = asked if asked is not None else known_kiosks(engine)
        figures = FleetFigures(period, everyone, min_count, weeks=period.weeks(),
                               stale_days=stale_days)
        day = func.substr(U.hour_utc, 1, 10)
        by_week: dict[str, dict[date, int]] = defaultdict(lambda: defaultdict(int))
        for kiosk, day_text, n in rows(events.SESSION_LENGTH, U.kiosk_id, day):
            d = date.fromisoformat(day_text)
            by_week[kiosk][d - timedelta(days=d.weekday())] += int(n)
        figures.sessions = {k: dict(by_week[k]) for k in sorted(by_week)}
        figures.languages = _nested(rows(events.LANGUAGE_CHOICE, U.kiosk_id, U.language))
        figures.topics = sorted(((k, int(n)) for k, n in rows(events.TOPIC_VIEW, U.key)),
                                key=lambda kn: (-kn[1], kn[0]))
        figures.leaflets = _nested(rows(events.LEAFLET_PRINTED, U.key, U.language))
        figures.faults = _nested(rows(events.PRINTER_EVENT, U.kiosk_id, U.key))
        lengths = dict(rows(events.SESSION_LENGTH, U.key))
        order = [name for _, name in SESSION_BUCKETS]
        figures.session_lengths = {b: int(lengths[b]) for b in order if b in lengths}
        figures.session_lengths.update(  # a bucket this version does not know, after the rest
            {b: int(n) for b, n in sorted(lengths.items()) if b not in order})
        left_out = [U.hour_utc >= period.first_hour, U.hour_utc <= period.last_hour,
                    U.count < min_count]
        if asked is not None:
            left_out.append(U.kiosk_id.in_(asked))
        figures.left_out = connection.scalar(select(func.count()).select_from(U).where(*left_out))
        figures.silent = _silent(connection, everyone, period, stale_days)
    return figures


def _silent(connection, kiosks: list[str], period: Period, stale_days: int) -> list[Silent]:
    """Kiosks whose newest figure (up to the period's end) is more than `stale_days` old."""
    last = dict(connection.execute(
        select(U.kiosk_id, func.max(U.hour_utc)).where(U.hour_utc <= period.last_hour)
        .group_by(U.kiosk_id)).all())
    out = []
    for kiosk in kiosks:
        hour = last.get(kiosk)
        if hour is None:
            out.append(Silent(kiosk, None, None))
            continue
        day = date.fromisoformat(hour[:10])
        days = (period.end - day).days
        if days > stale_days:
            out.append(Silent(kiosk, day, days))
    return sorted(out, key=lambda s: (s.days is not None, -(s.days or 0), s.kiosk_id))
