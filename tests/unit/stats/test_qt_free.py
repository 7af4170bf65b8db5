"""Usage figures, the PIN store and the admin commands never import Qt (they run from the
command line and from the recorder thread)."""
import subprocess
import sys

MODULES = [
    "kiosk.stats.events", "kiosk.stats.models", "kiosk.stats.database", "kiosk.stats.recorder",
    "kiosk.stats.export", "kiosk.stats.service", "kiosk.admin.pin", "kiosk.admin.media",
    "kiosk.admin.commands", "kiosk.logs", "kiosk.service_notify",
]


def test_stats_and_admin_import_without_qt(tmp_path):
    code = (
        "import sys; sys.modules['PySide6'] = None\n"
        + "".join(f"import {name}\n" for name in MODULES)
        # and they work: migrate and count without Qt
        + "from kiosk.stats.recorder import StatsRecorder\n"
        + f"r = StatsRecorder({str(tmp_path / 'state.db')!r}); r.start(); r.record('search', 'x')\n"
        + "r.close()\n"
        + "assert not any(m.startswith('PySide6') for m in sys.modules if sys.modules[m])\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "state.db").exists()


def test_a_current_schema_costs_no_alembic_and_no_sqlalchemy(tmp_path):
    from kiosk.stats.database import ensure_schema

    ensure_schema(tmp_path / "state.db")  # the first start migrates
    code = (
        "import sys\n"
        "from kiosk.stats.recorder import StatsRecorder\n"
        f"r = StatsRecorder({str(tmp_path / 'state.db')!r}); r.start(); r.record('error', 'X')\n"
        "r.close()\n"
        "heavy = sorted(m for m in sys.modules if m.split('.')[0] in ('alembic', 'sqlalchemy'))\n"
        "assert not heavy, heavy\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
