"""bench_studio: real figures on PostgreSQL, or an honest "unavailable" with the reason."""
from kiosk.tools import bench_studio


def test_the_studio_figures_are_measured_on_postgresql(postgres_url, tmp_path):
    figures = bench_studio.measure(postgres_url, tmp_path, runs=1, copies=2)
    assert set(figures) == set(bench_studio.ROWS)
    assert all(value > 0 for value in figures.values())
    assert figures["studio_publish_s"] < 60 and figures["studio_save_ms"] < 10_000


def test_no_postgresql_is_a_reason_not_a_number(monkeypatch, capsys):
    from kiosk.tools import postgres_sandbox

    monkeypatch.setattr(postgres_sandbox, "why_unavailable", lambda: "PostgreSQL 15 is not installed")
    rows = bench_studio.report()
    assert [(name, value) for name, value, _ in rows] == [
        (name, "unavailable") for name in bench_studio.ROWS]
    out = capsys.readouterr().out.splitlines()
    assert out[0] == "studio_grid_ms unavailable (PostgreSQL 15 is not installed)"
