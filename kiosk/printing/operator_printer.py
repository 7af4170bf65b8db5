"""The printer as staff see it on the operator screen: its state in a line, and a test page."""
from __future__ import annotations

from typing import Callable

from kiosk.printing.cups_cli import CupsCli
from kiosk.printing.faults import PrintError


class OperatorPrinter:
    def __init__(self, cups: CupsCli, test_pdf: Callable[[], bytes]):
        self.cups = cups
        self.test_pdf = test_pdf  # a real leaflet, so the test page shows what visitors get

    def state_text(self) -> str:
        try:
            status = self.cups.printer_status()
        except PrintError as exc:
            return f"not ready: {exc}"
        state = "ready" if status.fault is None else f"not ready ({status.fault.value})"
        detail = f"; {status.message}" if status.message else ""
        return f"{status.queue}: {state}{detail}"

    def test_print(self) -> str:
        self.cups.check_ready()  # raises PrintError with the reason
        job = self.cups.submit(self.test_pdf(), title="IOM kiosk test page")
        return f"test page sent (job {job})"
