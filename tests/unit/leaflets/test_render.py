"""Leaflet PDFs read back with Poppler and ZBar: words, reading order, fonts, QR codes, layout."""
from __future__ import annotations

import re
import subprocess
import threading
import unicodedata

import pytest

from kiosk.leaflets import collect_leaflet, list_leaflets, render_leaflet
from kiosk.leaflets.model import PAPERS
from tests.unit.leaflets.conftest import (
    TEST_CONTACTS,
    pdf_fonts,
    pdf_info,
    assert_scanned_exactly,
    pdf_text,
    qr_scan,
)
from kiosk.tools.rtl_sample import RTL_TEXTS

# pdftotext wraps right-to-left stretches in embedding controls (RLE, LRE, PDF) and marks.
# It also drops the zero-width non-joiner, which only steers how letters join.
BIDI_CONTROLS = dict.fromkeys(map(ord, "\u202a\u202b\u202c\u202d\u202e\u200e\u200f\u200c"))
EMPTY_VALUE = re.compile(r"\b(None|null)\b")


def words(text: str) -> str:
    """Text with every run of white space made one space, compared after NFKC (pdftotext gives
    Arabic back as presentation forms)."""
    text = unicodedata.normalize("NFKC", text)
    return " ".join(text.translate(BIDI_CONTROLS).split())


def letter_words(text: str) -> str:
    """Only the words (letters, marks and digits), each once separated by one space."""
    kept = []
    for c in words(text):
        if unicodedata.category(c)[0] not in "LMN":
            c = " "
        # pdftotext also moves the space at a change of direction ("IOM في" -> "IOMفي",
        # "۱۹۹۳ در" -> "۱۹۹۳در"): split there too, in both texts alike.
        elif kept and kept[-1] != " " and _right_to_left_letter(c) != _right_to_left_letter(kept[-1]):
            kept.append(" ")
        kept.append(c)
    return " " + " ".join("".join(kept).split()) + " "


def reads_back(expected: str, extracted: str, right_to_left: bool) -> bool:
    """Whether pdftotext's text holds `expected`: exactly (white space aside) for
    left-to-right text, word by word for right-to-left text (see letter_words)."""
    if right_to_left:
        return letter_words(expected) in letter_words(extracted)
    return words(expected) in words(extracted)


def _right_to_left_letter(char: str) -> bool:
    return unicodedata.bidirectional(char) in ("R", "AL", "NSM") and not char.isdigit()


def pack_languages():
    import tomllib

    from kiosk.paths import CONTENT_PACK

    return tomllib.loads((CONTENT_PACK / "pack.toml").read_text(encoding="utf-8"))["languages"]


@pytest.mark.parametrize("paper", PAPERS)
@pytest.mark.parametrize("language", pack_languages())
def test_every_leaflet_renders_in_every_pack_language(content_service, language, paper):
    for leaflet_id in list_leaflets(content_service):
        content = collect_leaflet(content_service, leaflet_id, language)
        pdf = render_leaflet(content, paper)
        assert pdf.startswith(b"%PDF-"), leaflet_id
        text = pdf_text(pdf)
        for expected in (content.title, content.labels.emergency, "112"):
            assert reads_back(expected, text, content.right_to_left), (leaflet_id, expected)
        assert not EMPTY_VALUE.search(text), leaflet_id


@pytest.mark.parametrize("paper", PAPERS)
def test_every_leaflet_renders_in_arabic_from_the_sample_texts(rtl_service, paper):
    for leaflet_id in list_leaflets(rtl_service):
        content = collect_leaflet(rtl_service, leaflet_id, "ar")
        assert content.right_to_left and content.language == "ar"
        text = pdf_text(render_leaflet(content, paper))
        for expected in (content.title, content.labels.emergency, content.labels.offices):
            assert reads_back(expected, text, True), (leaflet_id, expected)
        assert not EMPTY_VALUE.search(text), leaflet_id


