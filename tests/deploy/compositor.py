"""The kiosk under the real compositor (Debian 12's cage 0.1.4), started by the test run.

cage refuses to run as root, so as root everything here runs as `nobody` (`setpriv`), in a
temporary folder that user owns: its home, its XDG_RUNTIME_DIR (0700) with the Wayland socket,
the kiosk's settings and data. A kiosk is installed with Debian's /usr/bin/python3 for the same
reason (`scripts/setup --kiosk` does the same): an interpreter under root's home, as pyenv puts
it, cannot be run by another user. Here a throwaway venv of /usr/bin/python3 sees this test
environment's packages through a .pth file; the kiosk's own code comes from this checkout.

Headless cage (`WLR_BACKENDS=headless`) has no input devices, and cage 0.1.4 offers neither the
virtual-pointer nor the virtual-keyboard protocol (`wtype` says "Compositor does not support the
virtual keyboard protocol"). For a tap, cage runs on its X11 backend instead, as a window on a
private Xvfb, and `xdotool` clicks into that window: cage turns the X click into a Wayland
pointer press and release on its seat, as it does for a mouse or touch screen on a kiosk.
Without a GPU (no /dev/dri) wlroots renders with pixman (`WLR_RENDERER=pixman`).
"""
from __future__ import annotations

import grp
import os
import pwd
import shutil
import signal
import socket
import subprocess
import sys
import sysconfig
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from kiosk.paths import PROJECT_ROOT

SYSTEM_PYTHON = Path("/usr/bin/python3")
HEADLESS = {"WLR_BACKENDS": "headless", "WLR_LIBINPUT_NO_DEVICES": "1", "WLR_RENDERER": "pixman"}
TOOLS = ("cage", "Xwayland", "grim")


def why_unavailable() -> str | None:
    """None when cage can be started here, else the reason (for a skip)."""
    missing = [tool for tool in TOOLS if shutil.which(tool) is None]
    if missing:
        return f"{', '.join(missing)} not installed (scripts/setup --test installs them)"
    if os.geteuid() == 0 and shutil.which("setpriv") is None:
        return "running as root needs setpriv to start cage as an unprivileged user"
    return None


def _unprivileged_user() -> str | None:
    """Who runs cage: `nobody` when we are root, else ourselves (None)."""
    return "nobody" if os.geteuid() == 0 else None


