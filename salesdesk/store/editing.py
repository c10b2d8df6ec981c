"""Edits made in the app: insert, update and delete rows, each written to the ChangeLog.

SPEC §4 "Editing": every create / edit / delete is logged (entity, id, field, old value, new
value, when, by whom) and undoable. The GUI's QUndoCommands call these functions with the
old values to undo, so an undo is an edit of its own and is logged too. Each function runs
inside the caller's transaction (``Database.write()``), so an edit and its log entries are
committed together or not at all.

Table and column names are checked against the schema before they reach SQL.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import TYPE_CHECKING, Any

from salesdesk.store.lock import current_user

if TYPE_CHECKING:
    from sqlalchemy.engine import Connection

Row = dict[str, Any]
# The field name of log entries for a whole row created or deleted.
WHOLE_ROW = "*"


def insert_row(conn: Connection, table: str, values: Mapping[str, Any]) -> int:
    """Inserts a row, with the model's defaults for the fields not given; logs it; returns
    its id."""
    values = {**_model_defaults(table), **values}
    columns = _checked_columns(conn, table, values)
    placeholders = ", ".join("?" for _ in columns)
    cursor = conn.exec_driver_sql(
        f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({placeholders})",
        tuple(_sql_value(values[c]) for c in columns),
    )
    row_id = int(cursor.lastrowid)
    _log(conn, table, row_id, [(WHOLE_ROW, None, _json(read_row(conn, table, row_id)))])
    return row_id


def update_row(conn: Connection, table: str, row_id: int, changes: Mapping[str, Any]) -> Row:
    """Changes some fields of a row and logs each change; returns their previous values."""
    columns = _checked_columns(conn, table, changes)
    before = read_row(conn, table, row_id)
    changed = [c for c in columns if _sql_value(before[c]) != _sql_value(changes[c])]
    if changed:
        assignments = ", ".join(f"{c} = ?" for c in changed)
        conn.exec_driver_sql(
            f"UPDATE {table} SET {assignments} WHERE id = ?",
            (*(_sql_value(changes[c]) for c in changed), row_id),
        )
        entries = [(c, _text(before[c]), _text(changes[c])) for c in changed]
        _log(conn, table, row_id, entries)
    return {c: before[c] for c in columns}


def delete_row(conn: Connection, table: str, row_id: int) -> Row:
    """Deletes a row and logs it; returns the whole row, so that an undo can restore it."""
    before = read_row(conn, table, row_id)
    _check_table(conn, table)
    conn.exec_driver_sql(f"DELETE FROM {table} WHERE id = ?", (row_id,))
    _log(conn, table, row_id, [(WHOLE_ROW, _json(before), None)])
    return before


def restore_row(conn: Connection, table: str, row: Mapping[str, Any]) -> None:
    """Puts back a row that :func:`delete_row` returned, under its old id, so that edits
    still on the undo stack and rows that referred to it find it again; logs it."""
    columns = _checked_columns(conn, table, {c: v for c, v in row.items() if c != "id"})
    values = [row["id"], *(_sql_value(row[c]) for c in columns)]
    conn.exec_driver_sql(
        f"INSERT INTO {table} (id, {', '.join(columns)}) VALUES (?{', ?' * len(columns)})",
        tuple(values),
    )
    _log(conn, table, row["id"], [(WHOLE_ROW, None, _json(read_row(conn, table, row["id"])))])


# --- many rows of one table at once ---------------------------------------------------------
# A stage deleted with the history of thousands of deals changes that many rows: the same
# edits and log as above, with one read, one statement per kind of change and one log insert.


def update_rows(
    conn: Connection, table: str, changes: Mapping[int, Mapping[str, Any]]
) -> dict[int, Row]:
    """:func:`update_row` for many rows, in their order: ``changes`` maps each row id to its
    new values. Returns the rows as they were."""
    if not changes:
        return {}
    _checked_columns(conn, table, {c: None for values in changes.values() for c in values})
    before = read_rows(conn, table, list(changes))
    runs: list[tuple[tuple[str, ...], list[tuple[Any, ...]]]] = []  # rows changing alike
    entries = []
    for row_id, values in changes.items():
        old = before[row_id]
        changed = tuple(c for c in values if _sql_value(old[c]) != _sql_value(values[c]))
        if not changed:
            continue
        if not runs or runs[-1][0] != changed:
            runs.append((changed, []))
        runs[-1][1].append((*(_sql_value(values[c]) for c in changed), row_id))
        entries += [(row_id, c, _text(old[c]), _text(values[c])) for c in changed]
    for changed, rows in runs:
        assignments = ", ".join(f"{c} = ?" for c in changed)
        conn.exec_driver_sql(f"UPDATE {table} SET {assignments} WHERE id = ?", rows)
    _log_rows(conn, table, entries)
    return before


def delete_rows(conn: Connection, table: str, row_ids: Sequence[int]) -> list[Row]:
    """:func:`delete_row` for many rows; returns them whole, in the order given."""
    before = read_rows(conn, table, row_ids)
    conn.exec_driver_sql(f"DELETE FROM {table} WHERE id = ?", [(i,) for i in row_ids])
    _log_rows(conn, table, [(i, WHOLE_ROW, _json(before[i]), None) for i in row_ids])
    return [before[i] for i in row_ids]


def restore_rows(conn: Connection, table: str, rows: Sequence[Mapping[str, Any]]) -> None:
    """:func:`restore_row` for many rows of one table (as :func:`delete_rows` returned them)."""
    if not rows:
        return
    columns = _checked_columns(conn, table, {c: v for c, v in rows[0].items() if c != "id"})
    conn.exec_driver_sql(
        f"INSERT INTO {table} (id, {', '.join(columns)}) VALUES (?{', ?' * len(columns)})",
        [(row["id"], *(_sql_value(row[c]) for c in columns)) for row in rows],
    )
    _log_rows(conn, table, [(row["id"], WHOLE_ROW, None, _json(row)) for row in rows])


def read_rows(conn: Connection, table: str, row_ids: Sequence[int]) -> dict[int, Row]:
    """Many rows of one table by id (LookupError when one does not exist)."""
    _check_table(conn, table)
    result = conn.exec_driver_sql(
        f"SELECT * FROM {table} WHERE id IN (SELECT value FROM json_each(?))",
        (json.dumps(list(row_ids)),),
    )
    rows = {row["id"]: dict(row) for row in result.mappings()}
    if missing := [i for i in row_ids if i not in rows]:
        raise LookupError(f"{table} {missing[0]} does not exist")
    return rows


def read_row(conn: Connection, table: str, row_id: int) -> Row:
    _check_table(conn, table)
    result = conn.exec_driver_sql(f"SELECT * FROM {table} WHERE id = ?", (row_id,))
    row = result.mappings().one_or_none()
    if row is None:
        raise LookupError(f"{table} {row_id} does not exist")
    return dict(row)


@dataclass(frozen=True)
class Dependents:
    """Rows of other tables that refer to one row, by table and column."""

    counts: dict[tuple[str, str], int]

    @property
    def total(self) -> int:
        return sum(self.counts.values())


def dependents(conn: Connection, table: str, row_id: int) -> Dependents:
    """What refers to a row: asked before a delete, so that the user is told what depends."""
    _check_table(conn, table)
    counts: dict[tuple[str, str], int] = {}
    for other, column in _references_to(conn, table):
        n = conn.exec_driver_sql(
            f"SELECT count(*) FROM {other} WHERE {column} = ?", (row_id,)
        ).scalar_one()
        if n:
            counts[(other, column)] = int(n)
    return Dependents(counts)


def change_history(conn: Connection, table: str, row_id: int) -> list[Row]:
    """The logged changes of one row, newest first."""
    result = conn.exec_driver_sql(
        "SELECT field, old_value, new_value, changed_at, changed_by FROM change_log"
        " WHERE entity = ? AND entity_id = ? ORDER BY id DESC",
        (table, row_id),
    )
    return [dict(row) for row in result.mappings()]


# --- helpers -----------------------------------------------------------------------------------


def _log(conn: Connection, table: str, row_id: int, entries: Iterable[tuple[Any, ...]]) -> None:
    _log_rows(conn, table, [(row_id, *entry) for entry in entries])


def _log_rows(conn: Connection, table: str, entries: Sequence[tuple[Any, ...]]) -> None:
    """Logs (row id, field, old value, new value) entries of ``table``."""
    if not entries:
        return
    when = datetime.now(UTC).replace(tzinfo=None).isoformat(sep=" ")
    who = current_user()
    conn.exec_driver_sql(
        "INSERT INTO change_log (entity, entity_id, field, old_value, new_value, changed_at,"
        " changed_by) VALUES (?, ?, ?, ?, ?, ?, ?)",
        [(table, row_id, field, old, new, when, who) for row_id, field, old, new in entries],
    )


def _model_defaults(table: str) -> Row:
    """The Python-side defaults of a table's columns, as salesdesk.store.models declares them."""
    from salesdesk.store.models import SQLModel

    defaults: Row = {}
    model_table = SQLModel.metadata.tables.get(table)
    for column in model_table.columns if model_table is not None else ():
        default = column.default
        if default is not None and default.is_scalar and column.name != "id":
            defaults[column.name] = default.arg  # type: ignore[attr-defined]
    return defaults


