"""Reference cycles are collected on the GUI thread, never on a worker (ui/collector.py)."""

from __future__ import annotations

import gc
import threading
import weakref
from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot

from ui.collector import GuiThreadCollector, collect_on_gui_thread


class _Cycle:
    def __init__(self) -> None:
        self.me = self


@pytest.fixture
def low_thresholds() -> Iterator[None]:
    saved = gc.get_threshold()
    gc.set_threshold(10, 10, 10)
    yield
    gc.set_threshold(*saved)


def test_the_application_collects_on_its_own_thread(qapp: QApplication) -> None:
    assert isinstance(collect_on_gui_thread(qapp), GuiThreadCollector)
    assert collect_on_gui_thread(qapp) is collect_on_gui_thread(qapp)  # once
    assert not gc.isenabled()  # Python's own collector would run in any thread


def test_a_worker_that_allocates_frees_no_widget(qtbot: QtBot, low_thresholds: None) -> None:
    """A dialog kept only by a cycle survives a worker's allocations and goes on the GUI
    thread's next check."""
    dialog = QDialog()
    dialog.cycle = dialog  # type: ignore[attr-defined]
    gone = weakref.ref(dialog)
    del dialog
    worker = threading.Thread(target=lambda: [_Cycle() for _ in range(10_000)])
    worker.start()
    worker.join()
    assert gone() is not None  # nothing was collected on the worker
    qtbot.waitUntil(lambda: gone() is None, timeout=5_000)  # the timer's check did it
