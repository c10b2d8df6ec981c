"""Indexes of today's customer summary by orders and revenue of the last 365 days (then last
sale), so that the RFM cut points — the values at the fifths of the scored buyers — are read
from sorted indexes when a write keeps the summary in step (salesdesk.customers.summary).

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-05 00:15:00.000000
"""

from collections.abc import Sequence

from alembic import op

from salesdesk.store.schema import on_engine

revision: str = "0014"
down_revision: str | None = "0013"
branch_labels: Sequence[str] | None = None
depends_on: Sequence[str] | None = None
SCHEMA_VERSION = 14  # the PRAGMA user_version this revision leaves behind

RANKED = ("orders_365", "revenue_365")


def upgrade() -> None:
    for column in RANKED:
        op.create_index(
            f"ix_customer_summary_{column}_last_sale", "customer_summary", [column, "last_sale"]
        )
    if on_engine("sqlite"):  # PostgreSQL: alembic_version alone
        op.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")


def downgrade() -> None:
    for column in RANKED:
        op.drop_index(f"ix_customer_summary_{column}_last_sale", "customer_summary")
    if on_engine("sqlite"):  # PostgreSQL: alembic_version alone
        op.execute("PRAGMA user_version = 13")
