"""The kiosk's print queue against a real private CUPS server: live states, faults within 2 s,
quotas, the job timeout and the idle reset."""
import pytest
import shiboken6
from PySide6.QtCore import QObject

from kiosk.printing.cups_cli import CupsCli
from kiosk.printing.faults import Fault, JobState
from kiosk.printing.quota import PrintQuota
from kiosk.ui.print_queue import PrintQueue
from tests.helpers.printing import make_pdf, pdf_page_count


@pytest.fixture
def make_queue(qtbot, cups):
    # The queues belong to a parent deleted here, on the GUI thread, after their workers
    # stopped: a QObject must never be freed by a worker dropping the last reference.
    owner = QObject()
    queues = []

    def make(timeout_ms=10_000, per_session=0, per_hour=0, backend=None):
        queue = PrintQueue(backend or CupsCli(cups.queue, cups.server),
                           PrintQuota(per_session, per_hour), timeout_ms, poll_ms=50,
                           parent=owner)
        queues.append(queue)
        return queue

    yield make
    for queue in queues:
        queue.shutdown()
    queues.clear()
    shiboken6.delete(owner)


def test_job_goes_queued_then_done_and_the_pdf_arrives(qtbot, cups, make_queue):
    queue = make_queue()
    seen = []
    queue.job_changed.connect(lambda job: seen.append(job.state))
    with qtbot.waitSignal(queue.job_changed, timeout=10_000,
                          check_params_cb=lambda job: job.finished):
        job = queue.submit(make_pdf(2))
    assert queue.job(job.number).state == JobState.DONE
    assert seen[0] == JobState.PREPARING and JobState.QUEUED in seen and seen[-1] == JobState.DONE
    qtbot.waitUntil(lambda: bool(cups.output_pdfs()), timeout=5000)
    assert pdf_page_count(cups.output_pdfs()[0]) == 2


@pytest.mark.parametrize("break_it, fault", [
    (lambda cups: cups.run("cupsdisable", cups.queue), Fault.QUEUE_STOPPED),
    (lambda cups: cups.run("lpadmin", "-x", cups.queue), Fault.NO_PRINTER),
    (lambda cups: cups.stop(), Fault.CUPS_DOWN),
], ids=["queue-stopped", "printer-removed", "cups-stopped"])
def test_a_fault_is_reported_within_two_seconds(qtbot, cups, make_queue, break_it, fault):
    queue = make_queue()
    break_it(cups)
    with qtbot.waitSignal(queue.job_changed, timeout=2000,
                          check_params_cb=lambda job: job.finished) as blocker:
        queue.submit(make_pdf(1))
    assert blocker.args[0].state == JobState.FAILED
    assert blocker.args[0].fault == fault


def test_an_unreachable_printer_is_reported_within_two_seconds(qtbot, cups, make_queue):
    # a network printer that is switched off: nothing listens on its port
    cups.run("lpadmin", "-p", cups.queue, "-v", "socket://127.0.0.1:1")
    queue = make_queue()
    try:
        with qtbot.waitSignal(queue.job_changed, timeout=2000,
                              check_params_cb=lambda job: job.finished) as blocker:
            queue.submit(make_pdf(1))
    finally:
        cups.run("lpadmin", "-p", cups.queue, "-v", f"cups-pdf:/{cups.queue}")
    assert blocker.args[0].fault == Fault.PRINTER_OFFLINE


def test_quota_reached_refuses_at_once_and_sends_nothing(qtbot, cups, make_queue):
    class CountingCli(CupsCli):
        submitted = 0

        def submit(self, pdf, title="x"):
            CountingCli.submitted += 1
            return super().submit(pdf, title)

    queue = make_queue(per_session=1, backend=CountingCli(cups.queue, cups.server))
    with qtbot.waitSignal(queue.job_changed, timeout=10_000, check_params_cb=lambda j: j.finished):
        queue.submit(make_pdf(1))
    assert CountingCli.submitted == 1
    refused = queue.submit(make_pdf(1))
    assert (refused.state, refused.fault) == (JobState.FAILED, Fault.QUOTA_SESSION)
    assert CountingCli.submitted == 1
    queue.end_visit()  # the idle reset: a new visitor may print again
    assert queue.quota.refusal() is None


def test_a_job_not_done_in_time_is_cancelled(qtbot, cups, make_queue):
    cups.run("lpadmin", "-p", cups.queue, "-o", "job-hold-until-default=indefinite")
    queue = make_queue(timeout_ms=600)
    with qtbot.waitSignal(queue.job_changed, timeout=3000,
                          check_params_cb=lambda job: job.finished) as blocker:
        job = queue.submit(make_pdf(1))
    assert blocker.args[0].fault == Fault.TIMED_OUT
    cups_id = queue.job(job.number).cups_id
    assert cups_id
    qtbot.waitUntil(lambda: cups_id not in cups.run(
        "lpstat", "-W", "not-completed", "-o", cups.queue).stdout, timeout=3000)


def test_idle_reset_cancels_the_visitors_pending_job(qtbot, cups, make_queue):
    cups.run("lpadmin", "-p", cups.queue, "-o", "job-hold-until-default=indefinite")
    queue = make_queue()
    with qtbot.waitSignal(queue.job_changed, timeout=3000,
                          check_params_cb=lambda job: job.state == JobState.QUEUED) as blocker:
        queue.submit(make_pdf(1))
    cups_id = blocker.args[0].cups_id
    assert cups_id in cups.run("lpstat", "-W", "not-completed", "-o", cups.queue).stdout
    queue.end_visit()
    qtbot.waitUntil(lambda: cups_id not in cups.run(
        "lpstat", "-W", "not-completed", "-o", cups.queue).stdout, timeout=3000)
