"""Background work off the GUI thread (STYLE 6).

A :class:`Task` runs ``fn(progress, cancelled)`` on a worker thread of the global
:class:`QThreadPool`. The worker never touches widgets: it reports through a small bridge
object whose signals are queued to the GUI thread, where the task re-emits its public
signals. So every slot connected to a task runs on the GUI thread, lambdas included.

Outcome rules: exactly one of ``succeeded``, ``failed`` or ``aborted`` is emitted, then
``finished``. Once :meth:`Task.cancel` was called the outcome is ``aborted`` whatever ``fn``
returned or raised — a cancelled result is never shown to the user as a success.

A task runs on the global thread pool (reads, and services that read), or on an open
database's writer (:mod:`salesdesk.store.writer`) when it writes: writes then run one after
another in the order they were started, never on the GUI thread. :class:`Op` is the short way
to start either::

    Op(self.tr("Loading the goals"), lambda *_: goals.overview(database, today), parent=self)
        .success(self._show).failure(self._say).run_in_background()

Every running task is listed by :func:`task_registry`, which the status bar watches.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Generic, TypeVar

import shiboken6
from PySide6.QtCore import QObject, Qt, QThreadPool, Signal, SignalInstance, Slot

from salesdesk.errors import SalesDeskError

if TYPE_CHECKING:
    from salesdesk.store.db import Database

T = TypeVar("T")
ProgressFn = Callable[[float, str], None]
CancelledFn = Callable[[], bool]
TaskFn = Callable[[ProgressFn, CancelledFn], Any]

# Progress reports closer together than this are dropped (except the first and the last), so a
# worker calling progress() for every row cannot flood the GUI thread's event queue.
PROGRESS_INTERVAL_S = 0.05

log = logging.getLogger(__name__)


class _WorkerBridge(QObject):
    """Carries the worker's reports to the GUI thread; lives (and is owned) there."""

    progress = Signal(float, str)
    result = Signal(object)
    error = Signal(object)


