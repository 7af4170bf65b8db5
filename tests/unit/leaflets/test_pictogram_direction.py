"""Pictograms that point are mirrored in Arabic and Persian leaflets, as on screen; the
others never are (issue 12, class 9)."""
from __future__ import annotations

import subprocess

import pytest
from PIL import Image, ImageChops, ImageOps, ImageStat

import kiosk.leaflets.a4 as a4
import kiosk.leaflets.blocks as blocks
from kiosk.leaflets import collect_leaflet, render_leaflet
from kiosk.leaflets.model import PAPERS
from kiosk.leaflets.pictogram import draw_pictogram
from kiosk.paths import PICTOGRAMS
from kiosk.pictograms import DIRECTIONAL


def drawn(tmp_path, name: str, right_to_left: bool) -> Image.Image:
    from reportlab.pdfgen.canvas import Canvas

    from kiosk.leaflets import prepare_rendering

    prepare_rendering()  # the leaflet fonts, which ReportLab's renderer names
    pdf = tmp_path / f"{name}-{right_to_left}.pdf"
    canvas = Canvas(str(pdf), pagesize=(100, 100))
    assert draw_pictogram(canvas, str(PICTOGRAMS / f"{name}.svg"), 10, 10, 80, right_to_left)
    canvas.save()
    subprocess.run(["pdftoppm", "-png", "-r", "72", "-singlefile", str(pdf), str(pdf.with_suffix(""))],
                   check=True)
    return Image.open(pdf.with_suffix(".png")).convert("L")


def difference(a: Image.Image, b: Image.Image) -> float:
    """Mean grey-level difference per pixel (0 = identical)."""
    return ImageStat.Stat(ImageChops.difference(a, b)).mean[0]


@pytest.mark.parametrize("name", sorted(DIRECTIONAL | {"emergency-call", "health", "address"}))
def test_a_pointing_pictogram_is_mirrored_in_place_and_no_other(tmp_path, name):
    if not (PICTOGRAMS / f"{name}.svg").is_file():
        pytest.skip(f"no pictogram {name} in this build")
    ltr, rtl = drawn(tmp_path, name, False), drawn(tmp_path, name, True)
    if name in DIRECTIONAL:
        # the same square, flipped about its own middle (up to anti-aliasing)
        assert difference(ImageOps.mirror(ltr), rtl) < 0.5
        assert difference(ltr, rtl) > 2
    else:
        assert difference(ltr, rtl) == 0


@pytest.mark.parametrize("paper", PAPERS)
@pytest.mark.parametrize("language, expected", [("ar", True), ("fa", True), ("en", False),
                                                ("ka", False)])
def test_leaflets_mirror_them_in_right_to_left_languages(content_service, monkeypatch, paper,
                                                         language, expected):
    calls = []

    def spy(canv, path, x, y, size, right_to_left=False):
        calls.append((path.rsplit("/", 1)[-1].removesuffix(".svg"), right_to_left))
        return True

    monkeypatch.setattr(a4, "draw_pictogram", spy)
    monkeypatch.setattr(blocks, "draw_pictogram", spy)
    for leaflet in ("topic:need-go-home", "topic:need-work-abroad"):
        render_leaflet(collect_leaflet(content_service, leaflet, language), paper)
    pointing = [rtl for name, rtl in calls if name in DIRECTIONAL]
    assert pointing and all(rtl is expected for rtl in pointing), calls