def test_georgian_comes_back_in_reading_order(content_service):
    content = collect_leaflet(content_service, "topic:need-go-home", "ka")
    for paper in PAPERS:
        text = words(pdf_text(render_leaflet(content, paper)))
        assert words(content.title) in text
        assert words(content.summary) in text
        for block in content.blocks:
            for sentence in [block.text, *block.items]:
                assert words(sentence) in text, (paper, sentence)
        assert text.index(words(content.title)) < text.index(words(content.summary))


@pytest.mark.parametrize("language", ["ar", "fa"])
@pytest.mark.parametrize("paper", PAPERS)
def test_right_to_left_comes_back_in_reading_order(rtl_service, language, paper):
    fixture = RTL_TEXTS[language]
    content = collect_leaflet(rtl_service, "topic:need-go-home", language)
    text = words(pdf_text(render_leaflet(content, paper)))
    assert words(fixture["title"]) in text
    assert words(fixture["summary"]) in text
    # Mixed directions: Latin in brackets and numbers inside right-to-left sentences. pdftotext
    # rebuilds the logical order itself and puts neutral punctuation (brackets, commas, full
    # stops) between right-to-left words on the wrong side of the space, so these lines are
    # compared word by word (letters and digits, in order); punctuation is checked by eye.
    tokens = letter_words(text)
    for line in fixture["body"].splitlines():
        expected = letter_words(line.removeprefix("- "))
        if expected.strip():
            assert expected in tokens, line


def test_right_to_left_text_is_aligned_right(rtl_service, content_service):
    """The summary's first line ends at the right edge of the reading column (A4: the side
    column moves to the left), and starts at the left margin in English."""
    def summary_box(content):
        xhtml = pdf_text(render_leaflet(content, "a4"), "-bbox-layout", "-f", "1", "-l", "1")
        first_word = words(content.summary).split()[0]
        # bbox words are in visual order: a right-to-left word reads back reversed
        wanted = {f">{first_word}<", f">{first_word[::-1]}<"}
        for line in re.finditer(r'<line xMin="([\d.]+)" yMin="[\d.]+" xMax="([\d.]+)".*?</line>',
                                xhtml, re.S):
            if any(w in unicodedata.normalize("NFKC", line.group(0)) for w in wanted):
                return float(line.group(1)), float(line.group(2))
        raise AssertionError("summary not found")

    from kiosk.leaflets.a4 import MARGIN, PAGE_W

    _, right = summary_box(collect_leaflet(rtl_service, "topic:need-go-home", "ar"))
    assert right == pytest.approx(PAGE_W - MARGIN, abs=2)
    left, _ = summary_box(collect_leaflet(content_service, "topic:need-go-home", "en"))
    assert left == pytest.approx(MARGIN, abs=2)


@pytest.mark.parametrize("paper", PAPERS)
def test_every_font_is_embedded_as_a_subset(rtl_service, tmp_path, paper):
    for language in ("ka", "en", "ar", "fa"):
        pdf = render_leaflet(collect_leaflet(rtl_service, "brief", language), paper)
        rows = pdf_fonts(pdf, tmp_path)
        assert rows, language
        for row in rows:
            name, emb, sub, uni = row[0], row[-5], row[-4], row[-3]
            assert (emb, sub, uni) == ("yes", "yes", "yes"), (language, row)
            assert "KioskLeafletSans" in name, (language, row)


@pytest.mark.parametrize("paper", PAPERS)
def test_emergency_qr_code_decodes_to_a_phone_call(content_service, tmp_path, paper):
    pdf = render_leaflet(collect_leaflet(content_service, "topic:need-exploited", "ka"), paper)
    assert qr_scan(pdf, tmp_path) == "tel:112\n"


