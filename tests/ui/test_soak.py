"""A short soak (the long one is `kiosk soak`, 50,000 actions; see README): a few hundred
random actions on the real window from a fixed seed, with no exception."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_a_short_soak_raises_nothing(tmp_path):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT),
               KIOSK_CONFIG="")
    env.pop("KIOSK_CONFIG")
    result = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "soak", "--actions", "200", "--baseline", "100",
         "--seed", "7"], env=env, cwd=tmp_path, capture_output=True, text=True, timeout=600)
    figures = dict(line.split()[:2] for line in result.stdout.splitlines() if line.startswith("soak_"))
    assert result.returncode == 0, result.stdout + result.stderr[-4000:]
    assert figures["soak_actions"] == "200"
    assert figures["soak_exceptions"] == "0"
    assert "Traceback" not in result.stderr, result.stderr[-4000:]
    counts = result.stderr.strip().splitlines()[-1]
    for action in ("tap", "drag", "language", "display", "preview", "idle"):
        assert f"{action} 0" not in counts, counts  # every kind of action was exercised
