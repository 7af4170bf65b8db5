"""The fleet rows of `kiosk bench`: real figures from a small synthetic fleet, or each row
`unavailable (reason)` when no private PostgreSQL can start."""
from __future__ import annotations

import pytest

from kiosk.tools import bench_fleet, postgres_sandbox


def test_without_postgresql_every_row_says_unavailable_and_why(monkeypatch, capsys):
    def refuse():
        raise postgres_sandbox.SandboxUnavailable("PostgreSQL 15 is not installed")

    monkeypatch.setattr(postgres_sandbox, "start_cluster", refuse)
    rows = bench_fleet.report(kiosks=1, days=7)
    assert [name for name, _, _ in rows] == list(bench_fleet.NAMES)
    out = capsys.readouterr().out.splitlines()
    assert out == [f"{name} unavailable (PostgreSQL 15 is not installed)" for name in bench_fleet.NAMES]


@pytest.mark.skipif(postgres_sandbox.why_unavailable() is not None,
                    reason=str(postgres_sandbox.why_unavailable()))
def test_a_small_fleet_gives_a_figure_for_every_row():
    rows = dict((name, value) for name, value, _ in bench_fleet.measure(kiosks=1, days=20))
    assert set(rows) == set(bench_fleet.NAMES)
    assert all(isinstance(v, float) and v > 0 for v in rows.values()), rows
