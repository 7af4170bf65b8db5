"""Search speed for `kiosk bench`: a tap on an on-screen key to the new results painted.

    search_keystroke_ms_p95       on the bundled content
    search_keystroke_ms_p95_100x  on synthetic content 100 times larger (every topic and
                                  office copied 99 more times, each copy's text rotated so the
                                  copies differ), target <= 10 ms
    search_keystroke_cpu_ms_p95_100x  the same taps in GUI-thread CPU time (on a shared,
                                  loaded machine the wall time mostly measures waiting)

Each figure is the 95th percentile (nearest rank) of real taps on the keyboard's buttons
(letters, space, backspace, clear) typing Georgian and English words: from the tap through the
query, the result tiles updated and layout, until the field and the new results (or the
"nothing found" message) have been painted. It runs in a
child process (`python -m kiosk.tools.bench_search SETTINGS_JSON`) that answers with one JSON
line; `search_rows` returns `(name, value, unit)` rows, `report_search` prints them for
`kiosk bench`. One unmeasured round comes first (page cache, drawn tiles).
"""
from __future__ import annotations

import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

TARGET_MS_P95_100X = 10.0
COPIES = 100
# What gets typed, in each language: key by key, then backspace twice, then clear.
WORDS = {
    "ka": ["მიგრაცია", "ბათუმი", "დახმარება", "სახლში დაბრ", "ოფისი"],
    "en": ["migration", "home", "office", "trafficking", "go hom"],
}
ROUNDS = 2
# Event loop passes a tap may take to paint its results before the window is repainted.
MAX_PASSES = 10
PROBE_TIMEOUT_S = 300


# What each copy changes; every other column is copied as it is, whatever columns the content
# tables have (a new column must not break the bench).
_COPY_CHANGES = {
    "topic": {"id": "id || :s", "sort_order": "sort_order + 1000 * :k"},
    # Rotate each body by k words' worth of characters so no two copies are the same.
    "topic_text": {"topic_id": "topic_id || :s",
                   "body": "substr(body, 1 + (:k * 7) % length(body)) || ' ' || "
                           "substr(body, 1, (:k * 7) % length(body))"},
    "office": {"id": "id || :s", "sort_order": "sort_order + 1000 * :k", "central": "0"},
    "office_text": {"office_id": "office_id || :s"},
    "office_service": {"office_id": "office_id || :s"},
}
_ORIGINALS = {"topic": "id", "topic_text": "topic_id", "office": "id",
              "office_text": "office_id", "office_service": "office_id"}


def make_synthetic(url: str, copies: int = COPIES) -> None:
    """Copy every topic and office (and their texts and services) `copies - 1` more times
    into the built database at `url`, then index everything again."""
    from sqlalchemy import inspect, text

    from kiosk.content.database import make_engine
    from kiosk.content.search import build_index

    engine = make_engine(url)
    with engine.begin() as conn:
        columns = {table: [c["name"] for c in inspect(conn).get_columns(table)]
                   for table in _COPY_CHANGES}
        for k in range(1, copies):
            params = {"s": f"-x{k}", "k": k}
            for table, changes in _COPY_CHANGES.items():
                names = columns[table]
                values = ", ".join(changes.get(name, name) for name in names)
                conn.execute(text(
                    f"INSERT INTO {table} ({', '.join(names)}) SELECT {values} FROM {table} "
                    f"WHERE {_ORIGINALS[table]} NOT LIKE '%-x%'"), params)
        build_index(conn)
    engine.dispose()


def percentile_nearest_rank(values: list[float], percent: float) -> float:
    import math

    ordered = sorted(values)
    return ordered[max(0, math.ceil(percent / 100 * len(ordered)) - 1)]


