"""kill -9 in the middle of usage-figure writes, again and again: the state database stays
intact (PRAGMA integrity_check) and no committed count is lost."""
import signal
import sqlite3
from contextlib import closing
import subprocess
import sys
import textwrap

WRITER = textwrap.dedent("""
    import sys
    from kiosk.stats.database import open_state_connection
    from kiosk.stats.recorder import hour_of, write_counts
    from datetime import datetime, timezone

    connection = open_state_connection(sys.argv[1])
    hour = hour_of(datetime.now(timezone.utc))
    print("ready", flush=True)
    n = 0
    while True:  # killed from outside, mid-write
        n += 1
        write_counts(connection, [(hour, "screen_view", f"screen-{n % 7}", "ka")])
        if n % 5 == 0:
            print(n, flush=True)
""")


def total(path) -> int:
    with closing(sqlite3.connect(path)) as db:
        return db.execute("SELECT COALESCE(SUM(count), 0) FROM hourly_counts").fetchone()[0]


def test_kill_9_during_writes_leaves_the_database_intact(tmp_path):
    path = tmp_path / "state.db"
    previous = 0
    for round_ in range(10):
        writer = subprocess.Popen([sys.executable, "-c", WRITER, str(path)],
                                  stdout=subprocess.PIPE, text=True)
        assert writer.stdout.readline().strip() == "ready"
        # Let it commit a few counts (a different number each round), then kill it mid-loop.
        for _ in range(1 + round_ % 3):
            reported = int(writer.stdout.readline())
        writer.send_signal(signal.SIGKILL)
        writer.wait(timeout=10)
        writer.stdout.close()
        assert writer.returncode == -signal.SIGKILL
        with closing(sqlite3.connect(path)) as db:
            assert db.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        now = total(path)
        assert now >= previous + reported  # every count it reported as written is there
        previous = now