def _table_columns(conn: Connection, table: str) -> set[str]:
    rows = conn.exec_driver_sql("SELECT name FROM pragma_table_info(?)", (table,))
    return {row[0] for row in rows}


def _check_table(conn: Connection, table: str) -> None:
    if not _table_columns(conn, table) or table in {"change_log", "alembic_version"}:
        raise ValueError(f"{table!r} is not an editable table")


def _checked_columns(conn: Connection, table: str, values: Mapping[str, Any]) -> list[str]:
    _check_table(conn, table)
    unknown = set(values) - (_table_columns(conn, table) - {"id"})
    if unknown:
        raise ValueError(f"{table} has no editable column {sorted(unknown)}")
    return list(values)


def _references_to(conn: Connection, table: str) -> list[tuple[str, str]]:
    tables = conn.exec_driver_sql(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
    ).scalars()
    found = []
    for other in list(tables):
        keys = conn.exec_driver_sql(
            'SELECT "table", "from" FROM pragma_foreign_key_list(?)', (other,)
        )
        found += [(other, column) for target, column in keys if target == table]
    return found


def _sql_value(value: Any) -> Any:
    """Dates as the ISO text SQLModel stores; everything else as it is."""
    if isinstance(value, datetime):
        return value.isoformat(sep=" ")
    if isinstance(value, date):
        return value.isoformat()
    return value


def _text(value: Any) -> str | None:
    value = _sql_value(value)
    return None if value is None else str(value)


def _json(row: Mapping[str, Any]) -> str:
    return json.dumps({k: _sql_value(v) for k, v in row.items()}, ensure_ascii=False)
