"""The days each kiosk has figures for (kiosks known, silent kiosks), filled from the figures.

Revision ID: fleet0002
Revises: fleet0001
Create Date: 2026-11-30
"""
from alembic import op
import sqlalchemy as sa


def code(length: int):
    """As kiosk.fleet.models.code (a migration keeps its own copy: models change)."""
    return sa.String(length).with_variant(sa.String(length, collation="C"), "postgresql")

revision = "fleet0002"
down_revision = "fleet0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "fleet_kiosk_days",
        sa.Column("kiosk_id", code(64), nullable=False),
        sa.Column("day", code(10), nullable=False),
        sa.PrimaryKeyConstraint("kiosk_id", "day"),
    )
    op.execute("INSERT INTO fleet_kiosk_days (kiosk_id, day) "
               "SELECT DISTINCT kiosk_id, substr(hour_utc, 1, 10) FROM fleet_usage_counts")


def downgrade() -> None:
    op.drop_table("fleet_kiosk_days")