class Sandbox:
    """A folder owned by the user cage runs as, and how to run commands as that user."""

    def __init__(self) -> None:
        self.user = _unprivileged_user()
        self.group = grp.getgrgid(pwd.getpwnam(self.user).pw_gid).gr_name if self.user else None
        self.root = Path(tempfile.mkdtemp(prefix="kiosk-cage-"))
        self.root.chmod(0o755)
        self.home = self.root / "home"
        self.runtime = self.root / "run"  # XDG_RUNTIME_DIR: the Wayland and sound sockets
        self.data = self.root / "data"
        for folder in (self.home, self.runtime, self.data):
            folder.mkdir()
        self.runtime.chmod(0o700)
        self._mounts: list[Path] = []
        try:
            self.project = self._reachable(PROJECT_ROOT, "checkout")  # the code the user runs
            self.python = self._python()
        except BaseException:
            self.remove()
            raise
        self.session_script = self.project / "deploy" / "iom-kiosk-session"
        self.config = self.root / "kiosk.toml"
        self.config.write_text(f'[kiosk]\ndata_dir = "{self.data}"\nkiosk_id = "cage-test"\n')
        self.kiosk_bin = self.root / "kiosk"
        self.kiosk_bin.write_text(f'#!/bin/sh\nexec "{self.python}" "{self.project / "main.py"}" "$@"\n')
        self.kiosk_bin.chmod(0o755)
        self.give_to_user(self.root)

    def can_read(self, path: Path) -> bool:
        return self.user is None or subprocess.run(
            self.command(["test", "-r", str(path)], {"PATH": "/usr/bin:/bin"})).returncode == 0

    def _reachable(self, folder: Path, name: str) -> Path:
        """`folder`, or where it is bind-mounted (read-only) if the user cannot get to it."""
        folder = Path(folder)
        if self.can_read(folder / "."):
            return folder
        target = self.root / name
        target.mkdir()
        subprocess.run(["mount", "--bind", "-o", "ro", str(folder), str(target)], check=True,
                       capture_output=True)
        self._mounts.append(target)
        return target

    def give_to_user(self, path: Path) -> None:
        if self.user is None:
            return
        entry = pwd.getpwnam(self.user)
        for folder, dirs, files in os.walk(path):
            # Never into the bind-mounted checkout (os.path.ismount misses bind mounts).
            dirs[:] = [d for d in dirs if Path(folder, d) not in self._mounts]
            for name in (folder, *(os.path.join(folder, n) for n in dirs + files)):
                os.chown(name, entry.pw_uid, entry.pw_gid, follow_symlinks=False)

    def _python(self) -> Path:
        if self.user is None:
            return Path(sys.executable)
        venv = self.root / "venv"
        subprocess.run([str(SYSTEM_PYTHON), "-m", "venv", "--without-pip", str(venv)], check=True)
        version = f"python{sys.version_info.major}.{sys.version_info.minor}"
        site = venv / "lib" / version / "site-packages"
        paths = sorted({sysconfig.get_paths()["purelib"], sysconfig.get_paths()["platlib"]})
        reachable = [self._reachable(Path(path), f"site-packages-{n}") for n, path in enumerate(paths)]
        (site / "test-environment.pth").write_text("".join(f"{path}\n" for path in reachable))
        return venv / "bin" / "python"

    def env(self, **extra: str) -> dict[str, str]:
        """The user's environment: a private home and runtime folder, this checkout's code."""
        env = {
            "PATH": "/usr/local/bin:/usr/bin:/bin",
            "HOME": str(self.home),
            "XDG_RUNTIME_DIR": str(self.runtime),
            "RUNTIME_DIRECTORY": str(self.runtime),
            "PYTHONPATH": str(self.project),
            "KIOSK_CONFIG": str(self.config),
            "KIOSK_BIN": str(self.kiosk_bin),
            "QT_QPA_PLATFORM": "wayland",
            "XDG_SESSION_TYPE": "wayland",
            "LANG": "C.UTF-8",
            "PYTHONFAULTHANDLER": "1",  # a crash leaves its Python traceback in the log
        }
        env.update(extra)
        return env

    def command(self, argv: list[str], env: dict[str, str]) -> list[str]:
        """argv as the unprivileged user, with exactly `env`."""
        # setpriv execs (runuser would stay in between, and delays SIGTERM by 2 s).
        prefix = (["setpriv", f"--reuid={self.user}", f"--regid={self.group}", "--clear-groups"]
                  if self.user else [])
        return [*prefix, "env", "-i", *(f"{k}={v}" for k, v in env.items()), *argv]

    def run(self, argv: list[str], timeout: float = 60, **extra: str) -> subprocess.CompletedProcess:
        return subprocess.run(self.command(argv, self.env(**extra)), capture_output=True,
                              text=True, timeout=timeout)

    def check_user_can_run_the_kiosk(self) -> str | None:
        """None if the user can import the kiosk and Qt here, else why not."""
        done = self.run([str(self.python), "-c", "import kiosk.app, PySide6.QtWidgets"])
        if done.returncode != 0:
            who = self.user or "this user"
            return (f"{who} cannot import the kiosk from {self.project} with {self.python}: "
                    f"{done.stderr.strip().splitlines()[-1:]}")
        return None

    def check_cage_starts(self) -> str | None:
        """None if headless cage starts (and ends) with a trivial client, else why not."""
        done = self.run(["cage", "-d", "--", "true"], timeout=30, **HEADLESS)
        if done.returncode != 0:
            return f"cage cannot start here: {done.stderr.strip().splitlines()[-1:]}"
        return None

    def build_content(self) -> None:
        """The content database, built once (each start would otherwise take ~2 s for it)."""
        done = self.run([str(self.kiosk_bin), "content", "build"], timeout=120)
        assert done.returncode == 0, done.stderr

    def remove(self) -> None:
        for mount in reversed(self._mounts):
            if subprocess.run(["umount", str(mount)], capture_output=True).returncode != 0:
                return  # never delete through a mount that is still there
        shutil.rmtree(self.root, ignore_errors=True)


