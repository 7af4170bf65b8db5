"""kill -9 during an import, again and again: the database stays whole, the kiosk serves one
version completely (old or new, never a mix), and a later import still works."""
from __future__ import annotations

import json
import random
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from kiosk.paths import PROJECT_ROOT
from kiosk.updates.store import ContentStore
from kiosk.updates.writer import write_bundle
from tests.helpers.update_bundles import (
    BUNDLED_VERSION, PACK_FILES, make_pack, served, served_by_database,
)

MARKERS = {BUNDLED_VERSION: "", **{f"2026.12.{n}.1": f"v{n + 1}" for n in range(1, 8)}}


@pytest.fixture
def kiosk(update_settings, signing_keys, tmp_path):
    """The kiosk's settings, a JSON copy for the child process, and a bundle per version."""
    settings_file = tmp_path / "settings.json"
    settings_file.write_text(json.dumps({
        "content_dir": str(update_settings.content_dir),
        "data_dir": str(update_settings.data_dir),
        "update_public_keys": list(update_settings.update_public_keys),
    }))
    bundles = {}
    for version, marker in MARKERS.items():
        if marker:
            pack = make_pack(tmp_path / f"pack-{marker}", version, marker)
            bundles[version] = tmp_path / f"{marker}.tar.gz"
            write_bundle(pack, version, signing_keys["primary"], bundles[version])
    return update_settings, settings_file, bundles


def import_in_child(settings_file: Path, bundle: Path, kill_at: tuple[str, int] | None) -> list[str]:
    """Run an import, kill -9 it at the `kill_at` = (stage, n-th report of it); the reports seen."""
    child = subprocess.Popen(
        [sys.executable, "-m", "tests.helpers.import_child", str(settings_file), str(bundle)],
        cwd=PROJECT_ROOT, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
    )
    seen: list[str] = []
    try:
        for line in child.stdout:
            stage = line.split()[0]
            if stage in ("ok", "refused"):
                seen.append(line.strip())
                break
            seen.append(stage)
            if kill_at and stage == kill_at[0] and seen.count(stage) == kill_at[1] + 1:
                child.kill()
                break
            child.stdin.write("\n")
            child.stdin.flush()
        child.wait(timeout=60)
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
        child.stdin.close()
        child.stdout.close()
    return seen


def assert_whole(settings) -> str:
    """The database as the killed import left it is whole and of one version; start-up then
    serves exactly the version state.json records. Returns that version."""
    url = settings.content_database_url
    with sqlite3.connect(settings.data_dir / "content.db") as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    version, marker = served_by_database(url)  # before any repair: one version, not a mix
    assert MARKERS[version] == marker
    expected = ContentStore(settings).serving_version()
    assert served(settings) == (expected, MARKERS[expected])
    return expected


STAGES = ("checking", "unpacking", "building", "switching", "committing", "done")
KILL_POINTS = [
    # "unpacking" is reported once at 0 bytes, then after each (small) file
    ("checking", 0), ("unpacking", 0), ("unpacking", 1), ("unpacking", PACK_FILES // 2),
    ("unpacking", PACK_FILES),
    ("building", 0), ("switching", 0), ("committing", 0),
]


def test_kill_at_every_stage_then_a_later_import_works(kiosk):
    settings, settings_file, bundles = kiosk
    for point in KILL_POINTS:  # all before the commit point: the old content must serve
        seen = import_in_child(settings_file, bundles["2026.12.1.1"], point)
        assert seen[-1] == point[0], (point, seen)
        assert assert_whole(settings) == BUNDLED_VERSION, point
    # killed after the commit point: the new content serves
    seen = import_in_child(settings_file, bundles["2026.12.1.1"], ("done", 0))
    assert seen[-1] == "done"
    assert assert_whole(settings) == "2026.12.1.1"
    # and another import runs to the end, leaving nothing half-done behind
    assert import_in_child(settings_file, bundles["2026.12.2.1"], None)[-1] == "ok 2026.12.2.1"
    assert assert_whole(settings) == "2026.12.2.1"
    assert not list((settings.data_dir / "content").glob("staging-*"))


def test_kill_the_command_line_import_at_random_moments(kiosk, tmp_path):
    settings, _settings_file, bundles = kiosk
    config = tmp_path / "kiosk.toml"
    keys = ", ".join(f'"{key}"' for key in settings.update_public_keys)
    config.write_text(f'[kiosk]\ndata_dir = "{settings.data_dir}"\nupdate_public_keys = [{keys}]\n')
    command = [sys.executable, str(PROJECT_ROOT / "main.py"), "--config", str(config),
               "content", "import"]
    chance = random.Random(6)  # fixed seed: the same moments on every run
    outcomes = []
    for n in range(1, 7):  # a fresh version each time, so that each try really imports
        child = subprocess.Popen([*command, str(bundles[f"2026.12.{n}.1"])], cwd=PROJECT_ROOT,
                                 stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        try:
            child.wait(timeout=0.25 * n - 0.1 + chance.uniform(0, 0.25))  # 0.15 s to 1.65 s in
        except subprocess.TimeoutExpired:
            child.kill()
            child.wait()
        # the progress display writes one line per stage when not on a terminal
        stages = [line.split()[0] for line in child.stderr.read().splitlines()
                  if line.split() and line.split()[0] in STAGES]
        child.stderr.close()
        outcomes.append((child.returncode, stages[-1] if stages else "starting"))
        serving = assert_whole(settings)
        assert serving in MARKERS and (child.returncode != 0 or serving == f"2026.12.{n}.1")
    assert any(code == -9 for code, _stage in outcomes), f"no import was killed: {outcomes}"
    result = subprocess.run([*command, str(bundles["2026.12.7.1"])], cwd=PROJECT_ROOT,
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert "installed content version 2026.12.7.1" in result.stdout
    assert assert_whole(settings) == "2026.12.7.1"