@pytest.mark.parametrize("paper", PAPERS)
def test_office_qr_codes_decode_to_its_card_and_website(service_with_contacts, tmp_path, paper):
    content = collect_leaflet(service_with_contacts, "office:tbilisi", "ka")
    assert {q.kind for q in content.qr_codes} == {"vcard", "url", "tel"}
    assert_scanned_exactly(qr_scan(render_leaflet(content, paper), tmp_path),
                           [q.payload for q in content.qr_codes])
    vcard = next(q.payload for q in content.qr_codes if q.kind == "vcard")
    assert "FN:IOM-ის ცენტრალური ოფისი" in vcard and "TEL;TYPE=WORK,VOICE:+995" in vcard


@pytest.mark.parametrize("paper", PAPERS)
def test_known_contacts_are_printed_with_their_labels(service_with_contacts, paper):
    content = collect_leaflet(service_with_contacts, "office:tbilisi", "en")
    text = words(pdf_text(render_leaflet(content, paper)))
    for label in ("Address", "Phone", "E-mail", "Website", "Opening hours"):
        assert label in text
    for value in TEST_CONTACTS.values():
        assert words(value) in text


@pytest.mark.parametrize("language", ["en", "ka"])
@pytest.mark.parametrize("paper", PAPERS)
def test_office_with_empty_fields_says_where_to_ask_and_shows_no_empty_labels(
        content_service, language, paper):
    content = collect_leaflet(content_service, "office:poti", language)
    text = words(pdf_text(render_leaflet(content, paper)))
    labels = content.labels
    assert words(labels.no_contact_details) in text
    assert words(labels.ask_any_office) in text
    text = text.replace(words(labels.no_contact_details), "")  # it may name the fields
    for label in (labels.address, labels.phone, labels.email, labels.website, labels.hours):
        # a label is a word of its own ("ტელეფონიდან", from a phone, is not the label)
        assert not re.search(rf"(?<!\w){re.escape(label)}(?!\w)", text), label
    assert not EMPTY_VALUE.search(text)


def test_footer_has_content_version_and_print_date_in_the_reader_language(content_service):
    from datetime import date

    for language, printed in (("en", "25 November 2026"), ("ka", "25 ნოემბერი, 2026")):
        content = collect_leaflet(content_service, "brief", language, today=date(2026, 11, 25))
        for paper in PAPERS:
            text = words(pdf_text(render_leaflet(content, paper)))
            assert f"{content.labels.content_version} {content.content_version}" in text
            assert f"{content.labels.printed} {printed}" in text


def _page_sizes(pdf: bytes) -> list[tuple[float, float]]:
    info = pdf_info(pdf)
    pages = int(re.search(r"^Pages:\s+(\d+)", info, re.M).group(1))
    sizes = []
    for n in range(1, pages + 1):
        found = re.search(rf"^Page\s+{n} size:\s+([\d.]+) x ([\d.]+) pts", info, re.M)
        sizes.append((float(found.group(1)), float(found.group(2))))
    return sizes


def test_thermal_roll_is_one_narrow_page_as_long_as_its_content(content_service):
    short = _page_sizes(render_leaflet(collect_leaflet(content_service, "office:poti", "en"),
                                       "80mm"))
    long = _page_sizes(render_leaflet(collect_leaflet(content_service, "brief", "ka"), "80mm"))
    assert len(short) == len(long) == 1
    assert short[0][0] == long[0][0] == pytest.approx(80 / 25.4 * 72, abs=0.1)
    assert long[0][1] > short[0][1] > short[0][0]


def test_a4_pages_are_a4_and_long_text_flows_onto_more_pages(content_service):
    sizes = _page_sizes(render_leaflet(collect_leaflet(content_service, "brief", "ka"), "a4"))
    assert len(sizes) >= 2
    assert all(size == pytest.approx((595.28, 841.89), abs=0.1) for size in sizes)


