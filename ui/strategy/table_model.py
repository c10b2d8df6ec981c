"""A flat table of records (frozen dataclasses from :mod:`salesdesk.strategy`) for Qt views.

:class:`RecordTableModel` adapts a list of records to Qt through a list of :class:`Column`:
each says how to show a record (text, alignment, muted, tooltip) and how to sort it. The
Strategy lists are small (competitors, a few thousand products at most), so they are loaded
whole and sorted in Python; a cell's text is formatted the first time it is shown and kept,
so a catalogue of thousands of products fills at once (formatting money is the slow part).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QObject,
    Qt,
)
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

from ui.widgets.definitions import metric_tip
from ui.widgets.item_models import NO_INDEX, AnyIndex

Record = TypeVar("Record")

RECORD_ROLE = Qt.ItemDataRole.UserRole + 1  # the record behind a row

_DISPLAY = Qt.ItemDataRole.DisplayRole
_ALIGNMENT = Qt.ItemDataRole.TextAlignmentRole
_FOREGROUND = Qt.ItemDataRole.ForegroundRole
_TOOLTIP = Qt.ItemDataRole.ToolTipRole
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_LEFT = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)


@dataclass(frozen=True)
class Column(Generic[Record]):
    title: str
    text: Callable[[Record], str]
    sort_key: Callable[[Record], Any] | None = None  # default: the text, ignoring case
    numeric: bool = False  # right-aligned
    tooltip: Callable[[Record], str | None] | None = None
    muted: Callable[[Record], bool] | None = None  # greyed, e.g. inactive or stale
    term: str | None = None  # the metric of the glossary it shows: its header's tooltip


class RecordTableModel(QAbstractTableModel, Generic[Record]):
    """Rows of records; the columns come from :meth:`columns`, which subclasses define."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._records: list[Record] = []
        self._texts: list[list[str | None]] = []  # None: not formatted yet
        self._columns: list[Column[Record]] = self.columns()
        self._sorted_by: tuple[int, Qt.SortOrder] | None = None

    def columns(self) -> list[Column[Record]]:
        raise NotImplementedError

    # --- content --------------------------------------------------------------------------

    def set_records(self, records: Sequence[Record]) -> None:
        """Replaces every row (a reload), keeping the order the user sorted by."""
        self.beginResetModel()
        self._columns = self.columns()  # texts may follow a new currency or language
        self._records = list(records)
        if self._sorted_by is not None:
            self._records.sort(key=self._key(self._sorted_by[0]), reverse=self._descending())
        self._texts = [[None] * len(self._columns) for _ in self._records]
        self.endResetModel()

    def records(self) -> list[Record]:
        return list(self._records)

    def record(self, row: int) -> Record:
        return self._records[row]

    def text(self, row: int, column: int) -> str:
        cached = self._texts[row][column]
        if cached is None:
            cached = self._texts[row][column] = self._columns[column].text(self._records[row])
        return cached

    def row_of(self, predicate: Callable[[Record], bool]) -> int:
        """The first row whose record matches, or -1."""
        return next((i for i, r in enumerate(self._records) if predicate(r)), -1)

    # --- Qt -------------------------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = NO_INDEX) -> int:
        return 0 if parent.isValid() else len(self._records)

    def columnCount(self, parent: AnyIndex = NO_INDEX) -> int:
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: AnyIndex, role: int = _DISPLAY) -> Any:
        if not index.isValid():
            return None
        row, column = index.row(), self._columns[index.column()]
        if role == _DISPLAY:
            return self.text(row, index.column())
        if role == RECORD_ROLE:
            return self._records[row]
        if role == _TOOLTIP and column.tooltip is None:  # the whole text of a narrow cell
            return self.text(row, index.column())
        return self._decoration(column, self._records[row], role)

    @staticmethod
    def _decoration(column: Column[Record], record: Record, role: int) -> Any:
        if role == _ALIGNMENT:
            return _RIGHT if column.numeric else _LEFT
        if role == _FOREGROUND and column.muted is not None and column.muted(record):
            return QApplication.palette().color(QPalette.ColorRole.PlaceholderText)
        if role == _TOOLTIP and column.tooltip is not None:
            return column.tooltip(record)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = _DISPLAY) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self._columns):
            return None
        column = self._columns[section]
        if role == _TOOLTIP:
            return metric_tip(column.term) or column.title
        if role == _DISPLAY:
            return column.title
        if role == _ALIGNMENT:
            return _RIGHT if self._columns[section].numeric else _LEFT
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self._columns):
            self._sorted_by = None  # no sort column: keep the loaded order from now on
            return
        self._sorted_by = (column, order)
        self.layoutAboutToBeChanged.emit()
        old_persistent = self.persistentIndexList()
        old_records = [self._records[i.row()] for i in old_persistent]
        order_of = sorted(
            range(len(self._records)),
            key=lambda i: self._key(column)(self._records[i]),
            reverse=self._descending(),
        )
        self._records = [self._records[i] for i in order_of]
        self._texts = [self._texts[i] for i in order_of]
        new_rows = {id(r): row for row, r in enumerate(self._records)}
        self.changePersistentIndexList(
            old_persistent,
            [
                self.index(new_rows[id(r)], i.column())
                for i, r in zip(old_persistent, old_records, strict=True)
            ],
        )
        self.layoutChanged.emit()

    def _descending(self) -> bool:
        return self._sorted_by is not None and self._sorted_by[1] == Qt.SortOrder.DescendingOrder

    def _key(self, column: int) -> Callable[[Record], Any]:
        spec = self._columns[column]
        if spec.sort_key is not None:
            key = spec.sort_key
            # None (a missing value) sorts before every value, whatever its type
            return lambda r: (key(r) is not None, key(r))
        return lambda r: spec.text(r).casefold()
