"""Fixtures for the deployment tests: an unprivileged user's sandbox for cage (see compositor.py)."""
from __future__ import annotations

import subprocess

import pytest

from tests.deploy.compositor import Sandbox, why_unavailable


@pytest.fixture(scope="session")
def cage_sandbox():
    reason = why_unavailable()
    if reason:
        pytest.skip(reason)
    try:
        sandbox = Sandbox()
    except subprocess.CalledProcessError as exc:
        pytest.skip(f"cannot prepare a folder for the unprivileged user: {exc} {exc.stderr}")
    try:
        reason = sandbox.check_cage_starts() or sandbox.check_user_can_run_the_kiosk()
        if reason:
            pytest.skip(reason)
        sandbox.build_content()
        yield sandbox
    finally:
        sandbox.remove()
