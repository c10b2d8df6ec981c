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

import itertools
import logging
import threading
import time
import traceback
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


class _Courier(QObject):
    """Carries every worker's reports to the GUI thread, so that a worker never holds the last
    reference to anything the GUI thread uses: a QObject whose last reference went on a worker
    would be deleted there while the GUI thread may be using it (a rare crash inside the event
    loop, far from its cause). There is one, made on the GUI thread and never deleted; an
    outcome crosses as a deposit the GUI thread takes out, and the worker lets go of
    everything before it rings."""

    progress = Signal(int, float, str)  # task key, fraction, message (plain values)
    ready = Signal(int)  # task key: its outcome is deposited

    def __init__(self) -> None:
        super().__init__()
        self.running: dict[int, Task] = {}  # until their outcome is taken, on the GUI thread
        self._deposits: dict[int, tuple[str, object]] = {}
        self._lock = threading.Lock()
        queued = Qt.ConnectionType.QueuedConnection
        self.progress.connect(self._deliver_progress, queued)
        self.ready.connect(self._deliver_outcome, queued)

    def deposit(self, key: int, kind: str, payload: object) -> None:
        """Worker or GUI thread: leaves a task's outcome ("result" or "error") to be taken."""
        if isinstance(payload, BaseException):  # its frames' locals go with the outcome
            traceback.clear_frames(payload.__traceback__)
        with self._lock:
            self._deposits[key] = (kind, payload)

    def ring(self, signal: SignalInstance, *args: object) -> None:
        try:
            signal.emit(*args)
        except RuntimeError:  # the application is shutting down: nobody is left to tell
            log.info("a background result arrived after the application closed")

    @Slot(int, float, str)
    def _deliver_progress(self, key: int, fraction: float, message: str) -> None:
        task = self.running.get(key)
        if task is not None and shiboken6.isValid(task):
            task._on_progress(fraction, message)

    @Slot(int)
    def _deliver_outcome(self, key: int) -> None:
        with self._lock:
            kind, payload = self._deposits.pop(key)
        task = self.running.pop(key, None)
        if task is None or not shiboken6.isValid(task):  # deleted with its parent meanwhile
            return
        if kind == "result":
            task._on_result(payload)
        else:
            task._on_error(payload)  # type: ignore[arg-type]


_courier: _Courier | None = None


def _the_courier() -> _Courier:
    global _courier
    if _courier is None:
        _courier = _Courier()
    return _courier


class _Job:
    """What a worker runs for a task: plain Python, holding no Qt object. The task keeps its
    own reference to ``fn`` (and so to whatever the function captured, widgets included) until
    its outcome is taken on the GUI thread; the job lets go of ``fn`` and of the outcome
    before it rings, so none of it is ever released on the worker."""

    def __init__(self, key: int, fn: TaskFn, cancelled: threading.Event) -> None:
        self._key = key
        self._fn: TaskFn | None = fn
        self._cancelled = cancelled
        self._last_report = 0.0

    def __call__(self) -> None:
        self._deposit_outcome()  # returns holding nothing of it
        courier = _the_courier()
        courier.ring(courier.ready, self._key)

    def _deposit_outcome(self) -> None:
        _the_courier().deposit(self._key, *self._outcome())

    def _outcome(self) -> tuple[str, object]:
        fn, self._fn = self._fn, None
        if fn is None or self._cancelled.is_set():  # cancelled while it waited: not worth it
            return "result", None
        try:
            return "result", fn(self._report_progress, self._cancelled.is_set)
        except Exception as error:  # handed to the GUI thread, which decides what to show
            return "error", error

    def _report_progress(self, fraction: float, message: str = "") -> None:
        now = time.monotonic()
        if fraction < 1.0 and now - self._last_report < PROGRESS_INTERVAL_S:
            return
        self._last_report = now
        courier = _the_courier()
        courier.ring(courier.progress, self._key, min(max(fraction, 0.0), 1.0), message)


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
        courier, key = _the_courier(), next(_keys)
        courier.running[key] = self
        job = _Job(key, self._fn, self._cancel_requested)
        if writer_of is None:
            QThreadPool.globalInstance().start(job)
            return
        try:
            writer_of.writer.submit(job)
        except RuntimeError as error:  # the database closed meanwhile: nothing was written
            courier.deposit(key, "error", error)
            courier.ring(courier.ready, key)

    def cancel(self) -> None:
        """Asks ``fn`` to stop; it sees ``cancelled()`` return True at its next check."""
        self._cancel_requested.set()

    def is_cancelled(self) -> bool:
        return self._cancel_requested.is_set()

    # --- GUI thread, called by the courier ---------------------------------------------------

    def _on_progress(self, fraction: float, message: str) -> None:
        if not self._running:
            return  # a report queued behind the result
        self.fraction, self.message = fraction, message
        self.progressed.emit(fraction, message)
        task_registry().changed.emit()

    def _on_result(self, value: object) -> None:
        if self._finish():
            self.succeeded.emit(value)
        self.finished.emit()

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


_keys = itertools.count(1)
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
