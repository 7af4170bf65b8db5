"""`kiosk bench` rows for the fleet usage figures, on a private PostgreSQL 15:

    fleet_import_rows_per_s   rows of the synthetic fleet's exports (40 kiosks x 365 days,
                              overlapping monthly exports) read, checked and merged per second,
                              files one transaction each (target >= 50,000)
    fleet_import_rows_per_cpu_s  the same rows per CPU second of this process and the
                              PostgreSQL server together (what a machine to itself would see)
    fleet_copy_rows_per_s     the reference, same run: the same rows COPYed into a bare table
    fleet_import_ratio        fleet_copy_rows_per_s / fleet_import_rows_per_s
    fleet_reimport_s          every file again (all recognised by the ledger)
    fleet_report_s            figures + PDF for the year of 40 kiosks, median of 3 (target <= 3;
                              the first report of a process also loads the fonts, ~0.5 s more)
    fleet_report_cpu_s        the same in CPU seconds of this process and the server together
    fleet_db_mb_per_kiosk_year  the store's size on disk (tables + indexes) per kiosk-year

When no private PostgreSQL can start here each row says `name unavailable (reason)`.
Alone: `python -m kiosk.tools.bench_fleet [--kiosks 40] [--days 365]`.
"""
from __future__ import annotations

import argparse
import os
import shutil
import statistics
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

TARGET_IMPORT_ROWS_PER_S = 50_000
TARGET_REPORT_S = 3.0
NAMES = ("fleet_import_rows_per_s", "fleet_import_rows_per_cpu_s", "fleet_copy_rows_per_s", "fleet_import_ratio",
         "fleet_reimport_s", "fleet_report_s", "fleet_report_cpu_s", "fleet_db_mb_per_kiosk_year")
START = date(2025, 12, 1)


def server_cpu_s(cluster) -> float:
    """CPU seconds used so far by the cluster's processes (the postmaster and its children),
    from /proc: with the machine shared, rows per CPU second says what the import costs
    whatever else is running."""
    tick = os.sysconf("SC_CLK_TCK")
    try:
        postmaster = int((cluster.data / "postmaster.pid").read_text().split()[0])
    except (OSError, ValueError, IndexError):
        return 0.0
    total = 0
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        pid, ppid = int(entry.name), int(fields[1])
        if pid == postmaster or ppid == postmaster:
            total += int(fields[11]) + int(fields[12])  # utime, stime
    return total / tick


def _copy_reference(engine, files) -> float:
    """Rows per second of a bare COPY of the same rows (no checks, no key, no upsert)."""
    import csv

    rows = []
    for path in files:
        with open(path, encoding="utf-8", newline="") as stream:
            rows += list(csv.reader(stream))[1:]
    with engine.begin() as connection:
        connection.exec_driver_sql("CREATE TEMPORARY TABLE copy_reference (kiosk_id text, "
                                   "hour_utc text, event text, key text, language text, count int)")
        cursor = connection.connection.driver_connection.cursor()
        started = time.perf_counter()
        with cursor.copy("COPY copy_reference FROM STDIN") as copy:
            for row in rows:
                copy.write_row(row)
        elapsed = time.perf_counter() - started
    return len(rows) / elapsed


def measure(kiosks: int = 40, days: int = 365) -> list[tuple[str, object, str]]:
    from kiosk.tools.postgres_sandbox import SandboxUnavailable, start_cluster

    try:
        cluster = start_cluster()
    except SandboxUnavailable as exc:
        return [(name, "unavailable", str(exc)) for name in NAMES]
    folder = Path(tempfile.mkdtemp(prefix="kiosk-fleet-bench-"))
    try:
        return _measure(cluster, folder, kiosks, days)
    finally:
        cluster.stop()
        shutil.rmtree(folder, ignore_errors=True)


