"""A private PostgreSQL 15 cluster, for the tests and `kiosk bench` (fleet and authoring).

`initdb` and `pg_ctl` refuse to run as root (CI runs as root), so as root the cluster is made
and run as the `postgres` system user (`runuser`), in a temporary folder that user owns,
listening only on a Unix socket there (`listen_addresses=''`): no port, nothing shared with a
system cluster. Durability is off (fsync, synchronous_commit): this is a sandbox.
"""
from __future__ import annotations

import os
import shutil
import signal
import subprocess
import tempfile
import uuid
from pathlib import Path

PG_BIN = Path("/usr/lib/postgresql/15/bin")
FOLDER_PREFIX = "kiosk-postgres-"  # not kiosk-pg-*: older cleaners stopped every such cluster
OWNER_FILE = "owner.pid"


class SandboxUnavailable(RuntimeError):
    """This machine cannot run a private PostgreSQL; the message says why."""


def why_unavailable() -> str | None:
    """None when a private cluster can be started here, else the reason."""
    if not (PG_BIN / "initdb").exists():
        return f"PostgreSQL 15 is not installed ({PG_BIN}/initdb missing; scripts/setup --test installs it)"
    if os.geteuid() == 0 and shutil.which("runuser") is None:
        return "running as root needs runuser to start PostgreSQL as the postgres user"
    return None


class PostgresCluster:
    """initdb + pg_ctl in a temporary folder; `url(db)` gives a SQLAlchemy URL (psycopg 3)."""

    def __init__(self) -> None:
        self.root = Path(tempfile.mkdtemp(prefix=FOLDER_PREFIX))
        self.data = self.root / "data"
        self.socket_dir = self.root / "socket"
        self.user = "postgres" if os.geteuid() == 0 else os.environ.get("USER", "postgres")
        # Whose cluster this is: a cleaner leaves clusters of live processes alone (several
        # test runs and benchmarks share one machine).
        (self.root / OWNER_FILE).write_text(str(os.getpid()))

    def _run(self, *argv: str, check: bool = True) -> subprocess.CompletedProcess:
        command = list(argv)
        if os.geteuid() == 0:
            command = ["runuser", "-u", "postgres", "--", *command]
        return subprocess.run(command, capture_output=True, text=True, check=check, timeout=60)

    def start(self) -> None:
        self.socket_dir.mkdir(parents=True)
        if os.geteuid() == 0:
            shutil.chown(self.root, "postgres", "postgres")
            shutil.chown(self.socket_dir, "postgres", "postgres")
        self._run(str(PG_BIN / "initdb"), "-D", str(self.data), "-U", self.user,
                  "--auth=trust", "--encoding=UTF8", "--locale=C.UTF-8", "--no-sync")
        options = (f"-c listen_addresses='' -c unix_socket_directories={self.socket_dir} "
                   "-c fsync=off -c synchronous_commit=off -c full_page_writes=off "
                   "-c max_connections=60")
        self._run(str(PG_BIN / "pg_ctl"), "-D", str(self.data), "-o", options,
                  "-l", str(self.root / "server.log"), "-w", "start")

    def stop(self) -> None:
        if (self.data / "postmaster.pid").exists():
            self._run(str(PG_BIN / "pg_ctl"), "-D", str(self.data), "-m", "immediate", "-w", "stop",
                      check=False)
        shutil.rmtree(self.root, ignore_errors=True)

    def url(self, database: str = "postgres") -> str:
        return f"postgresql+psycopg://{self.user}@/{database}?host={self.socket_dir}"

    def psql(self, sql: str, database: str = "postgres") -> str:
        done = self._run(str(PG_BIN / "psql"), "-h", str(self.socket_dir), "-U", self.user,
                         "-d", database, "-v", "ON_ERROR_STOP=1", "-Atc", sql)
        return done.stdout

    def create_database(self) -> str:
        name = f"t_{uuid.uuid4().hex[:12]}"
        self.psql(f'CREATE DATABASE "{name}"')
        return name

    def drop_database(self, name: str) -> None:
        self.psql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def clean_leftovers() -> None:
    """A killed run can leave a cluster behind: stop those whose owner process is gone (a
    folder without an owner file is left alone: it may be another run's, starting)."""
    for folder in Path(tempfile.gettempdir()).glob(f"{FOLDER_PREFIX}*"):
        try:
            owner = int((folder / OWNER_FILE).read_text().strip())
        except (OSError, ValueError):
            continue
        if _alive(owner):
            continue
        try:
            pid = int((folder / "data" / "postmaster.pid").read_text().split()[0])
            os.kill(pid, signal.SIGQUIT)
        except (OSError, ValueError, IndexError):
            pass
        shutil.rmtree(folder, ignore_errors=True)


def start_cluster() -> PostgresCluster:
    """A running private cluster, or SandboxUnavailable saying why not."""
    reason = why_unavailable()
    if reason:
        raise SandboxUnavailable(reason)
    cluster = PostgresCluster()
    try:
        cluster.start()
    except (OSError, subprocess.SubprocessError) as exc:
        detail = getattr(exc, "stderr", "") or str(exc)
        cluster.stop()
        raise SandboxUnavailable(f"PostgreSQL did not start: {str(detail).strip()[-300:]}") from exc
    return cluster
