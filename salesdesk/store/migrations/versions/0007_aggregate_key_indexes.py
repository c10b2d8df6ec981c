"""Covering indexes of the per-day aggregates by dimension, key and day, so that the figures of
one member, team or territory read their own rows rather than every key's (SPEC §11, B5).

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-28 23:55:00.000000
"""

from collections.abc import Sequence

from alembic import op

from salesdesk.store.schema import on_engine

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: Sequence[str] | None = None
depends_on: Sequence[str] | None = None
SCHEMA_VERSION = 7  # the PRAGMA user_version this revision leaves behind

SALES = ["revenue", "cost", "units", "orders"]
CUSTOMERS = ["created", "first_sales", "marked_never_bought", "starts", "ends",
             "risk_starts", "risk_ends"]  # fmt: skip


def upgrade() -> None:
    op.create_index("ix_agg_sales_day_key", "agg_sales_day", ["dim", "key", "day", *SALES])
    op.create_index(
        "ix_agg_customer_day_key", "agg_customer_day", ["dim", "key", "day", *CUSTOMERS]
    )
    if on_engine("sqlite"):  # PostgreSQL: alembic_version alone
        op.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")


def downgrade() -> None:
    op.drop_index("ix_agg_customer_day_key", "agg_customer_day")
    op.drop_index("ix_agg_sales_day_key", "agg_sales_day")
    if on_engine("sqlite"):  # PostgreSQL: alembic_version alone
        op.execute("PRAGMA user_version = 6")
