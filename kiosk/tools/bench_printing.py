"""`kiosk bench` row print_submit_ms: Print tapped to the job accepted by CUPS.

Measured against a private cupsd with a cups-pdf queue (kiosk/tools/cups_sandbox.py), in a
fresh process with Qt offscreen: the time from `PrintQueue.submit()` (what the preview's Print
button calls) to the QUEUED signal carrying CUPS's job id, i.e. the printer check, `lp`
and the hop back to the GUI thread. Median of `runs`. When no private CUPS can run here the
row says unavailable and why, never a made-up number.
"""
from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys

TARGET_PRINT_SUBMIT_MS = 500.0
RUNS = 7


def measure_rows(runs: int = RUNS) -> list[tuple[str, object, str]]:
    """[(name, value or "unavailable", unit or reason)], measured in a child process."""
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    try:
        result = subprocess.run([sys.executable, "-m", "kiosk.tools.bench_printing", str(runs)],
                                capture_output=True, text=True, timeout=60, env=env)
        lines = [line for line in result.stdout.splitlines() if line.strip()]
        answer = json.loads(lines[-1]) if lines else {"unavailable": result.stderr.strip()[-300:]}
    except (OSError, subprocess.TimeoutExpired, json.JSONDecodeError) as exc:
        answer = {"unavailable": f"the printing probe failed: {exc}"}
    if "unavailable" in answer:
        return [("print_submit_ms", "unavailable", answer["unavailable"] or "no reason given")]
    return [("print_submit_ms", answer["median_ms"], "ms")]


def report(runs: int = RUNS) -> list[tuple[str, object, str]]:
    """Print the row (stdout) and the verdict (stderr), as `kiosk bench` does for its own."""
    rows = measure_rows(runs)
    for name, value, unit in rows:
        if isinstance(value, float):
            print(f"{name} {value:.1f} {unit}")
            verdict = "met" if value <= TARGET_PRINT_SUBMIT_MS else "MISSED"
            print(f"  print submit  {value:.1f} ms median  target <= {TARGET_PRINT_SUBMIT_MS:.0f} ms:"
                  f" {verdict}", file=sys.stderr)
        else:
            print(f"{name} {value} ({unit})")
    sys.stdout.flush()
    return rows


def _probe(runs: int) -> dict:
    import time

    from kiosk.tools.cups_sandbox import CupsSandbox, SandboxUnavailable, why_unavailable

    reason = why_unavailable()
    if reason:
        return {"unavailable": reason}
    from PySide6.QtCore import QBuffer, QByteArray, QEventLoop, QIODevice, QTimer
    from PySide6.QtGui import QPageSize, QPainter, QPdfWriter
    from PySide6.QtWidgets import QApplication

    from kiosk.printing.cups_cli import CupsCli
    from kiosk.printing.faults import JobState
    from kiosk.printing.quota import PrintQuota
    from kiosk.ui.print_queue import PrintQueue

    app = QApplication.instance() or QApplication([])
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setPageSize(QPageSize(QPageSize.A4))
    painter = QPainter(writer)
    painter.drawText(200, 400, "print_submit_ms")
    painter.end()
    pdf = bytes(data)

    sandbox = None
    try:
        sandbox = CupsSandbox(queue="kiosk-bench-pdf")
        sandbox.start()
        sandbox.add_pdf_queue()
        queue = PrintQueue(CupsCli(sandbox.queue, sandbox.server), PrintQuota(0, 0), 30_000)
        times = []
        for _ in range(runs + 1):  # the first run warms the page cache; not counted
            loop = QEventLoop()
            accepted = {}

            def changed(job, loop=loop, accepted=accepted):
                if job.state in (JobState.QUEUED, JobState.PRINTING, JobState.DONE, JobState.FAILED):
                    accepted.setdefault("at", time.perf_counter())
                    accepted.setdefault("job", job)
                    loop.quit()

            queue.job_changed.connect(changed)
            QTimer.singleShot(10_000, loop.quit)
            started = time.perf_counter()
            queue.submit(pdf)
            loop.exec()
            queue.job_changed.disconnect(changed)
            job = accepted.get("job")
            if job is None or job.state == JobState.FAILED:
                return {"unavailable": f"the cups-pdf queue did not accept the job ({job})"}
            times.append((accepted["at"] - started) * 1000)
        queue.shutdown()
        app.processEvents()
        return {"median_ms": statistics.median(times[1:]), "runs_ms": times[1:]}
    except SandboxUnavailable as exc:
        return {"unavailable": str(exc)}
    finally:
        if sandbox is not None:
            sandbox.remove()


if __name__ == "__main__":
    print(json.dumps(_probe(int(sys.argv[1]) if len(sys.argv) > 1 else RUNS)))
