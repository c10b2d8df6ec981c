"""The head of sales may move the id sequences on (PostgreSQL): an import gives its rows their
ids itself and then moves each table's sequence past them, which needs UPDATE on the sequence.
The team's role keeps USAGE and SELECT only.

Revision ID: 0016
Revises: 0015
Create Date: 2026-12-05 03:40:00.000000
"""

from collections.abc import Sequence

from alembic import op

from salesdesk.store.postgresql import ddl as pg
from salesdesk.store.postgresql import security
from salesdesk.store.schema import on_engine

revision: str = "0016"
down_revision: str | None = "0015"
branch_labels: Sequence[str] | None = None
depends_on: Sequence[str] | None = None
SCHEMA_VERSION = 16  # the PRAGMA user_version this revision leaves behind


def upgrade() -> None:
    if on_engine("postgresql"):
        pg.execute([security.head_sequences()])
    if on_engine("sqlite"):  # PostgreSQL: alembic_version alone
        op.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")


def downgrade() -> None:
    if on_engine("postgresql"):
        pg.execute([security.head_sequences(granted=False)])
    if on_engine("sqlite"):  # PostgreSQL: alembic_version alone
        op.execute("PRAGMA user_version = 15")
