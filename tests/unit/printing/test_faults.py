"""Printer-state-reasons and lpstat output become the right fault, with no Qt involved."""
import pytest

from kiosk.printing.cups_cli import parse_jobs, parse_printer
from kiosk.printing.faults import Fault, fault_from_reasons


@pytest.mark.parametrize("reasons, fault", [
    ((), None),
    (("none",), None),
    (("media-empty-error",), Fault.OUT_OF_PAPER),
    (("media-empty",), Fault.OUT_OF_PAPER),
    (("media-empty-warning",), None),  # still printing
    (("media-needed-error",), Fault.OUT_OF_PAPER),
    (("media-jam-error",), Fault.PAPER_JAM),
    (("offline-report",), Fault.PRINTER_OFFLINE),
    (("cover-open-error", "media-empty-error"), Fault.OUT_OF_PAPER),
    (("toner-low-warning",), None),
    (("com.example-weird-error",), Fault.PRINTER_ERROR),
    (("connecting-to-device",), None),
])
def test_reasons(reasons, fault):
    assert fault_from_reasons(reasons) == fault


LONG_DISABLED = """printer PDF disabled since Wed Nov 25 09:12:50 2026 -
\tOut of paper, please refill
\tForm mounted:
\tAlerts: paused media-empty-error
\tDescription: PDF
"""
LONG_PRINTING = """printer PDF now printing PDF-7.  enabled since Wed Nov 25 09:12:06 2026
\tForm mounted:
\tAlerts: job-printing media-jam-error
"""


def test_disabled_printer_is_stopped_and_says_why():
    status = parse_printer("PDF", LONG_DISABLED, "PDF accepting requests since x")
    assert status.fault == Fault.QUEUE_STOPPED
    assert status.reasons == ("paused", "media-empty-error")
    assert status.message == "Out of paper, please refill"


def test_printing_printer_with_a_jam():
    status = parse_printer("PDF", LONG_PRINTING, "PDF accepting requests since x")
    assert status.printing_job == "PDF-7"
    assert status.fault == Fault.PAPER_JAM


def test_rejecting_queue():
    status = parse_printer("PDF", "printer PDF is idle.  enabled since x\n",
                           "PDF not accepting requests since x -\n\tRejecting Jobs")
    assert status.fault == Fault.NOT_ACCEPTING


def test_job_listing():
    listing = ("PDF-3     root    7168   Wed Nov 25 09:12:50 2026\n"
               "\tAlerts: job-hold-until-specified\n\tqueued for PDF\n"
               "PDF-4     root    7168   Wed Nov 25 09:12:51 2026\n")
    assert parse_jobs(listing) == {"PDF-3": ("job-hold-until-specified",), "PDF-4": ()}


def test_network_printer_probe(tmp_path):
    import socket

    from kiosk.printing.cups_cli import network_printer_answers

    with socket.socket() as listening:
        listening.bind(("127.0.0.1", 0))
        listening.listen()
        port = listening.getsockname()[1]
        assert network_printer_answers(f"socket://127.0.0.1:{port}")
    assert not network_printer_answers(f"socket://127.0.0.1:{port}")  # closed now
    assert network_printer_answers("usb://EPSON/TM-T20III")  # left to CUPS
    assert network_printer_answers("cups-pdf:/")


def test_unreachable_message_means_offline():
    status = parse_printer(
        "PDF", "printer PDF now printing PDF-2.  enabled since x\n"
               "\tThe printer may not exist or is unavailable at this time.\n\tForm mounted:\n",
        "PDF accepting requests since x")
    assert status.fault == Fault.PRINTER_OFFLINE
