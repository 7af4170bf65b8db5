"""The kiosk under Debian's cage, started by the repository's own session script as an
unprivileged user: the first frame, a tap, the operator's exit code, a clean stop.
How cage is run here, and why a tap goes through cage's X11 backend: compositor.py."""
from __future__ import annotations

import os
import shutil
import subprocess
import time

import pytest

from kiosk.ui.operator.mode import EXIT_TO_DESKTOP
from kiosk.ui.theme import COLOURS
from tests.deploy import frames
from tests.deploy.compositor import NotifySocket, start_session

# What a crashed compositor leaves in the journal.
CRASH_SIGNS = ("Aborted", "core dumped", "Segmentation fault", "Assertion", "killed by signal")


def _capture_until(session, notify, path, ready, timeout=10.0):
    """grim until `ready(frame)` holds, a capture per watchdog ping (two a second): the
    first frames can still be on their way, and a tap takes a frame or two to show."""
    deadline = time.monotonic() + timeout
    while True:
        frame = frames.load(session.screenshot(path))
        if ready(frame) or time.monotonic() > deadline:
            return frame
        notify.wait_for("WATCHDOG=1", timeout=5)


def _shows_kiosk(frame) -> bool:
    """Mostly the kiosk's own background and white cards or buttons (cage's own is black)."""
    shares = frames.colour_shares(frame)
    return shares.get(COLOURS["background"], 0) + shares.get(COLOURS["surface"], 0) > 0.5


def test_first_frame_is_the_welcome_filling_the_output_and_sigterm_stops_it_cleanly(
        cage_sandbox, tmp_path):
    notify = NotifySocket(cage_sandbox)
    session = start_session(cage_sandbox, notify)
    try:
        notify.wait_for("READY=1", timeout=60)  # systemd's "started", under cage
        frame = _capture_until(session, notify, tmp_path / "first.png", _shows_kiosk)
        notify.wait_for("WATCHDOG=1", timeout=5)  # the event loop turns under cage
        stop_s = session.terminate()
    finally:
        session.kill()
        notify.close()
    log = session.output()
    # Headless cage's output is 1280×720; -r turns it to portrait.
    assert (frame.width(), frame.height()) == (720, 1280), log
    shares = frames.colour_shares(frame)
    assert frames.black_edges(frame) == [], "the kiosk does not cover the output"
    assert shares.get("#000000", 0) < 0.001, "black where the kiosk should be"
    # The welcome screen's own colours: its background, the white language buttons and the
    # red Emergency 112 button (kiosk/ui/theme.py).
    assert shares.get(COLOURS["background"], 0) > 0.3, shares
    assert shares.get(COLOURS["surface"], 0) > 0.05, shares
    assert shares.get(COLOURS["emergency"], 0) > 0.002, shares
    # Stopped as systemd stops it (SIGTERM to the session script): the kiosk first, then cage.
    assert stop_s < 2.0, f"stopping took {stop_s:.2f} s\n{log}"
    assert session.process.returncode == 0, log
    assert not [sign for sign in CRASH_SIGNS if sign in log], log


@pytest.mark.parametrize("ending, expected, message", [
    ("exit 64", EXIT_TO_DESKTOP, "Exit to desktop"),
    ("exit 3", 3, "ended with status 3"),
    ("kill -9 $$", 137, "killed by signal 9"),
])
def test_the_kiosks_exit_code_comes_through_cage_and_is_reported(
        cage_sandbox, ending, expected, message):
    client = cage_sandbox.root / f"client-{expected}"
    client.write_text(f"#!/bin/sh\n{ending}\n")
    client.chmod(0o755)
    cage_sandbox.give_to_user(client)
    session = start_session(cage_sandbox, kiosk_bin=client)
    try:
        session.process.wait(timeout=30)
    finally:
        session.kill()
    assert session.process.returncode == expected, session.output()
    assert message in session.output()


@pytest.fixture
def xvfb():
    """A private X server for cage's X11 backend; its display name."""
    if shutil.which("Xvfb") is None or shutil.which("xdotool") is None:
        pytest.skip("Xvfb and xdotool are needed for the tap (scripts/setup --test installs them)")
    read_end, write_end = os.pipe()  # Xvfb writes the display number it chose
    server = subprocess.Popen(["Xvfb", "-displayfd", str(write_end), "-screen", "0", "1024x768x24",
                               "-nolisten", "tcp"], pass_fds=(write_end,),
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.close(write_end)
    with open(read_end) as stream:
        display = ":" + stream.readline().strip()
    try:
        yield display
    finally:
        server.terminate()
        server.wait(timeout=10)


def test_a_tap_reaches_the_kiosk_through_cage(cage_sandbox, xvfb, tmp_path):
    notify = NotifySocket(cage_sandbox)
    # cage on its X11 backend, its output a window on the private X server (compositor.py).
    session = start_session(cage_sandbox, notify, WLR_BACKENDS="x11", DISPLAY=xvfb, CAGE_OPTIONS="")
    try:
        notify.wait_for("READY=1", timeout=60)
        welcome = _capture_until(session, notify, tmp_path / "welcome.png", _shows_kiosk)
        assert _shows_kiosk(welcome)
        x, y = frames.first_button(welcome, COLOURS["surface"])  # the first language
        # The output window sits at the X screen's origin: output and X coordinates agree.
        subprocess.run(["xdotool", "mousemove", str(x), str(y), "click", "1"],
                       env={"DISPLAY": xvfb, "PATH": "/usr/bin:/bin"}, check=True, timeout=10)
        after = _capture_until(session, notify, tmp_path / "after.png",
                               lambda frame: frames.changed_share(welcome, frame) > 0.2)
        session.terminate()
    finally:
        session.kill()
        notify.close()
    # The language button took the visitor to the home screen: most of the screen changed
    # (the welcome's cycling invitation alone changes one line), and it is still the kiosk.
    assert frames.changed_share(welcome, after) > 0.2, session.output()
    assert _shows_kiosk(after)
