"""A private CUPS server with a cups-pdf virtual printer, for the tests and `kiosk bench`.

It runs its own `cupsd` from a temporary folder, listening only on a Unix socket there, so
it never touches the system's CUPS server, its queues or its port 631. Clients reach it by
passing `server` (the socket path) as `-h` / CUPS_SERVER. Needs root (cupsd drops to `lp`
for filters but must start as root) and the Debian packages cups, cups-client and
printer-driver-cups-pdf. cups-pdf reads its configuration only from /etc/cups, so the one
file outside the folder is /etc/cups/cups-pdf-<queue>.conf (the queue's output folder),
removed again by `stop()`.
"""
from __future__ import annotations

import os
import shutil
import signal
import subprocess
import tempfile
import time
from pathlib import Path

CUPSD = "/usr/sbin/cupsd"
CUPS_PDF_BACKEND = Path("/usr/lib/cups/backend/cups-pdf")
CUPS_PDF_PPD = Path("/usr/share/ppd/cups-pdf/CUPS-PDF_opt.ppd")
CUPS_PDF_CONFIG_DIR = Path("/etc/cups")
START_TIMEOUT_S = 10.0

CUPS_FILES_CONF = """\
ServerRoot {root}
RequestRoot {root}/spool
TempDir {root}/spool/tmp
CacheDir {root}/cache
StateDir {root}/state
ErrorLog {root}/log/error_log
AccessLog {root}/log/access_log
PageLog {root}/log/page_log
ServerBin /usr/lib/cups
DataDir /usr/share/cups
User lp
Group lp
SystemGroup root lpadmin
Sandboxing Relaxed
"""

# The settings the README's "Printing" section recommends for a kiosk, so the tests run
# against what is deployed: no job files kept, a failed job aborted (the queue keeps working).
CUPSD_CONF = """\
Listen {root}/cups.sock
Browsing No
WebInterface No
LogLevel warn
DefaultAuthType None
PreserveJobFiles No
PreserveJobHistory {history}
ErrorPolicy abort-job
MaxJobTime 300
<Location />
  Order allow,deny
  Allow all
</Location>
<Location /admin>
  Order allow,deny
  Allow all
</Location>
<Policy default>
  <Limit All>
    Order deny,allow
  </Limit>
</Policy>
"""


def _die_with_parent() -> None:
    """In the cupsd child: be stopped if the process that started us dies (a crashed test
    run must not leave a cupsd behind). Linux only; elsewhere a no-op."""
    try:
        import ctypes

        ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass


class SandboxUnavailable(RuntimeError):
    """This machine cannot run a private CUPS server; the message says why."""


def why_unavailable() -> str:
    """"" if a private cupsd with cups-pdf can run here, else the reason."""
    if os.geteuid() != 0:
        return "a private cupsd must be started as root"
    for path in (Path(CUPSD), CUPS_PDF_BACKEND, CUPS_PDF_PPD):
        if not path.exists():
            return f"{path} is missing (Debian: cups cups-client printer-driver-cups-pdf)"
    for tool in ("lp", "lpstat", "lpadmin", "cancel"):
        if shutil.which(tool) is None:
            return f"{tool} is missing (Debian: cups-client)"
    return ""


class CupsSandbox:
    """One private cupsd and one cups-pdf queue; `start()`, `stop()`, and restart at will."""

    def __init__(self, queue: str = "kiosk-sandbox-pdf", history: str = "30"):
        reason = why_unavailable()
        if reason:
            raise SandboxUnavailable(reason)
        self.queue = queue
        self.history = history
        self.root = Path(tempfile.mkdtemp(prefix="kiosk-cups-"))
        os.chmod(self.root, 0o755)  # cupsd's filters run as lp and must reach the spool
        self.output = self.root / "out"
        self.server = str(self.root / "cups.sock")
        self._process: subprocess.Popen | None = None
        self._pdf_conf = CUPS_PDF_CONFIG_DIR / f"cups-pdf-{queue}.conf"
        for sub in ("spool/tmp", "cache", "state", "log", "ppd", "out"):
            (self.root / sub).mkdir(parents=True, exist_ok=True)
        os.chmod(self.output, 0o777)
        (self.root / "cups-files.conf").write_text(CUPS_FILES_CONF.format(root=self.root))
        (self.root / "cupsd.conf").write_text(
            CUPSD_CONF.format(root=self.root, history=history)
        )

    @property
    def running(self) -> bool:
        return self._process is not None and self._process.poll() is None

    def env(self) -> dict[str, str]:
        return {**os.environ, "CUPS_SERVER": self.server, "LC_ALL": "C"}

    def run(self, *command: str) -> subprocess.CompletedProcess:
        """A CUPS command-line tool against this server (`-h` is added for you)."""
        return subprocess.run(
            [command[0], "-h", self.server, *command[1:]],
            capture_output=True, text=True, timeout=10, env=self.env(), check=False,
        )

    def start(self) -> None:
        if self.running:
            return
        self._process = subprocess.Popen(
            [CUPSD, "-f", "-c", str(self.root / "cupsd.conf"),
             "-s", str(self.root / "cups-files.conf")],
            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
            preexec_fn=_die_with_parent,
        )
        deadline = time.monotonic() + START_TIMEOUT_S
        while time.monotonic() < deadline:
            if self._process.poll() is not None:
                raise SandboxUnavailable(f"cupsd exited: {self._process.stderr.read()}"
                                         f"{self.error_log()}")
            if Path(self.server).exists() and self.run("lpstat", "-r").returncode == 0:
                return
            time.sleep(0.05)
        self.stop()
        raise SandboxUnavailable(f"cupsd did not answer within {START_TIMEOUT_S} s")

    def add_pdf_queue(self) -> None:
        """(Re)create the cups-pdf queue, enabled and accepting, writing PDFs to `output`."""
        self._pdf_conf.write_text(f"Out {self.output}\nAnonDirName {self.output}\n"
                                  "Label 0\nOutputFile job.pdf\n")
        result = self.run("lpadmin", "-p", self.queue, "-E", "-v", f"cups-pdf:/{self.queue}",
                          "-P", str(CUPS_PDF_PPD))
        if result.returncode != 0:
            raise SandboxUnavailable(f"lpadmin failed: {result.stderr.strip()}")

    def stop(self) -> None:
        """Stop cupsd (the folder stays, so `start()` brings the same queue back)."""
        if self._process is None:
            return
        if self._process.poll() is None:
            self._process.send_signal(signal.SIGTERM)
            try:
                self._process.wait(timeout=5)
            except subprocess.TimeoutExpired:
                self._process.kill()
                self._process.wait()
        self._process.stderr.close()
        self._process = None
        # the socket file outlives a killed cupsd; without it clients fail at once, as when
        # the system's CUPS is not running
        Path(self.server).unlink(missing_ok=True)

    def remove(self) -> None:
        """Stop and delete everything this sandbox made."""
        self.stop()
        self._pdf_conf.unlink(missing_ok=True)
        shutil.rmtree(self.root, ignore_errors=True)

    def error_log(self) -> str:
        try:
            return (self.root / "log" / "error_log").read_text(errors="replace")
        except OSError:
            return ""

    def output_pdfs(self) -> list[Path]:
        return sorted(self.output.rglob("*.pdf"))
