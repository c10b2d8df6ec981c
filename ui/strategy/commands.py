"""Undoable edits of the Strategy views (SPEC §4 Editing).

An edit is written first (so that a failure can be shown while the form is still open) and
only then pushed onto the window's QUndoStack as a :class:`RecordCommand`, whose first redo()
finds the work done. Undo and redo write through :mod:`salesdesk.store.editing`, so each of them is
logged in the ChangeLog too. Rows come back from a delete under their old id, so commands
further up the stack still find them.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any

from PySide6.QtGui import QUndoCommand, QUndoStack

from salesdesk.store import editing

if TYPE_CHECKING:
    from sqlalchemy.engine import Connection

    from salesdesk.store.db import Database

Write = Callable[["Connection"], None]


class RecordCommand(QUndoCommand):
    """An edit already made, kept as the two writes that repeat and undo it."""

    def __init__(
        self,
        text: str,
        database: Database,
        redo: Write,
        undo: Write,
        *,
        after: Callable[[], None],
        on_error: Callable[[BaseException], None],
    ) -> None:
        super().__init__(text)
        self._database = database
        self._redo, self._undo = redo, undo
        self._after, self._on_error = after, on_error
        self._done = True  # push() calls redo(): the edit is in the database already

    def redo(self) -> None:
        if self._done:
            self._done = False
            return
        self._write(self._redo)

    def undo(self) -> None:
        self._write(self._undo)

    def _write(self, write: Write) -> None:
        try:
            with self._database.write() as conn:
                write(conn)
        except Exception as error:  # shown to the user; the stack must not keep a lie
            self.setObsolete(True)
            self._on_error(error)
        self._after()


class Editor:
    """Makes edits for one view: writes them, pushes their commands, refreshes the view."""

    def __init__(
        self,
        stack: QUndoStack,
        database: Database,
        *,
        after: Callable[[], None],
        on_error: Callable[[BaseException], None],
    ) -> None:
        self.stack = stack
        self.database = database
        self._after = after
        self._on_error = on_error

    def run(self, text: str, first: Callable[[Connection], Any], redo: Write, undo: Write) -> Any:
        """Writes ``first`` now (its errors reach the caller) and pushes the command."""
        with self.database.write() as conn:
            result = first(conn)
        command = RecordCommand(
            text, self.database, redo, undo, after=self._after, on_error=self._on_error
        )
        self.stack.push(command)
        self._after()
        return result

    def insert(self, text: str, table: str, values: Mapping[str, Any]) -> int:
        saved: dict[str, Any] = {}

        def first(conn: Connection) -> int:
            row_id = editing.insert_row(conn, table, values)
            saved.update(editing.read_row(conn, table, row_id))
            return row_id

        return int(
            self.run(
                text,
                first,
                lambda conn: editing.restore_row(conn, table, saved),
                lambda conn: editing.delete_row(conn, table, saved["id"]),
            )
        )

    def update(self, text: str, table: str, row_id: int, changes: Mapping[str, Any]) -> None:
        before: dict[str, Any] = {}

        def first(conn: Connection) -> None:
            before.update(editing.update_row(conn, table, row_id, changes))

        self.run(
            text,
            first,
            lambda conn: editing.update_row(conn, table, row_id, changes),
            lambda conn: editing.update_row(conn, table, row_id, before),
        )

    def delete(self, text: str, table: str, row_id: int) -> None:
        removed: dict[str, Any] = {}

        def first(conn: Connection) -> None:
            removed.update(editing.delete_row(conn, table, row_id))

        self.run(
            text,
            first,
            lambda conn: editing.delete_row(conn, table, row_id),
            lambda conn: editing.restore_row(conn, table, removed),
        )
