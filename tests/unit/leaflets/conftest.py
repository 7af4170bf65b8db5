"""Leaflet test fixtures: content services on the bundled pack and on a right-to-left copy,
and the Poppler and ZBar command-line tools that read the PDFs back."""
from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from kiosk.paths import CONTENT_PACK, PICTOGRAMS
from kiosk.tools.rtl_sample import add_rtl_languages


def _service_for(pack: Path, url: str):
    from kiosk.content.database import build_database
    from kiosk.content.pack import load_pack
    from kiosk.content.service import ContentService

    loaded = load_pack(pack, PICTOGRAMS)
    assert not loaded.errors, loaded.errors
    build_database(loaded, url)
    return ContentService(url)


@pytest.fixture(scope="session")
def content_service(built_database):
    from kiosk.content.service import ContentService

    service = ContentService(built_database)
    yield service
    service.close()


@pytest.fixture(scope="session")
def rtl_service(tmp_path_factory):
    """The bundled pack plus Arabic and Persian fixture texts."""
    root = tmp_path_factory.mktemp("rtl")
    pack = root / "pack"
    shutil.copytree(CONTENT_PACK, pack)
    add_rtl_languages(pack)
    service = _service_for(pack, f"sqlite:///{root / 'content.db'}")
    yield service
    service.close()


@pytest.fixture
def service_with_contacts(tmp_path):
    """A pack copy whose Tbilisi office has every contact field filled with test values."""
    pack = tmp_path / "pack"
    shutil.copytree(CONTENT_PACK, pack)
    path = pack / "offices" / "tbilisi.toml"
    text = path.read_text(encoding="utf-8")
    for key, value in TEST_CONTACTS.items():
        text = text.replace(f'{key} = ""', f'{key} = "{value}"')  # every language
    path.write_text(text, encoding="utf-8")
    service = _service_for(pack, f"sqlite:///{tmp_path / 'content.db'}")
    yield service
    service.close()


# Obviously fake values (reserved example domain, a number of zeros): test data, not content.
TEST_CONTACTS = {
    "phone": "+995 00 000 00 00",
    "email": "office@example.org",
    "website": "https://example.org/iom",
    "address": "1 Example Street",
    "hours": "Mon-Fri 10:00-17:00",
}


def run_tool(*command: str, data: bytes | None = None) -> str:
    result = subprocess.run(command, input=data, capture_output=True, check=True)
    return result.stdout.decode("utf-8", errors="replace")


def pdf_text(pdf: bytes, *options: str) -> str:
    return run_tool("pdftotext", *options, "-", "-", data=pdf)


def pdf_info(pdf: bytes) -> str:
    return run_tool("pdfinfo", "-f", "1", "-l", "99", "-", data=pdf)


def pdf_fonts(pdf: bytes, tmp_path: Path) -> list[list[str]]:
    """pdffonts rows (name, type, encoding, emb, sub, uni, ...) after the two heading lines."""
    path = tmp_path / "fonts.pdf"
    path.write_bytes(pdf)
    lines = run_tool("pdffonts", str(path)).splitlines()[2:]
    return [line.split() for line in lines if line.strip()]


def qr_scan(pdf: bytes, tmp_path: Path, dpi: int = 150) -> str:
    """Everything zbarimg decodes from every page (rendered at `dpi`): each symbol's data
    followed by a newline. Raw bytes as UTF-8, because zbarimg's XML output re-encodes
    non-ASCII data wrongly (Georgian in a vCard)."""
    pdf_path = tmp_path / "qr.pdf"
    pdf_path.write_bytes(pdf)
    subprocess.run(["pdftoppm", "-png", "-r", str(dpi), str(pdf_path), str(tmp_path / "page")],
                   check=True)
    found = ""
    for page in sorted(tmp_path.glob("page*.png")):
        result = subprocess.run(["zbarimg", "--quiet", "--raw", "--nodbus", str(page)],
                                capture_output=True)
        if result.returncode not in (0, 4):  # 4: no symbol on this page
            raise AssertionError(result.stderr.decode(errors="replace"))
        found += result.stdout.decode("utf-8")
    return found


def assert_scanned_exactly(scanned: str, payloads) -> None:
    """The scan holds each payload once and nothing else (symbols come in any order)."""
    rest = scanned
    for payload in payloads:
        assert payload + "\n" in rest, (payload, scanned)
        rest = rest.replace(payload + "\n", "", 1)
    assert rest == "", rest
