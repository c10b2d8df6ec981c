"""Alembic environment: runs on the connection SalesDesk hands over (see salesdesk.store.db)."""

from alembic import context

from salesdesk.store.models import SQLModel

config = context.config
connection = config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=SQLModel.metadata,
    render_as_batch=True,  # SQLite alters tables by copy-and-move
    transactional_ddl=True,
    transaction_per_migration=False,
)
with context.begin_transaction():
    context.run_migrations()
