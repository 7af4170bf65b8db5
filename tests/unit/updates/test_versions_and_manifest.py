"""Version order, and the manifest's own checks (after its signature is verified)."""
from __future__ import annotations

import pytest

from kiosk.updates import BundleRejected
from kiosk.updates.manifest import canonical_json, parse_manifest, safe_pack_path
from kiosk.updates.versions import newest, parse_version


def test_versions_compare_as_numbers_not_text():
    assert parse_version("2026.11.25.1") < parse_version("2026.11.25.2") < parse_version("2026.12.1.1")
    assert parse_version("2026.9.1.1") < parse_version("2026.10.1.1")  # "9" > "1" as text
    assert parse_version("2026.11.25.1.0") == parse_version("2026.11.25.1")
    assert newest(None, "2026.9.1", "2026.10.1", "bundled") == "2026.10.1"
    for bad in ("", "v1", "1..2", "1.-2", "2026.11.25.1 beta"):
        with pytest.raises(ValueError):
            parse_version(bad)


@pytest.mark.parametrize("path, ok", [
    ("pack.toml", True), ("topics/need-go-home.toml", True), ("../x.toml", False),
    ("/x.toml", False), ("topics/./x.toml", False), (".x.toml", False), ("x.py", False),
    ("a/b/c/d/e.toml", False), ("topics\\x.toml", False), ("topics//x.toml", False),
])
def test_safe_pack_paths(path, ok):
    assert safe_pack_path(path) is ok


def manifest(**changes):
    data = {"format": 1, "kind": "iom-kiosk-content-bundle", "version": "2026.12.1.1",
            "created": "", "total_size": 3,
            "files": [{"path": "pack.toml", "size": 3, "sha256": "a" * 64}]}
    data.update(changes)
    return canonical_json(data)


@pytest.mark.parametrize("changes, fragment", [
    ({"format": 2}, "unsupported bundle format"),
    ({"kind": "other"}, "not a kiosk content manifest"),
    ({"version": "new"}, "not dot-separated numbers"),
    ({"files": []}, "lists no files"),
    ({"total_size": 99}, "total size does not match"),
    ({"files": [{"path": "pack.toml", "size": -1, "sha256": "a" * 64}], "total_size": -1}, "no valid size"),
    ({"files": [{"path": "pack.toml", "size": 3, "sha256": "xyz"}]}, "no valid SHA-256"),
    ({"files": [{"path": "a.toml", "size": 3, "sha256": "a" * 64}]}, "does not list pack.toml"),
    ({"files": [{"path": "pack.toml", "size": 3, "sha256": "a" * 64}] * 2, "total_size": 6}, "twice"),
])
def test_bad_manifests_are_refused(changes, fragment):
    with pytest.raises(BundleRejected, match=fragment):
        parse_manifest(manifest(**changes), max_files=100, max_unpacked=1000)


def test_a_good_manifest_reads_back():
    parsed = parse_manifest(manifest(), max_files=100, max_unpacked=1000)
    assert parsed.version == "2026.12.1.1" and parsed.total_size == 3
    with pytest.raises(BundleRejected, match="not valid JSON"):
        parse_manifest(b"{", max_files=100, max_unpacked=1000)