def _type_and_time(window, search, language: str, cpu_times: list[float]) -> list[float]:
    """Tap every key of every word; the time of each tap to the repainted results, in ms."""
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from PySide6.QtCore import QObject

    keyboard = search.keyboard

    class PaintSeen(QObject):
        """Which of the watched widgets have been painted since the last tap."""

        def __init__(self):
            super().__init__()
            self.painted: set[int] = set()

        def eventFilter(self, watched, event):  # noqa: N802 (Qt override)
            if event.type() == QEvent.Paint:
                self.painted.add(id(watched))
            return False

    seen = PaintSeen()
    results = search.result_list.viewport()
    for widget in (search.field, results, search.message):
        widget.installEventFilter(seen)

    def tap(button) -> float:
        """The tap, then the event loop until what changed is on screen: the query, the result
        tiles updated, layout, and the paint of the field and of the new results (or of the
        message when nothing is found). Qt paints dirty regions on its UpdateRequest, as on a
        real screen; the list lays its items out on a zero timer, so the results are often
        painted one pass after the field. A tap whose changes were never painted is no figure."""
        seen.painted.clear()
        before = search.shown_hits()
        start, cpu = time.perf_counter(), time.thread_time()
        QTest.mouseClick(button, Qt.LeftButton)
        after = search.shown_hits()
        wanted = {id(search.field)}
        if after != before:
            wanted.add(id(results) if after else id(search.message))
        for _ in range(MAX_PASSES):
            QApplication.processEvents()
            if wanted <= seen.painted:
                break
        else:  # the paint had not come round yet: do it now, timed
            window.repaint()
        QApplication.sendPostedEvents(None, QEvent.DeferredDelete)
        cpu_times.append((time.thread_time() - cpu) * 1000)
        elapsed = (time.perf_counter() - start) * 1000
        if not wanted <= seen.painted:
            raise RuntimeError("the search field or the new results were never repainted; "
                               "the figure would be wrong")
        return elapsed

    # Settle the navigation first: at 100x the home screen discards thousands of tiles, and
    # deleting them must not be counted against the first keystroke.
    QApplication.processEvents()
    QApplication.sendPostedEvents(None, QEvent.DeferredDelete)
    times = []
    for word in WORDS[language]:
        for letter in word:
            key = keyboard.space_key if letter == " " else keyboard.key_for(letter)
            if key is None:
                raise RuntimeError(f"no key for {letter!r} on the {language} keyboard")
            times.append(tap(key))
        if not search.shown_hits():
            raise RuntimeError(f"typing {word!r} showed no results; the figure would be wrong")
        times.append(tap(keyboard.backspace_key))
        times.append(tap(keyboard.backspace_key))
        times.append(tap(keyboard.clear_key))
    return times


