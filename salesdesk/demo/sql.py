"""Raw SQLite helpers for bulk-loading the demo's temporary file.

The file being built is private to the generator until it is renamed into place, so it may
run without a journal and without syncing; nothing else is ever opened this way.

Indexes and insert triggers of the bulk tables can cost far more row by row than once at
the end. An index whose keys arrive almost in order (sales are written by date, customers by
creation; a few dozen members or territories) is cheap to keep up to date and stays; the
others are dropped and re-created from their own CREATE statements after the load. An
AFTER INSERT trigger made only of ``INSERT ... VALUES (new.x, ...)`` statements (such as the
one keeping the customer search index and summary in step) is dropped, its work is done
once for all rows with ``INSERT ... SELECT x, ... FROM table``, and it is re-created as it
was. Any other trigger simply stays and fires, which is slower but always right.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

BULK_TABLES = ("customer", "sale", "interaction", "deal", "deal_stage_change", "follow_up")
KEPT_DURING_LOAD = frozenset({
    "ix_sale_date", "ix_sale_member_date", "ix_sale_line_ref", "ix_customer_owner",
    "ix_customer_territory_id",
})  # fmt: skip

_AFTER_INSERT = re.compile(
    r"^CREATE TRIGGER (\S+) AFTER INSERT ON (\S+)\s+(?:FOR EACH ROW\s+)?"
    r"(?:WHEN (.*?)\s+)?BEGIN(.*)END$",
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
    from salesdesk.store.sqlite.files import connect

    connection = connect(path, isolation_level=None)
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
    """Drops the bulk tables' indexes that are cheaper to build after the load; returns
    their CREATE statements."""
    marks = ", ".join("?" * len(BULK_TABLES))
    rows = connection.execute(
        f"SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL"
        f" AND tbl_name IN ({marks}) ORDER BY name",
        BULK_TABLES,
    ).fetchall()
    deferred = [(name, sql) for name, sql in rows if name not in KEPT_DURING_LOAD]
    for name, _sql in deferred:
        connection.execute(f'DROP INDEX "{name}"')
    return [sql for _name, sql in deferred]


@dataclass(frozen=True)
class SuspendedTrigger:
    name: str
    create_sql: str
    replay: tuple[str, ...]  # does the trigger's work for every row of its table at once
    must_not_have_fired: str | None  # counts the rows it would have fired for, if unreplayable


def bulk_replay(create_sql: str) -> SuspendedTrigger | None:
    """How to do an AFTER INSERT trigger's work for all rows at once, or None if it cannot be.

    A body of ``INSERT ... VALUES (new.x, ...)`` becomes ``INSERT ... SELECT t.x, ... FROM t
    [WHERE condition]``. Any other body is accepted only with a WHEN condition, which must
    then hold for none of the loaded rows (checked after the load; see resume_triggers).
    """
    trigger = _AFTER_INSERT.match(create_sql.strip())
    if trigger is None:
        return None
    name, table, condition, body = trigger[1], trigger[2], trigger[3], trigger[4]
    row = f"{table}."  # qualified, so that a subquery's own columns are never taken instead
    where = f" WHERE {_NEW.sub(row, condition)}" if condition else ""
    inserts = [_INSERT_VALUES.match(s.strip()) for s in body.split(";") if s.strip()]
    if all(inserts):
        replay = tuple(
            f"INSERT INTO {i[1]} ({i[2]}) SELECT {_NEW.sub(row, i[3])} FROM {table}{where}"
            for i in inserts
            if i is not None
        )
        return SuspendedTrigger(name, create_sql, replay, None)
    if condition:
        return SuspendedTrigger(name, create_sql, (), f"SELECT count(*) FROM {table}{where}")
    return None


def suspend_insert_triggers(connection: sqlite3.Connection) -> list[SuspendedTrigger]:
    """Drops the bulk tables' insert triggers that can be replayed in one go."""
    marks = ", ".join("?" * len(BULK_TABLES))
    rows = connection.execute(
        f"SELECT sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name IN ({marks})"
        " ORDER BY name",
        BULK_TABLES,
    ).fetchall()
    suspended = [trigger for (sql,) in rows if (trigger := bulk_replay(sql)) is not None]
    for trigger in suspended:
        connection.execute(f'DROP TRIGGER "{trigger.name}"')
    return suspended


def resume_triggers(connection: sqlite3.Connection, suspended: list[SuspendedTrigger]) -> None:
    """Does the suspended triggers' work for every loaded row, then re-creates them."""
    for trigger in suspended:
        if trigger.must_not_have_fired is not None:
            (fired,) = connection.execute(trigger.must_not_have_fired).fetchone()
            if fired:
                raise RuntimeError(f"trigger {trigger.name} would have fired {fired} times")
        for statement in trigger.replay:
            connection.execute(statement)
        connection.execute(trigger.create_sql)
