"""SQLAlchemy 2 typed models of the content database (SQLite on a kiosk, PostgreSQL for authoring)."""
from __future__ import annotations

from sqlalchemy import Boolean, Float, ForeignKey, Integer, String, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


class Base(DeclarativeBase):
    pass


class Meta(Base):
    """Key/value facts about the database: pack version, fingerprint, languages."""

    __tablename__ = "meta"
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class Topic(Base):
    __tablename__ = "topic"
    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    kind: Mapped[str] = mapped_column(String(16), index=True)
    order: Mapped[int] = mapped_column("sort_order", Integer)
    pictogram: Mapped[str] = mapped_column(String(64))
    opens: Mapped[str] = mapped_column(String(16), default="")
    texts: Mapped[list[TopicText]] = relationship(back_populates="topic", cascade="all, delete-orphan")
    related: Mapped[list[TopicLink]] = relationship(
        foreign_keys="TopicLink.topic_id", cascade="all, delete-orphan", order_by="TopicLink.position"
    )


class TopicText(Base):
    __tablename__ = "topic_text"
    topic_id: Mapped[str] = mapped_column(ForeignKey("topic.id"), primary_key=True)
    language: Mapped[str] = mapped_column(String(8), primary_key=True)
    reviewed: Mapped[bool] = mapped_column(Boolean)
    title: Mapped[str] = mapped_column(Text)
    summary: Mapped[str] = mapped_column(Text)
    body: Mapped[str] = mapped_column(Text)
    topic: Mapped[Topic] = relationship(back_populates="texts")


class TopicLink(Base):
    """A "see also" link from one topic to another, in the pack's order."""

    __tablename__ = "topic_link"
    topic_id: Mapped[str] = mapped_column(ForeignKey("topic.id"), primary_key=True)
    position: Mapped[int] = mapped_column(Integer, primary_key=True)
    target_id: Mapped[str] = mapped_column(ForeignKey("topic.id"))


class Office(Base):
    __tablename__ = "office"
    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    order: Mapped[int] = mapped_column("sort_order", Integer)
    central: Mapped[bool] = mapped_column(Boolean)
    phone: Mapped[str] = mapped_column(String(64), default="")
    email: Mapped[str] = mapped_column(String(254), default="")
    website: Mapped[str] = mapped_column(String(512), default="")
    latitude: Mapped[float | None] = mapped_column(Float, nullable=True)
    longitude: Mapped[float | None] = mapped_column(Float, nullable=True)
    city_latitude: Mapped[float | None] = mapped_column(Float, nullable=True)
    city_longitude: Mapped[float | None] = mapped_column(Float, nullable=True)
    city_source: Mapped[str] = mapped_column(Text, default="")  # where the city coordinates come from
    texts: Mapped[list[OfficeText]] = relationship(back_populates="office", cascade="all, delete-orphan")
    services: Mapped[list[OfficeService]] = relationship(
        cascade="all, delete-orphan", order_by="OfficeService.position"
    )


class OfficeText(Base):
    __tablename__ = "office_text"
    office_id: Mapped[str] = mapped_column(ForeignKey("office.id"), primary_key=True)
    language: Mapped[str] = mapped_column(String(8), primary_key=True)
    reviewed: Mapped[bool] = mapped_column(Boolean)
    name: Mapped[str] = mapped_column(Text)
    city: Mapped[str] = mapped_column(Text)
    address: Mapped[str] = mapped_column(Text, default="")
    hours: Mapped[str] = mapped_column(Text, default="")
    office: Mapped[Office] = relationship(back_populates="texts")


class OfficeService(Base):
    __tablename__ = "office_service"
    office_id: Mapped[str] = mapped_column(ForeignKey("office.id"), primary_key=True)
    position: Mapped[int] = mapped_column(Integer, primary_key=True)
    topic_id: Mapped[str] = mapped_column(ForeignKey("topic.id"))


class EmergencyNumber(Base):
    __tablename__ = "emergency_number"
    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    number: Mapped[str] = mapped_column(String(32))
    order: Mapped[int] = mapped_column("sort_order", Integer)
    texts: Mapped[list[EmergencyText]] = relationship(cascade="all, delete-orphan")


class EmergencyText(Base):
    __tablename__ = "emergency_text"
    number_id: Mapped[str] = mapped_column(ForeignKey("emergency_number.id"), primary_key=True)
    language: Mapped[str] = mapped_column(String(8), primary_key=True)
    reviewed: Mapped[bool] = mapped_column(Boolean)
    label: Mapped[str] = mapped_column(Text)
    note: Mapped[str] = mapped_column(Text, default="")


class LeafletText(Base):
    """One fixed leaflet word (a heading, caption or footer label) in one language."""

    __tablename__ = "leaflet_text"
    language: Mapped[str] = mapped_column(String(8), primary_key=True)
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    reviewed: Mapped[bool] = mapped_column(Boolean)
    value: Mapped[str] = mapped_column(Text)
