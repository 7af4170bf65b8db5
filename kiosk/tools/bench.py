"""`kiosk bench`: start-up, screen switches and memory, measured in fresh processes.

stdout carries only the figures, one per line, `name value unit`:

    cold_start_s          spawn of a fresh kiosk process to its first painted welcome screen
                          (median of `runs`)
    bare_window_s         the same for a bare PySide6 window with 12 widgets (the floor)
    cold_start_ratio      cold_start_s / bare_window_s
    screen_switch_ms_p95  tap on a real button to the new screen painted, 95th percentile
                          (nearest rank) of 80 taps: 5 rounds of 16 through every screen
    peak_rss_mb           peak resident memory of that process after visiting every screen
    text_size_switch_ms   tap on a text-size choice to the window repainted, p95 (bench_a11y)
    contrast_switch_ms    the same for the contrast choice
    studio_*              the content studio on a private PostgreSQL (bench_studio)

Everything else (progress, the summary against the targets) goes to stderr. Each measurement
runs in `kiosk.tools.bench_probe`, which answers with one JSON line. The exit code is 0 even
if a target is missed (this is a measurement); non-zero only if a probe fails.
"""
from __future__ import annotations

import dataclasses
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

from kiosk.settings import Settings
from kiosk.tools.bench_common import (  # noqa: F401 (ProbeFailed, run_probe: part of this API)
    ProbeFailed,
    compile_kiosk_bytecode,
    parse_probe_output,
    percentile_nearest_rank,
    probe_env,
    run_probe,
    settings_json,
    time_to_first_paint,
)

MIN_RUNS = 5
SWITCH_ROUNDS = 5

TARGET_COLD_START_S = 0.35
TARGET_COLD_START_RATIO = 2.5
TARGET_SWITCH_MS_P95 = 50.0
TARGET_PEAK_RSS_MB = 130.0
TARGET_A11Y_SWITCH_MS = 100.0  # text size or contrast change, whole window repainted


def _note(text: str) -> None:
    print(text, file=sys.stderr, flush=True)


def _verdict(value: float, target: float) -> str:
    return "met" if value <= target else "MISSED"


def measure(settings: Settings, runs: int, data_dir: Path) -> dict:
    settings = dataclasses.replace(settings, data_dir=data_dir, database_url="")
    # Build the database now, in a data dir of our own, so that no figure includes a first
    # build and the operator's database is never touched (database_url "" = SQLite in data_dir).
    from kiosk.content.database import ensure_database

    result = ensure_database(settings.content_dir, settings.content_database_url)
    if not result.serving:
        raise ProbeFailed(f"no content database to measure with: {result.message}")
    from kiosk.stats.database import open_state_database

    open_state_database(settings.stats_path).dispose()  # likewise the usage-figures schema
    kiosk_args = ("kiosk", settings_json(settings))

    compile_kiosk_bytecode()
    # One unmeasured run of each first: it brings Python, Qt, the fonts and the kiosk's files
    # into the page cache, so every measured run starts from the same (warm-cache) state.
    time_to_first_paint(*kiosk_args)
    time_to_first_paint("bare")
    cold, bare = [], []
    for _ in range(runs):  # alternated, so drift in machine load affects both alike
        cold.append(time_to_first_paint(*kiosk_args))
        bare.append(time_to_first_paint("bare"))
    _note("cold starts (s): " + " ".join(f"{t:.3f}" for t in cold))
    _note("bare windows (s): " + " ".join(f"{t:.3f}" for t in bare))

    switch, _ = run_probe("switch", settings_json(settings), str(SWITCH_ROUNDS))
    taps = switch.get("taps") or []
    times = [tap["ms"] for tap in taps]
    if not times or "peak_rss_mb" not in switch:
        raise ProbeFailed(f"probe switch reported {switch!r}")
    slowest = sorted(taps, key=lambda tap: tap["ms"], reverse=True)[:3]
    _note(f"{len(times)} taps: median {statistics.median(times):.1f} ms, max {max(times):.1f} ms; "
          "slowest: " + ", ".join(f"{tap['tap']} {tap['ms']:.1f} ms" for tap in slowest))
    if switch.get("qttest_mb"):
        _note(f"peak RSS includes {switch['qttest_mb']:.1f} MB for QtTest (the probe's taps), "
              "which the kiosk itself does not load")
    cold_start = statistics.median(cold)
    bare_window = statistics.median(bare)
    extra_rows = []  # (name, value, unit) from the per-area benchmark modules
    from kiosk.tools import bench_languages

    from kiosk.tools.bench_leaflets import leaflet_rows
    from kiosk.tools.bench_operator import operator_rows
    from kiosk.tools.bench_updates import measure_updates

    try:
        extra_rows += bench_languages.measure(settings_json(settings))
        extra_rows += measure_updates(settings)
        extra_rows += operator_rows()
        extra_rows += leaflet_rows(settings.content_dir)
    except RuntimeError as exc:
        raise ProbeFailed(str(exc)) from exc
    return {
        "extra_rows": extra_rows,
        "cold_start_s": cold_start,
        "bare_window_s": bare_window,
        "cold_start_ratio": cold_start / bare_window,
        "screen_switch_ms_p95": percentile_nearest_rank(times, 95),
        "peak_rss_mb": float(switch["peak_rss_mb"]),
    }


