"""`kiosk content check` and `kiosk content build` as an operator runs them."""
from __future__ import annotations

from kiosk.cli import main


def test_check_passes_on_the_bundled_pack_and_lists_empty_fields(capsys):
    assert main(["content", "check"]) == 0
    out = capsys.readouterr().out
    assert "Errors (the pack cannot be used until these are fixed): 0" in out
    assert "offices/tbilisi.toml:" in out and "phone is empty" in out
    assert out.rstrip().endswith("OK")


def test_check_fails_with_file_and_line_on_a_broken_pack(pack_copy, capsys):
    path = pack_copy / "topics" / "need-medical.toml"
    path.write_text(path.read_text(encoding="utf-8").replace("kind = ", "kind == "), "utf-8")
    assert main(["content", "check", str(pack_copy)]) == 1
    out = capsys.readouterr().out
    assert "topics/need-medical.toml:1: malformed TOML" in out
    assert out.rstrip().endswith("FAILED")


def test_build_writes_the_database(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    assert main(["content", "build"]) == 0
    assert (tmp_path / "iom-kiosk" / "content.db").is_file()


def test_build_leaves_the_database_alone_on_a_broken_pack(pack_copy, tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    assert main(["content", "build"]) == 0
    db = tmp_path / "iom-kiosk" / "content.db"
    before = db.read_bytes()
    (pack_copy / "pack.toml").write_text("version = 1\n", encoding="utf-8")
    assert main(["content", "build", str(pack_copy)]) == 1
    assert db.read_bytes() == before


def _drop_russian_from_one_topic(pack_copy):
    topic = pack_copy / "topics" / "need-medical.toml"
    text = topic.read_text("utf-8")
    start = text.index("[text.ru]")
    end = text.find("\n[text.", start + 1)
    topic.write_text(text[:start] + (text[end + 1:] if end != -1 else ""), "utf-8")


def test_check_reports_coverage_per_language(pack_copy, tmp_path, capsys):
    _drop_russian_from_one_topic(pack_copy)
    config = tmp_path / "kiosk.toml"
    config.write_text('[kiosk]\noffered_languages = ["ka", "en"]\n', "utf-8")
    # ru is incomplete but not offered: reported, not a failure
    assert main(["--config", str(config), "content", "check", str(pack_copy)]) == 0
    out = capsys.readouterr().out
    assert "  ka: 25/25 (100 %), 0 reviewed  offered by the kiosk" in out
    assert "  ru: 24/25 (96 %), 0 reviewed\n" in out


def test_check_fails_when_an_offered_language_is_incomplete(pack_copy, capsys):
    _drop_russian_from_one_topic(pack_copy)
    assert main(["content", "check", str(pack_copy)]) == 1  # every language is offered
    out = capsys.readouterr().out
    assert "Offered languages below 100 %" in out and out.rstrip().endswith("FAILED")
