"""The sound server `scripts/setup --kiosk` installs (PipeWire, its PulseAudio layer and
WirePlumber), started for the sandbox's user as systemd's user manager would, plus a null
sink to play into and a recorder on that sink's monitor.

WirePlumber needs a D-Bus session bus (without one it exits: "Cannot autolaunch D-Bus"), which
on a kiosk the user manager provides (dbus-user-session); here dbus-run-session does."""
from __future__ import annotations

import os
import shutil
import signal
import subprocess
import time
from array import array
from math import sqrt
from pathlib import Path

from tests.deploy.compositor import Sandbox

TOOLS = ("pipewire", "wireplumber", "pipewire-pulse", "dbus-run-session", "pactl", "parec")
SINK = "kiosk_test_sink"
RATE = 16000  # recorded as 16-bit mono


def why_unavailable() -> str | None:
    missing = [tool for tool in TOOLS if shutil.which(tool) is None]
    if missing:
        return f"{', '.join(missing)} not installed (scripts/setup --test installs them)"
    return None


class SoundServer:
    def __init__(self, sandbox: Sandbox) -> None:
        self.sandbox = sandbox
        self.log = sandbox.root / "sound-server.log"
        script = "pipewire & wireplumber & pipewire-pulse & wait"
        with open(self.log, "wb") as out:
            # Its own process group: stopping it stops the three servers and the bus with it.
            self.process = subprocess.Popen(
                sandbox.command(["dbus-run-session", "--", "sh", "-c", script], sandbox.env()),
                stdout=out, stderr=subprocess.STDOUT, start_new_session=True)
        try:
            self._wait_until_up()
            self.pactl("load-module", "module-null-sink", f"sink_name={SINK}")
            # pipewire-pulse answers before WirePlumber, which keeps the default sink, is
            # ready ("Not supported" until then): ask again until it takes it
            self._retry("set-default-sink", SINK)
        except BaseException:
            self.stop()  # never leave the servers running after a failed start
            raise

    def _retry(self, *args: str, timeout: float = 20) -> None:
        deadline = time.monotonic() + timeout
        while (done := self.sandbox.run(["pactl", *args], timeout=10)).returncode != 0:
            assert self.process.poll() is None, self.log.read_text()
            assert time.monotonic() < deadline, \
                f"pactl {args}: {done.stderr}\n{self.log.read_text()}"

    def pactl(self, *args: str) -> str:
        done = self.sandbox.run(["pactl", *args], timeout=20)
        assert done.returncode == 0, f"pactl {args}: {done.stderr}\n{self.log.read_text()}"
        return done.stdout

    def _wait_until_up(self, timeout: float = 20) -> None:
        """Until pactl gets an answer (each try takes a few milliseconds to fail)."""
        deadline = time.monotonic() + timeout
        while self.sandbox.run(["pactl", "info"], timeout=10).returncode != 0:
            assert self.process.poll() is None, self.log.read_text()
            assert time.monotonic() < deadline, f"no sound server: {self.log.read_text()}"

    def stop(self) -> None:
        if self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGTERM)
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                os.killpg(self.process.pid, signal.SIGKILL)
                self.process.wait()


class SinkRecorder:
    """parec on the null sink's monitor: what reached the sink, as 16-bit samples."""

    def __init__(self, sandbox: Sandbox, target: Path) -> None:
        self.target = target
        with open(target, "wb") as out, open(sandbox.root / "parec.log", "wb") as log:
            self.process = subprocess.Popen(
                sandbox.command(["parec", f"--device={SINK}.monitor", "--format=s16le",
                                 f"--rate={RATE}", "--channels=1", "--raw"], sandbox.env()),
                stdout=out, stderr=log)

    def stop(self) -> array:
        self.process.terminate()
        self.process.wait(timeout=10)
        samples = array("h")
        data = self.target.read_bytes()
        samples.frombytes(data[: len(data) // 2 * 2])
        return samples


def rms(samples) -> float:
    return sqrt(sum(s * s for s in samples) / len(samples)) if samples else 0.0
