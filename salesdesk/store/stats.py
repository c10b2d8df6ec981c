"""Record counts of a database, for the status bar and summaries."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy import text

if TYPE_CHECKING:
    from sqlalchemy.engine import Connection

    from salesdesk.store.db import Database

# Status bar key -> table. Table names come from a fixed list, never from input.
COUNTED_TABLES = {"customers": "customer", "sales": "sale", "members": "member"}


def record_counts(conn: Connection) -> dict[str, int]:
    """How many customers, sale lines and members the database holds."""
    return {
        key: conn.execute(text(f"SELECT COUNT(*) FROM {table}")).scalar_one()
        for key, table in COUNTED_TABLES.items()
    }


def count_records(database: Database) -> dict[str, int]:
    """:func:`record_counts` of an open database, in a connection of its own."""
    with database.read() as conn:
        return record_counts(conn)
