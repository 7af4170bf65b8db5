"""The pack round trip: import, export, the same content; malformed packs change nothing."""
from __future__ import annotations

import dataclasses
import shutil
import tomllib

import pytest
from hypothesis import example, given, settings, strategies as st

from kiosk.authoring.errors import PackRejected, StudioError
from kiosk.authoring.tomlwriter import dumps
from kiosk.content.pack import load_pack
from kiosk.paths import CONTENT_PACK, PICTOGRAMS


def content_of(pack) -> dict:
    """Everything load_pack read, without where it came from."""
    data = dataclasses.asdict(pack)
    for key in ("folder", "fingerprint", "problems"):
        data.pop(key)
    return data


def test_importing_the_bundled_pack_and_exporting_it_gives_the_same_content(store, tmp_path):
    result = store.export_pack(tmp_path / "out")
    exported = load_pack(tmp_path / "out", PICTOGRAMS)
    original = load_pack(CONTENT_PACK, PICTOGRAMS)
    assert content_of(exported) == content_of(original)
    assert not exported.errors
    assert sorted((p.severity, p.file, p.message) for p in exported.problems) == \
        sorted((p.severity, p.file, p.message) for p in original.problems)
    assert result.version == original.version and result.files == len(list(CONTENT_PACK.rglob("*.toml")))


def test_kiosk_content_check_accepts_the_export(store, tmp_path, capsys):
    from kiosk.cli import main

    store.export_pack(tmp_path / "out")
    assert main(["content", "check", str(tmp_path / "out")]) == 0
    assert capsys.readouterr().out.rstrip().endswith("OK")


def test_only_approved_up_to_date_texts_are_reviewed_in_the_export(store, tmp_path):
    key, topic = "topic:need-go-home", "need-go-home"
    for language in ("en", "hy"):
        store.submit_for_review(key, language)
        store.approve(key, language)
    source = store.text(key, "ka")
    store.save_text(key, "ka", {"summary": source.fields["summary"] + " "}, source.version)
    assert not store.text(key, "en").outdated  # blanks around words do not count
    # the source changes: hy and en lose their approval; en is confirmed and approved again
    store.save_text(key, "ka", {"summary": source.fields["summary"] + " IOM."},
                    store.text(key, "ka").version)
    store.save_text(key, "en", {}, store.text(key, "en").version)  # en confirmed against it
    store.submit_for_review(key, "en")
    store.approve(key, "en")
    store.export_pack(tmp_path / "out")
    pack = load_pack(tmp_path / "out", PICTOGRAMS)
    reviewed = {lang for lang, text in pack.topics[topic].texts.items() if text.reviewed}
    assert reviewed == {"en"}
    bundled = load_pack(CONTENT_PACK)
    others = {(id(item), lang): t.reviewed for item in pack.translatable()
              for lang, t in item.texts.items() if item is not pack.topics[topic]}
    before = {(id(item), lang): t.reviewed for item in bundled.translatable()
              for lang, t in item.texts.items() if item is not bundled.topics[topic]}
    assert sorted(others.values()) == sorted(before.values())  # the rest as imported


def test_a_malformed_pack_is_refused_with_file_and_line_and_nothing_is_imported(
        empty_store, pack_copy):
    office = pack_copy / "offices" / "poti.toml"
    lines = office.read_text(encoding="utf-8").splitlines()
    lines[2] = 'phone = "+995 unterminated'
    office.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with pytest.raises(PackRejected) as refused:
        empty_store.import_pack(pack_copy)
    assert refused.value.problems[0].startswith("offices/poti.toml:3: malformed TOML")
    assert "offices/poti.toml:3" in str(refused.value)
    assert empty_store.info().items == 0 and empty_store.grid().rows == ()


def test_a_refused_replacement_leaves_the_store_as_it_was(store, pack_copy):
    before = store.grid()
    (pack_copy / "topics" / "need-medical.toml").write_text(
        (pack_copy / "topics" / "need-medical.toml").read_text(encoding="utf-8")
        .replace('kind = "need"', 'kind = "wish"'), encoding="utf-8")
    with pytest.raises(PackRejected, match=r"topics/need-medical\.toml:\d+: .*kind"):
        store.import_pack(pack_copy, replace=True)
    assert store.grid() == before
    with pytest.raises(StudioError, match="--replace"):
        store.import_pack(CONTENT_PACK)  # a stocked store is not overwritten by accident


def test_replacing_keeps_the_history(store, pack_copy):
    text = store.text("office:telavi", "en")
    store.save_text("office:telavi", "en", {"address": "Telavi, Erekle II Street"}, text.version)
    store.import_pack(pack_copy, replace=True)
    assert store.text("office:telavi", "en").fields["address"] == ""
    actions = [e.action for e in store.history("office:telavi")]
    assert "save" in actions and actions[0] == "import"


def test_unknown_keys_and_files_round_trip(empty_store, pack_copy, tmp_path):
    """Keys the pack format grows later, and files the studio does not know, come back."""
    (pack_copy / "NOTES.md").write_text("notes for translators\n", encoding="utf-8")
    empty_store.import_pack(pack_copy)
    facts = empty_store.facts("office:batumi")
    empty_store.save_facts("office:batumi", {"coordinates_source": "OpenStreetMap",
                                            "extra": {"nested": [1, 2.5, "x"]}}, facts.version)
    empty_store.export_pack(tmp_path / "out")
    data = tomllib.loads((tmp_path / "out" / "offices" / "batumi.toml").read_text(encoding="utf-8"))
    assert data["coordinates_source"] == "OpenStreetMap"
    assert data["extra"] == {"nested": [1, 2.5, "x"]}
    assert (tmp_path / "out" / "NOTES.md").read_text(encoding="utf-8") == "notes for translators\n"


def test_export_refuses_a_folder_that_is_not_empty(store, tmp_path):
    (tmp_path / "out").mkdir()
    (tmp_path / "out" / "keep.txt").write_text("mine", encoding="utf-8")
    with pytest.raises(StudioError, match="not an empty folder"):
        store.export_pack(tmp_path / "out")
    assert [p.name for p in (tmp_path / "out").iterdir()] == ["keep.txt"]


def test_export_of_some_languages_lists_only_those(store, tmp_path):
    result = store.export_pack(tmp_path / "out", languages=("en", "ka"))
    assert result.languages == ("ka", "en")
    pack = load_pack(tmp_path / "out", PICTOGRAMS)
    assert pack.languages == ("ka", "en") and not pack.errors
    with pytest.raises(StudioError, match="source language"):
        store.export_pack(tmp_path / "other", languages=("en",))


toml_keys = st.text(min_size=1, max_size=8)
toml_scalars = (st.text(max_size=30) | st.integers(-2**63, 2**63 - 1) | st.booleans()
                | st.floats(allow_nan=False))
toml_values = st.recursive(
    toml_scalars, lambda inner: st.lists(inner, max_size=3) | st.dictionaries(toml_keys, inner, max_size=3),
    max_leaves=8)


@settings(max_examples=200, deadline=None)
@given(st.dictionaries(toml_keys, toml_values, max_size=6))
@example({"0\n": {}})  # a key ending in a line break is no bare key (found by this test)
@example({"0\n": []})
def test_the_toml_writer_writes_what_the_reader_reads(data):
    assert tomllib.loads(dumps(data, header="a header\nof two lines")) == data
