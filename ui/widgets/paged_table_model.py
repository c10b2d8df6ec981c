"""A table model over a query too big to read at once: pages arrive from background tasks as
the view scrolls, the total is counted beside them, and a new query drops the answers of the
old one (STYLE 3). Filters and order are the query's, run in the database.

Subclasses say how to read a page (rows and their display strings, formatted on the worker,
so ``data()`` only indexes lists) and how to count, and add their columns and roles.
"""

from __future__ import annotations

from typing import Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, Signal

from ui.tasks import Op, Task
from ui.widgets.item_models import NO_INDEX, AnyIndex

SourceT = TypeVar("SourceT")
RowT = TypeVar("RowT")
Texts = tuple[str, ...]


class PagedTableModel(QAbstractTableModel, Generic[SourceT, RowT]):
    page_loaded = Signal()
    count_known = Signal(int)
    failed = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._source: SourceT | None = None
        self._rows: list[RowT] = []
        self._texts: list[Texts] = []
        self._exhausted = True
        self._page_task: Task | None = None
        self._count_task: Task | None = None
        self._generation = 0  # results of an older query are dropped
        self.total: int | None = None

    # --- what subclasses say ---------------------------------------------------------------

    def page_size(self) -> int:
        raise NotImplementedError

    def read_page(self, source: SourceT, offset: int) -> tuple[list[RowT], list[Texts]]:
        """Rows from ``offset`` on and their display strings; runs on a worker."""
        raise NotImplementedError

    def count_rows(self, source: SourceT) -> int:
        """All the rows of the query; runs on a worker."""
        raise NotImplementedError

    def task_titles(self) -> tuple[str, str]:
        """What the status bar calls reading a page and counting."""
        raise NotImplementedError

    # --- loading ---------------------------------------------------------------------------

    @property
    def source(self) -> SourceT | None:
        return self._source

    def set_source(self, source: SourceT | None) -> None:
        """Shows a new query from its first row (None: nothing)."""
        self._generation += 1
        for task in (self._page_task, self._count_task):
            if task is not None:
                task.cancel()
        self._page_task = self._count_task = None
        self.beginResetModel()
        self._source, self._rows, self._texts = source, [], []
        self._exhausted = source is None
        self.total = None
        self.endResetModel()
        if source is not None:
            self._fetch_page()
            self._count(source)

    def canFetchMore(self, parent: AnyIndex = NO_INDEX) -> bool:
        return not parent.isValid() and not self._exhausted and self._page_task is None

    def fetchMore(self, parent: AnyIndex = NO_INDEX) -> None:
        if self.canFetchMore(parent):
            self._fetch_page()

    def is_loading(self) -> bool:
        return self._page_task is not None

    def _fetch_page(self) -> None:
        source, generation, offset = self._source, self._generation, len(self._rows)
        assert source is not None
        self._page_task = (
            Op(self.task_titles()[0], lambda *_: self.read_page(source, offset), parent=self)
            .success(lambda page: self._add_page(page, generation))
            .failure(lambda error: self._fail(error, generation))
            .run_in_background()
        )

    def _count(self, source: SourceT) -> None:
        generation = self._generation
        self._count_task = (
            Op(self.task_titles()[1], lambda *_: self.count_rows(source), parent=self)
            .success(lambda total: self._set_total(total, generation))
            .failure(lambda error: self._fail(error, generation))
            .run_in_background()
        )

    def _add_page(self, page: tuple[list[RowT], list[Texts]], generation: int) -> None:
        if generation != self._generation:
            return
        rows, texts = page
        self._page_task = None
        self._exhausted = len(rows) < self.page_size()
        if rows:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
            self._rows += rows
            self._texts += texts
            self.endInsertRows()
        self.page_loaded.emit()

    def _set_total(self, total: int, generation: int) -> None:
        if generation == self._generation:
            self._count_task = None
            self.total = total
            self.count_known.emit(total)

    def _fail(self, error: BaseException, generation: int) -> None:
        if generation == self._generation:
            self._page_task = self._count_task = None
            self._exhausted = True
            self.failed.emit(str(error))

    # --- the model -------------------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = NO_INDEX) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def text(self, row: int, column: int) -> str:
        return self._texts[row][column]
