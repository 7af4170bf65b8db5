"""The CUPS backend against a real (private) CUPS server with a cups-pdf printer."""
import time

import pytest

from kiosk.printing.cups_cli import CupsCli
from kiosk.printing.faults import Fault, JobState, PrintError
from tests.helpers.printing import make_pdf, pdf_page_count


def wait_for(predicate, timeout_s=10.0):
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        value = predicate()
        if value:
            return value
        time.sleep(0.05)  # polling a real server, not a Qt event loop
    raise AssertionError("timed out")


def test_a_pdf_arrives_on_the_cups_pdf_printer(qapp, cups):
    backend = CupsCli(cups.queue, cups.server)
    assert backend.check_ready().queue == cups.queue
    job = backend.submit(make_pdf(3))
    assert job.startswith(cups.queue + "-")
    done = wait_for(lambda: backend.job_status(job).state == JobState.DONE or None)
    assert done
    [output] = wait_for(cups.output_pdfs)
    assert pdf_page_count(output) == 3


def test_the_default_printer_is_used_when_none_is_configured(cups):
    cups.run("lpadmin", "-d", cups.queue)
    assert CupsCli("", cups.server).resolve_queue() == cups.queue


@pytest.mark.parametrize("break_it, fault", [
    (lambda cups: cups.run("cupsdisable", cups.queue), Fault.QUEUE_STOPPED),
    (lambda cups: cups.run("cupsreject", cups.queue), Fault.NOT_ACCEPTING),
    (lambda cups: cups.run("lpadmin", "-x", cups.queue), Fault.NO_PRINTER),
    (lambda cups: cups.stop(), Fault.CUPS_DOWN),
], ids=["queue-stopped", "rejecting", "printer-removed", "cups-stopped"])
def test_faults_are_named_quickly(qapp, cups, break_it, fault):
    break_it(cups)
    backend = CupsCli(cups.queue, cups.server)
    started = time.monotonic()
    with pytest.raises(PrintError) as info:
        backend.check_ready()
        backend.submit(make_pdf(1))
    assert info.value.fault == fault
    assert time.monotonic() - started < 2.0


def test_cancel_takes_a_job_off_the_queue(qapp, cups):
    backend = CupsCli(cups.queue, cups.server)
    cups.run("cupsdisable", cups.queue)  # keep the job waiting
    job = backend.submit(make_pdf(1))
    cups.run("cupsenable", cups.queue)
    cups.run("cupsdisable", cups.queue)
    backend.cancel(job)
    assert job not in cups.run("lpstat", "-W", "not-completed", "-o", cups.queue).stdout


def test_no_queue_configured_and_no_default_is_no_printer(qapp, cups):
    cups.run("lpadmin", "-x", cups.queue)  # the only queue, hence also no default
    with pytest.raises(PrintError) as info:
        CupsCli("", cups.server).check_ready()
    assert info.value.fault == Fault.NO_PRINTER
