"""`kiosk studio ...` from a shell: one result line, or one clear line and a non-zero exit."""
from __future__ import annotations

import re

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from kiosk.cli import main
from kiosk.content.pack import load_pack
from kiosk.paths import CONTENT_PACK, PICTOGRAMS
from tests.unit.authoring.conftest import BUNDLED, BUNDLED_ITEMS


def run(capsys, *argv):
    code = main(["studio", *argv])
    out, err = capsys.readouterr()
    return code, out, err


def test_a_server_scripted_from_import_to_publish(database_url, tmp_path, capsys):
    db = ("--db", database_url)
    assert run(capsys, "users", "add", "lela", "--role", "admin", *db)[0] == 0
    code, out, _ = run(capsys, "users", "add", "giorgi", "--role", "publisher",
                       "--role", "reviewer:ka", "--display-name", "Giorgi B.", "--user", "lela", *db)
    assert code == 0 and out.strip() == "giorgi: publisher, reviewer:ka"
    code, out, _ = run(capsys, "users", "list", *db)
    assert out.splitlines() == ["giorgi\tpublisher,reviewer:ka\tGiorgi B.", "lela\tadmin\t"]

    code, out, _ = run(capsys, "import-pack", str(CONTENT_PACK), *db)
    assert code == 0 and out.startswith(f"imported pack version {BUNDLED.version}: {BUNDLED_ITEMS} items")
    code, out, _ = run(capsys, "export-pack", str(tmp_path / "out"), *db)
    assert code == 0 and f"exported version {BUNDLED.version}" in out
    assert not load_pack(tmp_path / "out", PICTOGRAMS).errors

    key = tmp_path / "kiosk-content.key"
    key.write_bytes(Ed25519PrivateKey.generate().private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption()))
    stick = tmp_path / "stick"
    stick.mkdir()
    code, out, err = run(capsys, "publish", "--key", str(key), "--out", str(stick),
                         "--user", "giorgi", *db)
    assert code == 0, err
    assert out.startswith("wrote ") and len(list(stick.glob("content-*.kioskbundle"))) == 1
    run(capsys, "users", "add", "nika", "--role", "editor", "--user", "lela", *db)
    code, _, err = run(capsys, "publish", "--key", str(key), "--out", str(stick),
                       "--user", "nika", *db)
    assert code == 1 and err.strip() == "kiosk studio: nika is not a publisher"


@pytest.mark.parametrize("argv,message", [
    (("users", "add", "x", "--role", "boss"), "'boss' is not a role"),
    (("import-pack", "/nonexistent/pack"), "pack not imported: /nonexistent/pack: no such folder"),
    (("export-pack", "/tmp"), "not an empty folder"),
])
def test_bad_input_is_one_clear_line(database_url, capsys, argv, message):
    code, _, err = run(capsys, *argv, "--db", database_url)
    if argv[0] == "export-pack":  # an empty store has nothing to export yet
        message = "holds no content yet"
    assert code == 1
    assert message in err and "Traceback" not in err
    assert err.count("\n") == 1


def test_a_malformed_pack_lists_each_problem_with_file_and_line(database_url, pack_copy, capsys):
    (pack_copy / "emergency.toml").write_text("[[number]]\nid = \"emergency\"\nnumber = \n",
                                              encoding="utf-8")
    (pack_copy / "topics" / "need-medical.toml").write_text(
        (pack_copy / "topics" / "need-medical.toml").read_text(encoding="utf-8")
        .replace('pictogram = "', 'pictogram = 7\nx = "'), encoding="utf-8")
    code, _, err = run(capsys, "import-pack", str(pack_copy), "--db", database_url)
    assert code == 1
    assert "  emergency.toml:3: malformed TOML" in err
    assert "  topics/need-medical.toml:" in err
    assert err.splitlines()[-1].startswith("kiosk studio: pack not imported: ")
    assert re.search(r"\(and \d+ more\)$", err.splitlines()[-1])


def test_an_unreachable_database_is_one_line_without_a_traceback(capsys):
    code, out, err = run(capsys, "users", "list", "--db",
                         "postgresql+psycopg://nobody@/x?host=/nonexistent-socket")
    assert code == 1 and out == ""
    lines = [line for line in err.splitlines() if "kiosk studio:" in line]
    assert len(lines) == 1 and "unavailable" in lines[0]
    assert "Traceback" not in err


def test_no_database_given(capsys, monkeypatch):
    monkeypatch.delenv("KIOSK_STUDIO_DB", raising=False)
    code, _, err = run(capsys, "users", "list")
    assert code == 2 and "--db" in err
