"""`kiosk bench` rows for the content studio, measured on a private PostgreSQL cluster:

    studio_grid_ms        open the status grid (StudioService.grid) with the bundled content
    studio_grid_x100_ms   the same with the content copied 100 times (target <= 100 ms)
    studio_grid_ref_ms    reference: a bare SELECT of every text's item, language and state
                          at x100 (what a grid reading the texts themselves would start from)
    studio_grid_ratio     studio_grid_x100_ms / studio_grid_ref_ms
    studio_save_ms        one save_text with its audit row, committed (target <= 30 ms)
    studio_save_ref_ms    reference: a bare UPDATE of one text row, INSERT of one audit row, COMMIT
    studio_save_ratio     studio_save_ms / studio_save_ref_ms
    studio_publish_s      export, content check, sign and write the bundle (target <= 2 s)
    studio_grid_view_ms_x100  the studio window's grid opened and painted at x100 (Qt, in a
                          child process; kiosk.studio.bench), beside studio_grid_query_ms_x100
                          (the service's query alone, same run) and their ratio

Medians of several runs. When no private PostgreSQL can run here, each row says
`unavailable (reason)`, never a made-up number. Run alone: python -m kiosk.tools.bench_studio
"""
from __future__ import annotations

from kiosk.authoring.synthetic import multiply_content  # noqa: F401 (used below and by tests)

import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

TARGET_GRID_X100_MS = 100.0
TARGET_SAVE_MS = 30.0
TARGET_PUBLISH_S = 2.0
ROWS = ("studio_grid_ms", "studio_grid_x100_ms", "studio_grid_ref_ms", "studio_grid_ratio",
        "studio_save_ms", "studio_save_ref_ms", "studio_save_ratio", "studio_publish_s")


def _median_ms(action, runs: int) -> float:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        action()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


def measure(url: str, work: Path, runs: int = 9, copies: int = 100) -> dict[str, float]:
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
    from sqlalchemy import text

    from kiosk.authoring.records import PublishRequest
    from kiosk.authoring.service import StudioService
    from kiosk.paths import CONTENT_PACK

    service = StudioService.open(url)
    try:
        service.import_pack(CONTENT_PACK)
        service.grid()  # warm the connection pool and statement caches
        figures = {"studio_grid_ms": _median_ms(service.grid, runs)}

        key_path = work / "bench.key"
        key_path.write_bytes(Ed25519PrivateKey.generate().private_bytes(
            serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption()))
        publish_times = []
        for run in range(3):
            out = work / f"out{run}"
            out.mkdir()
            started = time.perf_counter()
            service.publish(PublishRequest(out_dir=str(out), key_path=str(key_path)))
            publish_times.append(time.perf_counter() - started)
        figures["studio_publish_s"] = statistics.median(publish_times)

        key = "office:tbilisi"
        words = ["თბილისი, ცენტრალური ოფისი (ტექსტი A)", "თბილისი, ცენტრალური ოფისი (ტექსტი B)"]
        state = {"version": service.text(key, "ka").version, "turn": 0}

        def save() -> None:
            state["turn"] += 1
            saved = service.save_text(key, "ka", {"address": words[state["turn"] % 2]},
                                      state["version"])
            state["version"] = saved.version

        save()
        figures["studio_save_ms"] = _median_ms(save, max(runs, 21))

        def bare_save() -> None:
            state["turn"] += 1
            with service.engine.begin() as connection:
                connection.execute(text(
                    "UPDATE translations SET title = :title WHERE id = "
                    "(SELECT min(id) FROM translations)"), {"title": words[state["turn"] % 2]})
                connection.execute(text(
                    "INSERT INTO audit_log (at, \"user\", item_key, language, action, note) "
                    "VALUES (now(), 'bench', 'bench', '', 'bench', '')"))

        bare_save()
        figures["studio_save_ref_ms"] = _median_ms(bare_save, max(runs, 21))
        figures["studio_save_ratio"] = figures["studio_save_ms"] / figures["studio_save_ref_ms"]

        multiply_content(service, copies)
        service.grid()
        figures["studio_grid_x100_ms"] = _median_ms(service.grid, runs)

        def reference() -> None:
            with service.engine.connect() as connection:
                connection.execute(text("SELECT item_id, language, state FROM translations")).all()

        reference()
        figures["studio_grid_ref_ms"] = _median_ms(reference, runs)
        figures["studio_grid_ratio"] = figures["studio_grid_x100_ms"] / figures["studio_grid_ref_ms"]
    finally:
        service.close()
    return figures


def measure_rows(runs: int = 9) -> list[tuple[str, object, str]]:
    """[(name, value or "unavailable", unit or reason)] on a private PostgreSQL cluster."""
    from kiosk.tools.postgres_sandbox import PostgresCluster, clean_leftovers, why_unavailable

    reason = why_unavailable()
    if reason:
        return [(name, "unavailable", reason) for name in ROWS]
    clean_leftovers()
    cluster = PostgresCluster()
    work = Path(tempfile.mkdtemp(prefix="kiosk-bench-studio-"))
    try:
        cluster.start()
        url = cluster.url(cluster.create_database())
        figures = measure(url, work, runs)
        from kiosk.studio.bench import window_rows  # the window's grid over the same x100 store

        window = window_rows(url, "_x100")
    except Exception as exc:  # noqa: BLE001 - a bench row says why, it does not crash
        reason = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        return [(name, "unavailable", f"PostgreSQL bench failed: {reason}") for name in ROWS]
    finally:
        cluster.stop()
        shutil.rmtree(work, ignore_errors=True)
    units = {"studio_publish_s": "s", "studio_grid_ratio": "x", "studio_save_ratio": "x"}
    return [(name, figures[name], units.get(name, "ms")) for name in ROWS] + window


def report(runs: int = 9) -> list[tuple[str, object, str]]:
    """Print the rows (stdout) and the verdicts (stderr), as `kiosk bench` does."""
    rows = measure_rows(runs)
    targets = {"studio_grid_x100_ms": TARGET_GRID_X100_MS, "studio_save_ms": TARGET_SAVE_MS,
               "studio_publish_s": TARGET_PUBLISH_S}
    for name, value, unit in rows:
        if isinstance(value, float):
            print(f"{name} {value:.3f} {unit}" if unit in ("s", "x") else f"{name} {value:.1f} {unit}")
            if name in targets:
                verdict = "met" if value <= targets[name] else "MISSED"
                print(f"  {name} {value:.3f} {unit}  target <= {targets[name]:g} {unit}: {verdict}",
                      file=sys.stderr)
        else:
            print(f"{name} {value} ({unit})")
    sys.stdout.flush()
    return rows


if __name__ == "__main__":
    report()
