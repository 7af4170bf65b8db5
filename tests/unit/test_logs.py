"""The kiosk log: a rotating file under data_dir, added once, read back for staff."""
import logging
import logging.handlers

from kiosk.logs import configure_logging, recent_lines


def test_rotating_log_file_is_added_once_and_rotates(tmp_path):
    root = logging.getLogger()
    before = list(root.handlers)
    level = root.level
    path = tmp_path / "logs" / "kiosk.log"
    try:
        configure_logging(path, max_kb=1, backups=2)
        configure_logging(path, max_kb=1, backups=2)  # a second call adds nothing
        added = [h for h in root.handlers if h not in before]
        assert len(added) == 1 and isinstance(added[0], logging.handlers.RotatingFileHandler)
        for n in range(100):
            logging.getLogger("kiosk.test").info("line %d of the log", n)
        added[0].flush()
        assert recent_lines(path, 1)[0].endswith("INFO kiosk.test: line 99 of the log")
        assert sorted(p.name for p in path.parent.iterdir()) == ["kiosk.log", "kiosk.log.1",
                                                                  "kiosk.log.2"]
    finally:
        for handler in root.handlers[:]:
            if handler not in before:
                root.removeHandler(handler)
                handler.close()
        root.setLevel(level)
