"""`kiosk leaflet` as an operator runs it (one real process; the rest in-process)."""
from __future__ import annotations

import subprocess
import sys

from kiosk.cli import main
from kiosk.paths import PROJECT_ROOT


def test_leaflet_command_writes_a_pdf_in_a_fresh_process(tmp_path):
    config = tmp_path / "kiosk.toml"
    config.write_text(f'[kiosk]\ndata_dir = "{tmp_path / "data"}"\n', encoding="utf-8")
    output = tmp_path / "brief.pdf"
    result = subprocess.run(
        [sys.executable, str(PROJECT_ROOT / "main.py"), "--config", str(config), "leaflet", "brief",
         "--language", "ka", "--paper", "80mm", "--output", str(output)],
        capture_output=True, text=True, timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert output.read_bytes().startswith(b"%PDF-")
    assert (tmp_path / "data" / "content.db").is_file()  # built like `kiosk content build`
    assert "wrote" in result.stdout


def test_list_prints_every_leaflet_id(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    assert main(["leaflet", "--list"]) == 0
    ids = capsys.readouterr().out.split()
    assert ids[0] == "brief"
    assert "topic:need-go-home" in ids and "office:telavi" in ids


def test_bad_requests_get_a_message_and_write_nothing(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    output = tmp_path / "out.pdf"
    assert main(["leaflet", "topic:nope", "--output", str(output)]) == 2
    assert "no leaflet 'topic:nope'" in capsys.readouterr().err
    assert main(["leaflet", "brief", "--language", "xx", "--output", str(output)]) == 2
    assert "no content in language 'xx'" in capsys.readouterr().err
    assert main(["leaflet", "brief"]) == 2  # no --output
    assert not output.exists()
    assert main(["leaflet", "brief", "--output", str(tmp_path / "missing" / "x.pdf")]) == 1
    assert "cannot write" in capsys.readouterr().err


def test_after_an_import_the_leaflet_shows_the_imported_content(update_settings, signing_keys,
                                                                tmp_path, capsys):
    """Every command serves what the kiosk serves: the active pack (issue 12, class 6)."""
    import subprocess as sp

    from kiosk.content.database import read_fingerprint
    from kiosk.updates import import_bundle
    from kiosk.updates.writer import write_bundle
    from tests.helpers.update_bundles import make_pack

    pack = make_pack(tmp_path / "pack", "2026.12.1.1", "IMPORTED")
    write_bundle(pack, "2026.12.1.1", signing_keys["primary"], tmp_path / "u.kioskbundle")
    installed = import_bundle(tmp_path / "u.kioskbundle", update_settings)
    fingerprint = read_fingerprint(update_settings.content_database_url)
    config = tmp_path / "kiosk.toml"
    config.write_text(f'[kiosk]\ndata_dir = "{update_settings.data_dir}"\n', encoding="utf-8")
    output = tmp_path / "topic.pdf"
    assert main(["--config", str(config), "leaflet", "topic:need-go-home", "--language", "en",
                 "--output", str(output)]) == 0
    text = sp.run(["pdftotext", str(output), "-"], capture_output=True, text=True).stdout
    assert "IMPORTED" in text
    assert read_fingerprint(update_settings.content_database_url) == fingerprint  # not rebuilt
    assert installed.version == "2026.12.1.1"
