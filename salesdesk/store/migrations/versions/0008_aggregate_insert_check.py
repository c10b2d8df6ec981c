"""Inserts no longer fire a trigger: an AFTER INSERT trigger on ``sale`` made bulk loads three
to four times slower (SPEC §11, B3, B7), even with a WHEN that never held.

New rows are seen by their ids, above those the aggregates were built from. The one other
insert, a deleted row put back under its old id (the undo of a delete), is seen because the
delete triggers now also remember the ids deleted (``agg_deleted``); a remembered id that
exists again means the aggregates are stale. A rebuild forgets the ids that exist again.

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-29 00:20:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from salesdesk.store.postgresql import ddl as pg
from salesdesk.store.schema import on_engine

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: Sequence[str] | None = None
depends_on: Sequence[str] | None = None
SCHEMA_VERSION = 8  # the PRAGMA user_version this revision leaves behind

_BUMP = "UPDATE agg_state SET changes = changes + 1 WHERE id = 1;"


def _delete_trigger(table: str) -> str:
    return (
        f"CREATE TRIGGER agg_{table}_delete AFTER DELETE ON {table} BEGIN {_BUMP}"
        f" INSERT OR IGNORE INTO agg_deleted (entity, row_id) VALUES ('{table}', old.id); END"
    )


def pg_delete_trigger(table: str) -> list[str]:
    remember = (
        f"INSERT INTO agg_deleted (entity, row_id) VALUES ('{table}', OLD.id)"
        " ON CONFLICT DO NOTHING;"
    )
    return pg.trigger(f"agg_{table}_delete", "DELETE", table, _BUMP + remember)


def upgrade() -> None:
    op.create_table(
        "agg_deleted",
        sa.Column("entity", sa.String(), nullable=False),
        sa.Column("row_id", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("entity", "row_id"),
    )
    for table in ("sale", "customer"):
        if on_engine("postgresql"):
            for name in (f"agg_{table}_insert_below", f"agg_{table}_delete"):
                pg.execute(pg.drop_trigger(name, table))
            pg.execute(pg_delete_trigger(table))
        else:
            op.execute(f"DROP TRIGGER agg_{table}_insert_below")
            op.execute(f"DROP TRIGGER agg_{table}_delete")
            op.execute(_delete_trigger(table))
    if on_engine("sqlite"):  # PostgreSQL: alembic_version alone
        op.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")


def downgrade() -> None:
    if on_engine("postgresql"):
        raise NotImplementedError("a PostgreSQL database is not downgraded below 0008")
    for table in ("sale", "customer"):
        op.execute(f"DROP TRIGGER agg_{table}_delete")
        op.execute(f"CREATE TRIGGER agg_{table}_delete AFTER DELETE ON {table} BEGIN {_BUMP} END")
        op.execute(
            f"CREATE TRIGGER agg_{table}_insert_below AFTER INSERT ON {table}"
            f" WHEN new.id <= (SELECT {table}_max_id FROM agg_state WHERE id = 1)"
            f" BEGIN {_BUMP} END"
        )
    op.drop_table("agg_deleted")
    if on_engine("sqlite"):  # PostgreSQL: alembic_version alone
        op.execute("PRAGMA user_version = 7")
