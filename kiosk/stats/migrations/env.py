"""Alembic environment: runs on the connection handed over by `kiosk.stats.database`."""
from alembic import context

from kiosk.stats.models import StatsBase

connection = context.config.attributes["connection"]
context.configure(connection=connection, target_metadata=StatsBase.metadata, render_as_batch=True)
with context.begin_transaction():
    context.run_migrations()
