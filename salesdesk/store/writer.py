"""The one thread that writes to an open database (STYLE 6, 17).

SQLite lets one connection write at a time. Rather than several threads each waiting for the
file's write lock (and a window that freezes while its GUI thread waits), every write of the
app is a job on one serial queue: jobs run one after another, in the order they were
submitted, on the same thread, each in its own ``BEGIN IMMEDIATE`` transaction
(:meth:`salesdesk.store.db.Database.write`). A job that is still queued when the database
closes runs before the close returns, so no submitted edit is lost.

Callers that want the answer submit and get a :class:`~concurrent.futures.Future`; the GUI
turns its completion into a signal (:mod:`ui.tasks`). Services running on another worker
thread call :meth:`Writer.run` and wait, so a read that must first bring a cache up to date
still writes through the queue.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import TypeVar

T = TypeVar("T")

THREAD_NAME = "salesdesk-writer"


class Writer:
    """A serial queue of jobs run on one thread of their own."""

    def __init__(self) -> None:
        self._thread_id: int | None = None
        self._executor = ThreadPoolExecutor(
            max_workers=1, thread_name_prefix=THREAD_NAME, initializer=self._remember_thread
        )

    def _remember_thread(self) -> None:
        self._thread_id = threading.get_ident()

    def on_writer_thread(self) -> bool:
        return self._thread_id == threading.get_ident()

    def submit(self, job: Callable[[], T]) -> Future[T]:
        """Queues ``job``; the future holds what it returned or raised."""
        return self._executor.submit(job)

    def run(self, job: Callable[[], T]) -> T:
        """Runs ``job`` on the writer and waits for it (at once when already on the writer)."""
        if self.on_writer_thread():
            return job()
        return self.submit(job).result()

    def close(self) -> None:
        """Runs the jobs still queued, then stops the thread."""
        self._executor.shutdown(wait=True)
