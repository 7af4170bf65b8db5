"""The kiosk's print queue: sends a leaflet to CUPS without blocking and follows the job live.

Signals:
    job_changed(PrintJob): a job moved on (preparing, queued, printing, done, failed).
"""
from __future__ import annotations

import dataclasses
import itertools
import logging
import time
from dataclasses import dataclass

from PySide6.QtCore import QObject, QTimer, Signal

from kiosk.printing.faults import Fault, JobState, PrintError
from kiosk.printing.quota import PrintQuota
from kiosk.ui.worker import Worker

log = logging.getLogger(__name__)

FINISHED = (JobState.DONE, JobState.FAILED)


@dataclass(frozen=True)
class PrintJob:
    number: int  # this kiosk's own count, known before CUPS answers
    state: JobState
    fault: Fault | None = None
    cups_id: str = ""

    @property
    def finished(self) -> bool:
        return self.state in FINISHED


class PrintQueue(QObject):
    job_changed = Signal(object)

    def __init__(self, backend, quota: PrintQuota, timeout_ms: int, poll_ms: int = 250,
                 parent: QObject | None = None, clock=time.monotonic):
        super().__init__(parent)
        self.backend = backend  # kiosk.printing.cups_cli.CupsCli or a stand-in with its methods
        self.quota = quota
        self.timeout_ms = timeout_ms
        self._clock = clock
        self._numbers = itertools.count(1)
        self._jobs: dict[int, PrintJob] = {}
        self._polling: set[int] = set()
        self._deadlines: dict[int, float] = {}  # checked on each poll: no timer per job
        self._worker = Worker("print-queue", self)
        self._poll = QTimer(self, interval=poll_ms)
        self._poll.timeout.connect(self._poll_jobs)

    def job(self, number: int) -> PrintJob | None:
        return self._jobs.get(number)

    def unfinished(self) -> list[PrintJob]:
        return [job for job in self._jobs.values() if not job.finished]

    def submit(self, pdf: bytes) -> PrintJob:
        """Check the quota, then the printer, then send; answers at once, reports by signal."""
        job = PrintJob(next(self._numbers), JobState.PREPARING)
        refusal = self.quota.refusal()
        if refusal is not None:
            return self._update(dataclasses.replace(job, state=JobState.FAILED, fault=refusal))
        self._update(job)
        self._deadlines[job.number] = self._clock() + self.timeout_ms / 1000
        self._poll.start()

        def send() -> str:
            self.backend.check_ready()
            return self.backend.submit(pdf)

        self._worker.run(send, lambda cups_id: self._accepted(job.number, cups_id),
                         lambda exc: self._failed(job.number, exc))
        return job

    def end_visit(self, _reason: str = "") -> None:
        """The visitor has gone: cancel their unfinished jobs, reset their quota."""
        self.quota.reset_session()
        for job in list(self._jobs.values()):
            if not job.finished:
                self._finish(job.number, JobState.FAILED, Fault.TIMED_OUT, cancel=True,
                             announce=False)
        self._jobs.clear()

    # -- following the job -------------------------------------------------------------------
    def _accepted(self, number: int, cups_id: str) -> None:
        job = self._jobs.get(number)
        self.quota.count()
        if job is None or job.finished:  # timed out or reset meanwhile: take it back
            self._worker.run(lambda: self.backend.cancel(cups_id), lambda _: None, self._log)
            return
        self._update(dataclasses.replace(job, state=JobState.QUEUED, cups_id=cups_id))

    def _poll_jobs(self) -> None:
        now = self._clock()
        for number, deadline in list(self._deadlines.items()):
            if now >= deadline:
                self._time_out(number)
        unfinished = [j for j in self._jobs.values() if not j.finished]
        if not unfinished:
            self._poll.stop()
        for job in unfinished:
            if not job.cups_id or job.number in self._polling:
                continue  # the last question is not answered yet
            self._polling.add(job.number)
            self._worker.run(
                lambda cups_id=job.cups_id: self.backend.job_status(cups_id),
                lambda status, number=job.number: self._status(number, status),
                lambda exc, number=job.number: self._failed(number, exc),
            )

    def _status(self, number: int, status) -> None:
        self._polling.discard(number)
        job = self._jobs.get(number)
        if job is None or job.finished:
            return
        if status.state == JobState.FAILED:
            self._finish(number, JobState.FAILED, Fault.JOB_FAILED)
        elif status.state == JobState.DONE:
            self._finish(number, JobState.DONE)
        elif status.state != job.state:
            self._update(dataclasses.replace(job, state=status.state))

    def _failed(self, number: int, exc: Exception) -> None:
        self._polling.discard(number)
        job = self._jobs.get(number)
        if job is None or job.finished:
            return
        if isinstance(exc, PrintError):
            log.warning("print job %s failed: %s", job.cups_id or number, exc)
            fault = exc.fault
        else:
            log.error("print job %s failed unexpectedly", number, exc_info=exc)
            fault = Fault.INTERNAL
        self._finish(number, JobState.FAILED, fault, cancel=True)

    def _time_out(self, number: int) -> None:
        job = self._jobs.get(number)
        if job is not None and not job.finished:
            log.warning("print job %s not done in %d ms: cancelled", job.cups_id or number,
                        self.timeout_ms)
            self._finish(number, JobState.FAILED, Fault.TIMED_OUT, cancel=True)

    def _finish(self, number: int, state: JobState, fault: Fault | None = None,
                cancel: bool = False, announce: bool = True) -> None:
        job = self._jobs[number]
        self._deadlines.pop(number, None)
        if cancel and job.cups_id:  # nothing half-printed appears later for nobody
            self._worker.run(lambda: self.backend.cancel(job.cups_id), lambda _: None, self._log)
        finished = dataclasses.replace(job, state=state, fault=fault)
        if announce:
            self._update(finished)
        else:
            self._jobs[number] = finished

    def _update(self, job: PrintJob) -> PrintJob:
        self._jobs[job.number] = job
        self.job_changed.emit(job)
        return job

    def _log(self, exc: Exception) -> None:
        log.warning("could not cancel a print job: %s", exc)

    def shutdown(self) -> None:
        self._poll.stop()
        self._worker.shutdown()
