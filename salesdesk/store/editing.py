"""Edits made in the app: insert, update and delete rows, each written to the ChangeLog.

SPEC §4 "Editing": every create / edit / delete is logged (entity, id, field, old value, new
value, when, by whom) and undoable. The GUI's QUndoCommands call these functions with the
old values to undo, so an undo is an edit of its own and is logged too. Each function runs
inside the caller's transaction (``Database.write()``), so an edit and its log entries are
committed together or not at all.

Table and column names are checked against the schema (``salesdesk.store.models``) before
they reach SQL, and the SQL is the same on every engine (named parameters, ``RETURNING``).
"""

from __future__ import annotations

import getpass
import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import bindparam, text

from salesdesk.errors import SalesDeskError
from salesdesk.i18n import tr
from salesdesk.store import keeping
from salesdesk.store.rights import check_may_write

if TYPE_CHECKING:
    from sqlalchemy import Table
    from sqlalchemy.engine import Connection

Row = dict[str, Any]
# The field name of log entries for a whole row created or deleted.
WHOLE_ROW = "*"
# The column that counts the changes of a row people edit (SPEC §13).
VERSION = "version"


class EditConflictError(SalesDeskError):
    """A save made from an older version of a row: someone changed it meanwhile. Carries
    their row as it is now and the values this save wanted, for the user to choose."""

    def __init__(self, table: str, row_id: int, *, theirs: Row, mine: Row) -> None:
        super().__init__(
            tr("Someone else changed this record after you opened it; your change was not "
               "saved. Compare theirs and yours, then save again.")
        )  # fmt: skip
        self.table = table
        self.row_id = row_id
        self.theirs = theirs
        self.mine = mine


def insert_row(conn: Connection, table: str, values: Mapping[str, Any]) -> int:
    """Inserts a row, with the model's defaults for the fields not given; logs it; returns
    its id."""
    values = {**_model_defaults(table), **values}
    columns = _checked_columns(table, values)
    check_may_write(conn, table)
    keeping.before(conn, table, "insert", [values])
    row_id = int(
        conn.execute(
            text(
                f"INSERT INTO {table} ({', '.join(columns)})"
                f" VALUES ({', '.join(f':{c}' for c in columns)}) RETURNING id"
            ),
            {c: _sql_value(values[c]) for c in columns},
        ).scalar_one()
    )
    _log(conn, table, row_id, [(WHOLE_ROW, None, _json(read_row(conn, table, row_id)))])
    return row_id


def update_row(conn: Connection, table: str, row_id: int, changes: Mapping[str, Any]) -> Row:
    """Changes some fields of a row and logs each change; returns their previous values.

    A row people edit carries a version, raised by every change. Given in ``changes`` as
    ``version``, the version the change was made from must still be the row's: a save over
    someone else's newer change raises :class:`EditConflictError` and writes nothing."""
    made_from = changes.get(VERSION)
    changes = {c: v for c, v in changes.items() if c != VERSION}
    columns = _checked_columns(table, changes)
    before = read_row(conn, table, row_id)
    if made_from is not None and before.get(VERSION) != made_from:
        raise EditConflictError(table, row_id, theirs=before, mine={**changes, VERSION: made_from})
    changed = [c for c in columns if _sql_value(before[c]) != _sql_value(changes[c])]
    if changed:
        check_may_write(conn, table)
        keeping.before(conn, table, "update", [before, {**before, **changes}])
        assignments = ", ".join(f"{c} = :{c}" for c in changed)
        guard = ""
        if VERSION in before:  # and not changed since it was read, by anyone
            assignments += f", {VERSION} = {VERSION} + 1"
            guard = f" AND {VERSION} = :seen_version"
        done = conn.execute(
            text(f"UPDATE {table} SET {assignments} WHERE id = :id{guard}"),
            {**{c: _sql_value(changes[c]) for c in changed}, "id": row_id,
             "seen_version": before.get(VERSION)},
        )  # fmt: skip
        if done.rowcount == 0:
            theirs = read_row(conn, table, row_id)
            raise EditConflictError(table, row_id, theirs=theirs, mine=dict(changes))
        entries = [(c, _text(before[c]), _text(changes[c])) for c in changed]
        _log(conn, table, row_id, entries)
    return {c: before[c] for c in columns}


