"""The usage-figures table: one row per hour, event, key and language, holding a count."""
from __future__ import annotations

from sqlalchemy import Integer, String
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class StatsBase(DeclarativeBase):
    pass


class HourlyCount(StatsBase):
    """Counts only: no session id, no time finer than the hour, no typed text."""

    __tablename__ = "hourly_counts"

    hour: Mapped[str] = mapped_column(String(13), primary_key=True)  # "2026-11-25T09" (UTC)
    event: Mapped[str] = mapped_column(String(32), primary_key=True)
    key: Mapped[str] = mapped_column(String(64), primary_key=True, default="")
    language: Mapped[str] = mapped_column(String(8), primary_key=True, default="")
    count: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
