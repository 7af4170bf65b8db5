"""`kiosk content keygen | pack | import | rollback` as an operator types them."""
from __future__ import annotations

import pytest

from kiosk.cli import main
from tests.helpers.update_bundles import BUNDLED_VERSION, PACK_FILES, make_pack, served


@pytest.fixture
def operator(tmp_path, monkeypatch):
    """Keys made with keygen, and a kiosk config that trusts the public key."""
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    assert main(["content", "keygen", "--out", str(tmp_path / "keys")]) == 0
    public = (tmp_path / "keys" / "kiosk-content.pub").read_text().strip()
    config = tmp_path / "kiosk.toml"
    config.write_text(f'[kiosk]\ndata_dir = "{tmp_path / "data"}"\nupdate_public_keys = ["{public}"]\n')
    assert main(["--config", str(config), "content", "build"]) == 0
    return config, tmp_path / "keys" / "kiosk-content.key"


def _settings(config):
    from kiosk.settings import Settings

    return Settings.from_file(config)


def test_keygen_pack_import_rollback(operator, tmp_path, capsys):
    config, key = operator
    assert main(["content", "keygen", "--out", str(tmp_path / "keys")]) == 1  # never overwrites
    assert "already exists" in capsys.readouterr().err
    assert main(["content", "keygen", "--out", str(tmp_path / "spare-keys")]) == 0
    assert "update_public_keys = [" in capsys.readouterr().out

    pack = make_pack(tmp_path / "pack", "2026.12.1.1", "v2")
    bundle = tmp_path / "usb" / "content-2026.12.1.1.tar.gz"
    assert main(["content", "pack", str(pack), "--key", str(key), "--out", str(bundle)]) == 0
    assert f"content version 2026.12.1.1, {PACK_FILES} files" in capsys.readouterr().out

    assert main(["--config", str(config), "content", "import", str(bundle)]) == 0
    captured = capsys.readouterr()
    assert f"installed content version 2026.12.1.1 (was {BUNDLED_VERSION})" in captured.out
    progress = captured.err.splitlines()
    assert [line.split()[0] for line in progress] == [
        "checking", "unpacking", "building", "switching", "committing", "done"]
    assert progress[-1].split()[1] == "100%"
    assert served(_settings(config)) == ("2026.12.1.1", "v2")

    assert main(["--config", str(config), "content", "rollback"]) == 0
    assert f"rolled back from 2026.12.1.1 to {BUNDLED_VERSION}" in capsys.readouterr().out
    assert served(_settings(config)) == (BUNDLED_VERSION, "")
    assert main(["--config", str(config), "content", "rollback"]) == 1
    assert "cannot roll back" in capsys.readouterr().err


def test_a_refused_bundle_exits_1_with_one_line_saying_why(operator, tmp_path, capsys):
    config, key = operator
    pack = make_pack(tmp_path / "pack", "2026.12.1.1", "v2")
    bundle = tmp_path / "b.tar.gz"
    assert main(["content", "pack", str(pack), "--key", str(key), "--out", str(bundle)]) == 0
    data = bytearray(bundle.read_bytes())
    bundle.write_bytes(bytes(data[: len(data) // 2]))
    capsys.readouterr()
    assert main(["--config", str(config), "content", "import", str(bundle)]) == 1
    err = capsys.readouterr().err
    [reason] = [line for line in err.splitlines() if line.startswith("kiosk:")]
    assert reason.startswith("kiosk: bundle refused: the bundle is damaged or incomplete")
    assert reason.endswith("the installed content keeps serving")
    assert served(_settings(config)) == (BUNDLED_VERSION, "")


def test_pack_refuses_a_broken_pack_or_a_bad_key(operator, pack_copy, tmp_path, capsys):
    _config, key = operator
    (pack_copy / "pack.toml").write_text("version = 1\n", encoding="utf-8")
    out = tmp_path / "b.tar.gz"
    assert main(["content", "pack", str(pack_copy), "--key", str(key), "--out", str(out)]) == 1
    assert not out.exists()
    pack = make_pack(tmp_path / "good-pack", "2026.12.1.1", "v2")
    public = tmp_path / "keys" / "kiosk-content.pub"
    assert main(["content", "pack", str(pack), "--key", str(public), "--out", str(out)]) == 1
    assert "not an unencrypted PEM private key" in capsys.readouterr().err
    assert not out.exists()


def test_bench_rows_for_updates():
    from kiosk.settings import Settings
    from kiosk.tools.bench_updates import measure_updates

    rows = dict((name, value) for name, value, _unit in measure_updates(Settings(), runs=1))
    assert set(rows) == {"update_bundle_kb", "update_import_s", "update_rollback_s"}
    assert 1 < rows["update_bundle_kb"] < 1000 and 0 < rows["update_import_s"] < 30
