"""Operator mode by taps: the hidden gesture, the PIN pad, the operator screen (content,
update import, printer, usage figures exported to a USB stick, log), Back and Exit."""
from __future__ import annotations

from PySide6.QtCore import Qt

from kiosk.admin.media import RemovableMedia
from kiosk.admin.pin import FREE_TRIES, PinStore
from kiosk.stats import events
from kiosk.ui import navigation as nav
from kiosk.ui.operator.mode import EXIT_TO_DESKTOP
from kiosk.updates.errors import BundleRejected
from kiosk.updates.progress import ImportProgress
from tests.helpers.taps import tap

PIN = "2468"


def gesture(qtbot, kiosk, taps=5):
    for _ in range(taps):
        tap(qtbot, kiosk.operator.hot_corner)


def enter_pin(qtbot, pad, pin):
    for digit in pin:
        tap(qtbot, pad.digit_buttons[digit])
    tap(qtbot, pad.ok_button)


class FakePrinter:
    def __init__(self):
        self.test_pages = 0

    def state_text(self):
        return "Printer PDF: idle, paper ok"

    def test_print(self):
        self.test_pages += 1
        return "job 7"


def test_without_a_pin_the_gesture_does_nothing(qtbot, started_kiosk, caplog):
    kiosk = started_kiosk
    window = kiosk.window
    gesture(qtbot, kiosk)
    assert window.current_screen is window.welcome
    assert "no PIN is set" in caplog.text


def test_the_hidden_corner_is_only_on_the_untouched_welcome_screen(qtbot, started_kiosk):
    kiosk = started_kiosk
    window = kiosk.window
    corner = kiosk.operator.hot_corner
    assert corner.isVisible() and corner.geometry().topLeft().isNull()
    tap(qtbot, window.welcome.language_buttons()[1])
    assert not corner.isVisible()  # Back and Home sit in that corner now
    tap(qtbot, window.nav_bar.language_button)
    assert window.current_screen is window.welcome and window.nav_bar.back_button.isVisible()
    assert not corner.isVisible()


def test_four_taps_or_slow_taps_do_not_open_the_pad(qtbot, started_kiosk):
    kiosk = started_kiosk
    window = kiosk.window
    PinStore(kiosk.settings.pin_path).set_pin(PIN)
    clock = [0.0]
    kiosk.operator.hot_corner._clock = lambda: clock[0]
    for _ in range(4):
        tap(qtbot, kiosk.operator.hot_corner)
        clock[0] += 1.0  # five taps over four seconds: too slow
    tap(qtbot, kiosk.operator.hot_corner)
    assert window.current_screen is window.welcome
    assert window.navigator.current == nav.Location(nav.WELCOME)  # and nothing else happened


def test_operator_flow(qtbot, started_kiosk, tmp_path):
    kiosk = started_kiosk
    window = kiosk.window
    window.context.session.set_language("en")  # staff see the kiosk's language; we read English
    settings = kiosk.settings
    PinStore(settings.pin_path).set_pin(PIN)
    settings.log_path.write_text("2026-11-25 09:00:00 INFO kiosk: a line staff should see\n")
    usb = tmp_path / "media" / "STICK"
    usb.mkdir(parents=True)
    screen = kiosk.operator.operator_screen
    screen.media = RemovableMedia(settings.removable_media_roots, settings.bundle_glob,
                                  is_mount=lambda path: path == str(usb))
    assert not screen.printer_section.isVisibleTo(screen)  # no printer given: no section
    printer = FakePrinter()
    screen.printer = printer
    screen.printer_section.show()
    for _ in range(6):
        kiosk.usage.record(events.TOPIC_VIEW, "need-go-home", "ka")
    kiosk.usage.record(events.LANGUAGE_CHOICE, "", "fa")  # a single one: left out on export
    kiosk.usage.recorder.flush()

    gesture(qtbot, kiosk)
    pad = kiosk.operator.pin_pad
    assert window.current_screen is pad and not window.nav_bar.isVisible()
    enter_pin(qtbot, pad, "1111")
    assert window.current_screen is pad
    assert str(FREE_TRIES - 1) in pad.message.text()
    enter_pin(qtbot, pad, PIN)
    assert window.current_screen is screen

    assert window.context.content.service.info.version in screen.content_label.text()
    assert "a line staff should see" in screen.log_view.toPlainText()
    qtbot.waitUntil(lambda: "idle, paper ok" in screen.printer_label.text())  # asked off the GUI thread
    shown = {(screen.usage_table.item(r, 0).text(), screen.usage_table.item(r, 1).text(),
              screen.usage_table.item(r, 3).text()) for r in range(screen.usage_table.rowCount())}
    assert ("topic_view", "need-go-home", "6") in shown

    # Export to the USB stick: no file dialog, the screen says where it wrote.
    tap(qtbot, screen.export_button)
    [written] = list(usb.glob("iom-kiosk-usage-*.csv"))
    assert str(written) in screen.export_status.text()
    text = written.read_text()
    assert "need-go-home,ka,6" in text and "language_choice" not in text

    # Test print through the injected printer, off the GUI thread.
    with qtbot.waitSignal(screen.printing.ready):
        tap(qtbot, screen.test_print_button)
    assert printer.test_pages == 1 and screen.print_status.text() == "Test page sent."

    # Update import: none on the stick, then a rejected one, then a good one.
    tap(qtbot, screen.import_button)
    assert "Updates cannot be imported" in screen.import_status.text()
    calls = []

    def rejecting_importer(bundle, settings_, progress):
        progress(0, 0, "checking")  # the importer's own contract: (bytes done, total, stage)
        raise BundleRejected("the signature does not match a trusted key")

    screen.content_importer = rejecting_importer
    tap(qtbot, screen.import_button)
    assert "No update found" in screen.import_status.text()
    (usb / "content-2026.12.kioskbundle").write_bytes(b"bundle")
    with qtbot.waitSignal(screen.importing.failed):
        tap(qtbot, screen.import_button)
    assert "the signature does not match a trusted key" in screen.import_status.text()

    shown = []
    screen.importing.progress.connect(lambda p: shown.append(screen.import_status.text()))

    def importer(bundle, settings_, progress):
        calls.append((bundle.name, settings_ is settings))
        progress(12_345, 91_000, "unpacking")
        progress(91_000, 91_000, "building")
        return "imported 2026.12"

    screen.content_importer = importer
    with qtbot.waitSignal(screen.content_imported) as imported:
        tap(qtbot, screen.import_button)
    assert imported.args == ["imported 2026.12"]
    assert calls == [("content-2026.12.kioskbundle", True)]
    assert shown == ["Unpacking: 12 of 91 kB", "Building the new content…"]
    assert screen.import_status.text() == "Update imported."
    assert window.current_screen is screen  # the content reload did not throw staff out

    # Back to the kiosk: the welcome screen, with the nav bar and the hidden corner.
    tap(qtbot, screen.back_button)
    assert window.current_screen is window.welcome
    assert window.nav_bar.isVisible() and kiosk.operator.hot_corner.isVisible()


