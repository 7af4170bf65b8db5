"""How far an update import is, as one typed value (no Qt): what the operator screen shows."""
from __future__ import annotations

from dataclasses import dataclass

STAGES = ("checking", "unpacking", "building", "switching", "committing", "done")


@dataclass(frozen=True)
class ImportProgress:
    done: int  # bytes of the bundle's files handled so far
    total: int  # bytes in all (0 while the manifest is not read yet)
    stage: str  # one of STAGES
