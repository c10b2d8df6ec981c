"""Statements the same on every engine: parameters that take lists, trees in order."""

from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING

from sqlalchemy import bindparam, text

from salesdesk.store.engine import dialect

if TYPE_CHECKING:
    from sqlalchemy.engine import Connection
    from sqlalchemy.sql.elements import TextClause


def with_lists(sql: str, *lists: str) -> TextClause:
    """``sql`` whose parameters ``lists`` each take a list of values, written ``IN :name``:
    SQLAlchemy spells them out for the engine (an empty list matches nothing)."""
    return text(sql).bindparams(*(bindparam(name, expanding=True) for name in lists))


def tree_in_order(conn: Connection, table: str) -> list[tuple[int, str, int]]:
    """The rows of a tree table (``id``, ``name``, ``parent_id``) as (id, name, depth), each
    parent before its children, siblings by id: the order of an indented list."""
    sql = dialect(conn)
    step = sql.zero_padded("t.id", 8)
    rows = conn.execute(
        text(
            f"WITH RECURSIVE tree(id, name, depth, path) AS ("
            f" SELECT id, name, 0, {sql.zero_padded('id', 8)} FROM {table} WHERE parent_id IS NULL"
            f" UNION ALL SELECT t.id, t.name, tree.depth + 1, tree.path || '/' || {step}"
            f" FROM {table} t JOIN tree ON t.parent_id = tree.id WHERE tree.depth < 50)"
            " SELECT id, name, depth FROM tree ORDER BY path"
        )
    )
    return [(id_, name, depth) for id_, name, depth in rows]


def as_date(value: object) -> date | None:
    """A DATE value as the engine returns it from a text query (ISO text on SQLite, a date
    on PostgreSQL) as a date; None stays None."""
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    return date.fromisoformat(str(value)[:10])
