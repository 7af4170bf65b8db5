"""Test-wide set-up: Qt without a display, and the shared fixtures."""
import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

pytest_plugins = ["tests.helpers.fixtures", "tests.helpers.postgres", "tests.helpers.xvfb"]
