"""Importing signed bundles: what gets installed, where, and how rollback and the version floor meet."""
from __future__ import annotations

import dataclasses
import json

import pytest

from kiosk.updates import BundleRejected, RollbackUnavailable, import_bundle, rollback
from kiosk.updates.keys import load_private_key
from kiosk.updates.store import ContentStore, active_pack_dir
from kiosk.updates.writer import write_bundle
from tests.helpers.update_bundles import BUNDLED_VERSION, PACK_FILES, make_pack, served


@pytest.fixture
def bundle(tmp_path, signing_keys):
    """bundle(version, marker, key="primary") -> path of an honest signed bundle."""
    def make(version: str, marker: str, key: str = "primary"):
        pack = make_pack(tmp_path / f"pack-{version}-{marker}", version, marker)
        out = tmp_path / f"content-{version}-{marker}.tar.gz"
        write_bundle(pack, version, signing_keys[key], out)
        return out
    return make


def test_import_installs_and_start_up_serves_the_new_content(update_settings, bundle):
    assert served(update_settings) == (BUNDLED_VERSION, "")
    stages = []
    result = import_bundle(bundle("2026.12.1.1", "v2"), update_settings,
                           lambda done, total, stage: stages.append((done, total, stage)))
    assert (result.version, result.previous_version) == ("2026.12.1.1", BUNDLED_VERSION)
    assert result.files == PACK_FILES and result.unpacked_bytes > 0
    assert result.pack_dir == update_settings.data_dir / "content" / "packs" / "2026.12.1.1"
    assert active_pack_dir(update_settings) == result.pack_dir
    assert served(update_settings) == ("2026.12.1.1", "v2")
    # progress: every stage in order, bytes climbing to the manifest total
    names = [stage for _, _, stage in stages]
    assert names[0] == "checking" and names[-1] == "done"
    assert [n for i, n in enumerate(names) if i == 0 or names[i - 1] != n] == [
        "checking", "unpacking", "building", "switching", "committing", "done"]
    unpacked = [done for done, _total, stage in stages if stage == "unpacking"]
    assert unpacked == sorted(unpacked) and unpacked[-1] == result.unpacked_bytes
    # the old database is kept beside the new one, and nothing is left half-done
    live = update_settings.data_dir / "content.db"
    assert (live.with_name("content.db.previous")).is_file()
    assert not list((update_settings.data_dir / "content").glob("staging-*"))


def test_the_rotation_key_is_trusted_too(update_settings, bundle):
    assert import_bundle(bundle("2026.12.1.1", "v2", key="rotation"), update_settings).version == "2026.12.1.1"
    assert served(update_settings) == ("2026.12.1.1", "v2")


def test_keys_can_be_given_as_pem_text_or_a_file(update_settings, bundle, signing_keys, tmp_path):
    from cryptography.hazmat.primitives import serialization

    pem = signing_keys["primary"].public_key().public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo).decode()
    key_file = tmp_path / "rotation.pub"
    key_file.write_text(update_settings.update_public_keys[1] + "\n")
    signed_by_rotation = bundle("2026.12.1.1", "v2", key="rotation")
    chosen = dataclasses.replace(update_settings, update_public_keys=(pem, str(key_file)))
    assert import_bundle(signed_by_rotation, chosen).version == "2026.12.1.1"
    signed_by_primary = bundle("2026.12.2.1", "v3")
    assert import_bundle(signed_by_primary, chosen).version == "2026.12.2.1"


def test_no_trusted_key_or_a_broken_one_refuses_everything(update_settings, bundle):
    path = bundle("2026.12.1.1", "v2")
    for keys, fragment in (((), "no trusted public key"), (("not-a-key",), "trusted key 1")):
        chosen = dataclasses.replace(update_settings, update_public_keys=keys)
        with pytest.raises(BundleRejected, match=fragment):
            import_bundle(path, chosen)
    assert served(update_settings) == (BUNDLED_VERSION, "")


def test_rollback_goes_back_one_step_and_the_version_floor_stays(update_settings, bundle):
    import_bundle(bundle("2026.12.1.1", "v2"), update_settings)
    import_bundle(bundle("2026.12.2.1", "v3"), update_settings)
    packs = update_settings.data_dir / "content" / "packs"
    assert sorted(p.name for p in packs.iterdir()) == ["2026.12.1.1", "2026.12.2.1"]

    result = rollback(update_settings)
    assert (result.rolled_back_from, result.version) == ("2026.12.2.1", "2026.12.1.1")
    assert served(update_settings) == ("2026.12.1.1", "v2")
    assert sorted(p.name for p in packs.iterdir()) == ["2026.12.1.1"]
    with pytest.raises(RollbackUnavailable, match="one step"):
        rollback(update_settings)
    # the rolled-back bundle (and anything not newer than the highest ever installed) is refused
    with pytest.raises(BundleRejected, match="not newer than the installed 2026.12.2.1"):
        import_bundle(bundle("2026.12.2.1", "v9"), update_settings)
    assert import_bundle(bundle("2026.12.3.1", "v4"), update_settings).version == "2026.12.3.1"
    assert served(update_settings) == ("2026.12.3.1", "v4")


