"""Printing is offered only where there is a leaflet, and a printed leaflet is counted by the
kiosk as `kiosk` starts it (the same route as production)."""
from __future__ import annotations

import pytest

from kiosk.leaflets.collect import LEAFLET_TOPIC_KINDS, list_leaflets
from kiosk.printing.faults import JobState
from kiosk.stats import events
from kiosk.ui import navigation as nav
from kiosk.ui.printing_setup import PrintButton
from tests.helpers.printing import HeldPrinter, fake_leaflet_pdf
from tests.helpers.taps import language_button, tap

TOPIC_KINDS = ("intro", "section", "programme", "need")


def print_button(screen) -> PrintButton:
    [button] = screen.findChildren(PrintButton)
    return button


@pytest.fixture
def printing_kiosk(make_started_kiosk):
    printer = HeldPrinter()
    kiosk = make_started_kiosk(leaflet_pdf=fake_leaflet_pdf, print_backend=printer,
                               idle_timeout_s=60.0)
    return kiosk, printer


def test_print_leaflet_only_where_there_is_a_leaflet(qtbot, printing_kiosk):
    kiosk, _printer = printing_kiosk
    window = kiosk.window
    service = window.context.content.service
    window.context.session.set_language("en")
    leaflets = set(list_leaflets(service))
    seen = {True: 0, False: 0}
    for kind in TOPIC_KINDS:
        for card in service.topics(kind, "en"):
            window.navigator.go(nav.Location(nav.TOPIC, card.id))
            offered = print_button(window.screens[nav.TOPIC]).isVisible()
            assert offered == (f"topic:{card.id}" in leaflets) == (kind in LEAFLET_TOPIC_KINDS), \
                card.id
            seen[offered] += 1
    for card in service.offices("en"):
        window.navigator.go(nav.Location(nav.OFFICE, card.id))
        assert print_button(window.screens[nav.OFFICE]).isVisible(), card.id
        seen[True] += 1
    assert seen[True] and seen[False]  # the content has both kinds: the check saw each


def test_a_printed_leaflet_is_counted(qtbot, printing_kiosk):
    kiosk, printer = printing_kiosk
    window = kiosk.window
    tap(qtbot, language_button(window, "en"))
    window.navigator.go(nav.Location(nav.TOPIC, "need-go-home"))
    tap(qtbot, print_button(window.screens[nav.TOPIC]))
    preview = window.screens[nav.PREVIEW]
    qtbot.waitUntil(lambda: preview.confirm_button.isVisible(), timeout=5000)
    tap(qtbot, preview.confirm_button)
    qtbot.waitUntil(lambda: bool(printer.pending()), timeout=5000)
    with qtbot.waitSignal(preview.job_finished, timeout=5000):
        printer.print_all()
    assert preview.job.state == JobState.DONE
    kiosk.usage.recorder.flush()
    totals = {(event, key, language): count for event, key, language, count
              in kiosk.operator.operator_screen.usage.totals()}
    assert totals[(events.LEAFLET_PRINTED, "topic:need-go-home", "en")] == 1
