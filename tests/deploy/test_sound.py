"""Read aloud plays through the sound server the deployment installs (PipeWire with its
PulseAudio layer), from the kiosk running under headless cage as an unprivileged user: the
voice reaches a null sink, and what arrives there is sound, not silence."""
from __future__ import annotations

import pytest

from tests.deploy import sound
from tests.deploy.compositor import start_session


@pytest.fixture
def sound_server(cage_sandbox):
    reason = sound.why_unavailable()
    if reason:
        pytest.skip(reason)
    server = sound.SoundServer(cage_sandbox)
    try:
        yield server
    finally:
        server.stop()


def test_read_aloud_reaches_the_sound_servers_sink(cage_sandbox, sound_server, tmp_path):
    driver = cage_sandbox.root / "read-aloud"
    driver.write_text(f'#!/bin/sh\nexec "{cage_sandbox.python}" '
                      f'"{cage_sandbox.project / "tests" / "deploy" / "read_aloud_driver.py"}"\n')
    driver.chmod(0o755)
    cage_sandbox.give_to_user(driver)
    recorder = sound.SinkRecorder(cage_sandbox, tmp_path / "sink.raw")
    session = start_session(cage_sandbox, kiosk_bin=driver)
    try:
        session.process.wait(timeout=90)
    finally:
        session.kill()
        samples = recorder.stop()
    log = session.output()
    assert session.process.returncode == 0, log  # it played, and never said "no sound"
    seconds = len(samples) / sound.RATE
    loud = [s for s in samples if abs(s) > 1000]
    assert seconds > 2.0, f"only {seconds:.2f} s recorded\n{log}"
    assert sound.rms(samples) > 300, f"silence at the sink (RMS {sound.rms(samples):.0f})\n{log}"
    assert len(loud) / sound.RATE > 0.5, "less than 0.5 s of the voice reached the sink"
