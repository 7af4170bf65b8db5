"""Leaflet figures for `kiosk bench`: time to make one leaflet (collect + render), per paper.

    leaflet_a4_ms     median over Georgian and Arabic leaflets (the brief, a need, an office),
    leaflet_80mm_ms   several runs each, in one warm process (fonts already loaded)

Measured in this process, the way the UI makes a leaflet. Arabic comes from the pack when it
has it, otherwise from the Arabic sample texts (kiosk.tools.rtl_sample) added to a copy.
"""
from __future__ import annotations

import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

TARGET_MS = 150.0
LEAFLETS = ("brief", "topic:need-go-home", "office:tbilisi")
LANGUAGES = ("ka", "ar")
RUNS = 5


def _note(text: str) -> None:
    print(text, file=sys.stderr, flush=True)


def _service(content_dir: Path, work: Path):
    from kiosk.content.database import build_database
    from kiosk.content.pack import load_pack
    from kiosk.content.service import ContentService
    from kiosk.paths import PICTOGRAMS

    pack = load_pack(content_dir, PICTOGRAMS)
    missing = [lang for lang in LANGUAGES if lang not in pack.languages]
    if missing:
        from kiosk.tools.rtl_sample import add_rtl_languages

        copy = work / "pack"
        shutil.copytree(content_dir, copy)
        add_rtl_languages(copy, [lang for lang in missing if lang in ("ar", "fa")])
        pack = load_pack(copy, PICTOGRAMS)
        _note(f"leaflet bench: no {', '.join(missing)} content in the pack; "
              "using the sample texts of kiosk.tools.rtl_sample")
    url = f"sqlite:///{work / 'content.db'}"
    build_database(pack, url)
    return ContentService(url)


def leaflet_rows(content_dir: Path, runs: int = RUNS) -> list[tuple[str, float, str]]:
    from kiosk.leaflets import collect_leaflet, prepare_rendering, render_leaflet

    work = Path(tempfile.mkdtemp(prefix="kiosk-bench-leaflets-"))
    try:
        service = _service(Path(content_dir), work)
        started = time.perf_counter()
        prepare_rendering()
        _note(f"leaflet bench: loading ReportLab and the fonts took "
              f"{(time.perf_counter() - started) * 1000:.0f} ms (once per process)")
        rows = []
        for paper in ("a4", "80mm"):
            times, by_language = [], {}
            for language in LANGUAGES:
                for leaflet_id in LEAFLETS:
                    render_leaflet(collect_leaflet(service, leaflet_id, language), paper)  # warm
                    for _ in range(runs):
                        t0 = time.perf_counter()
                        render_leaflet(collect_leaflet(service, leaflet_id, language), paper)
                        ms = (time.perf_counter() - t0) * 1000
                        times.append(ms)
                        by_language.setdefault(language, []).append(ms)
            median = statistics.median(times)
            _note(f"leaflet {paper}: median {median:.1f} ms, max {max(times):.1f} ms; " + ", ".join(
                f"{lang} {statistics.median(v):.1f} ms" for lang, v in by_language.items())
                + f"; target <= {TARGET_MS:.0f} ms: "
                + ("met" if median <= TARGET_MS else "MISSED"))
            rows.append((f"leaflet_{paper}_ms", median, "ms"))
        service.close()
        return rows
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    from kiosk.paths import CONTENT_PACK

    for name, value, unit in leaflet_rows(CONTENT_PACK):
        print(f"{name} {value:.1f} {unit}")
