"""Shared fixtures: content packs and databases in tmp_path, and a kiosk window built like the app."""
from __future__ import annotations

import dataclasses
import gc
import shutil
from pathlib import Path

import pytest

from kiosk.paths import CONTENT_PACK
from kiosk.settings import Settings
from tests.helpers.taps import let_go_of_held_buttons


@pytest.fixture
def pack_copy(tmp_path) -> Path:
    """A writable copy of the bundled content pack, for tests that break it."""
    target = tmp_path / "pack"
    shutil.copytree(CONTENT_PACK, target)
    return target


@pytest.fixture
def settings(tmp_path) -> Settings:
    return Settings(
        content_dir=CONTENT_PACK,
        data_dir=tmp_path / "data",
        idle_timeout_s=0.2,
        countdown_s=0.3,
        fullscreen=False,
        screen_dpi=96,
    )


@pytest.fixture(scope="session")
def built_database(tmp_path_factory) -> str:
    """The bundled pack built once into a database shared by the UI tests (read-only use)."""
    from kiosk.content.database import build_database
    from kiosk.content.pack import load_pack
    from kiosk.paths import PICTOGRAMS

    url = f"sqlite:///{tmp_path_factory.mktemp('db') / 'content.db'}"
    build_database(load_pack(CONTENT_PACK, PICTOGRAMS), url)
    return url


@pytest.fixture
def make_kiosk(qtbot, settings, built_database):
    """Builds a kiosk with the app's own builder on the shared database (not locked down);
    size, timeouts and the slow parts (printer, renderer, player) can be chosen."""
    from kiosk.app import SlowParts, application, build_kiosk

    kiosks = []

    def make(width=1920, height=1080, idle_tick_ms=50, leaflet_pdf=None, print_backend=None,
             player=None, **overrides):
        chosen = dataclasses.replace(settings, **{"database_url": built_database, **overrides})
        parts = SlowParts(leaflet_pdf=leaflet_pdf, print_backend=print_backend, player=player,
                          idle_tick_ms=idle_tick_ms)
        kiosk = build_kiosk(application(), chosen, parts)
        kiosks.append(kiosk)
        qtbot.addWidget(kiosk.window)
        kiosk.content.load(chosen.content_dir, chosen.content_database_url)
        kiosk.window.resize(width, height)
        kiosk.window.show()
        qtbot.waitExposed(kiosk.window)
        let_go_of_held_buttons(kiosk.window)  # no mouse state carried over from another test
        return kiosk

    yield make
    for kiosk in kiosks:
        kiosk.close()
        kiosk.session.set_language("en")  # leaves no catalogue of ours installed
        kiosk.window.close()
        kiosk.window.deleteLater()
    # Delete them now: with no event loop running, deleteLater alone would keep every
    # kiosk's few hundred widgets alive, and each later test's restyles and event passes
    # would walk them all (the last layout tests ran 40x slower than alone).
    from PySide6.QtCore import QCoreApplication, QEvent

    QCoreApplication.sendPostedEvents(None, QEvent.DeferredDelete)


@pytest.fixture
def make_window(make_kiosk):
    """A kiosk's window, for tests about what the visitor sees and taps."""
    return lambda *args, **kwargs: make_kiosk(*args, **kwargs).window


@pytest.fixture
def window(make_window):
    return make_window()


@pytest.fixture
def make_started_kiosk(qtbot, settings, built_database, tmp_path):
    """The kiosk as `kiosk` starts it (lockdown, operator mode, usage figures), full-screen,
    with its content loaded and its usage recorder running; torn down completely after.
    With `leaflet_pdf` (and a stand-in `print_backend`) it prints too."""
    from kiosk.app import SlowParts, application, start

    app = application()
    kiosks = []

    def make(leaflet_pdf=None, print_backend=None, windowed=False, **overrides):
        chosen = dataclasses.replace(
            settings, **{"database_url": built_database, "fullscreen": True,
                         "removable_media_roots": (str(tmp_path / "media"),), **overrides})
        kiosk = start(app, chosen, windowed=windowed,
                      parts=SlowParts(leaflet_pdf=leaflet_pdf, print_backend=print_backend))
        kiosks.append(kiosk)
        qtbot.addWidget(kiosk.window)
        qtbot.waitUntil(lambda: kiosk.content.ready and kiosk.usage.recorder.ready.is_set()
                        and (leaflet_pdf is None or kiosk.print_queue is not None)
                        and kiosk.accessibility is not None, timeout=10_000)
        return kiosk

    yield make
    for kiosk in kiosks:
        kiosk.close()
        kiosk.session.set_language("en")
    gc.unfreeze()  # start() froze what existed (see kiosk.app.after_first_frame): let it go


@pytest.fixture
def started_kiosk(make_started_kiosk):
    return make_started_kiosk()


# Content update fixtures (signing keys, a kiosk that trusts two keys): tests/helpers/update_bundles.py
from tests.helpers.update_bundles import signing_keys, update_settings  # noqa: E402,F401
from tests.helpers.printing import cups, cups_server, make_print_window  # noqa: E402,F401
