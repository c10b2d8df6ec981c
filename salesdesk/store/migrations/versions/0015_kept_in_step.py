"""What keeping the stored figures in step with each write needs (issue 13):

- the stored sales per day count their lines, and those with a known cost, so that a write
  adds and takes away its lines' share (salesdesk.metrics.keeper) instead of recomputing each
  day it touches whole; the aggregates are rebuilt once, when next needed, to fill them;
- the past day's customer summary gets the indexes today's has by orders and revenue (then
  last sale), so that a write keeps it in step too, reading its RFM cut points off them;
- each summary stores its 12 RFM cut points (the values above which a buyer scores 2, 3, 4
  and 5 in R, F and M), so that a write reads them once instead of twice; both summaries are
  refreshed once, when next needed, to fill them.

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-05 02:00:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from salesdesk.store.schema import on_engine

revision: str = "0015"
down_revision: str | None = "0014"
branch_labels: Sequence[str] | None = None
depends_on: Sequence[str] | None = None
SCHEMA_VERSION = 15  # the PRAGMA user_version this revision leaves behind

COUNTS = ("line_count", "costed_line_count")
RANKED = ("orders_365", "revenue_365")
CUTS = {"last_sale": sa.Date(), "orders_365": sa.Integer(), "revenue_365": sa.Integer()}
FIFTHS = (2, 3, 4, 5)


def cut_columns() -> list[tuple[str, sa.types.TypeEngine]]:
    return [(f"cut_{column}_{k}", kind) for column, kind in CUTS.items() for k in FIFTHS]


def upgrade() -> None:
    with op.batch_alter_table("agg_sales_day") as batch:
        for column in COUNTS:
            batch.add_column(sa.Column(column, sa.Integer(), nullable=False, server_default="0"))
    op.execute("UPDATE agg_state SET built_changes = -1 WHERE id = 1")  # counts to fill
    for column in RANKED:
        op.create_index(
            f"ix_customer_summary_past_{column}_last_sale",
            "customer_summary_past",
            [column, "last_sale"],
        )
    with op.batch_alter_table("customer_summary_state") as batch:
        for name, kind in cut_columns():
            batch.add_column(sa.Column(name, kind, nullable=True))
    op.execute("UPDATE customer_summary_state SET sale_count = -1")  # cut points to fill
    if on_engine("sqlite"):  # PostgreSQL: alembic_version alone
        op.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")


def downgrade() -> None:
    with op.batch_alter_table("customer_summary_state") as batch:
        for name, _kind in cut_columns():
            batch.drop_column(name)
    for column in RANKED:
        op.drop_index(f"ix_customer_summary_past_{column}_last_sale", "customer_summary_past")
    with op.batch_alter_table("agg_sales_day") as batch:
        for column in COUNTS:
            batch.drop_column(column)
    if on_engine("sqlite"):  # PostgreSQL: alembic_version alone
        op.execute("PRAGMA user_version = 14")
