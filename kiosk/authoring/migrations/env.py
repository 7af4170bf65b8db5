"""Alembic environment: runs on the connection handed over by `kiosk.authoring.database`."""
from alembic import context

from kiosk.authoring.models import AuthoringBase

connection = context.config.attributes["connection"]
context.configure(connection=connection, target_metadata=AuthoringBase.metadata,
                  render_as_batch=True)
with context.begin_transaction():
    context.run_migrations()