def test_rollback_to_the_bundled_pack_then_nothing_more(update_settings, bundle):
    with pytest.raises(RollbackUnavailable, match="bundled content is serving"):
        rollback(update_settings)
    import_bundle(bundle("2026.12.1.1", "v2"), update_settings)
    kept = (update_settings.data_dir / "content.db.previous").stat().st_ino
    assert rollback(update_settings).version == BUNDLED_VERSION
    assert (update_settings.data_dir / "content.db").stat().st_ino == kept  # put back, not rebuilt
    assert served(update_settings) == (BUNDLED_VERSION, "")
    state = json.loads((update_settings.data_dir / "content" / "state.json").read_text())
    assert state == {"current": None, "previous": None, "highest": "2026.12.1.1"}


def test_rollback_rebuilds_when_the_kept_database_is_damaged(update_settings, bundle):
    import_bundle(bundle("2026.12.1.1", "v2"), update_settings)
    previous = update_settings.data_dir / "content.db.previous"
    previous.write_bytes(b"not a database")
    assert rollback(update_settings).version == BUNDLED_VERSION
    assert served(update_settings) == (BUNDLED_VERSION, "")


def test_a_newer_bundled_pack_wins_over_an_older_import(update_settings, bundle, tmp_path):
    import_bundle(bundle("2026.12.1.1", "v2"), update_settings)
    upgraded = make_pack(tmp_path / "software-upgrade", "2027.1.1.1", "v7")
    chosen = dataclasses.replace(update_settings, content_dir=upgraded)
    assert active_pack_dir(chosen) == upgraded
    assert served(chosen) == ("2027.1.1.1", "v7")
    with pytest.raises(BundleRejected, match="not newer than the installed 2027.1.1.1"):
        import_bundle(bundle("2026.12.2.1", "v3"), chosen)


def test_a_second_import_at_the_same_time_is_refused(update_settings, bundle):
    store = ContentStore(update_settings)
    with store.locked():
        with pytest.raises(BundleRejected, match="another content import"):
            import_bundle(bundle("2026.12.1.1", "v2"), update_settings)
        with pytest.raises(RollbackUnavailable, match="another content import"):
            rollback(update_settings)
    assert served(update_settings) == (BUNDLED_VERSION, "")


def test_keygen_writes_a_usable_pair_and_never_overwrites(tmp_path):
    from kiosk.updates.keys import generate_key_pair, parse_public_key

    pair = generate_key_pair(tmp_path / "keys")
    assert pair.private_path.stat().st_mode & 0o777 == 0o600
    key = load_private_key(pair.private_path)
    parse_public_key(pair.public_base64).verify(key.sign(b"x"), b"x")
    parse_public_key(str(pair.public_path)).verify(key.sign(b"y"), b"y")
    with pytest.raises(FileExistsError):
        generate_key_pair(tmp_path / "keys")


def test_a_failure_while_building_leaves_the_old_content(update_settings, bundle, monkeypatch):
    import kiosk.content.database as database

    def disk_full(*_args, **_kwargs):
        raise OSError(28, "No space left on device")

    path = bundle("2026.12.1.1", "v2")
    monkeypatch.setattr(database, "build_database", disk_full)
    with pytest.raises(BundleRejected, match="the disk is full"):
        import_bundle(path, update_settings)
    monkeypatch.undo()
    assert served(update_settings) == (BUNDLED_VERSION, "")
    assert not (update_settings.data_dir / "content" / "packs" / "2026.12.1.1").exists()
    assert import_bundle(path, update_settings).version == "2026.12.1.1"  # and it can be retried


def test_a_failing_progress_callback_cancels_cleanly(update_settings, bundle):
    def cancel(_done, _total, stage):
        if stage == "building":
            raise RuntimeError("cancelled by the operator")

    with pytest.raises(BundleRejected, match="cancelled by the operator"):
        import_bundle(bundle("2026.12.1.1", "v2"), update_settings, cancel)
    assert served(update_settings) == (BUNDLED_VERSION, "")
