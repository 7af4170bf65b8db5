"""Each item's status-grid summary on its row, so the grid reads one row per item.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-30
"""
from alembic import op
import sqlalchemy as sa

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

COLUMNS = (
    ("grid_kind", sa.String(32), ""),
    ("grid_order", sa.Integer(), "0"),
    ("grid_title", sa.String(500), ""),
    ("grid_cells", sa.Text(), ""),
    ("grid_missing", sa.String(200), ""),
)


def upgrade() -> None:
    with op.batch_alter_table("items") as batch:
        for name, type_, default in COLUMNS:
            batch.add_column(sa.Column(name, type_, nullable=False, server_default=default))
    # Stores made before this revision: the service fills the summaries in on open
    # (kiosk.authoring.service.StudioService.open calls refresh when they are empty).


def downgrade() -> None:
    with op.batch_alter_table("items") as batch:
        for name, _type, _default in COLUMNS:
            batch.drop_column(name)
