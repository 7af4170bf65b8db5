"""`kiosk admin set-pin`, `kiosk stats export`, and the committed example settings file."""
import io
import re
import sqlite3
from contextlib import closing

from kiosk.admin.commands import example_config, set_pin
from kiosk.admin.pin import PinStore
from kiosk.cli import main
from kiosk.logs import recent_lines
from kiosk.paths import PROJECT_ROOT
from kiosk.settings import Settings
from kiosk.stats.recorder import StatsRecorder


def test_example_config_is_in_sync_with_the_declared_settings():
    committed = (PROJECT_ROOT / "deploy" / "kiosk.toml.example").read_text(encoding="utf-8")
    assert committed == example_config(Settings), (
        "run: kiosk settings --example > deploy/kiosk.toml.example")
    for name, _default, _help in Settings.describe():
        assert f"# {name} = " in committed


def test_example_config_is_valid_once_uncommented(tmp_path):
    text = re.sub(r"^# (\w+ = )", r"\1", example_config(Settings), flags=re.M)
    (tmp_path / "kiosk.toml").write_text(text)
    settings = Settings.from_file(tmp_path / "kiosk.toml")
    assert str(settings.data_dir) == "/var/lib/iom-kiosk"


class Pipe(io.StringIO):
    def isatty(self):
        return False


def test_set_pin_from_a_pipe(settings, capsys):
    assert set_pin(settings, stdin=Pipe("5791\n5791\n")) == 0
    assert PinStore(settings.pin_path).attempt("5791").accepted
    assert set_pin(settings, stdin=Pipe("5791\n5792\n")) == 1
    assert set_pin(settings, stdin=Pipe("57\n")) == 1
    assert "the PIN was not changed" in capsys.readouterr().err
    assert PinStore(settings.pin_path).attempt("5791").accepted


def test_set_pin_from_the_terminal_asks_twice(settings):
    class Terminal(io.StringIO):
        def isatty(self):
            return True

    answers = iter(["8642", "8642"])
    assert set_pin(settings, stdin=Terminal(), prompt=lambda _text: next(answers)) == 0
    assert PinStore(settings.pin_path).is_set


def test_stats_export_command(tmp_path, capsys):
    config = tmp_path / "kiosk.toml"
    config.write_text(f'[kiosk]\ndata_dir = "{tmp_path}"\nkiosk_id = "poti-2"\n')
    recorder = StatsRecorder(tmp_path / "state.db")
    recorder.start()
    for _ in range(7):
        recorder.record("screen_view", "home", "ka")
    recorder.record("screen_view", "offices", "ka")
    recorder.close()
    out = tmp_path / "usage.csv"
    assert main(["--config", str(config), "stats", "export", "--out", str(out)]) == 0
    lines = out.read_text().splitlines()
    assert lines[0] == "kiosk_id,hour_utc,event,key,language,count"
    assert len(lines) == 2 and lines[1].startswith("poti-2,") and lines[1].endswith(",home,ka,7")
    assert "1 rows below 5 left out" in capsys.readouterr().err
    with closing(sqlite3.connect(tmp_path / "state.db")) as db:
        assert db.execute("PRAGMA integrity_check").fetchone() == ("ok",)


def test_recent_lines(tmp_path):
    log = tmp_path / "kiosk.log"
    assert recent_lines(log) == []
    log.write_text("".join(f"line {n}\n" for n in range(100)))
    assert recent_lines(log, 3) == ["line 97", "line 98", "line 99"]
