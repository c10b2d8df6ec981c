"""Organisation edits on the main window's undo stack (SPEC §4 Editing).

An edit is made first (so that a refused or failed one never reaches the stack) and pushed as
an :class:`EditCommand` holding the steps it wrote; undo and redo replay those steps in their
own transaction, each logged in the ChangeLog like the first.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtGui import QUndoCommand

from salesdesk.team.edits import Step, redo_steps, undo_steps

if TYPE_CHECKING:
    from salesdesk.store.db import Database


class EditCommand(QUndoCommand):
    """An edit already written to the database, kept as the steps that repeat or undo it."""

    def __init__(
        self,
        text: str,
        database: Database,
        steps: list[Step],
        *,
        after: Callable[[], None],
        on_error: Callable[[BaseException], None],
    ) -> None:
        super().__init__(text)
        self.database = database
        self.steps = steps
        self._after = after
        self._on_error = on_error
        self._made = True  # the first redo() (from push) finds the edit done already

    def redo(self) -> None:
        if self._made:
            self._made = False
            return
        self._replay(redo_steps)

    def undo(self) -> None:
        self._replay(undo_steps)

    def _replay(self, replay: Callable[..., None]) -> None:
        try:
            with self.database.write() as conn:
                replay(conn, self.steps)
        except Exception as error:  # the database said no: tell, and keep the stack usable
            self.setObsolete(True)
            self._on_error(error)
        self._after()