def probe(settings_json: str) -> dict:
    import dataclasses
    import os

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtTest import QTest

    from kiosk.app import application, build_kiosk
    from kiosk.content.database import ensure_database
    from kiosk.content.service import ContentService
    from kiosk.settings import Settings
    from kiosk.ui import navigation as nav

    settings = Settings.from_mapping(json.loads(settings_json), source="bench settings")
    folder = Path(tempfile.mkdtemp(prefix="kiosk-bench-search-"))
    settings = dataclasses.replace(settings, data_dir=folder, database_url="",
                                   idle_timeout_s=3600.0)
    bundled = settings.content_database_url
    result = ensure_database(settings.content_dir, bundled)
    if not result.serving:
        raise RuntimeError(result.message)
    big = f"sqlite:///{folder / 'content-100x.db'}"
    (folder / "content-100x.db").write_bytes((folder / "content.db").read_bytes())
    built = time.perf_counter()
    make_synthetic(big)
    synthetic_s = time.perf_counter() - built

    app = application()
    window = build_kiosk(app, settings).window
    window.resize(1920, 1080)
    window.show()
    QTest.qWaitForWindowExposed(window, 5000)
    figures = {"synthetic_build_s": round(synthetic_s, 2)}
    for name, url in (("bundled", bundled), ("100x", big)):
        window.context.content.set_service(ContentService(url))
        samples, cpu = [], []
        for language in WORDS:  # one unmeasured round: page cache and drawn tiles warm
            window.context.session.set_language(language)
            window.navigator.reset(nav.HOME)
            window.navigator.go(nav.Location(nav.SEARCH))
            _type_and_time(window, window.screens[nav.SEARCH], language, [])
        for _ in range(ROUNDS):
            for language in WORDS:
                window.context.session.set_language(language)
                window.navigator.reset(nav.HOME)
                window.navigator.go(nav.Location(nav.SEARCH))
                search = window.screens[nav.SEARCH]
                samples += _type_and_time(window, search, language, cpu)
        service = window.context.content.service
        documents = len(service.search("a", "en", limit=10_000))  # a rough size check
        figures[name] = {
            "p95": percentile_nearest_rank(samples, 95),
            "cpu_p95": percentile_nearest_rank(cpu, 95),
            "median": sorted(samples)[len(samples) // 2],
            "max": max(samples),
            "taps": len(samples),
            "hits_for_a": documents,
        }
    window.context.content.service.close()
    window.context.session.set_language(settings.default_language)
    import shutil

    shutil.rmtree(folder, ignore_errors=True)
    return figures


def search_rows(settings) -> list[tuple[str, float, str]]:
    """Run the probe in a fresh process; the rows for `kiosk bench` (details on stderr)."""
    from kiosk.tools.bench_common import parse_probe_output, probe_env, settings_json

    command = [sys.executable, "-m", "kiosk.tools.bench_search", settings_json(settings)]
    done = subprocess.run(command, capture_output=True, text=True, env=probe_env(),
                          timeout=PROBE_TIMEOUT_S)
    if done.returncode != 0:
        hint = ""
        if "none_dealloc" in done.stderr or "bool_dealloc" in done.stderr:
            hint = ("\nPython aborted on a reference-count fault: PySide6 6.12.0 on Python 3.11 "
                    "loses a reference to None on every void Qt call (see "
                    "tests/unit/test_pyside_none_refcount.py); the kiosk itself would abort "
                    "the same way after enough use.")
        raise RuntimeError(f"search bench failed:\n{done.stderr[-2000:]}{hint}")
    figures = parse_probe_output(done.stdout)
    for name in ("bundled", "100x"):
        f = figures[name]
        print(f"search ({name}): {f['taps']} taps, median {f['median']:.2f} ms, "
              f"p95 {f['p95']:.2f} ms, max {f['max']:.2f} ms, CPU time p95 {f['cpu_p95']:.2f} ms; "
              f"'a' finds {f['hits_for_a']} items",
              file=sys.stderr)
    p95_100x = figures["100x"]["p95"]
    verdict = "met" if p95_100x <= TARGET_MS_P95_100X else "MISSED"
    print(f"search at 100x: {p95_100x:.2f} ms p95, target <= {TARGET_MS_P95_100X:.0f} ms: "
          f"{verdict} (synthetic database built in {figures['synthetic_build_s']} s)",
          file=sys.stderr)
    return [
        ("search_keystroke_ms_p95", figures["bundled"]["p95"], "ms"),
        ("search_keystroke_ms_p95_100x", p95_100x, "ms"),
        # The same taps in CPU time of the GUI thread: what the kiosk itself spends, without
        # the waits for a core that other processes on a busy machine add to the wall time.
        ("search_keystroke_cpu_ms_p95_100x", figures["100x"]["cpu_p95"], "ms"),
    ]


def report_search(settings) -> int:
    """Print the search rows as `kiosk bench` prints its figures; 1 if the probe failed."""
    try:
        rows = search_rows(settings)
    except (RuntimeError, subprocess.TimeoutExpired) as exc:
        print(f"kiosk bench: {exc}", file=sys.stderr)
        return 1
    for name, value, unit in rows:
        print(f"{name} {value:.1f} {unit}")
    sys.stdout.flush()
    return 0


def main(argv: list[str]) -> int:
    import os

    figures = probe(argv[0])
    sys.stdout.write(json.dumps(figures) + "\n")
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(0)  # measured; tearing Qt down only costs time (and PySide6 can crash doing it)


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
