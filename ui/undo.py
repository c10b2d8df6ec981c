"""The one kind of undoable edit (STYLE 17): :class:`EditCommand`, and :class:`Edits`, which
puts a section's edits on the main window's undo stack.

An edit is a core function ``edit(conn) -> Change`` (:mod:`salesdesk.store.changes`).
``redo()`` and ``undo()`` only queue their write on the database's writer, so the GUI thread
never waits for the file; when a write commits, the section hears on the GUI thread which rows
it touched and reads what it shows again. A write that fails changes nothing: its command
leaves the stack (which would otherwise offer to undo or redo something that did not
happen) and the user is told why, once.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import QWidget

from salesdesk.errors import SalesDeskError

from ui.dialogs.messages import Messages
from ui.tasks import Op

if TYPE_CHECKING:
    from salesdesk.store.changes import Change, Edit
    from salesdesk.store.db import Database

ChangedFn = Callable[["Change"], None]
FailedFn = Callable[[BaseException], None]


class EditCommand(QUndoCommand):
    """An undoable edit of the data, made, undone and redone on the database's writer.

    No write happens before the stack calls :meth:`redo` (from ``push``). ``changed`` runs
    after each write commits, with what it changed; ``failed`` when one is refused.
    """

    def __init__(
        self,
        text: str,
        database: Database,
        edit: Edit,
        *,
        stack: QUndoStack,
        changed: ChangedFn,
        failed: FailedFn,
    ) -> None:
        super().__init__(text)
        self._database, self._edit, self._stack = database, edit, stack
        self._changed, self._failed = changed, failed
        self._first: tuple[ChangedFn, FailedFn] | None = None
        self._made = False  # GUI thread: redo() has run once
        # Writer thread: what the edit changed, and whether a write of it failed (the jobs
        # still queued behind a failure then do nothing).
        self._change: Change | None = None
        self._broken = False
        self._left = False

    def when_made(self, made: ChangedFn, refused: FailedFn) -> None:
        """Tells the caller too how the first write ended, e.g. a dialog that closes when its
        edit is in (after ``changed``) and says in place why it was not (instead of
        ``failed``, so the user is told once)."""
        self._first = (made, refused)

    # --- QUndoCommand (GUI thread) --------------------------------------------------------------

    def redo(self) -> None:
        first = not self._made
        self._made = True
        self._queue(self._make if first else self._remake, first=first)

    def undo(self) -> None:
        self._queue(self._take_back, first=False)

    def _queue(self, write: Callable[[], Change], *, first: bool) -> None:
        def report(change: Change) -> None:
            self._committed(change, first)

        def refuse(error: BaseException) -> None:
            self._refused(error, first)

        # No parent and no deleteLater: the task's callbacks hold this command, and through it
        # the stack. As the stack's child, deleting the task could let go of the stack's last
        # reference, and the stack then deleted the task again from inside its destructor. The
        # task is kept while it runs (ui.tasks) and goes once its outcome is delivered.
        op = Op(self.text(), lambda *_: write(), parent=None)
        op.success(report).failure(refuse).run_on_writer(self._database)

    # --- writer thread --------------------------------------------------------------------------

    # salesdesk.store.changes is imported here, not at the top: the main window imports this
    # module, and the store brings SQLAlchemy, which the window must not wait for.

    def _make(self) -> Change:
        from salesdesk.store.changes import apply_edit

        self._change = self._guarded(lambda: apply_edit(self._database, self._edit))
        return self._change

    def _remake(self) -> Change:
        from salesdesk.store.changes import redo_edit

        change = self._change
        return [] if change is None else self._guarded(lambda: redo_edit(self._database, change))

    def _take_back(self) -> Change:
        from salesdesk.store.changes import undo_edit

        change = self._change
        return [] if change is None else self._guarded(lambda: undo_edit(self._database, change))

    def _guarded(self, write: Callable[[], Change]) -> Change:
        if self._broken:
            return []
        try:
            return write()
        except BaseException:
            self._broken = True
            raise

    # --- back on the GUI thread -----------------------------------------------------------------

    def _committed(self, change: Change, first: bool) -> None:
        if first and not change:  # nothing changed: nothing to undo either
            self._leave_stack()
        self._changed(change)
        if first and self._first:
            self._first[0](change)

    def _refused(self, error: BaseException, first: bool) -> None:
        self._leave_stack()
        failed = self._first[1] if first and self._first else self._failed
        failed(error)

    def _leave_stack(self) -> None:
        """Takes this command off the stack without writing: at once when it sits next to the
        current index (Qt drops an obsolete command there without calling it); otherwise the
        stack drops it when the user gets to it."""
        if self._left or not shiboken6.isValid(self):  # the stack was cleared meanwhile
            return
        self._left = True
        self.setObsolete(True)
        stack, index = self._stack, self._stack.index()
        if index > 0 and stack.command(index - 1) is self:
            stack.undo()
        elif index < stack.count() and stack.command(index) is self:
            stack.redo()


class Edits:
    """A section's edits: each goes on the main window's undo stack (Edit > Undo)."""

    def __init__(self, owner: QWidget, *, title: Callable[[], str], changed: ChangedFn) -> None:
        self._owner = owner
        self._title = title
        self._changed = changed
        self._own_stack: QUndoStack | None = None

    def stack(self) -> QUndoStack:
        """The main window's stack; a stack of the section's own when it stands alone."""
        stack = getattr(self._owner.window(), "undo_stack", None)
        if isinstance(stack, QUndoStack):
            return stack
        if self._own_stack is None:
            self._own_stack = QUndoStack(self._owner)
        return self._own_stack

    def push(self, text: str, database: Database, edit: Edit) -> EditCommand:
        """Puts ``edit`` on the stack, which makes it (on the writer)."""
        stack = self.stack()
        command = EditCommand(
            text, database, edit, stack=stack, changed=self._changed, failed=self.report
        )
        stack.push(command)
        return command

    def report(self, error: BaseException) -> None:
        Messages.error(self._owner, self._title(), failure_text(error))


def failure_text(error: BaseException) -> str:
    """Why an edit was not saved, in a sentence for the user."""
    if isinstance(error, SalesDeskError):
        return str(error)
    text = QCoreApplication.translate("Edits", "The change could not be saved: {error}")
    return text.format(error=str(error) or type(error).__name__)
