"""Settings: declared once, read from TOML, unknown or wrong values refused with a clear message."""
import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kiosk.settings import GEORGIA_LATITUDE, GEORGIA_LONGITUDE, Settings, SettingsError


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


# --- where the kiosk stands: latitude/longitude inside Georgia, both or neither -----------
inside_lat = st.floats(*GEORGIA_LATITUDE)
inside_lon = st.floats(*GEORGIA_LONGITUDE)
outside_lat = st.one_of(st.floats(-90, GEORGIA_LATITUDE[0], exclude_max=True),
                        st.floats(GEORGIA_LATITUDE[1], 90, exclude_min=True))
outside_lon = st.one_of(st.floats(-180, GEORGIA_LONGITUDE[0], exclude_max=True),
                        st.floats(GEORGIA_LONGITUDE[1], 180, exclude_min=True))


def test_position_is_unset_by_default():
    assert Settings().position is None


@given(inside_lat, inside_lon)
def test_a_position_inside_georgia_is_accepted(lat, lon):
    assert Settings.from_mapping({"latitude": lat, "longitude": lon}).position == (lat, lon)


@given(st.one_of(st.tuples(outside_lat, inside_lon), st.tuples(inside_lat, outside_lon),
                 st.tuples(st.just(float("nan")), inside_lon)))
def test_a_position_outside_georgia_is_refused_with_one_clear_line(position):
    lat, lon = position
    with pytest.raises(SettingsError) as info:
        Settings.from_mapping({"latitude": lat, "longitude": lon})
    message = str(info.value)
    assert "\n" not in message
    if math.isnan(lat):  # not a number at all: said as such, naming the key
        assert "latitude: expected a finite number" in message
    else:
        assert "within Georgia" in message


@pytest.mark.parametrize("values", [{"latitude": 41.6}, {"longitude": 44.8}])
def test_latitude_without_longitude_is_refused(values):
    with pytest.raises(SettingsError, match="both latitude and longitude"):
        Settings.from_mapping(values)


@pytest.mark.parametrize("body, fragment", [
    ('latitude = "north"\nlongitude = 44.8\n', "latitude"),
    ("latitude = true\nlongitude = 44.8\n", "latitude"),
    ('latitude = 44.8\nlongitude = 41.7\n', "within Georgia"),  # swapped by mistake
])
def test_bad_coordinates_in_a_file_are_refused(tmp_path, body, fragment):
    path = tmp_path / "kiosk.toml"
    path.write_text("[kiosk]\n" + body)
    with pytest.raises(SettingsError, match=fragment):
        Settings.from_file(path)


def test_empty_coordinates_in_a_file_mean_unset(tmp_path):
    path = tmp_path / "kiosk.toml"
    path.write_text('[kiosk]\nlocation = "Sarpi border crossing"\nlatitude = ""\nlongitude = ""\n')
    settings = Settings.from_file(path)
    assert settings.position is None and settings.location == "Sarpi border crossing"
