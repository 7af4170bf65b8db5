"""Print quotas: a few leaflets per visitor and per hour, so no one person empties the printer.

A job counts once CUPS has accepted it. The clock is injected so tests need no waiting.
"""
from __future__ import annotations

import time
from collections import deque
from collections.abc import Callable

from kiosk.printing.faults import Fault

HOUR_S = 3600.0


class PrintQuota:
    def __init__(self, per_session: int, per_hour: int,
                 clock: Callable[[], float] = time.monotonic):
        self.per_session = per_session  # 0 = no limit
        self.per_hour = per_hour  # 0 = no limit
        self._clock = clock
        self._session = 0
        self._recent: deque[float] = deque()

    def refusal(self) -> Fault | None:
        """Why one more job may not be printed now, or None if it may."""
        self._forget_old()
        if self.per_session and self._session >= self.per_session:
            return Fault.QUOTA_SESSION
        if self.per_hour and len(self._recent) >= self.per_hour:
            return Fault.QUOTA_HOUR
        return None

    @property
    def used_this_visit(self) -> int:
        return self._session

    def count(self) -> None:
        self._session += 1
        self._recent.append(self._clock())

    def reset_session(self) -> None:
        """A new visitor: the per-session count starts again (the hourly one does not)."""
        self._session = 0

    def _forget_old(self) -> None:
        cutoff = self._clock() - HOUR_S
        while self._recent and self._recent[0] <= cutoff:
            self._recent.popleft()
