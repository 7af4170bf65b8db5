"""What a print job can be doing, and every reason it cannot print; the UI words them.

Codes, not sentences: the UI translates them (Qt's catalogues), the core stays Qt-free.
"""
from __future__ import annotations

import enum


class JobState(enum.Enum):
    PREPARING = "preparing"  # checking the printer and sending the PDF
    QUEUED = "queued"
    PRINTING = "printing"
    DONE = "done"
    FAILED = "failed"


class Fault(enum.Enum):
    CUPS_DOWN = "cups-down"  # no print server answers
    NO_PRINTER = "no-printer"  # the configured queue (or any default) does not exist
    QUEUE_STOPPED = "queue-stopped"  # the queue is disabled (paused)
    NOT_ACCEPTING = "not-accepting"  # the queue refuses new jobs
    OUT_OF_PAPER = "out-of-paper"
    PAPER_JAM = "paper-jam"
    PRINTER_OFFLINE = "printer-offline"  # switched off, unplugged, unreachable
    PRINTER_ERROR = "printer-error"  # cover open, toner or ink empty, other faults
    JOB_FAILED = "job-failed"  # the job was aborted or cancelled by the system
    TIMED_OUT = "timed-out"  # not done in the configured time: cancelled
    QUOTA_SESSION = "quota-session"
    QUOTA_HOUR = "quota-hour"
    INTERNAL = "internal"  # anything unexpected (logged); the person still gets the QR


class PrintError(Exception):
    """A print request that cannot go on; `fault` says why, `detail` is for the log."""

    def __init__(self, fault: Fault, detail: str = ""):
        super().__init__(f"{fault.value}: {detail}" if detail else fault.value)
        self.fault = fault
        self.detail = detail


# printer-state-reasons keywords (RFC 8011 and PWG 5100.x), in order of what to tell first.
# A "-report" or "-warning" suffix is information only; no suffix or "-error" stops printing.
REASON_FAULTS: tuple[tuple[str, Fault], ...] = (
    ("media-empty", Fault.OUT_OF_PAPER),
    ("media-needed", Fault.OUT_OF_PAPER),
    ("input-tray-missing", Fault.OUT_OF_PAPER),
    ("media-jam", Fault.PAPER_JAM),
    ("offline", Fault.PRINTER_OFFLINE),
    ("shutdown", Fault.PRINTER_OFFLINE),
    ("door-open", Fault.PRINTER_ERROR),
    ("cover-open", Fault.PRINTER_ERROR),
    ("toner-empty", Fault.PRINTER_ERROR),
    ("marker-supply-empty", Fault.PRINTER_ERROR),
    ("output-area-full", Fault.PRINTER_ERROR),
)


def fault_from_reasons(reasons: tuple[str, ...]) -> Fault | None:
    """The fault a printer's state reasons mean, if any ("offline-report" counts: CUPS uses it
    for a printer it cannot reach, and a visitor should not wait for one)."""
    stopping = []
    for reason in reasons:
        base, _, suffix = reason.rpartition("-")
        if suffix not in ("error", "warning", "report"):
            base, suffix = reason, "error"
        if suffix == "error" or (base == "offline" and suffix == "report"):
            stopping.append(base)
    for keyword, fault in REASON_FAULTS:
        if keyword in stopping:
            return fault
    # any other "-error" (a driver's own keyword, a missing filter) still stops the job
    if any(reason.endswith("-error") for reason in reasons):
        return Fault.PRINTER_ERROR
    return None
