"""Every setting has a declared type and range: any TOML document ends in valid settings or
one line naming the key, never an exception, and nothing unchecked reaches Qt (issue 12,
class 3)."""
from __future__ import annotations

import contextlib
import dataclasses
import io
import math
import re
import tempfile
from pathlib import Path

import pytest
from hypothesis import given, settings as hyp_settings, strategies as st

from kiosk.settings import Settings, SettingsError
from tests.helpers import toml_values

NAMES = [f.name for f in dataclasses.fields(Settings)]
FOLDER = Path(tempfile.mkdtemp(prefix="settings-shapes-"))


def load(text: str | bytes) -> Settings:
    path = FOLDER / "kiosk.toml"
    path.write_bytes(text if isinstance(text, bytes) else text.encode("utf-8"))
    return Settings.from_file(path)


def assert_usable(settings: Settings) -> None:
    """What the kiosk does with settings at start must work for any accepted file."""
    for spec in dataclasses.fields(Settings):
        value = getattr(settings, spec.name)
        if isinstance(value, float | int) and not isinstance(value, bool):
            low, high = spec.metadata.get("range", (0, 1_000_000))
            assert math.isfinite(value) and low <= value <= high, spec.name
    assert 0 < round(settings.idle_timeout_s * 1000) < 2**31  # a QTimer interval
    assert 0 < round(settings.countdown_s * 1000) < 2**31
    assert str(settings.log_path) and "\0" not in str(settings.data_dir)
    assert settings.default_language


kiosk_tables = st.dictionaries(
    st.one_of(st.sampled_from(NAMES), toml_values.texts), toml_values.values, max_size=4)
documents = st.one_of(
    st.fixed_dictionaries({"kiosk": kiosk_tables}),
    st.dictionaries(st.one_of(st.just("kiosk"), toml_values.texts), toml_values.values,
                    max_size=3),
)


@hyp_settings(max_examples=150, deadline=None)
@given(document=documents)
def test_any_document_gives_settings_or_one_line(document):
    try:
        settings = load(toml_values.dumps(document))
    except SettingsError as exc:
        message = str(exc)
        assert "\n" not in message and message.startswith(str(FOLDER))
        return
    assert_usable(settings)


@hyp_settings(max_examples=100, deadline=None)
@given(data=st.binary(max_size=200))
def test_any_bytes_give_settings_or_one_line(data):
    try:
        settings = load(data)
    except SettingsError as exc:
        assert "\n" not in str(exc)
        return
    assert_usable(settings)


@pytest.mark.parametrize("body, fragment", [
    ("[kiosk]\nidle_timeout_s = 1e12\n", "idle_timeout_s: 1e+12 is outside 5 to 86400"),
    ("[kiosk]\nidle_timeout_s = nan\n", "idle_timeout_s: expected a finite number"),
    ("[kiosk]\ncountdown_s = inf\n", "countdown_s: expected a finite number"),
    ("[kiosk]\nscreen_dpi = -inf\n", "screen_dpi: expected a finite number"),
    ("[kiosk]\nidle_timeout_s = true\n", "idle_timeout_s: expected a number, not True"),
    ("[kiosk]\nlog_backups = false\n", "log_backups: expected a whole number, not False"),
    ("[kiosk]\nupdate_max_files = 2.5\n", "update_max_files: expected a whole number"),
    ("kiosk = 5\n", "kiosk must be a table"),
    ("kiosk = [1]\n", "kiosk must be a table"),
    ("[kiosk]\noffered_languages = \"ka\"\n", "offered_languages: expected a list of texts"),
    ("[kiosk]\noffered_languages = [\"ka\", \"ka\"]\n", "offered_languages: a language is listed twice"),
    ("[kiosk]\noffered_languages = [1]\n", "offered_languages: expected a list of texts"),
    ("[kiosk]\ndata_dir = 5\n", "data_dir: expected a path"),
    ("[kiosk]\ndata_dir = \"a\\u0000b\"\n", "data_dir: expected a path of at most"),
    ("[kiosk]\nlocation = {a = 1}\n", "location: expected text in quotes"),
    ("[kiosk]\nkiosk_id = \"x\"\n[kiosk.extra]\n", "unknown setting(s) extra"),
])
def test_each_class_of_bad_value_is_one_line_naming_the_key(body, fragment):
    with pytest.raises(SettingsError) as info:
        load(body)
    assert fragment in str(info.value) and "\n" not in str(info.value)


def test_a_file_that_is_not_utf8_is_one_line():
    with pytest.raises(SettingsError, match="not UTF-8 text"):
        load("[kiosk]\nlocation = \"Sarpi\"\n".encode("utf-8").replace(b"Sarpi", b"\xff\xfe"))


def test_the_kiosk_command_prints_one_line_and_exits_2(tmp_path):
    from kiosk.cli import main

    config = tmp_path / "kiosk.toml"
    config.write_text("[kiosk]\nidle_timeout_s = nan\n", encoding="utf-8")
    err = io.StringIO()
    with contextlib.redirect_stderr(err):
        assert main(["--config", str(config), "settings"]) == 2
    assert err.getvalue().count("\n") == 1 and "idle_timeout_s" in err.getvalue()


def test_the_example_file_still_loads(tmp_path):
    from kiosk.admin.commands import example_config

    # Every default, written out, is within its declared range.
    text = "\n".join(line.removeprefix("# ") if line.split(" = ")[0][2:] in NAMES else line
                     for line in example_config(Settings).splitlines())
    config = tmp_path / "kiosk.toml"
    config.write_text(text, encoding="utf-8")
    assert_usable(Settings.from_file(config))
    assert "# (from 5 to 86400)" in example_config(Settings)


@pytest.mark.parametrize("body, fragment", [
    ("[kiosk]\nscreen_dpi = 0.001\n", "screen_dpi: 0 (ask the screen) or from 50"),
    ("[kiosk]\nbundle_glob = \"\"\n", "bundle_glob: a file name pattern"),
    ("[kiosk]\ndatabase_url = \"not a url\"\n", "database_url: not a database URL"),
])
def test_values_in_range_that_still_cannot_work_are_refused(body, fragment):
    with pytest.raises(SettingsError, match=re.escape(fragment)):
        load(body)
