"""No lost update (SPEC §13): a version on every row people edit, raised by each change, so
that a save made from an older version is refused (salesdesk.store.editing); on PostgreSQL,
every change of the team's data is announced to the open apps (NOTIFY), which show it.

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-04 23:45:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from salesdesk.store.postgresql import ddl as pg
from salesdesk.store.schema import on_engine

revision: str = "0013"
down_revision: str | None = "0012"
branch_labels: Sequence[str] | None = None
depends_on: Sequence[str] | None = None
SCHEMA_VERSION = 13  # the PRAGMA user_version this revision leaves behind

VERSIONED = (
    "settings", "territory", "account_type", "product_category", "product", "channel",
    "channel_spend", "team", "member", "coverage", "persona", "segment", "customer",
    "interaction", "pipeline", "stage", "deal", "follow_up", "competitor", "competitor_price",
    "research_note", "goal", "goal_checkin",
)  # fmt: skip


# what the open apps show and hear about: the rows people edit and the sales
ANNOUNCED = (*VERSIONED, "sale", "deal_stage_change")


def upgrade() -> None:
    for table in VERSIONED:
        op.add_column(table, sa.Column("version", sa.Integer(), nullable=False, server_default="1"))
    if on_engine("postgresql"):
        pg.execute(pg.change_notices(ANNOUNCED))
    if on_engine("sqlite"):  # PostgreSQL: alembic_version alone
        op.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")


def downgrade() -> None:
    if on_engine("postgresql"):
        pg.execute(pg.drop_change_notices(ANNOUNCED))
    for table in VERSIONED:  # in place (SQLite ≥ 3.35): no table is copied
        op.execute(f"ALTER TABLE {table} DROP COLUMN version")
    if on_engine("sqlite"):  # PostgreSQL: alembic_version alone
        op.execute("PRAGMA user_version = 12")
