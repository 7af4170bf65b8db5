"""Alembic environment: runs on the connection handed over by `kiosk.fleet.database`."""
from alembic import context

from kiosk.fleet.models import FleetBase

connection = context.config.attributes["connection"]
context.configure(connection=connection, target_metadata=FleetBase.metadata,
                  version_table="fleet_alembic_version", render_as_batch=True)
with context.begin_transaction():
    context.run_migrations()
