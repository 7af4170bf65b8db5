"""The kiosk's log: a rotating file under data_dir (read back by the operator screen) and stderr.

Never log visitor content or search text; only what staff need to fix a kiosk.
"""
from __future__ import annotations

import logging
from collections import deque
from pathlib import Path

FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


def configure_logging(log_path: Path, max_kb: int = 1024, backups: int = 5) -> None:
    """Add the rotating file to the root logger (once); stderr (the journal under systemd)
    is configured by the command line."""
    import logging.handlers  # here, not at import: the operator screen only reads the file

    root = logging.getLogger()
    if not root.handlers:
        logging.basicConfig(level=logging.INFO, format=FORMAT)
    target = str(Path(log_path).resolve())
    for handler in root.handlers:
        if isinstance(handler, logging.handlers.RotatingFileHandler) and handler.baseFilename == target:
            return
    try:
        Path(log_path).parent.mkdir(parents=True, exist_ok=True)
        handler = logging.handlers.RotatingFileHandler(
            target, maxBytes=max_kb * 1024, backupCount=backups, encoding="utf-8"
        )
    except OSError:
        logging.getLogger(__name__).exception("cannot write the log file %s", log_path)
        return
    handler.setFormatter(logging.Formatter(FORMAT))
    root.addHandler(handler)
    if root.level > logging.INFO or root.level == logging.NOTSET:
        root.setLevel(logging.INFO)


def recent_lines(log_path: Path, count: int = 60) -> list[str]:
    """The last `count` lines of the current log file ([] when there is none yet)."""
    try:
        with open(log_path, encoding="utf-8", errors="replace") as stream:
            return [line.rstrip("\n") for line in deque(stream, maxlen=count)]
    except OSError:
        return []
