"""What the four Strategy views share: loading in the background, the editor, small widgets."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Generic, TypeVar

from PySide6.QtCore import QAbstractItemModel, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QWidget,
)

from ui.tasks import Op, Task
from ui.theme import point_sort_arrows_up
from ui.widgets.labels import mute, scale_font

if TYPE_CHECKING:
    from salesdesk.store.changes import Edit
    from salesdesk.store.db import Database

    from ui.section import AppContext
    from ui.undo import EditCommand, Edits


Request = TypeVar("Request")
Data = TypeVar("Data")

# Fitting columns to their contents reads this many rows, not all of a long catalogue: every
# cell read is formatted (money through Babel), which thousands of rows would feel.
RESIZE_SAMPLE_ROWS = 100
WIDEST_COLUMN = 200  # px; a column of long names is cut short here


class StrategyView(QWidget, Generic[Request, Data]):
    """A tab of the Strategy section. Subclasses define :meth:`load` (a worker-thread read that
    returns the ``Data`` :meth:`show_data` shows, for the ``Request`` :meth:`request` reads off
    the widgets); ``loaded`` follows every :meth:`show_data`."""

    loaded = Signal()
    status_message = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context: AppContext | None = None
        self.edits: Edits | None = None
        self._task: Task | None = None

    @property
    def database(self) -> Database | None:
        return self.context.database if self.context else None

    @property
    def editable(self) -> bool:
        return self.context is not None and not self.context.read_only and self.edits is not None

    def set_context(self, context: AppContext, edits: Edits | None) -> None:
        self.context, self.edits = context, edits
        self.reload()

    def reload(self) -> None:
        """Reads the view's data again, in the background; ``loaded`` says when it shows."""
        if self._task is not None:
            self._task.cancel()
        context = self.context
        if context is None or context.database is None:
            self.clear()
            return
        database, request = context.database, self.request()
        self._task = (
            Op(self.load_title(), lambda *_: self.load(database, context, request), parent=self)
            .success(self._on_loaded)
            .failure(self._on_failure)
            .run_in_background()
        )

    def _on_loaded(self, data: Data) -> None:
        self._task = None
        self.show_data(data)
        self.update_actions()
        self.loaded.emit()

    def _on_failure(self, error: BaseException) -> None:
        self._task = None
        self.status_message.emit(
            self.tr("Strategy data could not be loaded: {error}").format(error=error)
        )

    def edit(self, text: str, edit: Edit) -> EditCommand | None:
        """Puts an edit on the window's undo stack; the views that show what it changed read
        again when it is in."""
        database = self.database
        if self.edits is None or database is None:
            return None
        return self.edits.push(text, database, edit)

    # --- for subclasses -------------------------------------------------------------------

    def load_title(self) -> str:
        raise NotImplementedError

    def request(self) -> Request:
        """What :meth:`load` needs from the widgets, read on the GUI thread (workers never
        touch widgets)."""
        raise NotImplementedError

    def load(self, database: Database, context: AppContext, request: Request) -> Data:
        """Runs on a worker thread: the view's data, from :mod:`salesdesk.strategy.service`."""
        raise NotImplementedError

    def show_data(self, data: Data) -> None:
        raise NotImplementedError

    def clear(self) -> None:
        raise NotImplementedError

    def update_actions(self) -> None:
        """Enables the edit buttons that apply (a writable file, a selected row)."""


def table_view(
    name: str, model: QAbstractItemModel, *, stretch_column: int | None = None
) -> QTableView:
    """A sortable table of whole rows, one selected at a time; ``stretch_column`` takes the
    spare width (the last column without one)."""
    view = QTableView()
    view.setModel(model)
    view.setAccessibleName(name)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setAlternatingRowColors(True)
    # no sort indicator: the order the rows were loaded in until the user sorts
    view.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
    view.setSortingEnabled(True)
    view.setWordWrap(False)
    view.verticalHeader().hide()
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 8)
    header = view.horizontalHeader()
    point_sort_arrows_up(header)
    header.setHighlightSections(False)
    header.setResizeContentsPrecision(RESIZE_SAMPLE_ROWS)
    header.setStretchLastSection(stretch_column is None)
    if stretch_column is not None:
        header.setSectionResizeMode(stretch_column, QHeaderView.ResizeMode.Stretch)
    return view


def size_columns(view: QTableView, widest: int = WIDEST_COLUMN) -> None:
    """Each column to its content, but none wider than ``widest`` (its cells say their whole
    text as a tooltip), so that the stretching column keeps room for what matters most."""
    view.resizeColumnsToContents()
    header = view.horizontalHeader()
    for column in range(header.count()):
        stretching = header.sectionResizeMode(column) == QHeaderView.ResizeMode.Stretch
        if not stretching and header.sectionSize(column) > widest:
            header.resizeSection(column, widest)


def button(text: str, slot: Callable[[], None]) -> QPushButton:
    widget = QPushButton(text)
    widget.clicked.connect(slot)
    return widget


def button_row(*widgets: QWidget, stretch: bool = True) -> QHBoxLayout:
    row = QHBoxLayout()
    row.setContentsMargins(0, 0, 0, 0)
    for widget in widgets:
        row.addWidget(widget)
    if stretch:
        row.addStretch(1)
    return row


def heading(text: str) -> QLabel:
    label = QLabel(text)
    scale_font(label, 1.15)
    return label


def note(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    mute(label)
    return label


def dependents_sentence(counts: dict[str, int]) -> str:
    """ "sales lines: 4, competitor prices: 1" for a question before a delete."""
    return ", ".join(f"{name}: {n}" for name, n in counts.items())
