"""What an edit changed, row by row, and how to take it back (STYLE 17).

Every edit made in the app is a core function ``edit(conn) -> Change`` that writes through
:mod:`salesdesk.store.editing` (so each row it touches is in the ChangeLog) with a
:class:`StepRecorder`, and returns the :class:`Step` of every row it created, changed or deleted.
:func:`undo` and :func:`redo` replay those steps backwards and forwards, each an edit of its
own, logged like the first, and return what they changed in turn. Rows come back under their
old ids, so later steps that refer to them still hold.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date
from itertools import groupby
from typing import TYPE_CHECKING, Any

from salesdesk.store import editing

if TYPE_CHECKING:
    from sqlalchemy.engine import Connection

    from salesdesk.store.db import Database

Row = dict[str, Any]


@dataclass(frozen=True)
class Step:
    """One row changed: ``before`` is None when the step created it, ``after`` when it
    deleted it; otherwise both hold the changed fields only."""

    table: str
    row_id: int
    before: Row | None
    after: Row | None


# What an edit, an undo or a redo changed, oldest step first.
Change = list[Step]
# A core edit: makes a change inside the caller's write transaction and returns it.
Edit = Callable[["Connection"], Change]


@dataclass
class StepRecorder:
    """Makes edits through :mod:`salesdesk.store.editing` and remembers them as steps."""

    conn: Connection
    steps: Change = field(default_factory=list)

    def insert(self, table: str, values: Mapping[str, Any]) -> int:
        row_id = editing.insert_row(self.conn, table, values)
        self.steps.append(Step(table, row_id, None, editing.read_row(self.conn, table, row_id)))
        return row_id

    def update(self, table: str, row_id: int, changes: Mapping[str, Any]) -> None:
        before = editing.update_row(self.conn, table, row_id, changes)
        changed = {c: changes[c] for c in before if _differs(before[c], changes[c])}
        if changed:
            self.steps.append(Step(table, row_id, {c: before[c] for c in changed}, changed))

    def delete(self, table: str, row_id: int) -> None:
        self.steps.append(Step(table, row_id, editing.delete_row(self.conn, table, row_id), None))

    def update_many(self, table: str, changes: Mapping[int, Mapping[str, Any]]) -> None:
        """:meth:`update` for many rows of one table in a few statements."""
        before = editing.update_rows(self.conn, table, changes)
        for row_id, values in changes.items():
            changed = {c: v for c, v in values.items() if _differs(before[row_id][c], v)}
            if changed:
                old = {c: before[row_id][c] for c in changed}
                self.steps.append(Step(table, row_id, old, changed))

    def delete_many(self, table: str, row_ids: list[int]) -> None:
        """:meth:`delete` for many rows of one table in a few statements."""
        rows = editing.delete_rows(self.conn, table, row_ids)
        self.steps += [Step(table, row["id"], row, None) for row in rows]


def save_row(conn: Connection, table: str, row_id: int | None, values: Mapping[str, Any]) -> Change:
    """An edit that inserts a row (``row_id`` None) or changes the fields of one."""
    recorder = StepRecorder(conn)
    if row_id is None:
        recorder.insert(table, values)
    else:
        recorder.update(table, row_id, values)
    return recorder.steps


def delete_row(conn: Connection, table: str, row_id: int) -> Change:
    """An edit that deletes a row (undo puts it back under its id)."""
    recorder = StepRecorder(conn)
    recorder.delete(table, row_id)
    return recorder.steps


def _differs(old: Any, new: Any) -> bool:
    """Compares as stored: a date and its ISO text are the same value."""
    return _stored(old) != _stored(new)


def _stored(value: Any) -> Any:
    return value.isoformat() if isinstance(value, date) else value


def undo(conn: Connection, change: Change) -> Change:
    """Puts every row back as it was before ``change``, newest step first; returns the steps
    the undo made (``change`` backwards)."""
    done = [Step(s.table, s.row_id, s.after, s.before) for s in reversed(change)]
    _replay(conn, done)
    return done


def redo(conn: Connection, change: Change) -> Change:
    """Makes ``change`` again after an undo, oldest step first, under the same ids."""
    _replay(conn, change)
    return list(change)


def _replay(conn: Connection, steps: Change) -> None:
    """Makes each step's ``after`` true, in order; a run of steps of one kind on one table
    (the thousands of stays a deleted stage moves) goes in a few statements."""
    for (table, kind), run in groupby(steps, key=_kind):
        steps_of_run = list(run)
        if kind == "delete":
            editing.delete_rows(conn, table, [s.row_id for s in steps_of_run])
        elif kind == "restore":
            editing.restore_rows(conn, table, [s.after for s in steps_of_run if s.after])
        else:
            merged: dict[int, Row] = {}  # later changes of a row win, as one by one
            for step in steps_of_run:
                merged.setdefault(step.row_id, {}).update(step.after or {})
            editing.update_rows(conn, table, merged)


def _kind(step: Step) -> tuple[str, str]:
    if step.after is None:
        return step.table, "delete"
    return step.table, "restore" if step.before is None else "update"


def created(change: Change, table: str) -> int | None:
    """The id of the first row of ``table`` that ``change`` created, if any."""
    return next((s.row_id for s in change if s.table == table and s.before is None), None)


def touched(change: Change, table: str) -> set[int]:
    """The ids of the rows of ``table`` that ``change`` created, changed or deleted."""
    return {s.row_id for s in change if s.table == table}


# --- on an open database: each in its own transaction, on the database's writer ------------------


def apply_edit(database: Database, edit: Edit) -> Change:
    """Makes ``edit`` in one write transaction; returns what it changed."""
    return database.transact(edit)


def undo_edit(database: Database, change: Change) -> Change:
    """Takes ``change`` back in one write transaction; returns what the undo changed."""
    return database.transact(lambda conn: undo(conn, change))


def redo_edit(database: Database, change: Change) -> Change:
    """Makes ``change`` again in one write transaction."""
    return database.transact(lambda conn: redo(conn, change))
