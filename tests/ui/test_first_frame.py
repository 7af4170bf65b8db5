"""The first painted frame is the final one: nothing restyles or moves after it.

The kiosk starts in a child process on the real xcb platform (Xvfb, started by the test run),
exactly as `kiosk` starts; its window's pixels are read back from the X server right after
the first paint and again one second later, and must be identical. Nothing is masked: the
welcome screen has no clock, and its invitation changes language only every 2.5 s.
"""
from __future__ import annotations

import json

from PySide6.QtGui import QImage

from kiosk.tools.bench import settings_json
from tests.helpers.xvfb import run_on_x


def test_first_frame_is_final(xvfb_display, settings, built_database, tmp_path):
    import dataclasses

    chosen = dataclasses.replace(settings, database_url=built_database, idle_timeout_s=90,
                                 countdown_s=20)
    first, later = tmp_path / "first.png", tmp_path / "later.png"
    result = run_on_x(xvfb_display, ["-m", "kiosk.tools.first_frame", settings_json(chosen),
                                     str(first), str(later)], timeout=60)
    assert result.returncode == 0, result.stderr
    answer = json.loads(result.stdout.strip().splitlines()[-1])
    assert answer["content_ready_later"], "content had not loaded a second later"
    one, two = QImage(str(first)), QImage(str(later))
    assert not one.isNull() and one.size() == two.size()
    if one != two:
        differing = [(x, y) for y in range(0, one.height(), 4) for x in range(0, one.width(), 4)
                     if one.pixel(x, y) != two.pixel(x, y)]
        xs, ys = [p[0] for p in differing], [p[1] for p in differing]
        raise AssertionError(f"the first frame changed within a second: {len(differing)} sampled "
                             f"pixels differ in x {min(xs)}-{max(xs)}, y {min(ys)}-{max(ys)} "
                             f"(see {first} and {later})")
