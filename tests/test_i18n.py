"""UI catalogues: every string translated, compiled catalogues not stale, no string missed."""
from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from kiosk.paths import I18N, PROJECT_ROOT

TS_FILES = sorted(I18N.glob("kiosk_*.ts"))
STUDIO_TS_FILES = sorted(I18N.glob("studio_*.ts"))
ALL_TS_FILES = TS_FILES + STUDIO_TS_FILES
# Which code each catalogue family translates (lupdate scans these folders).
CODE_FOLDERS = {"kiosk": ("kiosk/ui",), "studio": ("kiosk/studio",)}
BIN = Path(sys.executable).parent


def messages(ts: Path):
    return list(ET.parse(ts).iter("message"))


def test_there_is_a_catalogue_for_every_language_but_the_source():
    from kiosk.languages import KNOWN_LANGUAGES

    have = {ts.stem.removeprefix("kiosk_") for ts in TS_FILES}
    assert set(KNOWN_LANGUAGES) - {"en"} == have


def test_the_studio_has_a_catalogue_for_each_of_its_languages_but_the_source():
    """The studio is for staff: Georgian and English (the source) at least."""
    from kiosk.studio.translation import SOURCE_LANGUAGE, STUDIO_LANGUAGES

    have = {ts.stem.removeprefix("studio_") for ts in STUDIO_TS_FILES}
    assert "ka" in STUDIO_LANGUAGES
    assert set(STUDIO_LANGUAGES) - {SOURCE_LANGUAGE} == have


@pytest.mark.parametrize("ts", ALL_TS_FILES, ids=lambda p: p.name)
def test_every_ui_string_is_translated(ts):
    untranslated = [
        m.find("source").text for m in messages(ts)
        if m.find("translation").get("type") in ("unfinished", "vanished", "obsolete")
        or not "".join(m.find("translation").itertext()).strip()
    ]
    assert untranslated == []


@pytest.mark.parametrize("ts", ALL_TS_FILES, ids=lambda p: p.name)
def test_compiled_catalogue_is_not_stale(ts, tmp_path):
    fresh = tmp_path / "fresh.qm"
    subprocess.run([BIN / "pyside6-lrelease", ts, "-qm", fresh], check=True, capture_output=True)
    assert fresh.read_bytes() == ts.with_suffix(".qm").read_bytes(), (
        f"run: pyside6-lrelease {ts.relative_to(PROJECT_ROOT)}"
    )


@pytest.mark.parametrize("ts", ALL_TS_FILES, ids=lambda p: p.name)
def test_catalogue_holds_every_string_in_the_code(ts, tmp_path):
    """lupdate over the code must find nothing new: a new self.tr() needs translating."""
    copy = tmp_path / ts.name
    shutil.copy(ts, copy)
    family = ts.stem.split("_")[0]
    sources = sorted(str(p) for folder in CODE_FOLDERS[family]
                     for p in (PROJECT_ROOT / folder).rglob("*.py"))
    subprocess.run([BIN / "pyside6-lupdate", "-no-obsolete", *sources, "-ts", copy],
                   check=True, capture_output=True)
    before = {(m.find("source").text) for m in messages(ts)}
    after = {(m.find("source").text) for m in messages(copy)}
    assert after - before == set(), "new UI strings: run scripts/update-translations"
    assert before - after == set(), "strings no longer in the code: run scripts/update-translations"
