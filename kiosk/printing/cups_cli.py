"""The CUPS backend: `lp`, `lpstat` and `cancel` (Debian cups-client) run as subprocesses.

Why the command-line tools rather than pycups: nothing to compile (pycups needs
libcups2-dev and a C compiler on every kiosk, and is GPL), the tools find the server the
way every CUPS client does (CUPS_SERVER, client.conf, the local socket) and authenticate
local jobs by themselves, and their output in the C locale is a stable interface. A call
costs a few milliseconds of process start, nothing at a few status polls a second. Every
call has a timeout, so a hung server becomes a fault, never a hung kiosk.

Blocking calls: run them off the GUI thread (see kiosk/ui/print_queue.py).
"""
from __future__ import annotations

import os
import re
from dataclasses import dataclass, field

from kiosk.printing.faults import Fault, JobState, PrintError, fault_from_reasons

CALL_TIMEOUT_S = 1.5  # each tool call; with one status check this keeps faults within 2 s
JOB_TITLE = "IOM kiosk leaflet"  # never anything about the visitor
FAILED_JOB_REASONS = ("aborted", "canceled", "cancelled", "errors", "stopped")
# What CUPS's own backends (usb, socket, ipp, lpd) say, in English since the job is sent in
# the C locale, when the printer cannot be reached; often with no state reason set at all,
# while the queue reads "now printing" and would wait for a long time.
UNREACHABLE_MESSAGES = (
    "may not exist or is unavailable", "waiting for printer to become available",
    "printer is not connected", "unable to locate printer", "not responding",
    "printer is offline", "unable to connect",
)


@dataclass(frozen=True)
class PrinterStatus:
    queue: str
    enabled: bool = True
    accepting: bool = True
    reasons: tuple[str, ...] = ()
    printing_job: str = ""  # the job id the printer is printing now, if any
    message: str = ""  # the printer's own state message, for the log

    @property
    def fault(self) -> Fault | None:
        if not self.enabled:
            return Fault.QUEUE_STOPPED
        if not self.accepting:
            return Fault.NOT_ACCEPTING
        fault = fault_from_reasons(self.reasons)
        if fault is None and any(text in self.message.lower() for text in UNREACHABLE_MESSAGES):
            fault = Fault.PRINTER_OFFLINE
        return fault


@dataclass(frozen=True)
class JobStatus:
    job_id: str
    state: JobState
    reasons: tuple[str, ...] = field(default=())


def parse_printer(queue: str, long_status: str, accepting_text: str) -> PrinterStatus:
    """`lpstat -l -p QUEUE` and `lpstat -a QUEUE` output (C locale) as a PrinterStatus."""
    first = long_status.splitlines()[0] if long_status.strip() else ""
    enabled = " disabled since " not in first
    printing = re.search(r" now printing (\S+?)\.?\s", first + " ")
    reasons: tuple[str, ...] = ()
    message_lines = []
    in_message = True  # lpstat prints the state message under the first line, then fields
    for line in long_status.splitlines()[1:]:
        text = line.strip()
        if ":" in text:
            in_message = False
        if text.startswith("Alerts:"):
            found = text.removeprefix("Alerts:").split()
            reasons = tuple(r for r in found if r != "none")
        elif in_message and text:
            message_lines.append(text)
    accepting = f"{queue} accepting requests" in accepting_text
    return PrinterStatus(
        queue=queue, enabled=enabled, accepting=accepting, reasons=reasons,
        printing_job=printing.group(1) if printing else "", message=" ".join(message_lines),
    )


def parse_jobs(listing: str) -> dict[str, tuple[str, ...]]:
    """`lpstat -l -o` output: job id -> its job-state-reasons ("Alerts:")."""
    jobs: dict[str, tuple[str, ...]] = {}
    current = ""
    for line in listing.splitlines():
        if line and not line[0].isspace():
            current = line.split()[0]
            jobs[current] = ()
        elif current and line.strip().startswith("Alerts:"):
            jobs[current] = tuple(line.strip().removeprefix("Alerts:").split())
    return jobs


NETWORK_PORTS = {"socket": 9100, "ipp": 631, "ipps": 631, "http": 631, "https": 443, "lpd": 515}
CONNECT_TIMEOUT_S = 0.8


def network_printer_answers(uri: str, timeout_s: float = CONNECT_TIMEOUT_S) -> bool:
    """False if the queue's network printer refuses or ignores a connection.

    CUPS's network backends retry for seconds before they say a printer is unreachable; one
    TCP connection tells us at once. Other devices (usb, cups-pdf) are left to CUPS."""
    import socket
    from urllib.parse import urlsplit

    parts = urlsplit(uri)
    if parts.scheme not in NETWORK_PORTS or not parts.hostname:
        return True
    try:
        port = parts.port or NETWORK_PORTS[parts.scheme]
        with socket.create_connection((parts.hostname, port), timeout=timeout_s):
            return True
    except (OSError, ValueError):
        return False


