"""An index of the sales lines by order, so that a write that touches an order's lines finds
the order's other lines at once when it keeps the split-order count of the stored aggregates
(salesdesk.metrics.keeper); lines without an order are left out of it.

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-04 23:20:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from salesdesk.store.schema import on_engine

revision: str = "0011"
down_revision: str | None = "0010"
branch_labels: Sequence[str] | None = None
depends_on: Sequence[str] | None = None
SCHEMA_VERSION = 11  # the PRAGMA user_version this revision leaves behind

_WITH_AN_ORDER = sa.text("order_ref IS NOT NULL")


def upgrade() -> None:
    op.create_index(
        "ix_sale_order_ref",
        "sale",
        ["order_ref"],
        sqlite_where=_WITH_AN_ORDER,
        postgresql_where=_WITH_AN_ORDER,
    )
    if on_engine("sqlite"):  # PostgreSQL: alembic_version alone
        op.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")


def downgrade() -> None:
    op.drop_index("ix_sale_order_ref", "sale")
    if on_engine("sqlite"):  # PostgreSQL: alembic_version alone
        op.execute("PRAGMA user_version = 10")
