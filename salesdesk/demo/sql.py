"""Raw SQLite helpers for bulk-loading the demo's temporary file.

The file being built is private to the generator until it is renamed into place, so it may
run without a journal and without syncing; nothing else is ever opened this way.

Indexes and insert triggers of the bulk tables cost far more row by row than once at the
end: indexes are dropped and re-created from their own CREATE statements; an AFTER INSERT
trigger made only of ``INSERT ... VALUES (new.x, ...)`` statements (such as the one that
keeps the customer search index and summary in step) is dropped, its work is done once for
all rows with ``INSERT ... SELECT x, ... FROM table``, and it is re-created as it was. Any
other trigger simply stays and fires, which is slower but always right.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

BULK_TABLES = ("customer", "sale", "interaction")

_AFTER_INSERT = re.compile(
    r"^CREATE TRIGGER (\S+) AFTER INSERT ON (\S+)\s+(?:FOR EACH ROW\s+)?BEGIN(.*)END$",
    re.IGNORECASE | re.DOTALL,
)
_INSERT_VALUES = re.compile(
    r"^INSERT INTO (\S+)\s*\(([^)]*)\)\s*VALUES\s*\((.*)\)$", re.IGNORECASE | re.DOTALL
)
_NEW = re.compile(r"\bnew\.", re.IGNORECASE)


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


@dataclass(frozen=True)
class SuspendedTrigger:
    create_sql: str
    replay: tuple[str, ...]  # does the trigger's work for every row of its table at once


def bulk_replay(create_sql: str) -> tuple[str, ...] | None:
    """The set-based statements doing an AFTER INSERT trigger's work for all rows, or None
    when the trigger is not a plain sequence of ``INSERT ... VALUES (new.x, ...)``."""
    trigger = _AFTER_INSERT.match(create_sql.strip())
    if trigger is None:
        return None
    table, body = trigger[2], trigger[3]
    replay = []
    for statement in filter(None, (part.strip() for part in body.split(";"))):
        insert = _INSERT_VALUES.match(statement)
        if insert is None:
            return None
        values = _NEW.sub("", insert[3])
        replay.append(f"INSERT INTO {insert[1]} ({insert[2]}) SELECT {values} FROM {table}")
    return tuple(replay)


def suspend_insert_triggers(connection: sqlite3.Connection) -> list[SuspendedTrigger]:
    """Drops the bulk tables' insert triggers that can be replayed in one go."""
    marks = ", ".join("?" * len(BULK_TABLES))
    rows = connection.execute(
        f"SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name IN ({marks})"
        " ORDER BY name",
        BULK_TABLES,
    ).fetchall()
    suspended = []
    for name, sql in rows:
        replay = bulk_replay(sql)
        if replay is not None:
            connection.execute(f'DROP TRIGGER "{name}"')
            suspended.append(SuspendedTrigger(sql, replay))
    return suspended


def resume_triggers(connection: sqlite3.Connection, suspended: list[SuspendedTrigger]) -> None:
    """Does the suspended triggers' work for every loaded row, then re-creates them."""
    for trigger in suspended:
        for statement in trigger.replay:
            connection.execute(statement)
        connection.execute(trigger.create_sql)
