"""Shared fixtures: content packs and databases in tmp_path, and a kiosk window built like the app."""
from __future__ import annotations

import dataclasses
import shutil
from pathlib import Path

import pytest

from kiosk.paths import CONTENT_PACK
from kiosk.settings import Settings


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
def make_window(qtbot, settings, built_database):
    """Builds a kiosk window on the shared database; size and timeouts can be chosen."""
    from kiosk.app import application, build_window

    windows = []

    def make(width=1920, height=1080, idle_tick_ms=50, leaflet_pdf=None, **overrides):
        chosen = dataclasses.replace(settings, **{"database_url": built_database, **overrides})
        app = application()
        window = build_window(app, chosen, idle_tick_ms=idle_tick_ms, leaflet_pdf=leaflet_pdf)
        qtbot.addWidget(window)
        window.context.content.load(chosen.content_dir, chosen.content_database_url)
        window.resize(width, height)
        window.show()
        qtbot.waitExposed(window)
        windows.append((app, window))
        return window

    yield make
    for app, window in windows:
        app.removeEventFilter(window.idle)
        app.removeEventFilter(window.tap_guard)
        window.idle.set_armed(False)
        if getattr(window, "print_queue", None) is not None:
            window.print_queue.shutdown()
        window.context.session.set_language("en")  # leaves no catalogue of ours installed
        if window.context.content.service is not None:
            window.context.content.service.close()


@pytest.fixture
def window(make_window):
    return make_window()


@pytest.fixture
def started_kiosk(qtbot, settings, built_database, tmp_path):
    """The kiosk as `kiosk` starts it (lockdown, operator mode, usage figures), full-screen,
    with its content loaded and its usage recorder running; torn down completely after."""
    from kiosk.app import application, start
    from kiosk.ui.lockdown import remove_lockdown

    chosen = dataclasses.replace(settings, database_url=built_database, fullscreen=True,
                                 removable_media_roots=(str(tmp_path / "media"),))
    app = application()
    window = start(app, chosen, windowed=False)
    window.settings = chosen
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.context.content.ready and window.usage.recorder.ready.is_set(),
                    timeout=10_000)
    yield window
    window.crash_guard.uninstall()
    remove_lockdown(app, window.lockdown)
    app.removeEventFilter(window.idle)
    app.removeEventFilter(window.tap_guard)
    window.idle.set_armed(False)
    window.context.session.set_language("en")
    window.usage.recorder.close()
    window.context.content.service.close()


# Content update fixtures (signing keys, a kiosk that trusts two keys): tests/helpers/update_bundles.py
from tests.helpers.update_bundles import signing_keys, update_settings  # noqa: E402,F401
from tests.helpers.printing import cups, cups_server, make_print_window  # noqa: E402,F401
