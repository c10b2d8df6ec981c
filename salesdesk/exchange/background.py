"""The import's connection, with bulk inserts overlapped with parsing (SPEC §11, B3).

SQLite does its B-tree work without holding Python's GIL, so while one chunk's sales lines are
being inserted on a worker thread, the importing thread can parse the next chunk. Every other
use of the connection waits for the insert in flight first, so the connection is never used
by two threads at once and the statements run in the order they were issued.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any


class BackgroundInserts:
    """Wraps a sqlite3 connection; :meth:`executemany_later` returns before the work is done."""

    def __init__(self, db: sqlite3.Connection) -> None:
        self._db = db
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="salesdesk-import")
        self._pending: Future[Any] | None = None

    def execute(self, sql: str, parameters: Iterable[Any] = ()) -> sqlite3.Cursor:
        self.wait()
        return self._db.execute(sql, tuple(parameters))

    def executemany(self, sql: str, rows: Iterable[Sequence[Any]]) -> sqlite3.Cursor:
        self.wait()
        return self._db.executemany(sql, rows)

    def executemany_later(self, sql: str, rows: Iterable[Sequence[Any]]) -> None:
        """Starts inserting ``rows`` on the worker thread; ``rows`` must not change meanwhile."""
        self.wait()
        self._pending = self._executor.submit(self._db.executemany, sql, rows)

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
