"""Every way a content build can fail leaves the previous database serving, and the next
start recovers (issue 12, classes 4 and 5): a fault at each write, a full disk (a real file
size limit), a read-only data folder, kill -9, and builds racing each other in real processes."""
from __future__ import annotations

import errno
import json
import resource
import shutil
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import event

import kiosk.content.database as database
from kiosk.content.database import (
    build_database, build_lock, ensure_database, read_fingerprint, sqlite_path,
)
from kiosk.content.pack import load_pack
from kiosk.content.service import ContentService
from kiosk.paths import CONTENT_PACK, PICTOGRAMS, PROJECT_ROOT
from tests.helpers.update_bundles import BUNDLED_VERSION, make_pack

NEW_VERSION = "2026.12.9.1"


@pytest.fixture(scope="module")
def new_pack(tmp_path_factory) -> Path:
    return make_pack(tmp_path_factory.mktemp("new") / "pack", NEW_VERSION, "new")


@pytest.fixture(scope="module")
def statements(new_pack, tmp_path_factory) -> int:
    """How many SQL statements a whole build of the new pack writes."""
    counted = []
    make_engine = database.make_engine

    def counting(url):
        engine = make_engine(url)
        if ".building" in url:
            event.listen(engine, "before_cursor_execute", lambda *_: counted.append(1))
        return engine

    database.make_engine = counting
    try:
        url = f"sqlite:///{tmp_path_factory.mktemp('count') / 'content.db'}"
        build_database(load_pack(new_pack, PICTOGRAMS), url)
    finally:
        database.make_engine = make_engine
    return len(counted)


@pytest.fixture
def old(tmp_path, built_database) -> str:
    """A data folder whose content.db holds the bundled pack; its URL."""
    data = tmp_path / "data"
    data.mkdir()
    shutil.copyfile(sqlite_path(built_database), data / "content.db")
    return f"sqlite:///{data / 'content.db'}"


def assert_old_serves(url: str) -> None:
    path = sqlite_path(url)
    with sqlite3.connect(path) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    service = ContentService(url)
    try:
        assert service.info.version == BUNDLED_VERSION
    finally:
        service.close()
    assert read_fingerprint(url) == load_pack(CONTENT_PACK).fingerprint


def assert_next_start_recovers(new_pack: Path, url: str) -> None:
    result = ensure_database(new_pack, url)
    assert result.action == "built", result.message
    service = ContentService(url)
    try:
        assert service.info.version == NEW_VERSION
    finally:
        service.close()
    assert not sqlite_path(url).with_name("content.db.building").exists()


def failing_at(monkeypatch, statement: int, error: Exception) -> None:
    """The n-th SQL statement written to the new database raises `error`."""
    make_engine = database.make_engine
    count = 0

    def failing(url):
        engine = make_engine(url)
        if ".building" in url:
            def before(*_args):
                nonlocal count
                count += 1
                if count == statement:
                    raise error
            event.listen(engine, "before_cursor_execute", before)
        return engine

    monkeypatch.setattr(database, "make_engine", failing)


@pytest.mark.parametrize("fraction", [0.0, 0.4, 1.0])
def test_a_full_disk_at_any_write_keeps_the_old_database(old, new_pack, statements, monkeypatch,
                                                        fraction):
    statement = max(1, round(fraction * statements))
    failing_at(monkeypatch, statement, sqlite3.OperationalError("database or disk is full"))
    result = ensure_database(new_pack, old)
    assert result.action == "kept" and "the disk is full" in result.message
    assert "\n" not in result.message
    assert_old_serves(old)
    monkeypatch.undo()
    assert_next_start_recovers(new_pack, old)


@pytest.mark.parametrize("target, error", [
    ("replace", OSError(errno.ENOSPC, "No space left on device")),
    ("replace", PermissionError(errno.EACCES, "Permission denied")),
    ("fsync_path", OSError(errno.EIO, "Input/output error")),
    ("_fill", RuntimeError("a fault of ours")),
])
def test_a_failing_switch_or_sync_keeps_the_old_database(old, new_pack, monkeypatch, target, error):
    def fail(*_args, **_kwargs):
        raise error

    if target == "replace":
        monkeypatch.setattr(database.os, "replace", fail)
    else:
        monkeypatch.setattr(database, target, fail)
    result = ensure_database(new_pack, old)
    assert result.action == "kept" and "\n" not in result.message
    assert_old_serves(old)
    monkeypatch.undo()
    assert_next_start_recovers(new_pack, old)


def child(new_pack: Path, url: str, *extra: str, limit: int | None = None) -> subprocess.Popen:
    def limited():
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a write past the limit fails with EFBIG
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    return subprocess.Popen(
        [sys.executable, "-m", "tests.helpers.build_child", str(new_pack), url, *extra],
        cwd=PROJECT_ROOT, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
        text=True, preexec_fn=limited if limit else None,
    )