def check_version(
    conn: Connection, table: str, row_id: int, made_from: int, mine: Mapping[str, Any]
) -> None:
    """Raises :class:`EditConflictError` when the row is no longer at the version ``mine``
    was made from: for an edit of several steps, checked before the first of them."""
    theirs = read_row(conn, table, row_id)
    if theirs.get(VERSION) != made_from:
        raise EditConflictError(table, row_id, theirs=theirs, mine={**mine, VERSION: made_from})


def delete_row(conn: Connection, table: str, row_id: int) -> Row:
    """Deletes a row and logs it; returns the whole row, so that an undo can restore it."""
    before = read_row(conn, table, row_id)
    check_may_write(conn, table)
    keeping.before(conn, table, "delete", [before])
    conn.execute(text(f"DELETE FROM {_checked_table(table).name} WHERE id = :id"), {"id": row_id})
    _log(conn, table, row_id, [(WHOLE_ROW, _json(before), None)])
    return before


def restore_row(conn: Connection, table: str, row: Mapping[str, Any]) -> None:
    """Puts back a row that :func:`delete_row` returned, under its old id, so that edits
    still on the undo stack and rows that referred to it find it again; logs it."""
    columns = ["id", *_checked_columns(table, {c: v for c, v in row.items() if c != "id"})]
    check_may_write(conn, table)
    keeping.before(conn, table, "restore", [row])
    conn.execute(
        text(
            f"INSERT INTO {table} ({', '.join(columns)})"
            f" VALUES ({', '.join(f':{c}' for c in columns)})"
        ),
        {c: _sql_value(row[c]) for c in columns},
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
    _checked_columns(table, {c: None for values in changes.values() for c in values})
    before = read_rows(conn, table, list(changes))
    runs: list[tuple[tuple[str, ...], list[dict[str, Any]]]] = []  # rows changing alike
    entries = []
    for row_id, values in changes.items():
        old = before[row_id]
        changed = tuple(c for c in values if _sql_value(old[c]) != _sql_value(values[c]))
        if not changed:
            continue
        if not runs or runs[-1][0] != changed:
            runs.append((changed, []))
        runs[-1][1].append({**{c: _sql_value(values[c]) for c in changed}, "id": row_id})
        entries += [(row_id, c, _text(old[c]), _text(values[c])) for c in changed]
    check_may_write(conn, table)
    keeping.before(
        conn,
        table,
        "update",
        [row for i, values in changes.items() for row in (before[i], {**before[i], **values})],
    )
    bump = f", {VERSION} = {VERSION} + 1" if VERSION in _checked_table(table).c else ""
    for changed, rows in runs:
        assignments = ", ".join(f"{c} = :{c}" for c in changed) + bump
        conn.execute(text(f"UPDATE {table} SET {assignments} WHERE id = :id"), rows)
    _log_rows(conn, table, entries)
    return before


def delete_rows(conn: Connection, table: str, row_ids: Sequence[int]) -> list[Row]:
    """:func:`delete_row` for many rows; returns them whole, in the order given."""
    before = read_rows(conn, table, row_ids)
    check_may_write(conn, table)
    keeping.before(conn, table, "delete", list(before.values()))
    conn.execute(
        text(f"DELETE FROM {_checked_table(table).name} WHERE id = :id"),
        [{"id": i} for i in row_ids],
    )
    _log_rows(conn, table, [(i, WHOLE_ROW, _json(before[i]), None) for i in row_ids])
    return [before[i] for i in row_ids]


def restore_rows(conn: Connection, table: str, rows: Sequence[Mapping[str, Any]]) -> None:
    """:func:`restore_row` for many rows of one table (as :func:`delete_rows` returned them)."""
    if not rows:
        return
    columns = ["id", *_checked_columns(table, {c: v for c, v in rows[0].items() if c != "id"})]
    check_may_write(conn, table)
    keeping.before(conn, table, "restore", list(rows))
    conn.execute(
        text(
            f"INSERT INTO {table} ({', '.join(columns)})"
            f" VALUES ({', '.join(f':{c}' for c in columns)})"
        ),
        [{c: _sql_value(row[c]) for c in columns} for row in rows],
    )
    _log_rows(conn, table, [(row["id"], WHOLE_ROW, None, _json(row)) for row in rows])


def read_rows(conn: Connection, table: str, row_ids: Sequence[int]) -> dict[int, Row]:
    """Many rows of one table by id (LookupError when one does not exist)."""
    checked = _checked_table(table)
    result = conn.execute(
        text(f"SELECT * FROM {checked.name} WHERE id IN :ids").bindparams(
            bindparam("ids", expanding=True)
        ),
        {"ids": list(row_ids)},
    )
    rows = {row["id"]: dict(row) for row in result.mappings()}
    if missing := [i for i in row_ids if i not in rows]:
        raise LookupError(f"{table} {missing[0]} does not exist")
    return rows


def read_row(conn: Connection, table: str, row_id: int) -> Row:
    checked = _checked_table(table)
    result = conn.execute(text(f"SELECT * FROM {checked.name} WHERE id = :id"), {"id": row_id})
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
    counts: dict[tuple[str, str], int] = {}
    for other, column in _references_to(table):
        n = conn.execute(
            text(f"SELECT count(*) FROM {other} WHERE {column} = :id"), {"id": row_id}
        ).scalar_one()
        if n:
            counts[(other, column)] = int(n)
    return Dependents(counts)


def change_history(conn: Connection, table: str, row_id: int) -> list[Row]:
    """The logged changes of one row, newest first."""
    result = conn.execute(
        text(
            "SELECT field, old_value, new_value, changed_at, changed_by FROM change_log"
            " WHERE entity = :entity AND entity_id = :id ORDER BY id DESC"
        ),
        {"entity": table, "id": row_id},
    )
    return [dict(row) for row in result.mappings()]


def current_user() -> str:
    """Who edits: the OS user name (SPEC §2 ChangeLog)."""
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no login name in some containers
        return "unknown"


# --- helpers -----------------------------------------------------------------------------------


def _log(conn: Connection, table: str, row_id: int, entries: Iterable[tuple[Any, ...]]) -> None:
    _log_rows(conn, table, [(row_id, *entry) for entry in entries])


def _log_rows(conn: Connection, table: str, entries: Sequence[tuple[Any, ...]]) -> None:
    """Logs (row id, field, old value, new value) entries of ``table``."""
    if not entries:
        return
    when = datetime.now(UTC).replace(tzinfo=None).isoformat(sep=" ")
    who = current_user()
    conn.execute(
        text(
            "INSERT INTO change_log (entity, entity_id, field, old_value, new_value, changed_at,"
            " changed_by) VALUES (:entity, :id, :field, :old, :new, :when, :who)"
        ),
        [
            {"entity": table, "id": row_id, "field": field, "old": old, "new": new}
            | {"when": when, "who": who}
            for row_id, field, old, new in entries
        ],
    )


def _model_defaults(table: str) -> Row:
    """The Python-side defaults of a table's columns, as salesdesk.store.models declares them."""
    defaults: Row = {}
    for column in _checked_table(table).columns:
        default = column.default
        if default is not None and default.is_scalar and column.name != "id":
            defaults[column.name] = default.arg  # type: ignore[attr-defined]
    return defaults


# Tables the app keeps itself: the log of edits and the schema's version.
_NOT_EDITABLE = {"change_log", "alembic_version"}


def _checked_table(table: str) -> Table:
    from salesdesk.store.models import SQLModel

    found = SQLModel.metadata.tables.get(table)
    if found is None or table in _NOT_EDITABLE:
        raise ValueError(f"{table!r} is not an editable table")
    return found


def _checked_columns(table: str, values: Mapping[str, Any]) -> list[str]:
    unknown = set(values) - ({c.name for c in _checked_table(table).columns} - {"id"})
    if unknown:
        raise ValueError(f"{table} has no editable column {sorted(unknown)}")
    return list(values)


def _references_to(table: str) -> list[tuple[str, str]]:
    """The (table, column) pairs whose foreign keys refer to ``table``."""
    from salesdesk.store.models import SQLModel

    target = _checked_table(table)
    return sorted(
        (other.name, key.parent.name)
        for other in SQLModel.metadata.tables.values()
        for key in other.foreign_keys
        if key.column.table is target
    )


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