def test_rendering_is_deterministic_and_safe_from_several_threads(rtl_service):
    contents = [collect_leaflet(rtl_service, leaflet_id, language)
                for leaflet_id, language in (("brief", "ar"), ("office:poti", "ka"),
                                             ("topic:need-medical", "fa"))]
    expected = [render_leaflet(c, "a4") for c in contents]
    results: dict[int, bytes] = {}

    def work(i):
        results[i] = render_leaflet(contents[i % 3], "a4")

    threads = [threading.Thread(target=work, args=(i,)) for i in range(6)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert [results[i] for i in range(6)] == expected * 2


def test_unknown_paper_is_refused(content_service):
    with pytest.raises(ValueError, match="paper"):
        render_leaflet(collect_leaflet(content_service, "brief", "en"), "letter")


def test_a4_side_column_never_runs_into_the_footer(content_service):
    """With every office's contacts filled in, the office list moves from the side column to
    the reading column rather than overflowing the page."""
    import dataclasses

    from kiosk.leaflets import a4
    from kiosk.leaflets.fonts import register_fonts

    register_fonts()
    content = collect_leaflet(content_service, "brief", "en")
    full = tuple(dataclasses.replace(o, **TEST_CONTACTS) for o in content.offices * 2)
    crowded = dataclasses.replace(content, offices=full)
    styles = a4._styles()
    assert a4._fits(a4._side_panels(content, styles, with_offices=True))
    assert not a4._fits(a4._side_panels(crowded, styles, with_offices=True))
    text = words(pdf_text(render_leaflet(crowded, "a4")))
    assert text.count(words(TEST_CONTACTS["address"])) == len(full)
    boxes = pdf_text(render_leaflet(crowded, "a4"), "-bbox", "-f", "1", "-l", "1")
    footer_rule = a4.PAGE_H - (a4.FOOTER - 4 * 72 / 25.4)  # from the top, as pdftotext counts
    side_bottoms = [
        float(m.group(3)) for m in re.finditer(
            r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)"', boxes)
        if float(m.group(1)) > a4.PAGE_W - a4.MARGIN - a4.SIDE and float(m.group(2)) < footer_rule]
    assert side_bottoms and max(side_bottoms) < a4.PAGE_H - a4.FOOTER


def test_contact_codes_in_every_script_decode_exactly(service_with_contacts, tmp_path):
    """Non-ASCII codes carry the UTF-8 marker (ECI): without it zbar, like many phone
    scanners, reads Armenian or Azerbaijani as Shift-JIS (issue 12, class 8)."""
    from kiosk.languages import KNOWN_LANGUAGES

    scripts = set()
    for language in KNOWN_LANGUAGES:
        content = collect_leaflet(service_with_contacts, "office:tbilisi", language)
        payloads = [q.payload for q in content.qr_codes]
        scripts |= {unicodedata.name(c).split()[0] for p in payloads for c in p if not c.isascii()}
        folder = tmp_path / language
        folder.mkdir()
        assert_scanned_exactly(qr_scan(render_leaflet(content, "a4"), folder), payloads)
    assert {"GEORGIAN", "CYRILLIC", "ARMENIAN", "ARABIC", "LATIN"} <= scripts


@pytest.mark.parametrize("text", ["Mərkəzi ofis Şəki", "Ազգային գրասենյակ", "Центральный офис",
                                  "مکتب مرکزی", "ცენტრალური ოფისი", "Türkçe ğüşıöç"])
def test_a_code_decodes_to_its_text_in_every_script(tmp_path, text):
    import segno

    from kiosk.leaflets.qr import qr_symbol

    assert qr_symbol("tel:112") == segno.make("tel:112", error="m", micro=False)  # ASCII: unmarked
    image = tmp_path / "code.png"
    qr_symbol(text).save(str(image), scale=4)
    result = subprocess.run(["zbarimg", "--quiet", "--raw", "--nodbus", str(image)],
                            capture_output=True, check=True)
    assert result.stdout.decode("utf-8") == text + "\n"
