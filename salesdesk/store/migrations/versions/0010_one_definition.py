"""One definition, one number (issue 10, SPEC §3a).

- settings: the open-complaint days and where the currency symbol goes;
- sale.cost may be unknown (NULL, not 0); the customer-date index carries the amount, so
  that a customer's purchases (returns are not purchases) are read without the table;
- customer_owner_change: every change of a customer's owner, written by a trigger, so that
  a past period counts customers under the owner of that time;
- interaction.closed_on: when a complaint or ticket was resolved, so that a past day sees
  it open; the partial index covers closed ones too;
- customer_summary_past: the per-customer figures of one other day than today;
- the stored aggregates gain the revenue with a known cost and the new customers per day
  (first purchase lines); they and the summaries are computed anew under the new rules.

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-04 20:00:00.000000
"""

import re
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from salesdesk.store.postgresql import ddl as pg
from salesdesk.store.schema import on_engine

revision: str = "0010"
down_revision: str | None = "0009"
branch_labels: Sequence[str] | None = None
depends_on: Sequence[str] | None = None
SCHEMA_VERSION = 10  # the PRAGMA user_version this revision leaves behind

_BUMP = "UPDATE agg_state SET changes = changes + 1 WHERE id = 1;"
# Rebuilding the sale table drops its triggers: they are made again as 0008 left them.
SALE_TRIGGERS = (
    f"CREATE TRIGGER agg_sale_update AFTER UPDATE ON sale BEGIN {_BUMP} END",
    f"CREATE TRIGGER agg_sale_delete AFTER DELETE ON sale BEGIN {_BUMP}"
    " INSERT OR IGNORE INTO agg_deleted (entity, row_id) VALUES ('sale', old.id); END",
)
OWNER_TRIGGER = """CREATE TRIGGER customer_owner_changed AFTER UPDATE OF owner_member_id
ON customer WHEN old.owner_member_id IS NOT new.owner_member_id BEGIN
    INSERT INTO customer_owner_change (customer_id, changed_on, from_member_id, to_member_id)
    VALUES (old.id, date('now', 'localtime'), old.owner_member_id, new.owner_member_id);
END"""
PG_OWNER_TRIGGER = pg.trigger(
    "customer_owner_changed",
    "UPDATE OF owner_member_id",
    "customer",
    "INSERT INTO customer_owner_change (customer_id, changed_on, from_member_id, to_member_id)"
    " VALUES (OLD.id, CURRENT_DATE, OLD.owner_member_id, NEW.owner_member_id);",
    when="OLD.owner_member_id IS DISTINCT FROM NEW.owner_member_id",
)
COMPLAINTS = "kind IN ('complaint', 'service_ticket')"
OPEN_COMPLAINTS = f"is_open AND {COMPLAINTS}"
SUMMARY_INDEXED = ("first_sale", "last_sale", "lifetime_revenue", "rfm_tier")
SALES_DAY_COLUMNS = (
    "dim",
    "key",
    "day",
    "revenue",
    "cost",
    "costed_revenue",
    "units",
    "orders",
    "new_customers",
)


def upgrade() -> None:
    with op.batch_alter_table("settings") as batch:
        batch.add_column(
            sa.Column("complaint_days", sa.Integer(), nullable=False, server_default="14")
        )
        batch.add_column(
            sa.Column("currency_position", sa.String(), nullable=False, server_default="language")
        )
    _rebuild_sale(cost_nullable=True, customer_date=("customer_id", "date", "amount"))
    _owner_history()
    _closing_dates()
    _past_summary()
    _sales_day_table()
    # every stored figure is computed again under the new rules before it is read
    op.execute("UPDATE agg_state SET built_changes = -1 WHERE id = 1")
    op.execute("UPDATE customer_summary_state SET as_of = NULL")
    if on_engine("sqlite"):  # PostgreSQL: alembic_version alone
        op.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")


def _rebuild_sale(*, cost_nullable: bool, customer_date: tuple[str, ...]) -> None:
    """Copies the sale table into one with the given cost column and customer-date index.

    Done in plain SQL from the table's own CREATE statement: a batch copy would reflect the
    foreign keys in no fixed order, and every file must have the same schema. PostgreSQL
    alters the column in place."""
    if on_engine("postgresql"):
        nullability = "DROP NOT NULL" if cost_nullable else "SET NOT NULL"
        op.execute(f"ALTER TABLE sale ALTER COLUMN cost {nullability}")
        op.drop_index("ix_sale_customer_date", "sale")
        op.create_index("ix_sale_customer_date", "sale", list(customer_date))
        return
    bind = op.get_bind()
    create = bind.exec_driver_sql(
        "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'sale'"
    ).scalar_one()
    cost = "cost INTEGER" if cost_nullable else "cost INTEGER NOT NULL"
    create = re.sub(r"\bcost INTEGER( NOT NULL)?", cost, create)
    indexes = bind.exec_driver_sql(
        "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'sale'"
        " AND sql IS NOT NULL ORDER BY name"
    ).all()
    op.execute(re.sub(r'^CREATE TABLE "?sale"?', "CREATE TABLE sale_new", create))
    op.execute("INSERT INTO sale_new SELECT * FROM sale")
    op.execute("DROP TABLE sale")
    op.execute("ALTER TABLE sale_new RENAME TO sale")
    new_index = f"CREATE INDEX ix_sale_customer_date ON sale ({', '.join(customer_date)})"
    for name, sql in indexes:
        op.execute(new_index if name == "ix_sale_customer_date" else sql)
    for trigger in SALE_TRIGGERS:
        op.execute(trigger)


