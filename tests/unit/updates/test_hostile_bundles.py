"""Hostile and broken bundles: each is refused with a clear reason and the old content keeps serving."""
from __future__ import annotations

import dataclasses
import hashlib
import io
import gzip
import tarfile
from pathlib import Path

import pytest

from kiosk.updates import BundleRejected, import_bundle
from tests.helpers.update_bundles import (
    BUNDLED_VERSION, craft_bundle, make_pack, manifest_bytes, pack_contents, regular, served,
    special, write_tar,
)

NEW = "2026.12.1.1"


@pytest.fixture
def files(tmp_path):
    """The files of an honest newer pack, as (relative path, bytes)."""
    return pack_contents(make_pack(tmp_path / "new-pack", NEW, "v2"))


@pytest.fixture
def refused(update_settings, tmp_path):
    """refused(bundle_path, fragment, settings=None): the import fails with `fragment` in its
    reason, and afterwards the kiosk is exactly as before and serves the old content."""
    live = update_settings.data_dir / "content.db"

    def check(bundle, fragment, settings=None):
        before = hashlib.sha256(live.read_bytes()).hexdigest()
        with pytest.raises(BundleRejected) as info:
            import_bundle(bundle, settings or update_settings)
        assert fragment in info.value.reason, info.value.reason
        assert hashlib.sha256(live.read_bytes()).hexdigest() == before
        store = update_settings.data_dir / "content"
        assert not list(store.glob("staging-*")), "a staging folder was left behind"
        assert not (store / "packs").exists() or not list((store / "packs").iterdir())
        assert not (store / "state.json").exists()
        assert not list(tmp_path.rglob("evil*")), "a file was written outside the content folder"
        assert not Path("/tmp/evil.toml").exists() and not Path("/etc/evil.toml").exists()
        assert served(update_settings) == (BUNDLED_VERSION, "")
        return info.value.reason

    return check


def test_the_honest_bundle_these_tests_start_from_is_accepted(update_settings, signing_keys, files, tmp_path):
    bundle = craft_bundle(tmp_path / "ok.tar.gz", signing_keys["primary"], NEW, files)
    assert import_bundle(bundle, update_settings).version == NEW
    assert served(update_settings) == (NEW, "v2")


def test_tampered_file(refused, signing_keys, files, tmp_path):
    rel, data = files[3]
    altered = [(r, d if r != rel else d.replace(b"IOM", b"I0M", 1)) for r, d in files]
    assert altered != files
    bundle = craft_bundle(tmp_path / "b.tar.gz", signing_keys["primary"], NEW, altered, listed=files)
    refused(bundle, f"{rel} does not match its SHA-256")


def test_tampered_manifest(refused, signing_keys, files, tmp_path):
    honest = manifest_bytes(NEW, files)
    bundle = tmp_path / "b.tar.gz"
    write_tar(bundle, [
        regular("manifest.json", honest.replace(NEW.encode(), b"2099.1.1.1")),
        regular("manifest.sig", signing_keys["primary"].sign(honest)),
        *(regular("pack/" + rel, data) for rel, data in files),
    ])
    refused(bundle, "signature does not match any trusted key")


@pytest.mark.parametrize("fraction", [0.02, 0.3, 0.6, 0.97])
def test_truncated_archive(refused, signing_keys, files, tmp_path, fraction):
    whole = craft_bundle(tmp_path / "whole.tar.gz", signing_keys["primary"], NEW, files).read_bytes()
    bundle = tmp_path / "cut.tar.gz"
    bundle.write_bytes(whole[: int(len(whole) * fraction)])
    refused(bundle, "damaged or incomplete")


