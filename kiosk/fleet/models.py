"""The fleet store: every kiosk's hourly counts under their natural key, and a ledger of the
files imported (by SHA-256). Independent of the kiosk's own state database and of authoring."""
from __future__ import annotations

from datetime import datetime

from sqlalchemy import BigInteger, DateTime, Integer, PrimaryKeyConstraint, String
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

# Column widths, shared with the CSV checks so that a long value is refused with its line
# number instead of failing (PostgreSQL) or being stored whole (SQLite) at insert time.
KIOSK_ID_MAX = 64
EVENT_MAX = 32
KEY_MAX = 64
LANGUAGE_MAX = 8


def code(length: int) -> String:
    """A text column of codes (ids, hours, event names): on PostgreSQL with the "C" collation,
    compared byte by byte, which makes the key's index and the report's grouping cheaper than
    a language-aware collation (the order of codes needs no language)."""
    return String(length).with_variant(String(length, collation="C"), "postgresql")


class FleetBase(DeclarativeBase):
    pass


class UsageCount(FleetBase):
    """One kiosk's count of one event in one UTC hour. The primary key is the natural key, so
    a figure exported twice (the same stick read again, overlapping exports) is one row; an
    import keeps the larger count and never adds."""

    __tablename__ = "fleet_usage_counts"

    kiosk_id: Mapped[str] = mapped_column(code(KIOSK_ID_MAX), nullable=False)
    # "2026-11-25T09" as the kiosk writes it: sorts and compares as time, the same on both
    # dialects (no time-zone conversions), and a day is its first 10 characters.
    hour_utc: Mapped[str] = mapped_column(code(13), nullable=False)
    event: Mapped[str] = mapped_column(code(EVENT_MAX), nullable=False)
    key: Mapped[str] = mapped_column(code(KEY_MAX), nullable=False)
    language: Mapped[str] = mapped_column(code(LANGUAGE_MAX), nullable=False)
    count: Mapped[int] = mapped_column(Integer, nullable=False)

    __table_args__ = (
        # The natural key, led by event and hour: the report reads one event over a period
        # for every kiosk, so this one index serves it and no second index slows imports.
        PrimaryKeyConstraint("event", "hour_utc", "kiosk_id", "key", "language",
                             name="pk_fleet_usage_counts"),
    )


class ImportedFile(FleetBase):
    """The ledger: a file whose bytes were imported once is recognised by its hash."""

    __tablename__ = "fleet_imported_files"

    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    name: Mapped[str] = mapped_column(String(255), nullable=False)  # file name only, for staff
    size: Mapped[int] = mapped_column(BigInteger, nullable=False)
    rows: Mapped[int] = mapped_column(Integer, nullable=False)
    changed: Mapped[int] = mapped_column(Integer, nullable=False)  # rows added or raised
    imported_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), nullable=False)


class KioskDay(FleetBase):
    """The days each kiosk has figures for: a small table (kiosks x days) kept by the import,
    so the kiosks known and the silent ones are found without reading every figure."""

    __tablename__ = "fleet_kiosk_days"

    kiosk_id: Mapped[str] = mapped_column(code(KIOSK_ID_MAX), primary_key=True)
    day: Mapped[str] = mapped_column(code(10), primary_key=True)  # "2026-11-25" (UTC)
