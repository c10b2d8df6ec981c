"""The import's connection, with bulk inserts overlapped with parsing (SPEC §11, B3).

SQLite does its B-tree work without holding Python's GIL, so while one chunk's sales lines are
being inserted on a worker thread, the importing thread can parse the next chunk. Every other
use of the connection waits for the insert in flight first, so the connection is never used
by two threads at once and the statements run in the order they were issued.

Rows go in a hundred per ``INSERT ... VALUES (...), (...)`` statement: SQLite's per-statement
work (a statement journal, the setup of the table's triggers) then happens once per hundred
rows, which makes inserting into ``sale`` with its triggers some 2.5x faster than a statement
per row, and the worker needs the GIL a hundred times less often.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from functools import cache
from itertools import chain
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from salesdesk.store.engine import BulkConnection, SqlDialect

ROWS_PER_STATEMENT = 100


@cache
def _insert_sql(table: str, columns: Sequence[str], rows: int) -> str:
    row = f"({', '.join('?' * len(columns))})"
    return f"INSERT INTO {table} ({', '.join(columns)}) VALUES {', '.join([row] * rows)}"


class BackgroundInserts:
    """Wraps the driver's connection; :meth:`insert_later` returns before the work is done."""

    def __init__(self, db: BulkConnection, dialect: SqlDialect) -> None:
        self._db = db
        self.dialect = dialect  # for the few statements each engine spells its own way
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="salesdesk-import")
        self._pending: Future[Any] | None = None

    def execute(self, sql: str, parameters: Iterable[Any] = ()) -> Any:
        self.wait()
        return self._db.execute(sql, tuple(parameters))

    def executemany(self, sql: str, rows: Iterable[Sequence[Any]]) -> Any:
        self.wait()
        return self._db.executemany(sql, rows)

    def insert_later(
        self, table: str, columns: Sequence[str], rows: Sequence[Sequence[Any]]
    ) -> None:
        """Starts inserting ``rows`` on the worker thread; ``rows`` must not change meanwhile."""
        self.wait()
        self._pending = self._executor.submit(self._insert, table, columns, rows)

    def _insert(self, table: str, columns: Sequence[str], rows: Sequence[Sequence[Any]]) -> None:
        whole = len(rows) - len(rows) % ROWS_PER_STATEMENT
        if whole:
            values = list(chain.from_iterable(rows[:whole]))
            step = ROWS_PER_STATEMENT * len(columns)
            self._db.executemany(
                _insert_sql(table, columns, ROWS_PER_STATEMENT),
                [values[start : start + step] for start in range(0, len(values), step)],
            )
        if whole < len(rows):
            rest = rows[whole:]
            self._db.execute(
                _insert_sql(table, columns, len(rest)), list(chain.from_iterable(rest))
            )

    def wait(self) -> None:
        """Waits for the insert in flight, raising what it raised."""
        pending, self._pending = self._pending, None
        if pending is not None:
            pending.result()

    def close(self) -> None:
        """Waits for the worker (also when the import is failing) and stops it."""
        try:
            self.wait()
        finally:
            self._executor.shutdown(wait=True)
