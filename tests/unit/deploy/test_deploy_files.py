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


def test_session_script_stops_the_kiosk_first_and_never_signals_cage(tmp_path):
    """systemd (KillMode=mixed) sends SIGTERM to the script only; the kiosk must get it, and
    cage must end by itself (Debian's cage aborts on SIGTERM). A stand-in cage here; the real
    one: tests/deploy/test_cage_session.py."""
    import select
    import signal

    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    log = tmp_path / "log"
    os.mkfifo(log)  # the stand-ins say what happens; the test reads it as it comes
    cage = bin_dir / "cage"
    # Like cage: runs its client and ends when the client ends; notes a SIGTERM to itself.
    cage.write_text(f'#!/bin/sh\nexec 3>"{log}"\ntrap \'echo cage-got-TERM >&3; exit 143\' TERM\n'
                    'while [ "$1" != "--" ]; do shift; done; shift\n"$@" &\nwait $!\n'
                    'echo cage-ended >&3\n')
    kiosk = tmp_path / "kiosk"
    kiosk.write_text(f'#!/bin/sh\nexec 3>"{log}"\ntrap \'echo kiosk-got-TERM >&3; exit 0\' TERM\n'
                     'echo kiosk-started >&3\nwhile :; do sleep 0.05; done\n')
    for script in (cage, kiosk):
        script.chmod(0o755)
    env = dict(os.environ, PATH=f"{bin_dir}:{os.environ['PATH']}",
               RUNTIME_DIRECTORY=str(tmp_path), KIOSK_BIN=str(kiosk))
    reader = os.open(log, os.O_RDONLY | os.O_NONBLOCK)
    session = subprocess.Popen(["sh", str(DEPLOY / "iom-kiosk-session")], env=env)
    lines = b""

    def read_until(word: bytes) -> None:
        nonlocal lines
        while word not in lines:
            assert select.select([reader], [], [], 10)[0], f"no {word!r}: {lines!r}"
            chunk = os.read(reader, 1024)
            assert chunk or session.poll() is None, f"no {word!r}: {lines!r}"  # all ended
            lines += chunk

    try:
        read_until(b"kiosk-started")
        session.send_signal(signal.SIGTERM)
        assert session.wait(timeout=10) == 0
        read_until(b"cage-ended")
    finally:
        if session.poll() is None:
            session.kill()
        os.close(reader)
    assert lines.split() == [b"kiosk-started", b"kiosk-got-TERM", b"cage-ended"]
