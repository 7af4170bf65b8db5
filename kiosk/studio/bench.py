"""The studio window's share of `studio_grid_ms`: opening the status grid as staff see it
(the service's query, the model reset, column fitting and the first paint of the view),
beside the service's query alone measured in the same run, as `name value unit` lines.

    python -m kiosk.studio.bench [--db URL]   (default: a scratch SQLite store of the bundled pack)

`grid_view_rows(service)` is what `kiosk bench` calls; it needs a QApplication (offscreen is
fine) and a store that holds content.
"""
from __future__ import annotations

import statistics
import sys
import time


def _median_ms(work, runs: int) -> float:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        work()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


def grid_view_rows(service, runs: int = 7, suffix: str = "") -> list[tuple[str, float, str]]:
    """studio_grid_view_ms<suffix>: a new GridPanel filled and painted once (median of `runs`);
    studio_grid_view_ratio<suffix>: that over the service's grid query alone, same run."""
    from PySide6.QtWidgets import QApplication

    from kiosk.studio.grid_panel import GridPanel

    app = QApplication.instance()
    service.grid()  # warm the connection pool and SQLAlchemy's statement cache for both

    def open_view():
        panel = GridPanel(service)
        panel.resize(1200, 800)
        panel.refresh()
        panel.view.viewport().grab()  # lays out and paints the visible cells
        panel.deleteLater()
        app.processEvents()

    query = _median_ms(service.grid, runs)
    view = _median_ms(open_view, runs)
    return [(f"studio_grid_view_ms{suffix}", round(view, 1), "ms"),
            (f"studio_grid_query_ms{suffix}", round(query, 1), "ms"),
            (f"studio_grid_view_ratio{suffix}", round(view / max(query, 1e-6), 2), "x")]


def main(argv: list[str] | None = None) -> int:
    import argparse
    import os
    import tempfile
    from pathlib import Path

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    parser = argparse.ArgumentParser(prog="python -m kiosk.studio.bench")
    parser.add_argument("--db", help="a store holding content (default: scratch SQLite store "
                                     "of the bundled pack)")
    parser.add_argument("--copies", type=int, default=1,
                        help="scratch store only: the content copied this many times")
    parser.add_argument("--suffix", default="", help="added to each row's name, e.g. _x100")
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args(argv)
    import logging

    logging.getLogger("alembic").setLevel(logging.WARNING)
    from kiosk.app import application
    from kiosk.authoring.service import StudioService
    from kiosk.paths import CONTENT_PACK

    application()
    with tempfile.TemporaryDirectory(prefix="studio-bench-") as scratch:
        url = args.db or f"sqlite:///{Path(scratch) / 'studio.db'}"
        service = StudioService.open(url)
        try:
            if not args.db:
                service.import_pack(CONTENT_PACK)
                if args.copies > 1:
                    from kiosk.authoring.synthetic import multiply_content

                    multiply_content(service, args.copies)
            for name, value, unit in grid_view_rows(service, args.runs, args.suffix):
                print(f"{name} {value} {unit}")
        finally:
            service.close()
    return 0


def window_rows(url: str, suffix: str = "", runs: int = 7) -> list[tuple[str, object, str]]:
    """The rows of `grid_view_rows` for the store at `url`, measured in a child process (Qt
    stays out of the caller, e.g. `kiosk bench`'s own process)."""
    import os
    import subprocess

    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, "-m", "kiosk.studio.bench", "--db", url,
                           "--suffix", suffix, "--runs", str(runs)],
                          capture_output=True, text=True, env=env, timeout=600)
    rows = []
    for line in done.stdout.splitlines():
        name, value, unit = line.split()
        rows.append((name, float(value), unit))
    if done.returncode != 0 or not rows:
        reason = (done.stderr.strip().splitlines() or ["no figures"])[-1]
        return [(f"studio_grid_view_ms{suffix}", "unavailable", reason)]
    return rows


if __name__ == "__main__":
    sys.exit(main())
