"""Covering indexes for the customers lost in a period within one owner, territory or account
type, so a goal of a team or a member reads only its own customers' spells (SPEC §11, B5).

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-28 23:30:00.000000
"""

from collections.abc import Sequence

from alembic import op

from salesdesk.store.schema import on_engine

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: Sequence[str] | None = None
depends_on: Sequence[str] | None = None
SCHEMA_VERSION = 6  # the PRAGMA user_version this revision leaves behind

DIMENSIONS = ("owner_id", "territory_id", "account_type_id")
COVERED = ["last_day", "first_day", "next_first_day", "customer_id"]


def upgrade() -> None:
    for column in DIMENSIONS:
        op.create_index(
            f"ix_agg_spell_ending_by_{column.removesuffix('_id')}",
            "agg_spell",
            ["kind", column, *COVERED],
        )
    if on_engine("sqlite"):  # PostgreSQL: alembic_version alone
        op.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")


def downgrade() -> None:
    for column in DIMENSIONS:
        op.drop_index(f"ix_agg_spell_ending_by_{column.removesuffix('_id')}", "agg_spell")
    if on_engine("sqlite"):  # PostgreSQL: alembic_version alone
        op.execute("PRAGMA user_version = 5")
