"""The team database (SPEC §13): which member each server login is, and on PostgreSQL the
team's roles, their grants and the row-level security that shows a login what is its own.

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-04 23:30:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from salesdesk.store.postgresql import ddl as pg
from salesdesk.store.postgresql import security
from salesdesk.store.schema import on_engine

revision: str = "0012"
down_revision: str | None = "0011"
branch_labels: Sequence[str] | None = None
depends_on: Sequence[str] | None = None
SCHEMA_VERSION = 12  # the PRAGMA user_version this revision leaves behind


def upgrade() -> None:
    op.create_table(
        "member_login",
        sa.Column("login", sa.String(), nullable=False),
        sa.Column("member_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["member_id"], ["member.id"]),
        sa.PrimaryKeyConstraint("login"),
    )
    op.create_index("ix_member_login_member_id", "member_login", ["member_id"])
    if on_engine("postgresql"):
        pg.execute(security.row_security())
    if on_engine("sqlite"):  # PostgreSQL: alembic_version alone
        op.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")


def downgrade() -> None:
    if on_engine("postgresql"):
        pg.execute(security.drop_row_security())
    op.drop_index("ix_member_login_member_id", "member_login")
    op.drop_table("member_login")
    if on_engine("sqlite"):  # PostgreSQL: alembic_version alone
        op.execute("PRAGMA user_version = 11")