def test_truncated_plain_tar(refused, signing_keys, files, tmp_path):
    whole = craft_bundle(tmp_path / "whole.tar", signing_keys["primary"], NEW, files, mode="w").read_bytes()
    bundle = tmp_path / "cut.tar"
    bundle.write_bytes(whole[: len(whole) // 2])
    reason = refused(bundle, "")
    assert "damaged or incomplete" in reason or "missing from the bundle" in reason


def test_not_an_archive_at_all(refused, tmp_path):
    bundle = tmp_path / "b.tar.gz"
    bundle.write_bytes(b"\x1f\x8b" + bytes(range(256)) * 8)
    refused(bundle, "damaged or incomplete")


def test_unsigned(refused, files, tmp_path):
    refused(craft_bundle(tmp_path / "b.tar.gz", None, NEW, files), "not signed")


def test_wrongly_signed(refused, update_settings, signing_keys, files, tmp_path):
    bundle = craft_bundle(tmp_path / "b.tar.gz", signing_keys["stranger"], NEW, files)
    refused(bundle, "signature does not match any trusted key")
    stages = []
    with pytest.raises(BundleRejected):
        import_bundle(bundle, update_settings, lambda *args: stages.append(args[2]))
    assert stages == ["checking"], "nothing may be unpacked before the signature checks out"


def test_signature_of_the_wrong_length(refused, signing_keys, files, tmp_path):
    manifest = manifest_bytes(NEW, files)
    bundle = write_tar(tmp_path / "b.tar.gz", [
        regular("manifest.json", manifest),
        regular("manifest.sig", signing_keys["primary"].sign(manifest)[:40]),
        *(regular("pack/" + rel, data) for rel, data in files),
    ])
    refused(bundle, "signature does not match")


@pytest.mark.parametrize("version", ["2026.1.1.1", BUNDLED_VERSION, BUNDLED_VERSION + ".0"])
def test_older_or_same_version(refused, signing_keys, tmp_path, version):
    files = pack_contents(make_pack(tmp_path / "old", version, "v0"))
    bundle = craft_bundle(tmp_path / "b.tar.gz", signing_keys["primary"], version, files)
    refused(bundle, f"version {version} is not newer than the installed {BUNDLED_VERSION}")


def test_manifest_version_differs_from_pack_toml(refused, signing_keys, files, tmp_path):
    bundle = craft_bundle(tmp_path / "b.tar.gz", signing_keys["primary"], "2026.12.9.9", files)
    refused(bundle, "pack.toml says version 2026.12.1.1 but the signed manifest says 2026.12.9.9")


def test_signed_pack_with_content_errors(refused, signing_keys, files, tmp_path):
    broken = [(r, d.replace(b"kind = ", b"kind == ") if r == "topics/need-medical.toml" else d)
              for r, d in files]
    bundle = craft_bundle(tmp_path / "b.tar.gz", signing_keys["primary"], NEW, broken)
    refused(bundle, "topics/need-medical.toml:1: malformed TOML")


def test_oversized_bundle_file(refused, update_settings, signing_keys, files, tmp_path):
    bundle = craft_bundle(tmp_path / "b.tar", signing_keys["primary"], NEW, files, mode="w")
    small = dataclasses.replace(update_settings, update_max_bundle_mb=0.05)
    refused(bundle, "more than the limit of 0.1 MB", small)


def test_oversized_as_declared_in_the_manifest(refused, update_settings, signing_keys, files, tmp_path):
    big = files + [("topics/zz-big.toml", b"# " + b"x" * 2_000_000 + b"\n")]
    bundle = craft_bundle(tmp_path / "b.tar.gz", signing_keys["primary"], NEW, big)
    small = dataclasses.replace(update_settings, update_max_unpacked_mb=1)
    total = sum(len(data) for _rel, data in big) / 1_000_000
    refused(bundle, f"unpacks to {total:.1f} MB, more than the limit of 1.0 MB", small)


def test_too_many_files(refused, update_settings, signing_keys, files, tmp_path):
    bundle = craft_bundle(tmp_path / "b.tar.gz", signing_keys["primary"], NEW, files)
    few = dataclasses.replace(update_settings, update_max_files=10)
    refused(bundle, "more than the limit of 10", few)


def test_file_larger_than_the_manifest_says(refused, signing_keys, files, tmp_path):
    rel, data = files[0]
    grown = [(r, d + b"\n# more\n" if r == rel else d) for r, d in files]
    bundle = craft_bundle(tmp_path / "b.tar.gz", signing_keys["primary"], NEW, grown, listed=files)
    refused(bundle, f"{rel} is {len(data) + 8} bytes but the manifest says {len(data)}")


@pytest.mark.parametrize("name", [
    "pack/../evil.toml", "pack/../../evil.toml", "/tmp/evil.toml", "../evil.toml", "pack/topics/..\\evil.toml",
])
def test_path_traversal_in_the_archive(refused, signing_keys, files, tmp_path, name):
    bundle = craft_bundle(tmp_path / "b.tar.gz", signing_keys["primary"], NEW, files,
                          extra=[regular(name, b"x = 1\n")])
    refused(bundle, "outside the content folder")


@pytest.mark.parametrize("path", ["../evil.toml", "/etc/evil.toml", "topics/../../evil.toml", ".hidden.toml"])
def test_path_traversal_in_the_signed_manifest(refused, signing_keys, files, tmp_path, path):
    bundle = craft_bundle(tmp_path / "b.tar.gz", signing_keys["primary"], NEW,
                          files + [(path, b"x = 1\n")])
    refused(bundle, "unsafe path")


@pytest.mark.parametrize("kind, fragment", [
    (tarfile.SYMTYPE, "is a link"), (tarfile.LNKTYPE, "is a link"),
    (tarfile.CHRTYPE, "is a device or special file"), (tarfile.BLKTYPE, "is a device or special file"),
    (tarfile.FIFOTYPE, "is a device or special file"),
])
def test_links_and_device_files(refused, signing_keys, files, tmp_path, kind, fragment):
    # the member takes the place of a listed file, so only its type can give it away
    rel = "topics/need-go-home.toml"
    rest = [(r, d) for r, d in files if r != rel]
    member = special("pack/" + rel, kind, linkname="/etc/passwd")
    bundle = craft_bundle(tmp_path / "b.tar.gz", signing_keys["primary"], NEW, rest,
                          listed=files, extra=[member])
    refused(bundle, f"pack/{rel} {fragment}")


def test_decompression_bomb(refused, update_settings, signing_keys, files, tmp_path):
    # 8 MB of zeros in a pax header ahead of everything: 8 KB compressed. tarfile would read
    # the whole header into memory; the capped stream stops it near the 1 MB limit.
    bomb = tarfile.TarInfo("././@PaxHeader")
    bomb.type, bomb.size = tarfile.XHDTYPE, 8_000_000
    bundle = tmp_path / "bomb.tar.gz"
    with gzip.open(bundle, "wb") as out, tarfile.open(fileobj=out, mode="w|", format=tarfile.GNU_FORMAT) as tar:
        tar.addfile(bomb, _Zeros(bomb.size))
    assert bundle.stat().st_size < 20_000
    small = dataclasses.replace(update_settings, update_max_unpacked_mb=1, update_max_files=10)
    refused(bundle, "unpacks to more than", small)


@pytest.mark.parametrize("where, fragment", [
    ("manifest.json", "manifest.json is too large"),
    ("pack/pack.toml", "pack.toml is 40000000 bytes but the manifest says"),
])
def test_decompression_bomb_as_a_member(refused, signing_keys, files, tmp_path, where, fragment):
    # a member of 40 MB of zeros (40 KB compressed; gzip level 1 keeps the test quick) where the manifest or a listed file belongs:
    # refused from its header, before a byte of it is unpacked
    manifest = manifest_bytes(NEW, files)
    bomb = tarfile.TarInfo(where)
    bomb.size = 40_000_000
    head = [] if where == "manifest.json" else [
        regular("manifest.json", manifest), regular("manifest.sig", signing_keys["primary"].sign(manifest))]
    bundle = tmp_path / "bomb.tar.gz"
    with tarfile.open(bundle, "w:gz", format=tarfile.PAX_FORMAT, compresslevel=1) as tar:
        for info, data in head:
            tar.addfile(info, io.BytesIO(data))
        tar.addfile(bomb, _Zeros(bomb.size))
    assert bundle.stat().st_size < 300_000
    refused(bundle, fragment)


@pytest.mark.parametrize("mode", ["w", "w:xz", "w:bz2"])
def test_plain_xz_and_bzip2_bundles_are_read_too(update_settings, signing_keys, files, tmp_path, mode):
    bundle = craft_bundle(tmp_path / "b.tar", signing_keys["primary"], NEW, files, mode=mode)
    assert import_bundle(bundle, update_settings).version == NEW
    assert served(update_settings) == (NEW, "v2")


class _Zeros:
    def __init__(self, size):
        self.left = size

    def read(self, size=-1):
        size = self.left if size < 0 else min(size, self.left)
        self.left -= size
        return bytes(size)


def test_unlisted_extra_file(refused, signing_keys, files, tmp_path):
    bundle = craft_bundle(tmp_path / "b.tar.gz", signing_keys["primary"], NEW, files,
                          extra=[regular("pack/topics/extra.toml", b"kind = 'need'\n")])
    refused(bundle, "pack/topics/extra.toml is not listed in the signed manifest")


def test_listed_file_missing(refused, signing_keys, files, tmp_path):
    bundle = craft_bundle(tmp_path / "b.tar.gz", signing_keys["primary"], NEW, files[:-1], listed=files)
    refused(bundle, f"{files[-1][0]} is listed in the manifest but missing from the bundle")


def test_duplicate_member(refused, signing_keys, files, tmp_path):
    rel, data = files[0]
    bundle = craft_bundle(tmp_path / "b.tar.gz", signing_keys["primary"], NEW, files,
                          extra=[regular("pack/" + rel, data)])
    refused(bundle, "appears twice")


def test_manifest_not_first(refused, signing_keys, files, tmp_path):
    manifest = manifest_bytes(NEW, files)
    bundle = write_tar(tmp_path / "b.tar.gz", [
        regular("pack/" + files[0][0], files[0][1]),
        regular("manifest.json", manifest),
        regular("manifest.sig", signing_keys["primary"].sign(manifest)),
    ])
    refused(bundle, "manifest.json is not its first file")


def test_missing_bundle_file_or_a_folder(refused, tmp_path):
    refused(tmp_path / "no-such.tar.gz", "cannot read")
    (tmp_path / "folder.tar.gz").mkdir()
    refused(tmp_path / "folder.tar.gz", "is not a file")


def test_own_checks_hold_without_the_standard_library_filter(refused, signing_keys, files, tmp_path, monkeypatch):
    # Python 3.11 before 3.11.4 has no tarfile.data_filter: the reader's own checks must suffice
    monkeypatch.delattr(tarfile, "data_filter")
    for n, member in enumerate([regular("pack/../evil.toml", b"x"), special("pack/a.toml", tarfile.SYMTYPE, "/etc/passwd")]):
        bundle = craft_bundle(tmp_path / f"b{n}.tar.gz", signing_keys["primary"], NEW, files, extra=[member])
        refused(bundle, "outside the content folder" if n == 0 else "is a link")
