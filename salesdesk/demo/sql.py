"""Raw SQLite helpers for bulk-loading the demo's temporary file.

The file being built is private to the generator until it is renamed into place, so it may
run without a journal and without syncing; nothing else is ever opened this way.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Sequence
from pathlib import Path

# Indexes rebuilt after the bulk load: sorting once is faster than updating them row by row.
BULK_TABLES = ("customer", "sale", "interaction")


def sql_text(text: str) -> str:
    """An SQL string literal for a constant of ours (quotes doubled)."""
    return "'" + text.replace("'", "''") + "'"


def open_for_bulk_load(path: Path) -> sqlite3.Connection:
    """A connection to a file under construction: no journal, no syncing, a large cache."""
    connection = sqlite3.connect(path, isolation_level=None)
    connection.execute("PRAGMA journal_mode = OFF")
    connection.execute("PRAGMA synchronous = OFF")
    connection.execute("PRAGMA cache_size = -262144")  # 256 MiB
    connection.execute("PRAGMA temp_store = MEMORY")
    connection.execute("PRAGMA threads = 2")  # lets CREATE INDEX sort on a helper thread
    return connection


def insert(
    connection: sqlite3.Connection,
    table: str,
    columns: Sequence[str],
    rows: Iterable[Sequence[object]],
) -> None:
    placeholders = ", ".join("?" * len(columns))
    connection.executemany(
        f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({placeholders})", rows
    )


def drop_bulk_indexes(connection: sqlite3.Connection) -> list[str]:
    """Drops the explicit indexes of the bulk tables and returns their CREATE statements."""
    marks = ", ".join("?" * len(BULK_TABLES))
    rows = connection.execute(
        f"SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL"
        f" AND tbl_name IN ({marks}) ORDER BY name",
        BULK_TABLES,
    ).fetchall()
    for name, _sql in rows:
        connection.execute(f'DROP INDEX "{name}"')
    return [sql for _name, sql in rows]
