"""`kiosk fleet import-usage`, `kiosk fleet report` and `kiosk fleet window`: one clear line
per file or fault for staff, tracebacks only in the log."""
from __future__ import annotations

import argparse
import logging
import sys
from datetime import date
from pathlib import Path

log = logging.getLogger(__name__)


def add_parsers(sub) -> None:
    fleet = sub.add_parser("fleet", help="usage figures of the whole fleet, at the office"
                           ).add_subparsers(dest="action", required=True)
    db_help = "SQLAlchemy URL of the fleet store (default: a SQLite file fleet.db in data_dir)"
    imp = fleet.add_parser("import-usage", help="merge kiosks' usage exports (CSV) into the store")
    imp.add_argument("paths", nargs="+", metavar="FILE|FOLDER")
    imp.add_argument("--db", help=db_help)
    rep = fleet.add_parser("report", help="a PDF report with charts for a period")
    rep.add_argument("--from", dest="start", required=True, help="first day, YYYY-MM-DD")
    rep.add_argument("--to", dest="end", required=True, help="last day, YYYY-MM-DD")
    rep.add_argument("--kiosk", action="append", default=[], help="only this kiosk (repeatable)")
    rep.add_argument("--language", default="en", help="language of the report's words")
    rep.add_argument("--out", required=True, help="PDF file to write")
    rep.add_argument("--stale-days", type=int, default=30,
                     help="list kiosks with no figures for more than this many days")
    rep.add_argument("--db", help=db_help)
    win = fleet.add_parser("window", help="a window to import sticks and look at the charts")
    win.add_argument("--db", help=db_help)
    win.add_argument("--language", default="en", help="language of the window's words")


def _url(args, settings) -> str:
    from kiosk.fleet.database import default_url

    return args.db or default_url(settings.data_dir)


def run(args, settings) -> int:
    from sqlalchemy.exc import SQLAlchemyError

    logging.getLogger("alembic").setLevel(logging.WARNING)  # staff read the outcome lines
    try:
        if args.action == "import-usage":
            return _import(args, settings)
        if args.action == "report":
            return _report(args, settings)
        from kiosk.fleet_window.app import run_window

        return run_window(_url(args, settings), args.language, settings)
    except SQLAlchemyError as exc:
        log.debug("fleet store failed", exc_info=True)  # the detail, for --debug runs
        print(f"kiosk fleet: the fleet store cannot be used: {str(exc).splitlines()[0]}",
              file=sys.stderr)
        return 1


def _import(args, settings) -> int:
    from kiosk.fleet.database import open_fleet_database
    from kiosk.fleet.importer import ALREADY, IMPORTED, NOTHING_NEW, REFUSED, import_paths

    missing = [p for p in args.paths if not Path(p).exists()]
    if missing:
        print(f"kiosk fleet: no such file or folder: {', '.join(missing)}", file=sys.stderr)
        return 1
    engine = open_fleet_database(_url(args, settings))
    try:
        outcomes = import_paths(engine, [Path(p) for p in args.paths])
    finally:
        engine.dispose()
    for outcome in outcomes:
        print(outcome.line(), file=sys.stderr if outcome.status == REFUSED else sys.stdout)
    counts = {s: sum(o.status == s for o in outcomes) for s in (IMPORTED, NOTHING_NEW, ALREADY, REFUSED)}
    changed = sum(o.changed for o in outcomes)
    verdict = ("nothing changed" if not changed else f"{changed} figures added or raised")
    files = f"{len(outcomes)} file" + ("" if len(outcomes) == 1 else "s")
    print(f"{files}: {counts[IMPORTED]} imported, {counts[NOTHING_NEW]} held nothing new, "
          f"{counts[ALREADY]} already imported, {counts[REFUSED]} refused; {verdict}")
    return 1 if counts[REFUSED] else 0


def _report(args, settings) -> int:
    from kiosk.fleet.database import open_fleet_database
    from kiosk.fleet.figures import Period, collect_figures
    from kiosk.fleet.report_pdf import render_report
    from kiosk.fleet.words import WORDS

    try:
        period = Period(date.fromisoformat(args.start), date.fromisoformat(args.end))
    except ValueError as exc:
        print(f"kiosk fleet report: {exc}", file=sys.stderr)
        return 2
    if args.language not in WORDS:
        print(f"kiosk fleet report: no report words in {args.language!r}; "
              f"choose one of {', '.join(WORDS)}", file=sys.stderr)
        return 2
    if args.stale_days < 0:
        print("kiosk fleet report: --stale-days must be 0 or more", file=sys.stderr)
        return 2
    engine = open_fleet_database(_url(args, settings))
    try:
        figures = collect_figures(engine, period, args.kiosk or None, settings.stats_min_count,
                                  args.stale_days)
    finally:
        engine.dispose()
    from kiosk.fleet.titles import topic_titles

    pdf = render_report(figures, args.language, topic_titles(settings, args.language))
    out = Path(args.out)
    try:
        out.write_bytes(pdf)
    except OSError as exc:
        print(f"kiosk fleet report: cannot write {out}: {exc.strerror or exc}", file=sys.stderr)
        return 1
    note = " (no figures in this period)" if figures.empty else ""
    print(f"wrote {out}{note}")
    return 0
