"""An import runs the same rules as `kiosk content check` (issue 12, class 2): a signed bundle
whose pack leaves an offered language incomplete, or has any pack error, is refused and the
installed content keeps serving."""
from __future__ import annotations

import re

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from kiosk.content.check import offered_but_incomplete
from kiosk.content.pack import load_pack
from kiosk.languages import KNOWN_LANGUAGES
from kiosk.paths import PICTOGRAMS
from kiosk.updates import BundleRejected, import_bundle
from kiosk.updates.writer import write_bundle
from tests.helpers.update_bundles import BUNDLED_VERSION, make_pack, served

LANGUAGES = [code for code in KNOWN_LANGUAGES if code != "ka"]


def drop_language(pack, language: str, file: str) -> None:
    """Remove one language's [text.xx] table (with everything below it) from one file."""
    path = pack / file
    text = path.read_text(encoding="utf-8")
    pattern = rf"^\[(?:number\.)?text\.{language}\]\n(?:(?!^\[).*\n?)*"
    path.write_text(re.sub(pattern, "", text, flags=re.M), encoding="utf-8")


@settings(max_examples=4, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])  # refused: nothing changes
@given(language=st.sampled_from(LANGUAGES),
       file=st.sampled_from(["topics/need-go-home.toml", "offices/poti.toml", "leaflet.toml",
                             "emergency.toml"]))
def test_a_bundle_leaving_an_offered_language_incomplete_is_refused(
        update_settings, signing_keys, tmp_path_factory, language, file):
    folder = tmp_path_factory.mktemp("pack")
    pack = make_pack(folder / "pack", "2026.12.1.1", "v2")
    drop_language(pack, language, file)
    loaded = load_pack(pack, PICTOGRAMS)
    assert loaded.errors == []  # the pack alone is fine: only the kiosk's offer makes it fail
    assert offered_but_incomplete(loaded, update_settings.offered_languages) == [language]
    bundle = folder / "update.kioskbundle"
    write_bundle(pack, "2026.12.1.1", signing_keys["primary"], bundle)
    with pytest.raises(BundleRejected, match=rf"leaves {language} incomplete"):
        import_bundle(bundle, update_settings)
    assert served(update_settings) == (BUNDLED_VERSION, "")
    assert not (update_settings.data_dir / "content" / "packs" / "2026.12.1.1").exists()


def test_a_language_the_kiosk_does_not_offer_may_be_incomplete(update_settings, signing_keys,
                                                              tmp_path):
    import dataclasses

    chosen = dataclasses.replace(update_settings, offered_languages=("ka", "en"))
    pack = make_pack(tmp_path / "pack", "2026.12.1.1", "v2")
    drop_language(pack, "hy", "topics/need-go-home.toml")
    write_bundle(pack, "2026.12.1.1", signing_keys["primary"], tmp_path / "b.kioskbundle")
    assert import_bundle(tmp_path / "b.kioskbundle", chosen).version == "2026.12.1.1"


@pytest.mark.parametrize("line, expected", [
    ("related = 5", "topics/need-go-home.toml:4: related must be a list of ids"),
    ("related = [[1]]", "topics/need-go-home.toml:4: related must be a list of ids"),
    ("related = {a = 1}", "topics/need-go-home.toml:4: related must be a list of ids"),
])
def test_a_signed_pack_of_the_wrong_shape_is_refused_with_file_and_line(
        update_settings, signing_keys, tmp_path, line, expected):
    pack = make_pack(tmp_path / "pack", "2026.12.1.1", "v2")
    topic = pack / "topics" / "need-go-home.toml"
    lines = topic.read_text(encoding="utf-8").splitlines()
    index = next(i for i, text in enumerate(lines) if text.startswith("related"))
    assert index == 3
    lines[index] = line
    topic.write_text("\n".join(lines) + "\n", encoding="utf-8")
    write_bundle(pack, "2026.12.1.1", signing_keys["primary"], tmp_path / "b.kioskbundle")
    with pytest.raises(BundleRejected) as info:
        import_bundle(tmp_path / "b.kioskbundle", update_settings)
    assert expected in info.value.reason
    assert served(update_settings) == (BUNDLED_VERSION, "")


def test_an_import_onto_a_read_only_data_folder_is_one_line(update_settings, signing_keys,
                                                            tmp_path):
    import subprocess

    pack = make_pack(tmp_path / "pack", "2026.12.1.1", "v2")
    write_bundle(pack, "2026.12.1.1", signing_keys["primary"], tmp_path / "b.kioskbundle")
    folder = update_settings.data_dir
    if subprocess.run(["chattr", "+i", str(folder)], capture_output=True).returncode != 0:
        pytest.skip("chattr +i (an unwritable folder even for root) is not supported here")
    try:
        with pytest.raises(BundleRejected) as info:
            import_bundle(tmp_path / "b.kioskbundle", update_settings)
    finally:
        subprocess.run(["chattr", "-i", str(folder)], check=True)
    assert "the data folder cannot be written" in info.value.reason
    assert served(update_settings) == (BUNDLED_VERSION, "")


def test_a_full_disk_while_unpacking_is_one_line(update_settings, signing_keys, tmp_path,
                                                 monkeypatch):
    import errno

    import kiosk.updates.store as store

    pack = make_pack(tmp_path / "pack", "2026.12.1.1", "v2")
    write_bundle(pack, "2026.12.1.1", signing_keys["primary"], tmp_path / "b.kioskbundle")

    def full(*_args, **_kwargs):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(store, "fsync_path", full)  # installing the unpacked files
    with pytest.raises(BundleRejected, match="the disk is full"):
        import_bundle(tmp_path / "b.kioskbundle", update_settings)
    monkeypatch.undo()
    assert served(update_settings) == (BUNDLED_VERSION, "")


def test_packing_an_incomplete_pack_warns_that_kiosks_will_refuse_it(tmp_path, capsys):
    from kiosk.cli import main
    from kiosk.updates.keys import generate_key_pair

    pack = make_pack(tmp_path / "pack", "2026.12.1.1", "v2")
    drop_language(pack, "hy", "topics/need-go-home.toml")
    pair = generate_key_pair(tmp_path / "keys")
    config = tmp_path / "kiosk.toml"
    config.write_text(f'[kiosk]\ndata_dir = "{tmp_path / "data"}"\n', encoding="utf-8")
    assert main(["--config", str(config), "content", "pack", str(pack), "--key",
                 str(pair.private_path), "--out", str(tmp_path / "b.kioskbundle")]) == 0
    assert "hy incomplete in this pack; a kiosk that offers it will refuse" in capsys.readouterr().err
