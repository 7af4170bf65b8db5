"""Why an update was refused, in one sentence an operator can act on."""
from __future__ import annotations


class BundleRejected(Exception):
    """The bundle was not installed; `reason` says why. The installed content is untouched."""

    def __init__(self, reason: str):
        super().__init__(reason)
        self.reason = reason


class RollbackUnavailable(Exception):
    """There is no previous content to go back to (or it cannot be used); the reason says which."""

    def __init__(self, reason: str):
        super().__init__(reason)
        self.reason = reason
