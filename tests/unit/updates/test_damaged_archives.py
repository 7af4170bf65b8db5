"""Damaged archives are refused even when every file inside checks out (issue 12, class 7): a
cut gzip trailer, bytes flipped or cut anywhere, names that are not plain. Hypothesis feeds the
bundle reader mutated archives; each is refused with one line, or is provably undamaged."""
from __future__ import annotations

import gzip
import io
import tarfile
import tempfile
import zlib
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from kiosk.updates import BundleRejected, import_bundle
from kiosk.updates.keys import public_base64, trusted_keys
from kiosk.updates.reader import Limits, read_bundle
from tests.helpers.update_bundles import (
    BUNDLED_VERSION, craft_bundle, make_pack, pack_contents, served,
)

NEW = "2026.12.1.1"
LIMITS = Limits(max_bundle=64_000_000, max_unpacked=256_000_000, max_files=5000)


@pytest.fixture(scope="module")
def honest(tmp_path_factory, signing_keys):
    """(bytes of an honest signed bundle, the trusted keys, its files)."""
    folder = tmp_path_factory.mktemp("honest")
    files = pack_contents(make_pack(folder / "pack", NEW, "v2"))
    bundle = craft_bundle(folder / "ok.kioskbundle", signing_keys["primary"], NEW, files)
    keys = trusted_keys((public_base64(signing_keys["primary"].public_key()),))
    return bundle.read_bytes(), keys, files


def read(data: bytes, keys) -> tuple[str | None, dict[str, bytes]]:
    """(the refusal, or None; the files staged) for a bundle holding `data`."""
    with tempfile.TemporaryDirectory() as folder:
        bundle, staging = Path(folder) / "b.kioskbundle", Path(folder) / "staging"
        bundle.write_bytes(data)
        staging.mkdir()
        try:
            read_bundle(bundle, keys, LIMITS, BUNDLED_VERSION, staging, lambda *_: None)
        except BundleRejected as exc:
            return exc.reason, {}
        return None, {p.relative_to(staging).as_posix(): p.read_bytes()
                      for p in staging.rglob("*") if p.is_file()}


def undamaged(data: bytes) -> bool:
    try:
        gzip.decompress(data)
    except (OSError, EOFError, zlib.error):
        return False
    return True


@st.composite
def damaged(draw, data: bytes) -> bytes:
    kind = draw(st.sampled_from(["cut", "flip", "cut-end", "append"]))
    if kind == "cut":
        return data[:draw(st.integers(0, len(data) - 1))]
    if kind == "cut-end":  # inside the gzip trailer or the tar's end blocks
        return data[:len(data) - draw(st.integers(1, 16))]
    if kind == "append":
        return data + draw(st.binary(min_size=1, max_size=64))
    position = draw(st.integers(0, len(data) - 1))
    flip = draw(st.integers(1, 255))
    return data[:position] + bytes([data[position] ^ flip]) + data[position + 1:]


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_a_damaged_archive_is_refused_with_one_line(honest, data):
    original, keys, files = honest
    mutated = data.draw(damaged(original))
    reason, staged = read(mutated, keys)
    if reason is None:  # accepted: only if nothing was damaged that matters
        assert undamaged(mutated), "a damaged archive was accepted"
        assert staged == dict(files)
    else:
        assert "\n" not in reason and reason.isprintable()


def test_a_cut_gzip_trailer_is_refused_although_every_file_checks_out(honest, update_settings,
                                                                     tmp_path):
    original, keys, files = honest
    for cut in (1, 4, 8):  # CRC and length: the archive itself is whole
        bundle = tmp_path / f"cut-{cut}.kioskbundle"
        bundle.write_bytes(original[:-cut])
        with pytest.raises(BundleRejected, match="damaged or incomplete"):
            import_bundle(bundle, update_settings)
    assert served(update_settings) == (BUNDLED_VERSION, "")
    assert not (update_settings.data_dir / "content" / "packs" / NEW).exists()


@pytest.mark.parametrize("name", [
    "pack/top\x01ics/", "pack/topics\n/", "pack/to pics/", "pack/\x7f/", "pack/.hidden/",
    "pack/topics/\x1b[31m/", "pack/тема/",
])
def test_a_folder_name_that_is_not_plain_is_refused(update_settings, signing_keys, tmp_path, name):
    files = pack_contents(make_pack(tmp_path / "pack", NEW, "v2"))
    folder = tarfile.TarInfo(name.rstrip("/"))
    folder.type, folder.mode = tarfile.DIRTYPE, 0o755
    bundle = craft_bundle(tmp_path / "odd.kioskbundle", signing_keys["primary"], NEW, files,
                          extra=[(folder, None)])
    with pytest.raises(BundleRejected) as info:
        import_bundle(bundle, update_settings)
    assert "only letters, digits" in info.value.reason
    assert "\n" not in info.value.reason and info.value.reason.isprintable()
    assert served(update_settings) == (BUNDLED_VERSION, "")


@settings(max_examples=15, deadline=None)
@given(name=st.one_of(st.text(st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=12),
                     st.from_regex(r"[a-z.\-/]{1,8}", fullmatch=True)))
def test_any_member_name_outside_the_plain_rule_is_refused(honest, name):
    """A file in the archive under any name but the listed ones is refused, in one line."""
    original, keys, files = honest
    with tempfile.TemporaryDirectory() as folder:
        extra = tarfile.TarInfo("pack/" + name)
        extra.type, extra.mode = tarfile.DIRTYPE, 0o755
        raw = io.BytesIO()
        with tarfile.open(fileobj=raw, mode="w:gz", format=tarfile.PAX_FORMAT) as tar:
            with tarfile.open(fileobj=io.BytesIO(gzip.decompress(original)), mode="r:") as source:
                for member in source:
                    tar.addfile(member, source.extractfile(member))
            tar.addfile(extra)
        reason, _staged = read(raw.getvalue(), keys)
    plain = all(part and part[0] not in ".-" and all(c.isascii() and (c.isalnum() or c in "._-")
                                                     for c in part)
                for part in name.rstrip("/").split("/"))
    if reason is not None:
        assert "\n" not in reason and reason.isprintable()
    else:
        assert plain, f"{name!r} was accepted"


@settings(max_examples=5, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])  # refused: nothing changes
@given(data=st.data())
def test_a_damaged_import_installs_nothing_and_the_old_content_serves(honest, update_settings,
                                                                      data):
    original, _keys, _files = honest
    mutated = data.draw(damaged(original).filter(lambda b: not undamaged(b)))
    with tempfile.TemporaryDirectory() as folder:
        bundle = Path(folder) / "damaged.kioskbundle"
        bundle.write_bytes(mutated)
        with pytest.raises(BundleRejected) as info:
            import_bundle(bundle, update_settings)
    assert "\n" not in info.value.reason
    store = update_settings.data_dir / "content"
    assert not list(store.glob("staging-*")) and not (store / "packs" / NEW).exists()
    assert served(update_settings) == (BUNDLED_VERSION, "")
