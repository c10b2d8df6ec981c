"""Stored aggregates for the dashboard and goals on millions of sales (SPEC §11, B4 and B5).

Tables that salesdesk.metrics.aggregates rebuilds from the sales and customers, and triggers that
count every later update or delete of a sale or customer (and any insert under an id the
aggregates have already seen), so that a read can tell whether the aggregates are current
and fall back to the sales themselves when they are not.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-28 21:50:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from salesdesk.store.postgresql import ddl as pg
from salesdesk.store.schema import on_engine

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: Sequence[str] | None = None
depends_on: Sequence[str] | None = None
SCHEMA_VERSION = 4  # the PRAGMA user_version this revision leaves behind

_BUMP = "UPDATE agg_state SET changes = changes + 1 WHERE id = 1;"
# Customer columns the aggregates read: a change to any other (name, phone...) leaves them be.
_CUSTOMER_COLUMNS = "created_on, territory_id, account_type_id, owner_member_id, status_override"
TRIGGERS = {
    "agg_sale_update": f"AFTER UPDATE ON sale BEGIN {_BUMP} END",
    "agg_sale_delete": f"AFTER DELETE ON sale BEGIN {_BUMP} END",
    "agg_sale_insert_below": "AFTER INSERT ON sale"
    " WHEN new.id <= (SELECT sale_max_id FROM agg_state WHERE id = 1)"
    f" BEGIN {_BUMP} END",
    "agg_customer_update": f"AFTER UPDATE OF {_CUSTOMER_COLUMNS} ON customer BEGIN {_BUMP} END",
    "agg_customer_delete": f"AFTER DELETE ON customer BEGIN {_BUMP} END",
    "agg_customer_insert_below": "AFTER INSERT ON customer"
    " WHEN new.id <= (SELECT customer_max_id FROM agg_state WHERE id = 1)"
    f" BEGIN {_BUMP} END",
}


# The same triggers on PostgreSQL: (event, table, condition)
PG_TRIGGERS = {
    "agg_sale_update": ("UPDATE", "sale", None),
    "agg_sale_delete": ("DELETE", "sale", None),
    "agg_sale_insert_below": (
        "INSERT", "sale", "NEW.id <= (SELECT sale_max_id FROM agg_state WHERE id = 1)"
    ),
    "agg_customer_update": (f"UPDATE OF {_CUSTOMER_COLUMNS}", "customer", None),
    "agg_customer_delete": ("DELETE", "customer", None),
    "agg_customer_insert_below": (
        "INSERT", "customer", "NEW.id <= (SELECT customer_max_id FROM agg_state WHERE id = 1)"
    ),
}  # fmt: skip


def _day_table(name: str, *counts: str) -> None:
    op.create_table(
        name,
        sa.Column("dim", sa.String(), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("key", sa.Integer(), nullable=False),
        *(sa.Column(c, sa.Integer(), nullable=False) for c in counts),
        sa.PrimaryKeyConstraint("dim", "day", "key"),
    )


def upgrade() -> None:
    op.create_table(
        "agg_state",
        sa.Column("id", sa.Integer(), nullable=False),
        *(
            sa.Column(c, sa.Integer(), nullable=False)
            for c in (
                "sale_max_id",
                "customer_max_id",
                "changes",
                "built_changes",
                "split_orders",
                "retention_window_days",
                "at_risk_days",
            )
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    op.execute(
        "INSERT INTO agg_state (id, sale_max_id, customer_max_id, changes, built_changes,"
        " split_orders, retention_window_days, at_risk_days) VALUES (1, 0, 0, 0, -1, 0, 0, 0)"
    )
    op.create_table(
        "agg_sales_day",
        sa.Column("dim", sa.String(), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("key", sa.Integer(), nullable=False),
        sa.Column("revenue", sa.Integer(), nullable=False),
        sa.Column("cost", sa.Integer(), nullable=False),
        sa.Column("units", sa.Float(), nullable=False),
        sa.Column("orders", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("dim", "day", "key"),
    )
    op.create_table(
        "agg_customer",
        sa.Column("customer_id", sa.Integer(), nullable=False),
        sa.Column("created_on", sa.Date(), nullable=False),
        sa.Column("first_sale", sa.Date(), nullable=True),
        sa.Column("last_sale", sa.Date(), nullable=True),
        sa.Column("marked_lost", sa.Boolean(), nullable=False),
        sa.Column("owner_id", sa.Integer(), nullable=False),
        sa.Column("territory_id", sa.Integer(), nullable=False),
        sa.Column("account_type_id", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("customer_id"),
    )
    op.create_index(
        "ix_agg_customer_bought_before_created",
        "agg_customer",
        ["first_sale"],
        sqlite_where=sa.text("first_sale < created_on"),
        postgresql_where=sa.text("first_sale < created_on"),
    )
    op.create_table(
        "agg_spell",
        sa.Column("kind", sa.String(), nullable=False),
        sa.Column("last_day", sa.Integer(), nullable=False),
        sa.Column("customer_id", sa.Integer(), nullable=False),
        sa.Column("first_day", sa.Integer(), nullable=False),
        sa.Column("next_first_day", sa.Integer(), nullable=True),
        sa.Column("owner_id", sa.Integer(), nullable=False),
        sa.Column("territory_id", sa.Integer(), nullable=False),
        sa.Column("account_type_id", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("kind", "last_day", "customer_id"),
    )
    op.create_index("ix_agg_spell_customer", "agg_spell", ["customer_id"])
    _day_table(
        "agg_customer_day",
        "created",
        "first_sales",
        "marked_never_bought",
        "starts",
        "ends",
        "risk_starts",
        "risk_ends",
    )
    if on_engine("postgresql"):
        for name, (event, table, when) in PG_TRIGGERS.items():
            pg.execute(pg.trigger(name, event, table, _BUMP, when=when))
    else:
        for name, body in TRIGGERS.items():
            op.execute(f"CREATE TRIGGER {name} {body}")
    if on_engine("sqlite"):  # PostgreSQL: alembic_version alone
        op.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")


def downgrade() -> None:
    for name, (_event, table, _when) in PG_TRIGGERS.items():
        if on_engine("postgresql"):
            pg.execute(pg.drop_trigger(name, table))
        else:
            op.execute(f"DROP TRIGGER {name}")
    for table in ("agg_customer_day", "agg_spell", "agg_customer", "agg_sales_day", "agg_state"):
        op.drop_table(table)
    if on_engine("sqlite"):  # PostgreSQL: alembic_version alone
        op.execute("PRAGMA user_version = 3")
