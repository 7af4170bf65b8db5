"""Fleet usage counts and the ledger of imported files.

Revision ID: fleet0001
Revises:
Create Date: 2026-11-30
"""
from alembic import op
import sqlalchemy as sa


def code(length: int):
    """As kiosk.fleet.models.code (a migration keeps its own copy: models change)."""
    return sa.String(length).with_variant(sa.String(length, collation="C"), "postgresql")

revision = "fleet0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "fleet_usage_counts",
        sa.Column("kiosk_id", code(64), nullable=False),
        sa.Column("hour_utc", code(13), nullable=False),
        sa.Column("event", code(32), nullable=False),
        sa.Column("key", code(64), nullable=False),
        sa.Column("language", code(8), nullable=False),
        sa.Column("count", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("event", "hour_utc", "kiosk_id", "key", "language",
                                name="pk_fleet_usage_counts"),
    )
    op.create_table(
        "fleet_imported_files",
        sa.Column("sha256", sa.String(64), primary_key=True),
        sa.Column("name", sa.String(255), nullable=False),
        sa.Column("size", sa.BigInteger(), nullable=False),
        sa.Column("rows", sa.Integer(), nullable=False),
        sa.Column("changed", sa.Integer(), nullable=False),
        sa.Column("imported_at", sa.DateTime(timezone=True), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("fleet_imported_files")
    op.drop_table("fleet_usage_counts")
