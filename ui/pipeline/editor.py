"""Deal and follow-up edits off the GUI thread, one at a time, on the window's undo stack.

An edit is a core function of :mod:`salesdesk.pipeline.edits` returning the steps it wrote.
It runs in a background task inside one write transaction; once it committed, a
:class:`StepsCommand` holding its steps goes onto the undo stack (so a refused edit never
does). Undo and redo replay the steps in a task of their own, logged like the first write.
Writes wait in a queue and run in order, so an undo never overtakes the edit it undoes.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from ui.tasks import run_in_background

if TYPE_CHECKING:
    from sqlalchemy.engine import Connection

    from salesdesk.store.db import Database
    from salesdesk.team.edits import Step

# An edit: writes and returns its steps (or a created row's id with its steps).
Operation = Callable[["Connection"], "list[Step] | tuple[int, list[Step]]"]


class StepsCommand(QUndoCommand):
    """An edit already written, kept as the steps that undo or repeat it."""

    def __init__(self, text: str, editor: PipelineEditor, steps: list[Step]) -> None:
        super().__init__(text)
        self._editor = editor
        self.steps = steps
        self._written = True  # push() calls redo(): the first write is done already

    def redo(self) -> None:
        if self._written:
            self._written = False
            return
        self._editor.replay(self, undo=False)

    def undo(self) -> None:
        self._editor.replay(self, undo=True)


class PipelineEditor(QObject):
    """Writes edits in order in the background and pushes them onto the undo stack."""

    written = Signal(object)  # after an edit, undo or redo committed: the edit's result
    failed = Signal(str)  # the sentence to show; nothing was written

    def __init__(self, stack: Callable[[], QUndoStack], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._stack = stack
        self._database: Database | None = None
        self._queue: deque[Callable[[], None]] = deque()
        self._busy = False

    def set_database(self, database: Database | None) -> None:
        self._database = database
        self._queue.clear()

    @property
    def idle(self) -> bool:
        return not self._busy and not self._queue

    def run(self, text: str, operation: Operation) -> None:
        """Writes ``operation``; on success puts it on the undo stack as ``text``."""

        def pushed(result: Any) -> None:
            steps = result[1] if isinstance(result, tuple) else result
            if steps:
                self._stack().push(StepsCommand(text, self, steps))
            self.written.emit(result)

        self._enqueue(operation, pushed)

    def replay(self, command: StepsCommand, *, undo: bool) -> None:
        from salesdesk.team.edits import redo_steps, undo_steps

        replay = undo_steps if undo else redo_steps
        steps = command.steps

        def failed_replay(error: BaseException) -> None:
            command.setObsolete(True)  # the stack must not keep an edit it cannot repeat
            self.failed.emit(str(error))

        self._enqueue(lambda conn: replay(conn, steps), self.written.emit, failed_replay)

    def _enqueue(
        self,
        write: Callable[[Connection], Any],
        done: Callable[[Any], None],
        failed: Callable[[BaseException], None] | None = None,
    ) -> None:
        database = self._database
        if database is None or database.read_only:
            return

        def start() -> None:
            self._busy = True
            run_in_background(
                self.tr("Saving"),
                lambda _progress, _cancelled: _write(database, write),
                on_success=lambda result: self._finish(done, result),
                on_failure=lambda error: self._finish(failed or self._fail, error),
                parent=self,
            )

        self._queue.append(start)
        if not self._busy:
            self._next()

    def _finish(self, then: Callable[[Any], None], value: Any) -> None:
        self._busy = False
        then(value)
        self._next()

    def _fail(self, error: BaseException) -> None:
        self.failed.emit(str(error))

    def _next(self) -> None:
        if self._queue and not self._busy:
            self._queue.popleft()()


def _write(database: Database, write: Callable[[Connection], Any]) -> Any:
    with database.write() as conn:
        return write(conn)
