"""A content database build (what a kiosk does at start) in its own process, for tests that
kill it, limit its disk or race it. Usage:
    python -m tests.helpers.build_child CONTENT_DIR DATABASE_URL [PAUSE_AT]
With PAUSE_AT = n, prints "paused" before the n-th SQL statement written to the new database
and waits for a line on stdin. Prints the result as one JSON line at the end."""
from __future__ import annotations

import json
import sys
from pathlib import Path

from sqlalchemy import event

import kiosk.content.database as database


def pause_at(statement: int) -> None:
    make_engine = database.make_engine
    count = 0

    def paused_engine(url: str):
        engine = make_engine(url)
        if ".building" in url:
            @event.listens_for(engine, "before_cursor_execute")
            def _before(*_args):
                nonlocal count
                count += 1
                if count == statement:
                    print("paused", flush=True)
                    sys.stdin.readline()

        return engine

    database.make_engine = paused_engine


def main() -> int:
    if len(sys.argv) > 3:
        pause_at(int(sys.argv[3]))
    result = database.ensure_database(Path(sys.argv[1]), sys.argv[2])
    print(json.dumps({"action": result.action, "message": result.message}), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
