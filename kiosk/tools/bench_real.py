"""What a person sees on a real display: start-up and screen switches on the xcb platform
under an X server (`Xvfb -displayfd`, started here), on two cores and pinned to one
(`taskset -c 0`, standing in for a slow kiosk PC).

    real_start_s            process spawn to the first painted welcome frame, median of 7;
                            the first frame is the final one (tests/ui/test_first_frame.py)
    real_bare_window_s      the same for a bare PySide6 window, same server, same run
    real_start_ratio        real_start_s / real_bare_window_s
    real_switch_ms_p95      a tap on a real button to the new screen painted and flushed to
                            the X server, 95th percentile (nearest rank) of 80 taps
    ..._1cpu                the same, every process pinned to CPU 0

The probes are kiosk.tools.bench_probe's (`kiosk`, `bare`, `switch`), run with
QT_QPA_PLATFORM=xcb. Skipped (one line on stderr, no figures) when Xvfb is not installed.
"""
from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
from contextlib import contextmanager

from kiosk.tools.bench_common import (
    ProbeFailed, compile_kiosk_bytecode, percentile_nearest_rank, run_probe, settings_json,
    time_to_first_paint,
)

RUNS = 7
WIDTH, HEIGHT = 1920, 1080


@contextmanager
def x_server(width: int = WIDTH, height: int = HEIGHT):
    """An Xvfb on a free display number it chooses itself; yields ':N'."""
    read_end, write_end = os.pipe()
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write_end), "-screen", "0", f"{width}x{height}x24",
         "-nolisten", "tcp"], pass_fds=(write_end,),
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.close(write_end)
    with os.fdopen(read_end) as pipe:
        number = pipe.readline().strip()
    try:
        if not number:
            raise ProbeFailed("Xvfb did not start")
        yield f":{number}"
    finally:
        server.terminate()
        server.wait(timeout=10)


def measure_real(settings, runs: int = RUNS) -> list[tuple[str, float, str]]:
    if shutil.which("Xvfb") is None:
        print("kiosk bench: Xvfb is not installed; no real-display figures", file=sys.stderr)
        return []
    pinned = ("taskset", "-c", "0") if shutil.which("taskset") else None
    compile_kiosk_bytecode()
    rows = []
    with x_server() as display:
        env = dict(os.environ, DISPLAY=display, QT_QPA_PLATFORM="xcb")
        env.pop("WAYLAND_DISPLAY", None)
        kiosk_args = ("kiosk", settings_json(settings))
        for suffix, prefix in (("", ()), ("_1cpu", pinned)):
            if prefix is None:
                print("kiosk bench: taskset is missing; no one-core figures", file=sys.stderr)
                continue
            time_to_first_paint(*kiosk_args, env=env, prefix=prefix)  # warm the page cache
            time_to_first_paint("bare", env=env, prefix=prefix)
            kiosk, bare = [], []
            for _ in range(runs):  # alternated: drift in load affects both alike
                kiosk.append(time_to_first_paint(*kiosk_args, env=env, prefix=prefix))
                bare.append(time_to_first_paint("bare", env=env, prefix=prefix))
            print(f"real starts{suffix} (s): " + " ".join(f"{t:.3f}" for t in kiosk)
                  + " | bare: " + " ".join(f"{t:.3f}" for t in bare), file=sys.stderr)
            switch, _ = run_probe("switch", settings_json(settings), "5", env=env, prefix=prefix)
            times = [tap["ms"] for tap in switch.get("taps") or []]
            if not times:
                raise ProbeFailed(f"probe switch (xcb) reported {switch!r}")
            start, floor = statistics.median(kiosk), statistics.median(bare)
            rows += [(f"real_start_s{suffix}", start, "s"),
                     (f"real_bare_window_s{suffix}", floor, "s"),
                     (f"real_start_ratio{suffix}", start / floor, "x"),
                     (f"real_switch_ms_p95{suffix}", percentile_nearest_rank(times, 95), "ms")]
    return rows


def main() -> int:
    """`python -m kiosk.tools.bench_real`: only these figures, on the bundled content."""
    import dataclasses
    import tempfile
    from pathlib import Path

    from kiosk.content.database import ensure_database
    from kiosk.paths import CONTENT_PACK
    from kiosk.settings import Settings
    from kiosk.stats.database import open_state_database

    with tempfile.TemporaryDirectory(prefix="kiosk-bench-real-") as data_dir:
        settings = dataclasses.replace(Settings(content_dir=CONTENT_PACK), data_dir=Path(data_dir),
                                       database_url="")
        ensure_database(settings.content_dir, settings.content_database_url)
        open_state_database(settings.stats_path).dispose()
        for name, value, unit in measure_real(settings):
            print(f"{name} {value:.3f} {unit}" if unit != "ms" else f"{name} {value:.1f} {unit}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
