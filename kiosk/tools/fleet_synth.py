"""A synthetic fleet of kiosk usage exports (seeded), for the fleet benchmark and for trying
`kiosk fleet import-usage` and `kiosk fleet report` at scale.

    python -m kiosk.tools.fleet_synth OUTDIR [--kiosks 40] [--days 365] [--seed 1]

Each kiosk has its own busyness, opening hours and mix of languages; every hour it is open
gets sessions, language choices, session lengths, screen and topic views, the odd leaflet and
printer fault. Counts below 5 are left out, as the kiosk's export does. Like a real kiosk,
each export holds everything of the last `window` days, so exports overlap (one every
`every` days per kiosk, `window` > `every`). The figures are made up: never report them.
"""
from __future__ import annotations

import argparse
import csv
import random
from datetime import date, datetime, timedelta
from pathlib import Path

from kiosk.stats.events import SESSION_BUCKETS
from kiosk.stats.export import COLUMNS

LANGUAGES = ("ka", "en", "ru", "uk", "hy", "az", "tr", "ar", "fa")
NEEDS = ("need-go-home", "need-medical", "need-exploited", "need-work-abroad", "need-office")
PROGRAMMES = ("migrant-protection", "migrant-health", "labour-migration", "counter-trafficking",
              "border-management", "immigration-border", "emergency-response", "policy-research")
SCREENS = ("home", "topic", "offices", "office", "search", "emergency")
FAULTS = ("out-of-paper", "paper-jam", "printer-offline", "job-failed")  # kiosk.printing.faults
MIN_COUNT = 5


def _kiosk_profile(rng: random.Random, index: int) -> dict:
    weights = [rng.random() ** 3 for _ in LANGUAGES]
    weights[0] += 1.0  # Georgian everywhere
    weights[rng.randrange(1, len(LANGUAGES))] += rng.uniform(0.5, 2.0)  # a local favourite
    total = sum(weights)
    return {"busy": rng.uniform(4, 30), "open": rng.randint(6, 9), "close": rng.randint(17, 23),
            "languages": [w / total for w in weights],
            "fault_rate": rng.choice((0.002, 0.01, 0.05)),
            "dead_after": rng.randint(200, 330) if index % 13 == 7 else None}


def _split(rng: random.Random, n: int, weights: list[float]) -> list[int]:
    """n events spread over weighted choices (fast, approximate multinomial)."""
    return [int(n * w + rng.random()) for w in weights]


def hourly_rows(kiosk_id: str, profile: dict, day: date, rng: random.Random):
    """(kiosk_id, hour, event, key, language, count) rows of one day, small counts left out."""
    weekday_factor = 0.7 if day.weekday() >= 5 else 1.0
    for hour in range(profile["open"], profile["close"]):
        stamp = f"{day.isoformat()}T{hour:02d}"
        sessions = int(rng.gauss(profile["busy"] * weekday_factor, profile["busy"] / 4))
        if sessions < MIN_COUNT:
            continue
        rows = []
        for lang, n in zip(LANGUAGES, _split(rng, sessions, profile["languages"])):
            rows.append(("language_choice", "", lang, n))
        bucket_w = (0.35, 0.35, 0.22, 0.08)
        for (_, name), n in zip(SESSION_BUCKETS, _split(rng, sessions, list(bucket_w))):
            rows.append(("session_length", name, "", n))
        rows.append(("screen_view", "home", "", int(sessions * 1.6)))
        rows.append(("screen_view", SCREENS[rng.randrange(1, len(SCREENS))], "",
                     int(sessions * rng.uniform(0.3, 0.9))))
        main_lang = LANGUAGES[max(range(len(LANGUAGES)), key=lambda i: profile["languages"][i])]
        for topic in rng.sample(NEEDS, 2) + rng.sample(PROGRAMMES, 1):
            rows.append(("topic_view", topic, main_lang, int(sessions * rng.uniform(0.2, 0.6))))
        rows.append(("search", "", "", int(sessions * rng.uniform(0, 0.5))))
        if rng.random() < 0.25:
            rows.append(("leaflet_printed", "topic:" + rng.choice(NEEDS), main_lang,
                         rng.randint(5, 9)))
        if rng.random() < profile["fault_rate"]:
            rows.append(("printer_event", rng.choice(FAULTS), "", rng.randint(5, 8)))
        for event, key, lang, n in rows:
            if n >= MIN_COUNT:
                yield (kiosk_id, stamp, event, key, lang, n)


def generate(out: Path, kiosks: int = 40, days: int = 365, seed: int = 1,
             start: date = date(2025, 12, 1), every: int = 30, window: int = 45) -> list[Path]:
    """Write the exports; returns their paths."""
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    rng = random.Random(seed)
    written = []
    for index in range(kiosks):
        kiosk_id = f"kiosk-{index + 1:02d}"
        profile = _kiosk_profile(rng, index)
        by_day: dict[date, list] = {}
        for offset in range(days):
            if profile["dead_after"] is not None and offset >= profile["dead_after"]:
                break
            day = start + timedelta(days=offset)
            by_day[day] = list(hourly_rows(kiosk_id, profile, day, rng))
        for export_day in range(every, days + every, every):
            end = start + timedelta(days=min(export_day, days))
            first = end - timedelta(days=window)
            rows = [row for day, day_rows in by_day.items() if first <= day < end for row in day_rows]
            if not rows:
                continue
            stamp = datetime(end.year, end.month, end.day, 9).strftime("%Y%m%dT%H%M%SZ")
            path = out / kiosk_id / f"iom-kiosk-usage-{kiosk_id}-{stamp}.csv"
            path.parent.mkdir(exist_ok=True)
            with open(path, "w", encoding="utf-8", newline="") as stream:
                writer = csv.writer(stream, lineterminator="\n")
                writer.writerow(COLUMNS)
                writer.writerows(rows)
            written.append(path)
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("outdir")
    parser.add_argument("--kiosks", type=int, default=40)
    parser.add_argument("--days", type=int, default=365)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args(argv)
    files = generate(Path(args.outdir), args.kiosks, args.days, args.seed)
    print(f"{len(files)} files in {args.outdir}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
