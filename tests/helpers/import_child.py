"""A content import in its own process that stops at every progress report until told to go on,
so a test can kill it with SIGKILL at an exact point. Usage:
    python -m tests.helpers.import_child SETTINGS_JSON BUNDLE
Prints "<stage> <done>" per report and waits for a line on stdin; prints "ok <version>" or
"refused <reason>" at the end."""
from __future__ import annotations

import json
import sys
from pathlib import Path

from kiosk.settings import Settings
from kiosk.updates import BundleRejected, import_bundle


def main() -> int:
    settings = Settings.from_mapping(json.loads(Path(sys.argv[1]).read_text()))

    def progress(done: int, _total: int, stage: str) -> None:
        print(stage, done, flush=True)
        sys.stdin.readline()

    try:
        result = import_bundle(Path(sys.argv[2]), settings, progress)
    except BundleRejected as exc:
        print("refused", exc.reason, flush=True)
        return 1
    print("ok", result.version, flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