class Task(QObject):
    """One piece of background work with progress and cancel."""

    progressed = Signal(float, str)  # fraction 0..1, message
    succeeded = Signal(object)  # fn's return value
    failed = Signal(object)  # the exception fn raised
    aborted = Signal()  # cancel() was called; emitted instead of succeeded/failed
    finished = Signal()  # always last

    def __init__(self, title: str, fn: TaskFn, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.title = title
        self.fraction = 0.0
        self.message = ""
        self._fn = fn
        self._cancel_requested = threading.Event()
        self._running = False
        self._last_report = 0.0
        self._bridge = _WorkerBridge()
        queued = Qt.ConnectionType.QueuedConnection
        self._bridge.progress.connect(self._on_progress, queued)
        self._bridge.result.connect(self._on_result, queued)
        self._bridge.error.connect(self._on_error, queued)

    @property
    def running(self) -> bool:
        return self._running

    def start(self, *, writer_of: Database | None = None) -> None:
        """Starts the work on the thread pool, or queued on the writer of ``writer_of``."""
        if self._running:
            raise RuntimeError(f"task {self.title!r} is already running")
        self._running = True
        _load_the_core_once()
        task_registry().add(self)
        if writer_of is None:
            QThreadPool.globalInstance().start(self._work)
            return
        try:
            writer_of.writer.submit(self._work)
        except RuntimeError as error:  # the database closed meanwhile: nothing was written
            self._bridge.error.emit(error)

    def cancel(self) -> None:
        """Asks ``fn`` to stop; it sees ``cancelled()`` return True at its next check."""
        self._cancel_requested.set()

    def is_cancelled(self) -> bool:
        return self._cancel_requested.is_set()

    # --- worker thread ----------------------------------------------------------------------

    def _work(self) -> None:
        if self.is_cancelled():  # cancelled while it waited for a thread: not worth starting
            self._send(self._bridge.result, None)
            return
        try:
            value = self._fn(self._report_progress, self._cancel_requested.is_set)
        except Exception as error:  # handed to the GUI thread, which decides what to show
            self._send(self._bridge.error, error)
        else:
            self._send(self._bridge.result, value)

    @staticmethod
    def _send(signal: SignalInstance, value: object) -> None:
        try:
            signal.emit(value)
        except RuntimeError:  # the application is shutting down: nobody is left to tell
            log.info("a background result arrived after the application closed")

    def _report_progress(self, fraction: float, message: str = "") -> None:
        now = time.monotonic()
        if fraction < 1.0 and now - self._last_report < PROGRESS_INTERVAL_S:
            return
        self._last_report = now
        self._bridge.progress.emit(min(max(fraction, 0.0), 1.0), message)

    # --- GUI thread ------------------------------------------------------------------------

    @Slot(float, str)
    def _on_progress(self, fraction: float, message: str) -> None:
        if not self._running:
            return  # a report queued behind the result
        self.fraction, self.message = fraction, message
        self.progressed.emit(fraction, message)
        task_registry().changed.emit()

    @Slot(object)
    def _on_result(self, value: object) -> None:
        if self._finish():
            self.succeeded.emit(value)
        self.finished.emit()

    @Slot(object)
    def _on_error(self, error: BaseException) -> None:
        if self._finish():
            if not isinstance(error, SalesDeskError):
                log.error("task %r failed", self.title, exc_info=error)
            self.failed.emit(error)
        self.finished.emit()

    def _finish(self) -> bool:
        """Marks the task done; True when its outcome should be reported (not cancelled)."""
        self._running = False
        task_registry().remove(self)
        if self.is_cancelled():
            self.aborted.emit()
            return False
        return True


_core_loaded = False


def _load_the_core_once() -> None:
    """Imports the core's database stack (SQLAlchemy, SQLModel, pydantic) on the GUI thread
    before the first worker runs. The window shows without it (start-up time), so the first
    tasks would otherwise import it on two threads at once, and Python breaks that import
    deadlock by handing one thread a half-initialised module ("cannot import name ... from
    partially initialized module")."""
    global _core_loaded
    if not _core_loaded:
        import salesdesk.store.db  # noqa: F401

        _core_loaded = True


class TaskRegistry(QObject):
    """The running tasks, in start order; ``changed`` fires on start, progress and end."""

    changed = Signal()

    def __init__(self) -> None:
        super().__init__()
        self._tasks: list[Task] = []

    def add(self, task: Task) -> None:
        self._tasks.append(task)
        # A task deleted with its parent while running would otherwise stay listed forever;
        # the slot captures only the id, so the connection does not keep the task alive.
        key = id(task)
        task.destroyed.connect(lambda: self._remove_by_id(key))
        self.changed.emit()

    def remove(self, task: Task) -> None:
        self._remove_by_id(id(task))

    def _remove_by_id(self, key: int) -> None:
        remaining = [task for task in self._tasks if id(task) != key]
        if len(remaining) != len(self._tasks):
            self._tasks = remaining
            if shiboken6.isValid(self):  # at exit the registry may go before its tasks
                self.changed.emit()

    def running(self) -> list[Task]:
        return list(self._tasks)


_registry: TaskRegistry | None = None


def task_registry() -> TaskRegistry:
    global _registry
    if _registry is None:
        _registry = TaskRegistry()
    return _registry


class Op(Generic[T]):
    """Work started from the GUI thread, with what to do with its outcome there.

    ``fn(progress, cancelled)`` runs on a worker; :meth:`success` and :meth:`failure` name
    the GUI-thread callbacks (one of them runs, neither when the task was cancelled);
    :meth:`run_in_background` starts it on the thread pool, :meth:`run_on_writer` queues it on
    the database's writer.
    """

    def __init__(
        self, title: str, fn: Callable[[ProgressFn, CancelledFn], T], *, parent: QObject | None
    ) -> None:
        self._task = Task(title, fn, parent)

    def success(self, callback: Callable[[T], object]) -> Op[T]:
        self._task.succeeded.connect(callback)
        return self

    def failure(self, callback: Callable[[BaseException], object]) -> Op[T]:
        self._task.failed.connect(callback)
        return self

    def progress(self, callback: Callable[[float, str], object]) -> Op[T]:
        self._task.progressed.connect(callback)
        return self

    def run_in_background(self) -> Task:
        self._task.start()
        return self._task

    def run_on_writer(self, database: Database) -> Task:
        self._task.start(writer_of=database)
        return self._task


def wait_for_all_tasks(timeout_ms: int = 30_000) -> bool:
    """Blocks until the workers are idle (at exit, so no worker outlives the application)."""
    return QThreadPool.globalInstance().waitForDone(timeout_ms)