class CupsCli:
    """One CUPS queue (or the server's default), reached through the command-line tools."""

    def __init__(self, queue: str = "", server: str = "", timeout_s: float = CALL_TIMEOUT_S):
        self.queue = queue
        self.server = server  # host:port or socket path; "" = what CUPS clients use anyway
        self.timeout_s = timeout_s

    # -- the tools ---------------------------------------------------------------------------
    def _run(self, tool: str, *args: str, stdin: bytes | None = None):
        import subprocess  # on first print, not at start-up

        command = [tool, *(["-h", self.server] if self.server else []), *args]
        env = {**os.environ, "LC_ALL": "C", "LANG": "C"}  # output we can parse
        try:
            result = subprocess.run(command, input=stdin, capture_output=True,
                                    timeout=self.timeout_s, env=env, check=False)
        except FileNotFoundError as exc:
            raise PrintError(Fault.CUPS_DOWN, f"{tool} is not installed (Debian: cups-client)") from exc
        except subprocess.TimeoutExpired as exc:
            raise PrintError(Fault.CUPS_DOWN, f"{tool} got no answer in {self.timeout_s} s") from exc
        return subprocess.CompletedProcess(
            result.args, result.returncode,
            result.stdout.decode("utf-8", "replace"), result.stderr.decode("utf-8", "replace"),
        )

    def scheduler_running(self) -> bool:
        result = self._run("lpstat", "-r")
        return "scheduler is running" in result.stdout

    def _fail(self, fault: Fault, result) -> PrintError:
        """The error for a failed tool call; a stopped server explains most failures."""
        detail = (result.stderr or result.stdout).strip()
        if not self.scheduler_running():
            return PrintError(Fault.CUPS_DOWN, detail)
        return PrintError(fault, detail)

    # -- questions ---------------------------------------------------------------------------
    def resolve_queue(self) -> str:
        """The configured queue, or the server's default destination."""
        if self.queue:
            return self.queue
        result = self._run("lpstat", "-d")
        match = re.search(r"system default destination: (\S+)", result.stdout)
        if match:
            return match.group(1)
        raise self._fail(Fault.NO_PRINTER, result)

    def printer_status(self) -> PrinterStatus:
        queue = self.resolve_queue()
        long_status = self._run("lpstat", "-l", "-p", queue)
        if long_status.returncode != 0:
            raise self._fail(Fault.NO_PRINTER, long_status)
        accepting = self._run("lpstat", "-a", queue)
        return parse_printer(queue, long_status.stdout, accepting.stdout)

    def check_ready(self) -> PrinterStatus:
        """The printer's status if it can print now; PrintError with the reason if not."""
        status = self.printer_status()
        if status.fault is not None:
            raise PrintError(status.fault, f"{status.queue}: {status.reasons} {status.message}")
        uri = self.device_uri(status.queue)
        if not network_printer_answers(uri):
            raise PrintError(Fault.PRINTER_OFFLINE, f"{status.queue}: nothing answers at {uri}")
        return status

    def device_uri(self, queue: str) -> str:
        result = self._run("lpstat", "-v", queue)
        match = re.search(r"device for \S+: (\S+)", result.stdout)
        return match.group(1) if match else ""

    def job_status(self, job_id: str) -> JobStatus:
        queue = job_id.rpartition("-")[0]
        pending = self._run("lpstat", "-W", "not-completed", "-l", "-o", queue)
        if pending.returncode != 0:
            raise self._fail(Fault.JOB_FAILED, pending)
        jobs = parse_jobs(pending.stdout)
        if job_id in jobs:
            printer = self.printer_status()
            if printer.fault is not None:
                raise PrintError(printer.fault, f"{printer.reasons} {printer.message}")
            state = JobState.PRINTING if printer.printing_job == job_id else JobState.QUEUED
            return JobStatus(job_id, state, jobs[job_id])
        finished = parse_jobs(self._run("lpstat", "-W", "completed", "-l", "-o", queue).stdout)
        reasons = finished.get(job_id, ())
        if any(word in reason for reason in reasons for word in FAILED_JOB_REASONS):
            return JobStatus(job_id, JobState.FAILED, reasons)
        # Gone from the queue without a failure recorded (with PreserveJobHistory No CUPS
        # forgets finished jobs at once, so "gone" is all we can see): printed.
        return JobStatus(job_id, JobState.DONE, reasons)

    # -- actions -----------------------------------------------------------------------------
    def submit(self, pdf: bytes, title: str = JOB_TITLE) -> str:
        """Send a PDF to the queue; the CUPS job id ("QUEUE-123")."""
        queue = self.resolve_queue()
        result = self._run("lp", "-d", queue, "-t", title, "-", stdin=pdf)
        match = re.search(r"request id is (\S+)", result.stdout)
        if result.returncode != 0 or not match:
            text = result.stderr + result.stdout
            fault = Fault.NOT_ACCEPTING if "not accepting" in text else Fault.NO_PRINTER
            raise self._fail(fault, result)
        return match.group(1)

    def cancel(self, job_id: str) -> None:
        """Cancel a job; one already finished or gone is not an error."""
        self._run("cancel", job_id)
