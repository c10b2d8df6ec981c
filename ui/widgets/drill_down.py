"""The list behind a number (a dashboard card, a bar): a dialog that loads its rows in the
background."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ui.tasks import Op, Task
from ui.widgets.labels import mute

Rows = list[tuple[str, ...]]
RowsFn = Callable[[], Rows]


class DrillDownDialog(QDialog):
    """A title, a note and a table of rows; ``numeric`` columns are right-aligned."""

    loaded = Signal()

    def __init__(
        self,
        title: str,
        headers: Sequence[str],
        load: RowsFn,
        *,
        numeric: Sequence[int] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._numeric = set(numeric)
        self.note = QLabel(self.tr("Loading…"))
        mute(self.note)
        self.note.setWordWrap(True)
        self.table = QTableWidget(0, len(headers))
        self.table.setHorizontalHeaderLabels(list(headers))
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(720, 520)
        self._task: Task | None = (
            Op(title, lambda *_: load(), parent=self)
            .success(self._show_rows)
            .failure(lambda error: self.note.setText(str(error)))
            .run_in_background()
        )

    def _show_rows(self, rows: Rows) -> None:
        self._task = None
        self.table.setRowCount(len(rows))
        for row, values in enumerate(rows):
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                if column in self._numeric:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.table.setItem(row, column, item)
        self.note.setText(
            self.tr("Nothing to list.") if not rows else self.tr("%n row(s)", "", len(rows))
        )
        self.loaded.emit()

    def done(self, result: int) -> None:
        if self._task is not None:
            self._task.cancel()
        super().done(result)