class NotifySocket:
    """Stands in for systemd's notify socket: the kiosk says READY=1 once it has painted."""

    def __init__(self, sandbox: Sandbox) -> None:
        self.path = sandbox.root / f"notify-{time.monotonic_ns()}"
        self.sock = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
        self.sock.bind(str(self.path))
        self.path.chmod(0o777)  # the kiosk runs as another user

    def wait_for(self, message: str, timeout: float) -> float:
        """Seconds until `message` arrived; AssertionError after `timeout`."""
        start = time.monotonic()
        deadline = start + timeout
        while (left := deadline - time.monotonic()) > 0:
            self.sock.settimeout(left)
            try:
                data = self.sock.recv(4096).decode()
            except TimeoutError:
                break
            if message in data.split("\n"):
                return time.monotonic() - start
        raise AssertionError(f"no {message} from the kiosk within {timeout} s")

    def close(self) -> None:
        self.sock.close()
        self.path.unlink(missing_ok=True)


@dataclass
class Session:
    """The repository's session script running under cage (as systemd would run it)."""

    sandbox: Sandbox
    process: subprocess.Popen
    log: Path

    @property
    def wayland_display(self) -> str:
        return "wayland-0"

    def screenshot(self, target: Path) -> Path:
        """The compositor's output as a PNG, taken with grim (wlr-screencopy)."""
        env = self.sandbox.env(WAYLAND_DISPLAY=self.wayland_display)
        done = subprocess.run(self.sandbox.command(["grim", "-t", "png", "-"], env),
                              capture_output=True, timeout=30)
        assert done.returncode == 0, done.stderr.decode(errors="replace")
        target.write_bytes(done.stdout)  # written here: the user cannot write to our folders
        return target

    def terminate(self) -> float:
        """SIGTERM to the session script only (the unit's KillMode=mixed); seconds to end."""
        start = time.monotonic()
        self.process.send_signal(signal.SIGTERM)
        self.process.wait(timeout=10)
        return time.monotonic() - start

    def output(self) -> str:
        return self.log.read_text(errors="replace") if self.log.exists() else ""

    def kill(self) -> None:
        if self.process.poll() is None:
            self.process.kill()
            self.process.wait()


def start_session(sandbox: Sandbox, notify: NotifySocket | None = None,
                  kiosk_bin: Path | None = None, **env: str) -> Session:
    """deploy/iom-kiosk-session, headless (or as `env` says), as the unprivileged user.

    setpriv and env exec, so the process we hold is the session script itself."""
    for leftover in sandbox.runtime.glob("wayland-*"):
        leftover.unlink()
    settings = {
        **HEADLESS,
        # Rotated, the output is composited: a full-screen client is not scanned out directly,
        # which grim would capture as black (NOTES-tech, "Deployment under cage").
        "CAGE_OPTIONS": "-r",
    }
    if notify is not None:
        settings["NOTIFY_SOCKET"] = str(notify.path)
    if kiosk_bin is not None:
        settings["KIOSK_BIN"] = str(kiosk_bin)
    settings.update(env)
    log = sandbox.root / f"session-{time.monotonic_ns()}.log"
    with open(log, "wb") as out:
        process = subprocess.Popen(sandbox.command(["sh", str(sandbox.session_script)],
                                                   sandbox.env(**settings)),
                                   stdout=out, stderr=subprocess.STDOUT)
    return Session(sandbox, process, log)
