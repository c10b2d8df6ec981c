"""Customers at scale: a full-text index over name, code and contacts, a per-customer summary
of sales figures, and an index on the name for the sorted list.

The FTS5 table reads its text from ``customer`` (external content) and triggers keep it in
step with every insert, update and delete. Every customer gets a summary row as it is
created; the figures are filled in by ``salesdesk.customers.summary`` (empty state = stale).

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-28 21:30:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from salesdesk.store.postgresql import ddl as pg
from salesdesk.store.schema import on_engine

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: Sequence[str] | None = None
depends_on: Sequence[str] | None = None
SCHEMA_VERSION = 3  # the PRAGMA user_version this revision leaves behind

SEARCH_COLUMNS = "name, code, contact_name, email, phone"
OLD_VALUES = ", ".join(f"old.{c.strip()}" for c in SEARCH_COLUMNS.split(","))
NEW_VALUES = ", ".join(f"new.{c.strip()}" for c in SEARCH_COLUMNS.split(","))

CREATE_SEARCH = f"""CREATE VIRTUAL TABLE customer_search USING fts5(
    {SEARCH_COLUMNS}, content='customer', content_rowid='id',
    tokenize='unicode61 remove_diacritics 2', prefix='2 3')"""

# Search and summary follow every customer. External content: FTS5 needs the old values to remove a row's terms ('delete' command).
TRIGGERS = (
    f"""CREATE TRIGGER customer_after_insert AFTER INSERT ON customer BEGIN
        INSERT INTO customer_search (rowid, {SEARCH_COLUMNS}) VALUES (new.id, {NEW_VALUES});
        INSERT INTO customer_summary (customer_id, lifetime_revenue, orders_365, revenue_365)
            VALUES (new.id, 0, 0, 0);
    END""",
    f"""CREATE TRIGGER customer_after_delete AFTER DELETE ON customer BEGIN
        INSERT INTO customer_search (customer_search, rowid, {SEARCH_COLUMNS})
            VALUES ('delete', old.id, {OLD_VALUES});
        DELETE FROM customer_summary WHERE customer_id = old.id;
    END""",
    f"""CREATE TRIGGER customer_after_update AFTER UPDATE OF {SEARCH_COLUMNS} ON customer
    BEGIN
        INSERT INTO customer_search (customer_search, rowid, {SEARCH_COLUMNS})
            VALUES ('delete', old.id, {OLD_VALUES});
        INSERT INTO customer_search (rowid, {SEARCH_COLUMNS}) VALUES (new.id, {NEW_VALUES});
    END""",
)
TRIGGER_NAMES = ("customer_after_insert", "customer_after_delete", "customer_after_update")
# PostgreSQL searches through an expression index (pg.search_index): only the summary follows.
PG_TRIGGERS = (
    pg.trigger(
        "customer_after_insert",
        "INSERT",
        "customer",
        "INSERT INTO customer_summary (customer_id, lifetime_revenue, orders_365, revenue_365)"
        " VALUES (NEW.id, 0, 0, 0);",
    ),
    pg.trigger(
        "customer_after_delete",
        "DELETE",
        "customer",
        "DELETE FROM customer_summary WHERE customer_id = OLD.id;",
    ),
)


def upgrade() -> None:
    op.create_index("ix_customer_name", "customer", ["name"], unique=False)
    op.create_table(
        "customer_summary",
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
    for column in ("first_sale", "last_sale", "lifetime_revenue", "rfm_tier"):
        op.create_index(f"ix_customer_summary_{column}", "customer_summary", [column])
    op.create_table(
        "customer_summary_state",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("as_of", sa.Date(), nullable=True),
        sa.Column("sale_count", sa.Integer(), nullable=False),
        sa.Column("sale_max_id", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    # Server defaults would differ from the models; the trigger and the backfill give zeros.
    op.execute(
        "INSERT INTO customer_summary (customer_id, lifetime_revenue, orders_365, revenue_365)"
        " SELECT id, 0, 0, 0 FROM customer"
    )
    if on_engine("postgresql"):
        pg.execute(pg.search_index())
        for statements in PG_TRIGGERS:
            pg.execute(statements)
    else:
        op.execute(CREATE_SEARCH)
        op.execute("INSERT INTO customer_search (customer_search) VALUES ('rebuild')")
        for trigger in TRIGGERS:
            op.execute(trigger)
    if on_engine("sqlite"):  # PostgreSQL: alembic_version alone
        op.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")


def downgrade() -> None:
    if on_engine("postgresql"):
        for name in TRIGGER_NAMES[:2]:
            pg.execute(pg.drop_trigger(name, "customer"))
        pg.execute(pg.drop_search_index())
    else:
        for name in TRIGGER_NAMES:
            op.execute(f"DROP TRIGGER {name}")
        op.execute("DROP TABLE customer_search")
    op.drop_table("customer_summary_state")
    op.drop_table("customer_summary")
    op.drop_index("ix_customer_name", "customer")
    if on_engine("sqlite"):  # PostgreSQL: alembic_version alone
        op.execute("PRAGMA user_version = 2")
