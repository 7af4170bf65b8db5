"""A `kiosk` command never shows an operator a traceback: one line on stderr, exit 1, the
traceback in the log file (issue 12)."""
from __future__ import annotations

import subprocess
import sys

import pytest

from kiosk.cli import main
from kiosk.paths import PROJECT_ROOT


@pytest.fixture
def config(tmp_path):
    path = tmp_path / "kiosk.toml"
    path.write_text(f'[kiosk]\ndata_dir = "{tmp_path / "data"}"\n', encoding="utf-8")
    return path


def test_an_unexpected_failure_is_one_line_and_a_logged_traceback(config, tmp_path, monkeypatch,
                                                                  capsys):
    import kiosk.admin.commands as commands

    def broken(_settings, _out):
        raise RuntimeError("something nobody foresaw\nin two lines")

    monkeypatch.setattr(commands, "export_stats", broken)
    assert main(["--config", str(config), "stats", "export"]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "Traceback" not in err
    assert "kiosk stats export failed (RuntimeError: something nobody foresaw in two lines)" in err
    log = (tmp_path / "data" / "kiosk.log").read_text(encoding="utf-8")
    assert "Traceback" in log and "something nobody foresaw" in log


def test_logged_errors_reach_the_terminal_as_one_line(config, tmp_path):
    """A real process (its own logging set-up): a build that fails logs its traceback to the
    file; the terminal gets one line per problem."""
    data = tmp_path / "data"
    (data / "content.db").mkdir(parents=True)  # where the database belongs, a folder
    result = subprocess.run(
        [sys.executable, str(PROJECT_ROOT / "main.py"), "--config", str(config), "leaflet",
         "--list"], capture_output=True, text=True, timeout=120, cwd=PROJECT_ROOT,
    )
    assert result.returncode == 1
    assert "Traceback" not in result.stderr + result.stdout
    assert "kiosk leaflet: the content database could not be built" in result.stderr
    assert "Traceback" in (data / "kiosk.log").read_text(encoding="utf-8")