def _owner_history() -> None:
    op.create_table(
        "customer_owner_change",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("customer_id", sa.Integer(), nullable=False),
        sa.Column("changed_on", sa.Date(), nullable=False),
        sa.Column("from_member_id", sa.Integer(), nullable=True),
        sa.Column("to_member_id", sa.Integer(), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index(
        "ix_customer_owner_change_customer",
        "customer_owner_change",
        ["customer_id", "changed_on"],
    )
    op.create_index("ix_customer_owner_change_day", "customer_owner_change", ["changed_on"])
    if on_engine("postgresql"):
        pg.execute(PG_OWNER_TRIGGER)
    else:
        op.execute(OWNER_TRIGGER)


def _closing_dates() -> None:
    op.add_column("interaction", sa.Column("closed_on", sa.Date(), nullable=True))
    op.drop_index("ix_interaction_open_complaint", "interaction")
    op.create_index(
        "ix_interaction_complaint",
        "interaction",
        ["date", "customer_id"],
        sqlite_where=sa.text(COMPLAINTS),
        postgresql_where=sa.text(COMPLAINTS),
    )


def _past_summary() -> None:
    op.create_table(
        "customer_summary_past",
        sa.Column("customer_id", sa.Integer(), nullable=False),
        sa.Column("first_sale", sa.Date(), nullable=True),
        sa.Column("last_sale", sa.Date(), nullable=True),
        sa.Column("lifetime_revenue", sa.Integer(), nullable=False),
        sa.Column("orders_365", sa.Integer(), nullable=False),
        sa.Column("revenue_365", sa.Integer(), nullable=False),
        sa.Column("recency_score", sa.Integer(), nullable=True),
        sa.Column("frequency_score", sa.Integer(), nullable=True),
        sa.Column("monetary_score", sa.Integer(), nullable=True),
        sa.Column("rfm_tier", sa.String(), nullable=True),
        sa.PrimaryKeyConstraint("customer_id"),
    )
    for column in SUMMARY_INDEXED:
        op.create_index(f"ix_customer_summary_past_{column}", "customer_summary_past", [column])
    with op.batch_alter_table("customer_summary_state") as batch:
        for column in ("customer_count", "customer_max_id"):
            batch.add_column(sa.Column(column, sa.Integer(), nullable=False, server_default="0"))


def _sales_day_table() -> None:
    op.drop_index("ix_agg_sales_day_key", "agg_sales_day")
    op.drop_table("agg_sales_day")
    op.create_table(
        "agg_sales_day",
        sa.Column("dim", sa.String(), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("key", sa.Integer(), nullable=False),
        sa.Column("revenue", sa.Integer(), nullable=False),
        sa.Column("cost", sa.Integer(), nullable=True),
        sa.Column("costed_revenue", sa.Integer(), nullable=False),
        sa.Column("units", sa.Float(), nullable=False),
        sa.Column("orders", sa.Integer(), nullable=False),
        sa.Column("new_customers", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("dim", "day", "key"),
    )
    op.create_index("ix_agg_sales_day_key", "agg_sales_day", list(SALES_DAY_COLUMNS))


def downgrade() -> None:
    op.drop_index("ix_agg_sales_day_key", "agg_sales_day")
    op.drop_table("agg_sales_day")
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
    op.create_index(
        "ix_agg_sales_day_key",
        "agg_sales_day",
        ["dim", "key", "day", "revenue", "cost", "units", "orders"],
    )
    with op.batch_alter_table("customer_summary_state") as batch:
        batch.drop_column("customer_max_id")
        batch.drop_column("customer_count")
    op.drop_table("customer_summary_past")
    op.drop_index("ix_interaction_complaint", "interaction")
    op.create_index(
        "ix_interaction_open_complaint",
        "interaction",
        ["date", "customer_id"],
        sqlite_where=sa.text(OPEN_COMPLAINTS),
        postgresql_where=sa.text(OPEN_COMPLAINTS),
    )
    with op.batch_alter_table("interaction") as batch:
        batch.drop_column("closed_on")
    if on_engine("postgresql"):
        pg.execute(pg.drop_trigger("customer_owner_changed", "customer"))
    else:
        op.execute("DROP TRIGGER customer_owner_changed")
    op.drop_table("customer_owner_change")
    op.execute("UPDATE sale SET cost = 0 WHERE cost IS NULL")
    _rebuild_sale(cost_nullable=False, customer_date=("customer_id", "date"))
    with op.batch_alter_table("settings") as batch:
        batch.drop_column("currency_position")
        batch.drop_column("complaint_days")
    op.execute("UPDATE agg_state SET built_changes = -1 WHERE id = 1")
    op.execute("UPDATE customer_summary_state SET as_of = NULL")
    if on_engine("sqlite"):  # PostgreSQL: alembic_version alone
        op.execute("PRAGMA user_version = 9")