def result_of(process: subprocess.Popen) -> dict:
    out, err = process.communicate(timeout=120)
    assert process.returncode == 0, err
    return json.loads(out.strip().splitlines()[-1])


@pytest.mark.parametrize("limit_kb", [16, 700])
def test_a_real_full_disk_keeps_the_old_database(old, new_pack, limit_kb):
    """The child may write no file past `limit_kb`: the kernel refuses the write (EFBIG)."""
    result = result_of(child(new_pack, old, limit=limit_kb * 1024))
    assert result["action"] == "kept", result
    assert_old_serves(old)
    assert_next_start_recovers(new_pack, old)


@pytest.mark.parametrize("fraction", [0.05, 0.9])
def test_kill_9_during_a_build_keeps_the_old_database(old, new_pack, statements, fraction):
    process = child(new_pack, old, str(max(1, round(fraction * statements))))
    try:
        assert process.stdout.readline().strip() == "paused"
    finally:
        process.kill()
        process.communicate(timeout=60)
    assert process.returncode == -signal.SIGKILL
    assert_old_serves(old)
    assert_next_start_recovers(new_pack, old)


def test_a_read_only_data_folder_keeps_the_old_database(old, new_pack):
    folder = sqlite_path(old).parent
    if subprocess.run(["chattr", "+i", str(folder)], capture_output=True).returncode != 0:
        pytest.skip("chattr +i (an unwritable folder even for root) is not supported here")
    try:
        result = ensure_database(new_pack, old)
        assert result.action == "kept", result.message
        assert "the data folder cannot be written" in result.message
        assert_old_serves(old)
    finally:
        subprocess.run(["chattr", "-i", str(folder)], check=True)
    assert_next_start_recovers(new_pack, old)


def test_a_start_during_a_build_waits_for_it(tmp_path, new_pack):
    """An empty data folder: a build holds the lock while a kiosk starts; the start waits,
    then finds the database just built (never a content.db without tables)."""
    url = f"sqlite:///{tmp_path / 'data' / 'content.db'}"
    with build_lock(url):
        starting = child(new_pack, url)
        database._build(load_pack(new_pack, PICTOGRAMS), url)
    assert result_of(starting)["action"] == "kept"
    assert_next_start_recovers_as_kept(new_pack, url)


def assert_next_start_recovers_as_kept(pack: Path, url: str) -> None:
    assert ensure_database(pack, url).action == "kept"
    with sqlite3.connect(sqlite_path(url)) as conn:
        tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master")}
    assert {"meta", "topic", "office"} <= tables


def test_three_starts_at_once_on_an_empty_folder(tmp_path, new_pack):
    url = f"sqlite:///{tmp_path / 'data' / 'content.db'}"
    starts = [child(new_pack, url) for _ in range(3)]
    actions = sorted(result_of(process)["action"] for process in starts)
    assert actions == ["built", "kept", "kept"]
    assert_next_start_recovers_as_kept(new_pack, url)


def test_a_second_content_build_refuses_with_one_line(tmp_path, new_pack, capsys):
    from kiosk.cli import main

    config = tmp_path / "kiosk.toml"
    config.write_text(f'[kiosk]\ndata_dir = "{tmp_path / "data"}"\n', encoding="utf-8")
    url = f"sqlite:///{tmp_path / 'data' / 'content.db'}"
    with build_lock(url):
        assert main(["--config", str(config), "content", "build", str(new_pack)]) == 1
    err = capsys.readouterr().err
    assert "another content build is running" in err and "Traceback" not in err
    assert not sqlite_path(url).exists()
    assert main(["--config", str(config), "content", "build", str(new_pack)]) == 0


def test_two_content_builds_at_once_in_real_processes(tmp_path, new_pack):
    """Each either builds or refuses with one line; never a traceback, never a half database."""
    config = tmp_path / "kiosk.toml"
    config.write_text(f'[kiosk]\ndata_dir = "{tmp_path / "data"}"\n', encoding="utf-8")
    command = [sys.executable, str(PROJECT_ROOT / "main.py"), "--config", str(config),
               "content", "build", str(new_pack)]
    builds = [subprocess.Popen(command, cwd=PROJECT_ROOT, stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, text=True) for _ in range(2)]
    outcomes = []
    for process in builds:
        out, err = process.communicate(timeout=120)
        assert "Traceback" not in out + err
        assert process.returncode in (0, 1), err
        if process.returncode == 1:
            assert "another content build is running" in err
        outcomes.append(process.returncode)
    assert 0 in outcomes
    url = f"sqlite:///{tmp_path / 'data' / 'content.db'}"
    assert read_fingerprint(url) == load_pack(new_pack).fingerprint
    assert_next_start_recovers_as_kept(new_pack, url)
