"""The content core never imports Qt: proven by importing it where PySide6 cannot load."""
import subprocess
import sys

CORE_MODULES = [
    "kiosk.content.pack", "kiosk.content.models", "kiosk.content.database",
    "kiosk.content.service", "kiosk.content.check", "kiosk.content.records", "kiosk.settings",
    "kiosk.cli",
    "kiosk.leaflets", "kiosk.leaflets.collect", "kiosk.leaflets.model", "kiosk.leaflets.render",
    "kiosk.leaflets.a4", "kiosk.leaflets.roll", "kiosk.leaflets.blocks", "kiosk.leaflets.text",
    "kiosk.leaflets.fonts", "kiosk.leaflets.qr", "kiosk.leaflets.pictogram",
    "kiosk.leaflets.dates", "kiosk.leaflets.command",
    "kiosk.content.search", "kiosk.content.distance", "kiosk.pictograms",
    "kiosk.fleet.models", "kiosk.fleet.database", "kiosk.fleet.usage_csv", "kiosk.fleet.importer",
    "kiosk.fleet.figures", "kiosk.fleet.report_model", "kiosk.fleet.report_pdf",
    "kiosk.fleet.words", "kiosk.fleet.command", "kiosk.tools.fleet_synth",
    "kiosk.tools.postgres_sandbox",
    "kiosk.authoring.service", "kiosk.authoring.cli", "kiosk.authoring.packstore",
    "kiosk.authoring.publishing", "kiosk.authoring.validation", "kiosk.authoring.synthetic",
    "kiosk.fleet.titles",
    "kiosk.updates.progress", "kiosk.updates.errors",
]


def test_content_core_imports_without_qt():
    code = (
        "import sys; sys.modules['PySide6'] = None\n"
        + "".join(f"import {name}\n" for name in CORE_MODULES)
        + "assert not any(m.startswith('PySide6') for m in sys.modules if sys.modules[m])\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


def test_leaflets_render_without_qt_and_import_reportlab_only_when_rendering(built_database):
    code = (
        "import sys; sys.modules['PySide6'] = None\n"
        "from kiosk.content.service import ContentService\n"
        "from kiosk.leaflets import collect_leaflet, render_leaflet\n"
        "assert not any(m.startswith('reportlab') for m in sys.modules), 'eager reportlab'\n"
        f"service = ContentService({built_database!r})\n"
        "pdf = render_leaflet(collect_leaflet(service, 'brief', 'ka'), 'a4')\n"
        "assert pdf.startswith(b'%PDF-')\n"
        "assert 'reportlab' in sys.modules\n"
        "assert not any(m.startswith('PySide6') for m in sys.modules if sys.modules[m])\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
