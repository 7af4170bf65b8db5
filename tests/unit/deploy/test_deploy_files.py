"""The systemd unit and the session script agree with the kiosk on the operator's exit code,
and the script passes the kiosk's own exit code through cage (a stand-in cage here)."""
import os
import subprocess

import pytest

from kiosk.paths import PROJECT_ROOT
from kiosk.ui.operator.mode import EXIT_TO_DESKTOP

DEPLOY = PROJECT_ROOT / "deploy"


def test_unit_restarts_always_except_after_the_operator_exit():
    unit = (DEPLOY / "iom-kiosk.service").read_text()
    assert "\nRestart=always\n" in unit
    assert f"\nRestartPreventExitStatus={EXIT_TO_DESKTOP}\n" in unit
    assert "\nUser=kiosk\n" in unit and "ExecStart=/opt/iom-kiosk/deploy/iom-kiosk-session" in unit


@pytest.mark.parametrize("kiosk_exit, expected", [
    ("exit 64", 64), ("exit 0", 0), ("exit 1", 1), ("kill -9 $$", 137),
])
def test_session_script_ends_with_the_kiosks_exit_code(tmp_path, kiosk_exit, expected):
    fake_cage = tmp_path / "bin" / "cage"
    fake_cage.parent.mkdir()
    # Like cage 0.1.4: runs the client after "--" and returns 0 whatever the client did.
    fake_cage.write_text('#!/bin/sh\nwhile [ "$1" != "--" ]; do shift; done; shift\n"$@"\nexit 0\n')
    kiosk = tmp_path / "kiosk"
    kiosk.write_text(f"#!/bin/sh\n{kiosk_exit}\n")
    for script in (fake_cage, kiosk):
        script.chmod(0o755)
    env = dict(os.environ, PATH=f"{fake_cage.parent}:{os.environ['PATH']}",
               RUNTIME_DIRECTORY=str(tmp_path), KIOSK_BIN=str(kiosk))
    result = subprocess.run(["sh", str(DEPLOY / "iom-kiosk-session")], env=env,
                            capture_output=True)
    assert result.returncode == expected


def test_unit_stops_the_session_script_first_not_cage():
    unit = (DEPLOY / "iom-kiosk.service").read_text()
    assert "\nKillMode=mixed\n" in unit  # SIGTERM to the script, which stops the kiosk first


def test_unit_watches_for_a_frozen_screen():
    unit = (DEPLOY / "iom-kiosk.service").read_text()
    for line in ("Type=notify", "NotifyAccess=all", "WatchdogSec=30"):
        assert f"\n{line}\n" in unit


def test_notify_reaches_systemds_socket(tmp_path):
    import socket

    from kiosk.service_notify import notify

    path = tmp_path / "notify"
    with socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM) as systemd:
        systemd.bind(str(path))
        assert notify("READY=1", {"NOTIFY_SOCKET": str(path)})
        assert systemd.recv(100) == b"READY=1"
    assert not notify("READY=1", {})  # not under systemd: nothing to do
    assert not notify("WATCHDOG=1", {"NOTIFY_SOCKET": str(tmp_path / "gone")})