def run_bench(settings: Settings, runs: int = 7) -> int:
    if runs < MIN_RUNS:
        _note(f"kiosk bench: {runs} runs are too few for a median; taking {MIN_RUNS}")
        runs = MIN_RUNS
    started = time.monotonic()
    data_dir = Path(tempfile.mkdtemp(prefix="kiosk-bench-"))
    try:
        figures = measure(settings, runs, data_dir)
        from kiosk.tools.bench_a11y import measure_accessibility  # text size / contrast switch

        a11y_rows = measure_accessibility(dataclasses.replace(settings, data_dir=data_dir, database_url=""))
        figures["extra_rows"] += a11y_rows
        from kiosk.tools.bench_real import measure_real  # on a real X server (Xvfb, xcb)

        figures["extra_rows"] += measure_real(
            dataclasses.replace(settings, data_dir=data_dir, database_url=""))
    except ProbeFailed as exc:
        _note(f"kiosk bench: {exc}")
        return 1
    finally:
        shutil.rmtree(data_dir, ignore_errors=True)

    print(f"cold_start_s {figures['cold_start_s']:.3f} s")
    print(f"bare_window_s {figures['bare_window_s']:.3f} s")
    print(f"cold_start_ratio {figures['cold_start_ratio']:.2f} x")
    print(f"screen_switch_ms_p95 {figures['screen_switch_ms_p95']:.1f} ms")
    print(f"peak_rss_mb {figures['peak_rss_mb']:.1f} MB")
    for name, value, unit in figures["extra_rows"]:
        print(f"{name} {value:.1f} {unit}" if abs(value) >= 10 else f"{name} {value:.3f} {unit}")
    sys.stdout.flush()
    from kiosk.tools.bench_search import report_search  # search keystroke figures
    if report_search(settings) != 0:
        return 1

    cold, ratio = figures["cold_start_s"], figures["cold_start_ratio"]
    switch, rss = figures["screen_switch_ms_p95"], figures["peak_rss_mb"]
    _note(
        f"\nkiosk bench ({runs} cold starts, median; {time.monotonic() - started:.0f} s in all):\n"
        f"  cold start    {cold:.3f} s   target <= {TARGET_COLD_START_S} s: "
        f"{_verdict(cold, TARGET_COLD_START_S)}\n"
        f"  vs bare       {ratio:.2f} x    target <= {TARGET_COLD_START_RATIO} x: "
        f"{_verdict(ratio, TARGET_COLD_START_RATIO)}\n"
        f"  screen switch {switch:.1f} ms p95 (nearest rank)  target <= {TARGET_SWITCH_MS_P95:.0f} ms: "
        f"{_verdict(switch, TARGET_SWITCH_MS_P95)}\n"
        f"  peak RSS      {rss:.1f} MB  target <= {TARGET_PEAK_RSS_MB:.0f} MB: "
        f"{_verdict(rss, TARGET_PEAK_RSS_MB)}"
    )
    from kiosk.tools.bench_printing import report as report_printing  # print_submit_ms

    report_printing()
    from kiosk.tools.bench_fleet import report as report_fleet  # fleet import and report

    report_fleet()
    from kiosk.tools.bench_studio import report as report_studio  # studio_grid_ms, _save_ms, ...

    report_studio()
    for name, value, unit in a11y_rows:
        _note(f"  {name} {value:.1f} {unit}  target <= {TARGET_A11Y_SWITCH_MS:.0f} ms: "
              f"{_verdict(value, TARGET_A11Y_SWITCH_MS)}")
    return 0
