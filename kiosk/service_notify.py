"""Tells systemd the kiosk is up (READY=1) and still responsive (WATCHDOG=1), so a frozen
screen is killed and restarted like a crashed one. Does nothing outside systemd. No Qt."""
from __future__ import annotations

import logging
import os
import socket

log = logging.getLogger(__name__)
_warned = False  # the watchdog pings twice a second: say once that they fail, not each time


def notify(message: str, environ=os.environ) -> bool:
    """Send one sd_notify message; False when not run by systemd (or the send failed)."""
    address = environ.get("NOTIFY_SOCKET", "")
    if not address:
        return False
    if address.startswith("@"):
        address = "\0" + address[1:]  # an abstract socket
    try:
        with socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM) as sock:
            sock.connect(address)
            sock.sendall(message.encode("ascii"))
    except OSError as exc:
        global _warned
        if not _warned:
            log.warning("could not notify systemd (%s): %s", message, exc)
            _warned = True
        return False
    return True
