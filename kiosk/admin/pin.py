"""The operator PIN: a salted scrypt hash and a persisted lockout with a growing delay.

The state file lives under data_dir (writable state, never the configuration file). It holds
the hash, the count of consecutive wrong tries and when the lock ends, so a restart neither
clears a lockout nor resets the count.
"""
from __future__ import annotations

import base64
import json
import logging
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from kiosk.durable import write_atomically

log = logging.getLogger(__name__)

# scrypt cost: about 16 MiB and 30-60 ms per try on a small kiosk PC.
SCRYPT_N, SCRYPT_R, SCRYPT_P = 2**14, 8, 1
SALT_BYTES, HASH_BYTES = 16, 32
FREE_TRIES = 5  # wrong tries allowed before the first lock
BASE_DELAY_S = 30.0  # first lock; doubles with each further wrong try
MAX_DELAY_S = 3600.0
MIN_DIGITS, MAX_DIGITS = 4, 12


class PinError(ValueError):
    """A PIN that cannot be set; the message says why."""


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def hash_pin(pin: str, salt: bytes | None = None, n: int = SCRYPT_N, r: int = SCRYPT_R,
             p: int = SCRYPT_P) -> str:
    """`scrypt$n$r$p$salt$hash` (base64), a fresh random salt per PIN."""
    import hashlib
    import secrets

    salt = salt if salt is not None else secrets.token_bytes(SALT_BYTES)
    digest = hashlib.scrypt(pin.encode("utf-8"), salt=salt, n=n, r=r, p=p, dklen=HASH_BYTES,
                            maxmem=128 * r * (n + p + 2) + 1024 * 1024)
    return f"scrypt${n}${r}${p}${_b64(salt)}${_b64(digest)}"


def check_pin(pin: str, stored: str) -> bool:
    """Constant-time comparison against a stored `hash_pin` string."""
    import hmac

    try:
        scheme, n, r, p, salt, digest = stored.split("$")
        if scheme != "scrypt":
            return False
        expected = base64.b64decode(digest)
        actual = base64.b64decode(hash_pin(pin, base64.b64decode(salt), int(n), int(r), int(p))
                                  .split("$")[5])
    except (ValueError, TypeError):
        log.error("the stored operator PIN hash is malformed")
        return False
    return hmac.compare_digest(expected, actual)


def validate_pin(pin: str) -> str:
    if not pin.isascii() or not pin.isdigit():
        raise PinError("the PIN must be digits only (the PIN pad has no letters)")
    if not MIN_DIGITS <= len(pin) <= MAX_DIGITS:
        raise PinError(f"the PIN must have {MIN_DIGITS} to {MAX_DIGITS} digits")
    return pin


def lock_delay(failures: int) -> float:
    """Seconds locked after `failures` consecutive wrong tries: 0 for the first four, then
    30 s, 60 s, 120 s ... up to an hour."""
    if failures < FREE_TRIES:
        return 0.0
    return min(MAX_DELAY_S, BASE_DELAY_S * 2 ** min(failures - FREE_TRIES, 32))


@dataclass(frozen=True)
class Attempt:
    """What a try at the PIN gave: accepted, or refused with why and for how long."""

    accepted: bool
    locked_for_s: float = 0.0  # > 0: locked now (this try was not even checked, or it locked)
    tries_left: int = 0  # wrong tries left before the next lock
    no_pin: bool = False  # no PIN has been set: operator mode cannot be entered


class PinStore:
    """Reads and writes the PIN state file; `clock` is injectable so tests never sleep."""

    def __init__(self, path: Path, clock: Callable[[], float] = time.time):
        self.path = Path(path)
        self._clock = clock

    def _read(self) -> dict:
        try:
            state = json.loads(self.path.read_text(encoding="utf-8"))
            return state if isinstance(state, dict) else {}
        except FileNotFoundError:
            return {}
        except (OSError, ValueError):
            log.exception("the operator PIN file %s cannot be read", self.path)
            return {}

    def _write(self, state: dict) -> None:
        """Atomically: a crash leaves the old file or the new one, never half of one."""
        self.path.parent.mkdir(parents=True, exist_ok=True)
        write_atomically(self.path, json.dumps(state).encode("utf-8"), mode=0o600)

    @property
    def is_set(self) -> bool:
        return bool(self._read().get("hash"))

    def set_pin(self, pin: str) -> None:
        """Store a new PIN (validated) and clear any lockout."""
        self._write({"hash": hash_pin(validate_pin(pin)), "failures": 0, "locked_until": 0.0})

    def locked_for(self) -> float:
        """Seconds until a try will be checked again (0 = not locked)."""
        return max(0.0, float(self._read().get("locked_until", 0.0)) - self._clock())

    def attempt(self, pin: str) -> Attempt:
        state = self._read()
        stored = state.get("hash")
        if not stored:
            log.warning("operator mode refused: no PIN is set (run `kiosk admin set-pin`)")
            return Attempt(False, no_pin=True)
        now = self._clock()
        failures = int(state.get("failures", 0))
        locked_until = float(state.get("locked_until", 0.0))
        if now < locked_until:
            return Attempt(False, locked_for_s=locked_until - now)
        if check_pin(pin, stored):
            if failures:
                state.update(failures=0, locked_until=0.0)
                self._write(state)
            log.info("operator PIN accepted")
            return Attempt(True)
        failures += 1
        delay = lock_delay(failures)
        state.update(failures=failures, locked_until=now + delay if delay else 0.0)
        self._write(state)
        if delay:
            log.warning("operator PIN: %d wrong tries; locked for %.0f s", failures, delay)
            return Attempt(False, locked_for_s=delay)
        log.warning("operator PIN: wrong try %d", failures)
        return Attempt(False, tries_left=FREE_TRIES - failures)
