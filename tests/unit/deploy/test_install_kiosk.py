"""scripts/install-kiosk (what `scripts/setup --kiosk` runs after the packages): its files go
where the unit expects them, a second run changes nothing, settings someone edited are never
overwritten, and the location typed at install time reaches the settings file intact.

Run with IOM_KIOSK_ROOT (files under a temporary folder instead of /), which leaves out the
steps that need the real machine: the user, the venv, the content build and systemd."""
from __future__ import annotations

import os
import shutil
import subprocess

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from kiosk.paths import PROJECT_ROOT
from kiosk.settings import Settings

INSTALLER = PROJECT_ROOT / "scripts" / "install-kiosk"
CONFIG = "etc/iom-kiosk/kiosk.toml"
SYSTEM_FILES = {
    "etc/systemd/system/iom-kiosk.service": "deploy/iom-kiosk.service",
    "etc/pam.d/iom-kiosk": "deploy/pam.d-iom-kiosk",
    "etc/udev/rules.d/99-iom-kiosk-usb.rules": "deploy/99-iom-kiosk-usb.rules",
}

pytestmark = pytest.mark.skipif(shutil.which("rsync") is None,
                                reason="rsync not installed (scripts/setup --test installs it)")


def install(root, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([str(INSTALLER), *args], capture_output=True, text=True, timeout=120,
                          env=dict(os.environ, IOM_KIOSK_ROOT=str(root)))


def test_first_run_installs_everything_and_a_second_run_changes_nothing(tmp_path):
    first = install(tmp_path, "--kiosk-id", "sarpi-1", "--location", "Sarpi border crossing")
    assert first.returncode == 0, first.stderr
    for installed, source in SYSTEM_FILES.items():
        assert (tmp_path / installed).read_bytes() == (PROJECT_ROOT / source).read_bytes()
        assert f"install /{installed}" in first.stdout
    program = tmp_path / "opt/iom-kiosk"
    session = program / "deploy/iom-kiosk-session"
    assert session.read_bytes() == (PROJECT_ROOT / "deploy/iom-kiosk-session").read_bytes()
    assert os.access(session, os.X_OK)
    assert (session.stat().st_mode & 0o755) == 0o755  # the kiosk user may read and run it
    assert not (program / ".git").exists() and not (program / ".venv").exists()
    chosen = Settings.from_file(tmp_path / CONFIG)
    assert (chosen.kiosk_id, chosen.location) == ("sarpi-1", "Sarpi border crossing")
    assert str(chosen.data_dir) == "/var/lib/iom-kiosk"

    second = install(tmp_path)
    assert second.returncode == 0, second.stderr
    assert second.stdout == "Nothing to change: the kiosk is installed and up to date.\n"
    check = install(tmp_path, "--check")
    assert (check.returncode, check.stdout) == (0, second.stdout)


def test_edited_settings_are_kept_and_changed_system_files_are_put_back(tmp_path):
    assert install(tmp_path).returncode == 0
    config = tmp_path / CONFIG
    edited = config.read_text().replace('# kiosk_id = "kiosk-1"', 'kiosk_id = "batumi-office"')
    config.write_text(edited)
    unit = tmp_path / "etc/systemd/system/iom-kiosk.service"
    unit.write_text(unit.read_text() + "\n# changed by hand\n")

    check = install(tmp_path, "--check", "--kiosk-id", "other")
    assert check.returncode == 1
    assert check.stdout.splitlines() == [
        "would: install /etc/systemd/system/iom-kiosk.service",
        "1 change(s) to make: run without --check to make them.",
    ]
    assert "left as it is" in check.stderr  # --kiosk-id does not overwrite settings
    assert "changed by hand" in unit.read_text()  # --check changed nothing

    fixed = install(tmp_path)
    assert fixed.returncode == 0
    assert unit.read_bytes() == (PROJECT_ROOT / "deploy/iom-kiosk.service").read_bytes()
    assert config.read_text() == edited


def test_a_bad_kiosk_id_is_refused_with_one_line(tmp_path):
    done = install(tmp_path, "--kiosk-id", "sarpi 1/../x")
    assert done.returncode == 2
    assert done.stderr.count("\n") == 1 and "letters, digits" in done.stderr
    assert not (tmp_path / "etc").exists()


@pytest.fixture(scope="module")
def installed_root(tmp_path_factory):
    root = tmp_path_factory.mktemp("kiosk-root")
    assert install(root).returncode == 0
    return root


# Any place name staff might type: quotes, backslashes, the characters sed treats specially.
place_names = st.text(
    alphabet=st.characters(blacklist_categories=("Cc", "Cs", "Zl", "Zp")), min_size=1, max_size=40,
).filter(lambda s: s.strip() == s and s)


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(location=place_names)
def test_the_location_reaches_the_settings_file_intact(installed_root, location):
    (installed_root / CONFIG).unlink()
    done = install(installed_root, "--location", location)
    assert done.returncode == 0, done.stderr
    assert Settings.from_file(installed_root / CONFIG).location == location
