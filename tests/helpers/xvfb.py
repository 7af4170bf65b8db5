"""A real X server for the tests that must see what a person sees (Qt's xcb platform).

`xvfb_display` starts `Xvfb -displayfd` once per test session on a display number of its
own choosing (so parallel runs never collide) and stops it at the end. The tests then run
the kiosk in a child process with `QT_QPA_PLATFORM=xcb` and `DISPLAY` set: the test process
itself stays on the offscreen platform.
"""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="session")
def xvfb_display():
    """`:N` of a running Xvfb (1920×1920, 24-bit: room for every size in either orientation)."""
    if shutil.which("Xvfb") is None:
        pytest.skip("Xvfb is not installed (scripts/setup --test installs it)")
    read_end, write_end = os.pipe()
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write_end), "-screen", "0", "1920x1920x24", "-nolisten", "tcp"],
        pass_fds=(write_end,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.close(write_end)
    with os.fdopen(read_end) as pipe:
        number = pipe.readline().strip()  # written once the server accepts clients
    if not number:
        server.kill()
        pytest.fail("Xvfb did not start")
    yield f":{number}"
    server.terminate()
    server.wait(timeout=10)


def xcb_environment(display: str) -> dict[str, str]:
    """The environment for a child process that draws on the X server `display`."""
    env = dict(os.environ, DISPLAY=display, QT_QPA_PLATFORM="xcb", PYTHONPATH=str(ROOT))
    env.pop("WAYLAND_DISPLAY", None)
    return env


def run_on_x(display: str, args: list[str], timeout: float = 300) -> subprocess.CompletedProcess:
    """`python args...` in a child on the X server; output captured as text."""
    return subprocess.run([sys.executable, *args], env=xcb_environment(display), cwd=ROOT,
                          capture_output=True, text=True, timeout=timeout)
