"""The content update settings read from the kiosk's TOML file."""
import pytest

from kiosk.settings import Settings, SettingsError


def test_update_settings_from_file(tmp_path):
    path = tmp_path / "kiosk.toml"
    path.write_text('[kiosk]\nupdate_public_keys = ["AAA=", "/etc/iom-kiosk/next.pub"]\n'
                    "update_max_bundle_mb = 10\nupdate_max_files = 300\n")
    settings = Settings.from_file(path)
    assert settings.update_public_keys == ("AAA=", "/etc/iom-kiosk/next.pub")
    assert settings.update_max_bundle_mb == 10.0 and settings.update_max_files == 300
    assert settings.update_max_unpacked_mb == 256.0
    assert Settings().update_public_keys == ()  # no key configured: every bundle is refused


def test_limits_must_be_positive(tmp_path):
    path = tmp_path / "kiosk.toml"
    path.write_text("[kiosk]\nupdate_max_unpacked_mb = 0\n")
    with pytest.raises(SettingsError, match="update_max_"):
        Settings.from_file(path)
