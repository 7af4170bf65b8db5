"""Settings: declared once, read from TOML, unknown or wrong values refused with a clear message."""
import pytest

from kiosk.settings import Settings, SettingsError


def test_file_overrides_defaults(tmp_path):
    path = tmp_path / "kiosk.toml"
    path.write_text('[kiosk]\nidle_timeout_s = 45\noffered_languages = ["en", "ka"]\n')
    settings = Settings.from_file(path)
    assert settings.idle_timeout_s == 45.0
    assert settings.default_language == "en"
    assert settings.countdown_s == 20.0


@pytest.mark.parametrize("body, fragment", [
    ("[kiosk]\nidle_timeout = 45\n", "unknown setting(s) idle_timeout"),
    ("[kiosk]\noffered_languages = ['xx']\n", "unknown language code(s) xx"),
    ("[kiosk]\nfullscreen = 'yes'\n", "fullscreen"),
    ("[kiosk\n", "kiosk.toml"),
])
def test_bad_files_are_refused(tmp_path, body, fragment):
    path = tmp_path / "kiosk.toml"
    path.write_text(body)
    with pytest.raises(SettingsError) as info:
        Settings.from_file(path)
    assert fragment in str(info.value)


def test_every_setting_is_described():
    for name, _default, meaning in Settings.describe():
        assert meaning, name


def test_a_setting_outside_the_kiosk_table_is_refused(tmp_path):
    config = tmp_path / "kiosk.toml"
    config.write_text('idle_timeout_s = 30\n', "utf-8")
    with pytest.raises(SettingsError, match=r"\[kiosk\] table"):
        Settings.from_file(config)
