"""ui.tasks: results, errors, cancel and progress arrive on the GUI thread as signals."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QThread
from pytestqt.qtbot import QtBot

from salesdesk.errors import DatabaseNotFoundError

from ui.tasks import Op, Task, task_registry, wait_for_all_tasks
from ui.widgets.task_status import TaskStatus

TIMEOUT_MS = 5_000


@pytest.fixture(autouse=True)
def _no_task_outlives_its_test(qtbot: QtBot) -> Iterator[None]:
    yield
    assert wait_for_all_tasks(TIMEOUT_MS)
    qtbot.waitUntil(lambda: not task_registry().running(), timeout=TIMEOUT_MS)


def test_success_delivers_the_result_on_the_gui_thread(qtbot: QtBot) -> None:
    worker_threads: list[QThread] = []

    def work(*_: object) -> int:
        worker_threads.append(QThread.currentThread())
        return 6 * 7

    task = Task("answer", work)
    received: list[tuple[object, QThread]] = []
    task.succeeded.connect(lambda value: received.append((value, QThread.currentThread())))
    with qtbot.waitSignal(task.finished):
        task.start()
    gui_thread = QCoreApplication.instance().thread()
    assert worker_threads[0] is not gui_thread
    assert received == [(42, gui_thread)]


def test_failure_delivers_the_exception_object(qtbot: QtBot) -> None:
    error = DatabaseNotFoundError(Path("nowhere.sqlite"))

    def work(*_: object) -> None:
        raise error

    task = Task("fails", work)
    succeeded: list[object] = []
    task.succeeded.connect(succeeded.append)
    with qtbot.waitSignal(task.failed) as blocker:
        task.start()
    assert blocker.args == [error]
    assert succeeded == []


def _wait_for_cancel(started: threading.Event) -> Callable[..., str]:
    def work(_progress: object, cancelled: Callable[[], bool]) -> str:
        started.set()
        while not cancelled():
            threading.Event().wait(0.005)
        return "stopped early"

    return work


def test_cancel_reports_aborted_instead_of_the_result(qtbot: QtBot) -> None:
    started = threading.Event()
    task = Task("long", _wait_for_cancel(started))
    outcomes: list[str] = []
    task.succeeded.connect(lambda _v: outcomes.append("succeeded"))
    task.failed.connect(lambda _e: outcomes.append("failed"))
    task.start()
    assert started.wait(TIMEOUT_MS / 1000)
    with qtbot.waitSignals([task.aborted, task.finished]):
        task.cancel()
    assert outcomes == []
    assert not task.running


def test_progress_reports_arrive_in_order(qtbot: QtBot) -> None:
    def work(progress: Callable[[float, str], None], _cancelled: object) -> None:
        progress(0.5, "half way")
        progress(1.0, "done")

    task = Task("steps", work)
    reports: list[tuple[float, str]] = []
    task.progressed.connect(lambda fraction, message: reports.append((fraction, message)))
    with qtbot.waitSignal(task.finished):
        task.start()
    assert reports == [(0.5, "half way"), (1.0, "done")]


def test_the_registry_lists_a_task_while_it_runs(qtbot: QtBot) -> None:
    release = threading.Event()
    task = Task("listed", lambda *_: release.wait(TIMEOUT_MS / 1000))
    task.start()
    assert task_registry().running() == [task]
    with qtbot.waitSignal(task.finished):
        release.set()
    assert task_registry().running() == []


def test_an_op_calls_back_with_result_or_error(qtbot: QtBot) -> None:
    results: list[object] = []
    errors: list[BaseException] = []
    Op("ok", lambda *_: "fine", parent=None).success(results.append).run_in_background()

    def broken(*_: object) -> None:
        raise ValueError("broken")

    Op("broken", broken, parent=None).success(results.append).failure(
        errors.append
    ).run_in_background()
    qtbot.waitUntil(lambda: bool(results) and bool(errors), timeout=TIMEOUT_MS)
    assert results == ["fine"]
    assert str(errors[0]) == "broken"


def test_writes_run_on_the_writer_one_after_another(qtbot: QtBot, empty_db_path: Path) -> None:
    """A slow write started first still ends first; both on the writer's one thread."""
    from salesdesk.store.db import open_database

    started, release = threading.Event(), threading.Event()
    order: list[tuple[str, str]] = []

    def slow(*_: object) -> None:
        started.set()
        release.wait(TIMEOUT_MS / 1000)
        order.append(("slow", threading.current_thread().name))

    def quick(*_: object) -> None:
        order.append(("quick", threading.current_thread().name))

    with open_database(empty_db_path) as database:
        first = Op("slow", slow, parent=None).run_on_writer(database)
        second = Op("quick", quick, parent=None).run_on_writer(database)
        assert started.wait(TIMEOUT_MS / 1000)
        assert order == []  # the quick one waits its turn
        with qtbot.waitSignals([first.finished, second.finished], timeout=TIMEOUT_MS):
            release.set()
    assert order == [("slow", "salesdesk-writer_0"), ("quick", "salesdesk-writer_0")]


def test_the_status_bar_shows_running_tasks_and_hides_when_idle(qtbot: QtBot) -> None:
    status = TaskStatus()
    qtbot.addWidget(status)
    assert status.isHidden()
    release = threading.Event()

    def work(progress: Callable[[float, str], None], _cancelled: object) -> None:
        progress(0.4, "customers")
        release.wait(TIMEOUT_MS / 1000)

    first, second = Task("Importing", work), Task("Counting", lambda *_: release.wait(5))
    first.start()
    second.start()
    qtbot.waitUntil(lambda: status.text() == "Importing — customers (+1 more)", timeout=TIMEOUT_MS)
    assert not status.isHidden()
    assert status._bar.value() == 40
    with qtbot.waitSignals([first.finished, second.finished]):
        release.set()
    assert status.isHidden()


class _Witness:
    """Records on which thread its last reference went."""

    def __init__(self, released_on: list[bool]) -> None:
        self._released_on = released_on

    def __del__(self) -> None:
        self._released_on.append(threading.current_thread() is threading.main_thread())


def _work_holding(witness: _Witness, gate: threading.Event, *, fail: bool) -> Callable[..., object]:
    def work(*_: object) -> object:
        gate.wait(TIMEOUT_MS / 1000)
        if fail:
            raise ValueError("the work failed")
        return witness is not None

    return work


@pytest.mark.parametrize("outcome", ["result", "error"])
def test_what_a_task_captured_is_released_on_the_gui_thread(qtbot: QtBot, outcome: str) -> None:
    """A task whose owner is deleted while it runs: what its function captured (a widget, in
    the app) must still go on the GUI thread, never on the worker, whose last reference would
    delete a Qt object off its thread. Before the courier, the worker's reference to the task
    was the last one here, and the witness went on the worker."""
    released_on: list[bool] = []
    gate = threading.Event()
    work = _work_holding(_Witness(released_on), gate, fail=outcome == "error")
    owner = QObject()
    Task("witness", work, owner).start()
    del work
    shiboken6.delete(owner)  # the section closed while its task ran
    gate.set()
    assert wait_for_all_tasks(TIMEOUT_MS)
    assert released_on == []  # the worker is done and did not let it go
    qtbot.waitUntil(lambda: released_on != [], timeout=TIMEOUT_MS)
    assert released_on == [True]