def _measure(cluster, folder: Path, kiosks: int, days: int) -> list[tuple[str, object, str]]:
    from kiosk.fleet.database import open_fleet_database
    from kiosk.fleet.figures import Period, collect_figures
    from kiosk.fleet.importer import REFUSED, import_paths
    from kiosk.fleet.report_pdf import render_report
    from kiosk.tools.fleet_synth import generate

    files = generate(folder / "fleet", kiosks=kiosks, days=days, seed=1, start=START)
    print(f"fleet bench: {len(files)} synthetic exports of {kiosks} kiosks x {days} days",
          file=sys.stderr)
    engine = open_fleet_database(cluster.url(cluster.create_database()))
    try:
        started, cpu, server = time.perf_counter(), time.process_time(), server_cpu_s(cluster)
        outcomes = import_paths(engine, files)
        elapsed = time.perf_counter() - started
        cpu_s = time.process_time() - cpu + server_cpu_s(cluster) - server
        refused = [o for o in outcomes if o.status == REFUSED]
        if refused:
            raise RuntimeError(refused[0].line())
        rows = sum(o.rows for o in outcomes)
        started = time.perf_counter()
        import_paths(engine, files)
        reimport = time.perf_counter() - started
        copy_rate = _copy_reference(engine, files)
        period = Period(START, START + timedelta(days=days - 1))
        render_report(collect_figures(engine, period), "en")  # unmeasured: loads the fonts
        times, cpu_times = [], []
        for _ in range(3):
            started, cpu, server = time.perf_counter(), time.process_time(), server_cpu_s(cluster)
            render_report(collect_figures(engine, period), "en")
            times.append(time.perf_counter() - started)
            cpu_times.append(time.process_time() - cpu + server_cpu_s(cluster) - server)
        with engine.connect() as connection:
            size = connection.exec_driver_sql(
                "SELECT pg_total_relation_size('fleet_usage_counts') "
                "+ pg_total_relation_size('fleet_imported_files')").scalar()
    finally:
        engine.dispose()
    rate = rows / elapsed
    print(f"fleet bench: {rows} rows in {elapsed:.1f} s; report runs "
          + " ".join(f"{t:.2f}" for t in times) + " s", file=sys.stderr)
    return [("fleet_import_rows_per_s", rate, "rows/s"),
            ("fleet_import_rows_per_cpu_s", rows / cpu_s if cpu_s else 0.0, "rows/s"),
            ("fleet_copy_rows_per_s", copy_rate, "rows/s"),
            ("fleet_import_ratio", copy_rate / rate, "x"),
            ("fleet_reimport_s", reimport, "s"),
            ("fleet_report_s", statistics.median(times), "s"),
            ("fleet_report_cpu_s", statistics.median(cpu_times), "s"),
            ("fleet_db_mb_per_kiosk_year", size / 1e6 / (kiosks * days / 365), "MB")]


def report(kiosks: int = 40, days: int = 365) -> list[tuple[str, object, str]]:
    """Print the rows (stdout) and the verdicts (stderr), as `kiosk bench` does for its own."""
    try:
        rows = measure(kiosks, days)
    except Exception as exc:  # a measurement, not a crash: say why and go on
        rows = [(name, "unavailable", f"the fleet bench failed: {exc}") for name in NAMES]
    for name, value, unit in rows:
        if isinstance(value, float):
            print(f"{name} {value:.0f} {unit}" if value >= 1000 else f"{name} {value:.3f} {unit}")
        else:
            print(f"{name} {value} ({unit})")
    sys.stdout.flush()
    figures = {name: value for name, value, _ in rows if isinstance(value, float)}
    if "fleet_import_rows_per_s" in figures:
        rate, seconds = figures["fleet_import_rows_per_s"], figures["fleet_report_s"]
        print(f"  machine load average {os.getloadavg()[0]:.1f} (2 cores here: wall-clock "
              "rates fall as other jobs run)", file=sys.stderr)
        print(f"  fleet import  {rate:,.0f} rows/s  target >= {TARGET_IMPORT_ROWS_PER_S:,}: "
              f"{'met' if rate >= TARGET_IMPORT_ROWS_PER_S else 'MISSED'}\n"
              f"  fleet report  {seconds:.2f} s  target <= {TARGET_REPORT_S:.0f} s: "
              f"{'met' if seconds <= TARGET_REPORT_S else 'MISSED'}", file=sys.stderr)
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="fleet import and report benchmark")
    parser.add_argument("--kiosks", type=int, default=40)
    parser.add_argument("--days", type=int, default=365)
    args = parser.parse_args(argv)
    report(args.kiosks, args.days)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
