"""The update core never imports Qt, and start-up's look-up of the active pack stays light."""
import subprocess
import sys

MODULES = [
    "kiosk.updates", "kiosk.updates.importer", "kiosk.updates.reader", "kiosk.updates.writer",
    "kiosk.updates.keys", "kiosk.updates.manifest", "kiosk.updates.store", "kiosk.updates.cli",
]


def test_update_core_imports_without_qt():
    code = (
        "import sys; sys.modules['PySide6'] = None\n"
        + "".join(f"import {name}\n" for name in MODULES)
        + "assert not any(m.startswith('PySide6') for m in sys.modules if sys.modules[m])\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


def test_finding_the_active_pack_loads_neither_cryptography_nor_sqlalchemy():
    code = (
        "import sys\nfrom kiosk.updates.store import active_pack_dir\n"
        "assert not [m for m in sys.modules if m.split('.')[0] in ('cryptography', 'sqlalchemy')]\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
