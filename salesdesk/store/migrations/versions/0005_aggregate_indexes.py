"""Indexes for the dashboard's customer figures on a million customers (SPEC §11, B4).

A covering index for the customers lost in a period (spells ending in it, read without
touching the table), and a partial index of the open complaints and service tickets that
make a customer at risk.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-28 22:40:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from salesdesk.store.schema import on_engine

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: Sequence[str] | None = None
depends_on: Sequence[str] | None = None
SCHEMA_VERSION = 5  # the PRAGMA user_version this revision leaves behind

OPEN_COMPLAINTS = "is_open AND kind IN ('complaint', 'service_ticket')"


def upgrade() -> None:
    op.create_index(
        "ix_agg_spell_ending",
        "agg_spell",
        [
            "kind",
            "last_day",
            "first_day",
            "next_first_day",
            "customer_id",
            "owner_id",
            "territory_id",
            "account_type_id",
        ],
    )
    op.create_index(
        "ix_interaction_open_complaint",
        "interaction",
        ["date", "customer_id"],
        sqlite_where=sa.text(OPEN_COMPLAINTS),
        postgresql_where=sa.text(OPEN_COMPLAINTS),
    )
    if on_engine("sqlite"):  # PostgreSQL: alembic_version alone
        op.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")


def downgrade() -> None:
    op.drop_index("ix_interaction_open_complaint", "interaction")
    op.drop_index("ix_agg_spell_ending", "agg_spell")
    if on_engine("sqlite"):  # PostgreSQL: alembic_version alone
        op.execute("PRAGMA user_version = 4")