def test_exit_to_desktop_ends_with_the_code_systemd_does_not_restart(qtbot, started_kiosk):
    from kiosk.app import application

    kiosk = started_kiosk
    window = kiosk.window
    PinStore(kiosk.settings.pin_path).set_pin(PIN)
    kiosk.operator.exit_requested.disconnect(application().exit)  # keep the test's loop alive
    gesture(qtbot, kiosk)
    enter_pin(qtbot, kiosk.operator.pin_pad, PIN)
    with qtbot.waitSignal(kiosk.operator.exit_requested) as exit_code:
        tap(qtbot, kiosk.operator.operator_screen.exit_button)
    assert exit_code.args == [EXIT_TO_DESKTOP]
    assert EXIT_TO_DESKTOP != 0


def test_locked_pad_refuses_even_the_right_pin(qtbot, started_kiosk):
    kiosk = started_kiosk
    window = kiosk.window
    window.context.session.set_language("en")
    PinStore(kiosk.settings.pin_path).set_pin(PIN)
    gesture(qtbot, kiosk)
    pad = kiosk.operator.pin_pad
    for _ in range(FREE_TRIES):
        enter_pin(qtbot, pad, "0000")
    assert "Locked for 30 second" in pad.message.text()
    enter_pin(qtbot, pad, PIN)
    assert window.current_screen is pad and "Locked" in pad.message.text()
    tap(qtbot, pad.cancel_button)
    assert window.current_screen is window.welcome


def test_an_out_of_service_kiosk_still_lets_staff_in_to_import_content(qtbot, settings, tmp_path):
    import dataclasses

    from kiosk.app import application, start

    chosen = dataclasses.replace(settings, content_dir=tmp_path / "missing",
                                 database_url=f"sqlite:///{tmp_path}/none.db")
    app = application()
    kiosk = start(app, chosen, windowed=True)
    window = kiosk.window
    qtbot.addWidget(window)
    try:
        qtbot.waitUntil(lambda: window.current_screen is window.screens[nav.UNAVAILABLE],
                        timeout=10_000)
        window.context.session.set_language("en")
        PinStore(chosen.pin_path).set_pin(PIN)
        gesture(qtbot, kiosk)
        enter_pin(qtbot, kiosk.operator.pin_pad, PIN)
        screen = kiosk.operator.operator_screen
        assert window.current_screen is screen
        assert screen.content_label.text() == "No content is loaded."
        assert screen.import_button.isVisible()
    finally:
        kiosk.close()
        kiosk.session.set_language("en")


def test_the_hidden_corner_never_covers_a_button(qtbot, started_kiosk):
    from PySide6.QtCore import QRect
    from PySide6.QtWidgets import QPushButton

    from PySide6.QtWidgets import QApplication

    kiosk = started_kiosk
    window = kiosk.window
    corner = kiosk.operator.hot_corner
    # As the session sets it when the kiosk's first language is Arabic or Persian.
    for direction in (Qt.LeftToRight, Qt.RightToLeft, Qt.LeftToRight):
        QApplication.setLayoutDirection(direction)
        window.navigator.reset()
        QApplication.processEvents()  # the layouts mirror on the next pass of the event loop
        assert corner.isVisible()
        area = QRect(corner.mapTo(window, corner.rect().topLeft()), corner.size())
        rtl = window.layoutDirection() == Qt.RightToLeft
        assert (area.right() == window.centralWidget().width() - 1) if rtl else area.left() == 0
        for button in window.findChildren(QPushButton):
            if button.isVisible():
                where = QRect(button.mapTo(window, button.rect().topLeft()), button.size())
                assert not area.intersects(where), button.text()
