"""The authoring database's tables (SQLAlchemy 2 typed models); the schema itself is made by
the Alembic migrations in `kiosk/authoring/migrations`, which must match these."""
from __future__ import annotations

import datetime as dt

from sqlalchemy import JSON, Boolean, Date, DateTime, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc).replace(tzinfo=None)


class AuthoringBase(DeclarativeBase):
    pass


class User(AuthoringBase):
    """A member of the content team. Access to the database is the login; roles gate actions."""

    __tablename__ = "users"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(64), unique=True)
    display_name: Mapped[str] = mapped_column(String(200), default="")
    roles: Mapped[list] = mapped_column(JSON, default=list)  # ["editor", "translator:hy", ...]
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)


class Item(AuthoringBase):
    """One thing of the pack: a topic, office, emergency number, the leaflet words, the
    manifest, or another pack file. `facts` holds its non-text keys exactly as in the pack,
    unknown keys included, so the pack round-trips whatever its format grows."""

    __tablename__ = "items"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    key: Mapped[str] = mapped_column(String(200), unique=True)  # "office:tbilisi"
    family: Mapped[str] = mapped_column(String(16))
    position: Mapped[int] = mapped_column(Integer, default=0)  # pack order within the family
    facts: Mapped[dict] = mapped_column(JSON, default=dict)
    verify_by: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    version: Mapped[int] = mapped_column(Integer, nullable=False)
    updated_by: Mapped[str] = mapped_column(String(64), default="")
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    # The status grid's summary (kiosk.authoring.gridstate), written with Core UPDATEs by
    # the service in the same transaction as each change; never part of the facts' version.
    grid_kind: Mapped[str] = mapped_column(String(32), default="", server_default="")
    grid_order: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    grid_title: Mapped[str] = mapped_column(String(500), default="", server_default="")
    grid_cells: Mapped[str] = mapped_column(Text, default="", server_default="")
    grid_missing: Mapped[str] = mapped_column(String(200), default="", server_default="")

    __mapper_args__ = {"version_id_col": version}


class Translation(AuthoringBase):
    """One language's words of an item. `source_hash` is the hash of the source-language
    text it was made from; when the source's `text_hash` differs, it is outdated."""

    __tablename__ = "translations"
    __table_args__ = (UniqueConstraint("item_id", "language"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    item_id: Mapped[int] = mapped_column(ForeignKey("items.id", ondelete="CASCADE"), index=True)
    language: Mapped[str] = mapped_column(String(8))
    fields: Mapped[dict] = mapped_column(JSON, default=dict)
    title: Mapped[str] = mapped_column(String(500), default="")  # for the grid, from fields
    text_hash: Mapped[str] = mapped_column(String(64), default="")  # hash of `fields`
    source_hash: Mapped[str] = mapped_column(String(64), default="")
    state: Mapped[str] = mapped_column(String(16), default="draft")
    author: Mapped[str] = mapped_column(String(64), default="")
    version: Mapped[int] = mapped_column(Integer, nullable=False)
    updated_by: Mapped[str] = mapped_column(String(64), default="")
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)

    __mapper_args__ = {"version_id_col": version}


class SourceSnapshot(AuthoringBase):
    """Every source-language text an item has had, by hash: the old side of a source diff."""

    __tablename__ = "source_snapshots"
    __table_args__ = (UniqueConstraint("item_id", "text_hash"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    item_id: Mapped[int] = mapped_column(ForeignKey("items.id", ondelete="CASCADE"))
    text_hash: Mapped[str] = mapped_column(String(64))
    fields: Mapped[dict] = mapped_column(JSON, default=dict)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)


class AuditEntry(AuthoringBase):
    """Append-only: rows are inserted, never updated or deleted (a revert is a new entry)."""

    __tablename__ = "audit_log"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    user: Mapped[str] = mapped_column(String(64))
    item_key: Mapped[str] = mapped_column(String(200), index=True)
    language: Mapped[str] = mapped_column(String(8), default="")
    action: Mapped[str] = mapped_column(String(16))
    before: Mapped[dict | None] = mapped_column(JSON(none_as_null=True), nullable=True)
    after: Mapped[dict | None] = mapped_column(JSON(none_as_null=True), nullable=True)
    reverts: Mapped[int | None] = mapped_column(Integer, nullable=True)
    note: Mapped[str] = mapped_column(Text, default="")
