"""The office list and an office's page: nearest first from where the kiosk stands, and
only what is known about an office, filled in by an operator without a code change."""
from __future__ import annotations

from PySide6.QtWidgets import QLabel

from kiosk.ui import navigation as nav
from tests.ui.test_flows import language_button, tap, tile_to

SARPI = {"latitude": 41.5210, "longitude": 41.5480}  # the Sarpi border crossing (Turkey)


def open_offices(qtbot, window, language="en"):
    tap(qtbot, language_button(window, language))
    tap(qtbot, tile_to(window.screens[nav.HOME], nav.Location(nav.OFFICES)))
    screen = window.screens[nav.OFFICES]
    assert window.current_screen is screen
    return screen


def office_order(screen):
    return [tile.property("location").key for tile in screen.grid.tiles()]


def test_without_a_kiosk_position_offices_keep_the_pack_order_and_show_no_distance(qtbot, window):
    screen = open_offices(qtbot, window)
    assert office_order(screen) == ["tbilisi", "batumi", "kutaisi", "poti", "telavi"]
    assert all("km" not in tile.summary_label.text() for tile in screen.grid.tiles())
    assert "what this kiosk knows" in screen.intro.text()


def test_from_a_border_post_the_nearest_office_comes_first_with_its_distance(qtbot, make_window):
    window = make_window(**SARPI)
    screen = open_offices(qtbot, window)
    assert office_order(screen) == ["batumi", "poti", "kutaisi", "tbilisi", "telavi"]
    first = screen.grid.tiles()[0].summary_label.text()
    assert "km from here, in a straight line" in first
    # Sarpi to Batumi city centre: about 15 km (whole kilometres from 10 km on).
    km = float(first.split("\n")[1].split(" ")[0])
    assert 12 <= km <= 18 and km == int(km)
    assert screen.intro.text().startswith("The office nearest to this kiosk is first.")


def test_distances_are_written_in_the_visitors_digits(qtbot, make_window):
    window = make_window(**SARPI)
    screen = open_offices(qtbot, window, "fa")
    lines = [tile.summary_label.text().split("\n")[1] for tile in screen.grid.tiles()]
    assert all(any("۰" <= ch <= "۹" for ch in line) for line in lines), lines
    assert not any(ch.isascii() and ch.isdigit() for line in lines for ch in line), lines


def test_an_office_with_nothing_known_says_so_and_points_to_the_staff(qtbot, window):
    screen = open_offices(qtbot, window)
    tap(qtbot, tile_to(screen, nav.Location(nav.OFFICE, "kutaisi")))
    office = window.screens[nav.OFFICE]
    assert office.city.text() == "Kutaisi"
    assert office.no_details.isVisible() and not office.details.isVisible()
    assert "IOM office" in office.no_details.text()
    assert "staff" in office.no_details.text() and "any IOM office" not in office.no_details.text()


def test_an_address_and_phone_an_operator_fills_in_show_with_no_code_change(
        qtbot, make_window, pack_copy, tmp_path):
    path = pack_copy / "offices" / "poti.toml"
    text = path.read_text(encoding="utf-8")
    # Obviously fake test values (a run of zeros, "Example"): test data, not content.
    text = text.replace('phone = ""', 'phone = "+995 00 000 00 00"', 1)
    head, _, rest = text.partition("[text.en]")
    path.write_text(head + "[text.en]" + rest.replace('address = ""', 'address = "1 Example Street"', 1),
                    encoding="utf-8")
    window = make_window(content_dir=pack_copy, database_url=f"sqlite:///{tmp_path / 'filled.db'}")
    screen = open_offices(qtbot, window)
    tap(qtbot, tile_to(screen, nav.Location(nav.OFFICE, "poti")))
    office = window.screens[nav.OFFICE]
    assert office.details.isVisible() and not office.no_details.isVisible()
    shown = [w.text() for w in office.details.findChildren(QLabel)]
    assert "1 Example Street" in shown
    assert any("+995 00 000 00 00" in text for text in shown)


def test_distance_text_rounds_to_what_a_reader_needs():
    from kiosk.ui.screens.offices import distance_text

    assert distance_text(3.46, "en") == "3.5"
    assert distance_text(12.6, "en") == "13"
    assert distance_text(268.4, "ar") == "٢٦٨"
