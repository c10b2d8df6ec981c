"""The small read-only tables of the Pipeline section (My day, the deal pane, the analytics):
text cells, numbers right-aligned, optionally an id per row and a height that fits the rows."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem

ID_ROLE = Qt.ItemDataRole.UserRole + 1
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


class ReadOnlyTable(QTableWidget):
    def __init__(
        self,
        headers: list[str],
        *,
        stretch: int | tuple[int, ...] = 0,
        numeric: tuple[int, ...] = (),
        selectable: bool = True,
        fit: bool = False,
    ) -> None:
        super().__init__(0, len(headers))
        self.setHorizontalHeaderLabels(headers)
        self.verticalHeader().hide()
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(
            QAbstractItemView.SelectionMode.SingleSelection
            if selectable
            else QAbstractItemView.SelectionMode.NoSelection
        )
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setWordWrap(False)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        for column in (stretch,) if isinstance(stretch, int) else stretch:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        self._numeric = set(numeric)
        self._fit = fit

    def fill(self, rows: Sequence[Sequence[str]], ids: list[int] | None = None) -> None:
        """Shows ``rows``; ``ids[i]`` travels with row i (see :meth:`chosen_id`)."""
        self.setRowCount(len(rows))
        for row, values in enumerate(rows):
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setToolTip(value)
                if ids is not None:
                    item.setData(ID_ROLE, ids[row])
                if column in self._numeric:
                    item.setTextAlignment(_RIGHT)
                self.setItem(row, column, item)
        if self._fit:
            self.fit_height()

    def fit_height(self) -> None:
        """As tall as its rows (at least two), so the page scrolls instead of the table."""
        rows = sum(self.rowHeight(r) for r in range(self.rowCount()))
        minimum = 2 * self.verticalHeader().defaultSectionSize()
        self.setFixedHeight(self.horizontalHeader().height() + max(rows, minimum) + 4)

    def chosen_row(self) -> int | None:
        rows = {item.row() for item in self.selectedItems()}
        return rows.pop() if len(rows) == 1 else None

    def chosen_id(self) -> int | None:
        row = self.chosen_row()
        item = self.item(row, 0) if row is not None else None
        return int(item.data(ID_ROLE)) if item is not None else None
