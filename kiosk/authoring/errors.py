"""What the studio service raises. Every message is one plain line a person can act on."""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from kiosk.authoring.records import FactsRecord, TextRecord


class StudioError(Exception):
    """Base class: `str(error)` is the one line to show."""


class StoreUnavailable(StudioError):
    """The database cannot be reached or opened (server down, wrong URL, not a store)."""


class NotFound(StudioError):
    """No such item, language, user or audit entry."""


class PermissionDenied(StudioError):
    """The acting user's roles do not allow this."""


class WorkflowError(StudioError):
    """The step is not possible from the text's state (e.g. approving an outdated text)."""


class StaleEdit(StudioError):
    """Someone saved this text after you opened it: your save was refused, nothing merged.

    `current` is the other person's text as it is now (None if it was deleted); `yours` is
    the text you tried to save, so neither is lost.
    """

    def __init__(self, current: TextRecord | None, yours: dict[str, str]):
        who = current.updated_by if current is not None else "someone"
        super().__init__(f"{who} changed this text after you opened it; "
                         "your text was not saved (both are shown)")
        self.current = current
        self.yours = dict(yours)


class StaleFacts(StudioError):
    """Someone saved this item's facts after you opened them (optimistic lock)."""

    def __init__(self, current: FactsRecord, yours: dict):
        super().__init__(f"{current.updated_by or 'someone'} changed these details after you "
                         "opened them; your changes were not saved (both are shown)")
        self.current = current
        self.yours = dict(yours)


class InvalidFacts(StudioError):
    """Office or item facts that fail validation; `problems` maps field name → message."""

    def __init__(self, problems: dict[str, str]):
        super().__init__("; ".join(f"{name}: {message}" for name, message in problems.items()))
        self.problems = dict(problems)


class InvalidText(StudioError):
    """A text field that fails validation (e.g. opening hours); `problems` as InvalidFacts."""

    def __init__(self, problems: dict[str, str]):
        super().__init__("; ".join(f"{name}: {message}" for name, message in problems.items()))
        self.problems = dict(problems)


class PackRejected(StudioError):
    """A pack that cannot be imported; `problems` are `file:line: message` lines.
    Nothing of it was imported."""

    def __init__(self, problems: list[str] | tuple[str, ...], summary: str = ""):
        first = problems[0] if problems else "the pack is not valid"
        more = f" (and {len(problems) - 1} more)" if len(problems) > 1 else ""
        super().__init__(summary or f"pack not imported: {first}{more}")
        self.problems = tuple(problems)


class PublishFailed(StudioError):
    """Publishing stopped; no bundle was written. `report` is the full check report, if any."""

    def __init__(self, message: str, report: str = ""):
        super().__init__(message)
        self.report = report
