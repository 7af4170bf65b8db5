"""Operator-side figures for `kiosk bench`: how long one usage count takes to reach the disk
(WAL, synchronous=FULL; on the recorder thread, never the screen's) and one PIN check."""
from __future__ import annotations

import statistics
import tempfile
import time
from datetime import datetime, timezone
from pathlib import Path

from kiosk.tools.bench_common import percentile_nearest_rank

WRITES = 100
PIN_CHECKS = 5


def operator_rows() -> list[tuple[str, float, str]]:
    from kiosk.admin.pin import check_pin, hash_pin
    from kiosk.stats.database import open_state_connection
    from kiosk.stats.recorder import hour_of, write_counts

    with tempfile.TemporaryDirectory(prefix="kiosk-bench-stats-") as folder:
        connection = open_state_connection(Path(folder) / "state.db")
        hour = hour_of(datetime.now(timezone.utc))
        times = []
        for n in range(WRITES):
            started = time.perf_counter()
            write_counts(connection, [(hour, "topic_view", f"topic-{n % 10}", "ka")])
            times.append((time.perf_counter() - started) * 1000)
        connection.close()
    stored = hash_pin("2468")
    checks = []
    for _ in range(PIN_CHECKS):
        started = time.perf_counter()
        check_pin("1357", stored)
        checks.append((time.perf_counter() - started) * 1000)
    return [
        ("stats_write_ms_p95", percentile_nearest_rank(times, 95), "ms"),
        ("pin_check_ms", statistics.median(checks), "ms"),
    ]
