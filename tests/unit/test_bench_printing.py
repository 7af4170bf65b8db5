"""print_submit_ms: a real figure against the private cups-pdf queue, or an honest "unavailable"."""
from kiosk.tools import bench_printing


def test_print_submit_is_measured_against_cups(cups_server):
    # cups_server proves a private CUPS can run here, so the bench must give a number
    [(name, value, unit)] = bench_printing.measure_rows(runs=3)
    assert name == "print_submit_ms" and unit == "ms", (value, unit)
    assert 0 < value < 5000


def test_unavailable_cups_is_a_reason_not_a_number(monkeypatch):
    monkeypatch.setattr(bench_printing.sys, "executable", "/nonexistent/python")
    [(name, value, reason)] = bench_printing.measure_rows(runs=1)
    assert (name, value) == ("print_submit_ms", "unavailable")
    assert reason


def test_the_probe_says_why_cups_cannot_run(monkeypatch):
    from kiosk.tools import cups_sandbox

    monkeypatch.setattr(cups_sandbox, "why_unavailable", lambda: "cupsd is missing")
    assert bench_printing._probe(1) == {"unavailable": "cupsd is missing"}
