"""Publish: check, sign, write a bundle a kiosk accepts; any failure writes nothing."""
from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from kiosk.authoring.errors import PermissionDenied, PublishFailed
from kiosk.authoring.publishing import next_version
from kiosk.authoring.records import PublishRequest
from kiosk.updates.keys import public_base64
from tests.unit.authoring.conftest import BUNDLED


def _write_key(path, key=None):
    key = key or Ed25519PrivateKey.generate()
    path.write_bytes(key.private_bytes(serialization.Encoding.PEM,
                                       serialization.PrivateFormat.PKCS8,
                                       serialization.NoEncryption()))
    return key


@pytest.fixture
def key_file(tmp_path):
    path = tmp_path / "kiosk-content.key"
    return path, _write_key(path)


def test_publish_writes_a_signed_bundle_that_a_kiosk_imports_with_the_approved_text(
        store, key_file, tmp_path, settings):
    from kiosk.content.pack import load_pack
    from kiosk.updates.importer import import_bundle
    from kiosk.updates.store import active_pack_dir

    path, key = key_file
    translator, reviewer = store.as_user("anahit"), store.as_user("mariam")
    text = translator.text("topic:need-medical", "hy")
    translator.save_text("topic:need-medical", "hy", {"title": "Ինձ բժիշկ է պետք"}, text.version)
    translator.submit_for_review("topic:need-medical", "hy")
    reviewer.approve("topic:need-medical", "hy")

    stages = []
    out = tmp_path / "stick"
    out.mkdir()
    result = store.as_user("publisher").publish(
        PublishRequest(out_dir=str(out), key_path=str(path)),
        progress=lambda done, total, stage: stages.append((done, total, stage)))
    assert [s for _, _, s in stages] == ["export", "check", "sign", "done"]
    assert stages[-1][0] == stages[-1][1]
    assert result.bundle_path == str(out / f"content-{result.version}.kioskbundle")
    already = sum(1 for item in BUNDLED.translatable() if "hy" in item.texts and item.texts["hy"].reviewed)
    assert result.reviewed["hy"] == already + 1 and result.previous_version == BUNDLED.version
    assert store.info().version == result.version  # the store remembers what it shipped
    assert store.history("manifest:pack")[0].action == "publish"

    kiosk = dataclasses.replace(settings, update_public_keys=(public_base64(key.public_key()),))
    imported = import_bundle(out / f"content-{result.version}.kioskbundle", kiosk, None)
    assert imported.version == result.version
    served = load_pack(active_pack_dir(kiosk))
    hy = served.topics["need-medical"].texts["hy"]
    assert hy.fields["title"] == "Ինձ բժիշկ է պետք" and hy.reviewed
    assert not served.topics["need-medical"].texts["ru"].reviewed


def test_a_publish_that_fails_its_check_writes_no_bundle(store, key_file, tmp_path):
    path, _ = key_file
    # an empty Russian title: the pack check refuses a required text left empty
    text = store.text("topic:need-medical", "ru")
    store.save_text("topic:need-medical", "ru", {"title": ""}, text.version)
    out = tmp_path / "stick"
    out.mkdir()
    with pytest.raises(PublishFailed, match="content check failed") as failed:
        store.publish(PublishRequest(out_dir=str(out), key_path=str(path)))
    assert "missing required text 'title'" in failed.value.report
    assert "FAILED" in failed.value.report
    assert list(out.iterdir()) == []
    assert store.info().version == BUNDLED.version  # no version was used up


def test_a_language_below_100_percent_cannot_ship(store, key_file, tmp_path):
    path, _ = key_file
    text = store.text("office:poti", "tr")
    store.save_text("office:poti", "tr", {n: "" for n in text.fields}, text.version)
    with pytest.raises(PublishFailed, match="tr"):
        store.publish(PublishRequest(out_dir=str(tmp_path), key_path=str(path)))
    assert not list(tmp_path.glob("*.kioskbundle"))
    # without Turkish it ships
    result = store.publish(PublishRequest(out_dir=str(tmp_path), key_path=str(path),
                                          languages=("ka", "en", "ru")))
    assert result.languages == ("ka", "en", "ru")


def test_a_wrong_key_is_a_clear_error_and_writes_nothing(store, key_file, tmp_path):
    not_a_key = tmp_path / "notes.txt"
    not_a_key.write_text("this is not a key", encoding="utf-8")
    with pytest.raises(PublishFailed, match="wrong key"):
        store.publish(PublishRequest(out_dir=str(tmp_path), key_path=str(not_a_key)))
    with pytest.raises(PublishFailed, match="no key file"):
        store.publish(PublishRequest(out_dir=str(tmp_path), key_path=str(tmp_path / "missing.key")))
    path, _ = key_file
    trusted = public_base64(Ed25519PrivateKey.generate().public_key())
    with pytest.raises(PublishFailed, match="not the key the kiosks trust"):
        store.publish(PublishRequest(out_dir=str(tmp_path), key_path=str(path),
                                     expected_public_keys=(trusted,)))
    assert not list(tmp_path.glob("*.kioskbundle*"))


def test_required_approval_per_language(store, key_file, tmp_path):
    path, _ = key_file
    not_approved = store.grid().total_items - store.grid().counts["hy"].approved
    with pytest.raises(PublishFailed, match=f"hy has {not_approved} not approved"):
        store.publish(PublishRequest(out_dir=str(tmp_path), key_path=str(path),
                                     require_approved=("hy",)))
    assert not list(tmp_path.glob("*.kioskbundle"))


def test_only_a_publisher_publishes(store, key_file, tmp_path):
    path, _ = key_file
    with pytest.raises(PermissionDenied):
        store.as_user("editor").publish(PublishRequest(out_dir=str(tmp_path), key_path=str(path)))


def test_next_version_is_always_newer():
    day = dt.date(2026, 12, 1)
    assert next_version("2026.11.25.2", day) == "2026.12.1.1"
    assert next_version("2026.12.1.1", day) == "2026.12.1.2"
    assert next_version("2027.1.1.1", day) == "2027.1.1.2"
    assert next_version("", day) == "2026.12.1.1"
