"""The problems of an import as a table: line, column, reason (SPEC §8).

At most :data:`salesdesk.exchange.MAX_PROBLEMS` are kept by the core, so the list is small.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QAbstractTableModel, QObject, Qt

from ui.widgets.item_models import NO_INDEX, AnyIndex

if TYPE_CHECKING:
    from salesdesk.exchange.converting import Problem

_DISPLAY = Qt.ItemDataRole.DisplayRole
_ALIGNMENT = Qt.ItemDataRole.TextAlignmentRole
_TOOLTIP = Qt.ItemDataRole.ToolTipRole
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

LINE, COLUMN, REASON = range(3)


class ImportProblemsModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._problems: tuple[Problem, ...] = ()

    def set_problems(self, problems: Sequence[Problem]) -> None:
        self.beginResetModel()
        self._problems = tuple(problems)
        self.endResetModel()

    def problems(self) -> tuple[Problem, ...]:
        return self._problems

    def rowCount(self, parent: AnyIndex = NO_INDEX) -> int:
        return 0 if parent.isValid() else len(self._problems)

    def columnCount(self, parent: AnyIndex = NO_INDEX) -> int:
        return 0 if parent.isValid() else 3

    def data(self, index: AnyIndex, role: int = _DISPLAY) -> object:
        if not index.isValid():
            return None
        problem, column = self._problems[index.row()], index.column()
        if role == _DISPLAY:
            return (str(problem.line), problem.column or "—", problem.reason)[column]
        if role == _ALIGNMENT and column == LINE:
            return _RIGHT
        if role == _TOOLTIP and column == REASON:
            return problem.reason
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = _DISPLAY) -> object:
        if orientation == Qt.Orientation.Horizontal and role == _DISPLAY and 0 <= section < 3:
            return (self.tr("Line"), self.tr("Column"), self.tr("Reason"))[section]
        return super().headerData(section, orientation, role)
