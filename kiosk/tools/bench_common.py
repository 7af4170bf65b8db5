"""What `kiosk bench` and its per-area measurements share: percentiles and talking to the
probe processes (settings in, one JSON line out). Imports nothing from the bench modules, so
they import this and never each other."""
from __future__ import annotations

import dataclasses
import json
import math
import os
import subprocess
import sys
import time
from pathlib import Path

from kiosk.settings import Settings


class ProbeFailed(RuntimeError):
    """A probe process failed or answered something other than its JSON line."""


def percentile_nearest_rank(values: list[float], percent: float) -> float:
    """The smallest value with at least `percent` % of the values at or below it (nearest rank)."""
    if not values:
        raise ValueError("no values")
    ordered = sorted(values)
    return ordered[max(0, math.ceil(percent / 100 * len(ordered)) - 1)]


def settings_json(settings: Settings) -> str:
    """The settings as `Settings.from_mapping` input, for the probe's command line."""
    values = {}
    for spec in dataclasses.fields(settings):
        value = getattr(settings, spec.name)
        if isinstance(value, Path):
            value = str(value)
        elif isinstance(value, tuple):
            value = list(value)
        values[spec.name] = value
    return json.dumps(values)


def probe_env() -> dict[str, str]:
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")  # unless the caller chose a platform
    return env


def parse_probe_output(stdout: str) -> dict:
    """The probe's one JSON line (the last non-empty line of its stdout)."""
    lines = [line for line in stdout.splitlines() if line.strip()]
    if not lines:
        raise ProbeFailed("the probe printed nothing")
    try:
        payload = json.loads(lines[-1])
    except json.JSONDecodeError as exc:
        raise ProbeFailed(f"the probe printed {lines[-1][:200]!r}, not JSON") from exc
    if not isinstance(payload, dict):
        raise ProbeFailed(f"the probe printed {payload!r}, not a JSON object")
    return payload


PROBE_TIMEOUT_S = 30


def run_probe(mode: str, *args: str, env: dict | None = None,
              prefix: tuple[str, ...] = ()) -> tuple[dict, float]:
    """Run `bench_probe MODE ARGS...` (after `prefix`, e.g. taskset; in `env`, by default
    offscreen); its JSON answer and time.monotonic() just before spawning."""
    command = [*prefix, sys.executable, "-m", "kiosk.tools.bench_probe", mode, *args]
    env = env or probe_env()
    spawned = time.monotonic()
    process = subprocess.Popen(
        command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env
    )
    try:
        stdout, stderr = process.communicate(timeout=PROBE_TIMEOUT_S)
    except subprocess.TimeoutExpired:
        process.kill()
        stdout, stderr = process.communicate()
        raise ProbeFailed(f"probe {mode} took over {PROBE_TIMEOUT_S} s:\n{stderr}") from None
    if process.returncode != 0:
        raise ProbeFailed(f"probe {mode} exited with {process.returncode}:\n{stderr}")
    return parse_probe_output(stdout), spawned


def compile_kiosk_bytecode() -> None:
    """Start-up is measured as an installed kiosk starts: with its modules' bytecode written
    (scripts/install-kiosk compiles it; the kiosk user cannot). A checkout run with
    PYTHONDONTWRITEBYTECODE, as here, would otherwise compile every module at every start."""
    import compileall

    import kiosk

    compileall.compile_dir(Path(kiosk.__file__).parent, quiet=1)


def time_to_first_paint(mode: str, *args: str, env: dict | None = None,
                        prefix: tuple[str, ...] = ()) -> float:
    """Seconds from just before spawning the probe to its first paint (one monotonic clock)."""
    payload, spawned = run_probe(mode, *args, env=env, prefix=prefix)
    painted = payload.get("painted")
    if not isinstance(painted, (int, float)) or painted <= spawned:
        raise ProbeFailed(f"probe {mode} reported {payload!r}")
    return painted - spawned
