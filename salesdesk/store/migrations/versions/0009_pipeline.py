"""The sales process (SPEC §12): pipelines, stages, deals, their stage history, follow-ups.

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-01 10:00:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from salesdesk.store.postgresql import ddl as pg
from salesdesk.store.schema import on_engine

revision: str = "0009"
down_revision: str | None = "0008"
branch_labels: Sequence[str] | None = None
depends_on: Sequence[str] | None = None
SCHEMA_VERSION = 9  # the PRAGMA user_version this revision leaves behind


_BUMP = "UPDATE deal_state SET closed_changes = closed_changes + 1 WHERE id = 1;"
_CLOSED = "(SELECT status FROM deal WHERE id = {row}.deal_id) <> 'open'"
# What P(win | stage) is learned from: closed deals, their stays and the stages' defaults.
# Moving an open deal touches none of them. New deals are seen by their ids.
TRIGGERS = {
    "deal_state_deal_update": "AFTER UPDATE OF status, closed_on, stage_id ON deal"
    f" WHEN old.status <> 'open' OR new.status <> 'open' BEGIN {_BUMP} END",
    "deal_state_deal_delete": f"AFTER DELETE ON deal WHEN old.status <> 'open' BEGIN {_BUMP} END",
    "deal_state_stay_update": "AFTER UPDATE ON deal_stage_change"
    f" WHEN {_CLOSED.format(row='new')} BEGIN {_BUMP} END",
    "deal_state_stay_delete": "AFTER DELETE ON deal_stage_change"
    f" WHEN {_CLOSED.format(row='old')} BEGIN {_BUMP} END",
    "deal_state_stage_update": f"AFTER UPDATE ON stage BEGIN {_BUMP} END",
    "deal_state_stage_delete": f"AFTER DELETE ON stage BEGIN {_BUMP} END",
}


_PG_CLOSED = "(SELECT status FROM deal WHERE id = {row}.deal_id) <> 'open'"
PG_TRIGGERS = {
    "deal_state_deal_update": (
        "UPDATE OF status, closed_on, stage_id", "deal",
        "OLD.status <> 'open' OR NEW.status <> 'open'",
    ),
    "deal_state_deal_delete": ("DELETE", "deal", "OLD.status <> 'open'"),
    "deal_state_stay_update": ("UPDATE", "deal_stage_change", _PG_CLOSED.format(row="NEW")),
    "deal_state_stay_delete": ("DELETE", "deal_stage_change", _PG_CLOSED.format(row="OLD")),
    "deal_state_stage_update": ("UPDATE", "stage", None),
    "deal_state_stage_delete": ("DELETE", "stage", None),
}  # fmt: skip


def _id() -> sa.Column:
    return sa.Column("id", sa.Integer(), nullable=False)


def _reference(name: str, *, nullable: bool = True) -> sa.Column:
    return sa.Column(name, sa.Integer(), nullable=nullable)


def upgrade() -> None:
    op.create_table(
        "pipeline",
        _id(),
        sa.Column("name", sa.String(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("name"),
    )
    op.create_table(
        "stage",
        _id(),
        _reference("pipeline_id", nullable=False),
        sa.Column("name", sa.String(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("probability", sa.Float(), nullable=False),
        sa.Column("rotting_days", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["pipeline_id"], ["pipeline.id"]),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("pipeline_id", "name"),
    )
    with op.batch_alter_table("stage", schema=None) as batch_op:
        batch_op.create_index("ix_stage_pipeline_id", ["pipeline_id"], unique=False)

    op.create_table(
        "deal",
        _id(),
        sa.Column("ref", sa.String(), nullable=False),
        sa.Column("title", sa.String(), nullable=False),
        _reference("customer_id"),
        _reference("owner_member_id"),
        sa.Column("amount", sa.Integer(), nullable=False),
        sa.Column("expected_close", sa.Date(), nullable=True),
        _reference("stage_id", nullable=False),
        sa.Column("status", sa.String(), nullable=False),
        sa.Column("created_on", sa.Date(), nullable=False),
        sa.Column("closed_on", sa.Date(), nullable=True),
        sa.Column("lost_reason", sa.String(), nullable=True),
        _reference("channel_id"),
        _reference("product_id"),
        _reference("category_id"),
        sa.Column("next_step_on", sa.Date(), nullable=True),
        sa.Column("next_step", sa.String(), nullable=False),
        sa.Column("order_ref", sa.String(), nullable=True),
        sa.ForeignKeyConstraint(["category_id"], ["product_category.id"]),
        sa.ForeignKeyConstraint(["channel_id"], ["channel.id"]),
        sa.ForeignKeyConstraint(["customer_id"], ["customer.id"]),
        sa.ForeignKeyConstraint(["owner_member_id"], ["member.id"]),
        sa.ForeignKeyConstraint(["product_id"], ["product.id"]),
        sa.ForeignKeyConstraint(["stage_id"], ["stage.id"]),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("ref"),
    )
    with op.batch_alter_table("deal", schema=None) as batch_op:
        batch_op.create_index("ix_deal_created", ["created_on"], unique=False)
        batch_op.create_index("ix_deal_customer", ["customer_id"], unique=False)
        batch_op.create_index("ix_deal_expected_close", ["status", "expected_close"], unique=False)
        batch_op.create_index("ix_deal_owner", ["owner_member_id", "status"], unique=False)
        batch_op.create_index("ix_deal_status_closed", ["status", "closed_on"], unique=False)
        batch_op.create_index(
            "ix_deal_status_stage", ["status", "stage_id", "amount"], unique=False
        )

    op.create_table(
        "deal_stage_change",
        _id(),
        _reference("deal_id", nullable=False),
        _reference("stage_id", nullable=False),
        sa.Column("entered_at", sa.DateTime(), nullable=False),
        sa.Column("left_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(["deal_id"], ["deal.id"]),
        sa.ForeignKeyConstraint(["stage_id"], ["stage.id"]),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("deal_stage_change", schema=None) as batch_op:
        batch_op.create_index(
            "ix_deal_stage_change_deal",
            ["deal_id", "entered_at", "stage_id", "left_at"],
            unique=False,
        )
        batch_op.create_index("ix_deal_stage_change_left", ["left_at", "stage_id"], unique=False)

    op.create_table(
        "follow_up",
        _id(),
        sa.Column("kind", sa.String(), nullable=False),
        _reference("customer_id"),
        _reference("deal_id"),
        _reference("owner_member_id"),
        sa.Column("due_on", sa.Date(), nullable=False),
        sa.Column("done_at", sa.DateTime(), nullable=True),
        sa.Column("note", sa.String(), nullable=False),
        sa.Column("outcome", sa.String(), nullable=False),
        sa.ForeignKeyConstraint(["customer_id"], ["customer.id"]),
        sa.ForeignKeyConstraint(["deal_id"], ["deal.id"]),
        sa.ForeignKeyConstraint(["owner_member_id"], ["member.id"]),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("follow_up", schema=None) as batch_op:
        batch_op.create_index("ix_follow_up_customer", ["customer_id"], unique=False)
        batch_op.create_index("ix_follow_up_deal", ["deal_id", "done_at"], unique=False)
        batch_op.create_index(
            "ix_follow_up_owner_due", ["owner_member_id", "done_at", "due_on"], unique=False
        )
    op.create_table(
        "deal_state",
        _id(),
        sa.Column("closed_changes", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.execute("INSERT INTO deal_state (id, closed_changes) VALUES (1, 0)")
    if on_engine("postgresql"):
        for name, (event, table, when) in PG_TRIGGERS.items():
            pg.execute(pg.trigger(name, event, table, _BUMP, when=when))
    else:
        for name, trigger in TRIGGERS.items():
            op.execute(f"CREATE TRIGGER {name} {trigger}")
    if on_engine("sqlite"):  # PostgreSQL: alembic_version alone
        op.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")


def downgrade() -> None:
    for name, (_event, table, _when) in PG_TRIGGERS.items():
        if on_engine("postgresql"):
            pg.execute(pg.drop_trigger(name, table))
        else:
            op.execute(f"DROP TRIGGER {name}")
    for table in ("deal_state", "follow_up", "deal_stage_change", "deal", "stage", "pipeline"):
        op.drop_table(table)
    if on_engine("sqlite"):  # PostgreSQL: alembic_version alone
        op.execute("PRAGMA user_version = 8")
