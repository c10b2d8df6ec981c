"""Copying a SalesDesk database into another, whatever their engines, and proving the copy.

Used to push a laptop file into an empty server database and to pull a server database (what
the login sees) into a file. Rows go table by table through SQLAlchemy Core on the tables of
the models, so each engine's own types come back as Python values and go in as the other's
(ISO text and dates, integers and booleans). Tables that triggers fill as rows arrive (a
customer's summary row, the aggregates' bookkeeping) are copied last, over what the triggers
wrote. Team and member reference each other: the leads are set once the members are in.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from salesdesk.errors import SalesDeskError
from salesdesk.i18n import tr

if TYPE_CHECKING:
    from sqlalchemy import Table
    from sqlalchemy.engine import Connection

_BATCH = 5_000
# Writes one table's rows (tuples in the order of its columns) in the target's transaction.
RowWriter = Callable[["Connection", "Table", Iterator[Sequence[Any]]], None]
# Filled by triggers on the tables before them: copied last, replacing what the triggers wrote.
_FILLED_BY_TRIGGERS = (
    "customer_summary",
    "customer_owner_change",
    "agg_deleted",
    "agg_state",
    "deal_state",
)


@dataclass(frozen=True)
class TableFigures:
    """What a copy is checked by: a table's row count and the sum of each integer column."""

    table: str
    rows: int
    sums: tuple[int, ...]


class CopyMismatchError(SalesDeskError):
    def __init__(self, table: str) -> None:
        super().__init__(
            tr("The copy of table {table} does not add up to the original; nothing was kept.",
               table=table)
        )  # fmt: skip
        self.table = table


def tables_in_order() -> tuple[list[Table], list[tuple[Table, str]]]:
    """The model's tables, each after those it references, and the columns whose references
    close a circle (set after every table is in)."""
    from sqlalchemy.sql.ddl import sort_tables_and_constraints

    from salesdesk.store.models import SQLModel

    ordered: list[Table] = []
    circular: list[tuple[Table, str]] = []
    for table, constraints in sort_tables_and_constraints(SQLModel.metadata.tables.values()):
        if table is not None:
            ordered.append(table)
        for constraint in constraints if table is None else ():
            circular += [(constraint.table, column.name) for column in constraint.columns]
    last = [t for t in ordered if t.name in _FILLED_BY_TRIGGERS]
    return [t for t in ordered if t not in last] + last, circular


def copy_database(
    source: Connection, target: Connection, *, write_rows: RowWriter | None = None
) -> list[TableFigures]:
    """Copies every table of ``source`` over the same table of ``target`` (in ``target``'s
    transaction) and checks each against the original; returns the figures checked.
    ``write_rows``: the target engine's bulk path (PostgreSQL's COPY); by default the rows
    go in as batches of INSERTs."""
    from sqlalchemy import bindparam

    ordered, circular = tables_in_order()
    for table in ordered:
        later = {name for t, name in circular if t is table}
        target.execute(table.delete())
        rows = _rows(source, table, later)
        (write_rows or insert_rows)(target, table, rows)
    for table, name in circular:
        key = table.primary_key.columns.values()[0]
        pairs = [
            {"key": k, "value": v}
            for k, v in source.execute(table.select().with_only_columns(key, table.c[name]))
            if v is not None
        ]
        if pairs:
            target.execute(
                table.update().where(key == bindparam("key")).values({name: bindparam("value")}),
                pairs,
            )
    return verify_copy(source, target)


def _rows(source: Connection, table: Table, later: set[str]) -> Iterator[Sequence[Any]]:
    """The table's rows as tuples in the order of its columns, those in ``later`` left
    empty (set once every table is in)."""
    result = source.execution_options(yield_per=_BATCH).execute(table.select())
    if not later:
        yield from result
        return
    empty = [column.name in later for column in table.columns]
    for row in result:
        yield tuple(None if blank else value for blank, value in zip(empty, row, strict=True))


def insert_rows(target: Connection, table: Table, rows: Iterator[Sequence[Any]]) -> None:
    """Writes the rows as batches of INSERTs (any engine)."""
    from itertools import islice

    names = [column.name for column in table.columns]
    while batch := list(islice(rows, _BATCH)):
        target.execute(table.insert(), [dict(zip(names, row, strict=True)) for row in batch])


def figures(conn: Connection, table: Table) -> TableFigures:
    from sqlalchemy import Integer, func, select

    integers = [c for c in table.columns if isinstance(c.type, Integer)]
    row = conn.execute(
        select(func.count(), *(func.coalesce(func.sum(c), 0) for c in integers)).select_from(table)
    ).one()
    return TableFigures(table.name, int(row[0]), tuple(int(v) for v in row[1:]))


def verify_copy(source: Connection, target: Connection) -> list[TableFigures]:
    """The figures of every table, the same on both sides; raises
    :class:`CopyMismatchError` naming the first table that differs."""
    checked = []
    for table in tables_in_order()[0]:
        original = figures(source, table)
        if figures(target, table) != original:
            raise CopyMismatchError(table.name)
        checked.append(original)
    return checked
