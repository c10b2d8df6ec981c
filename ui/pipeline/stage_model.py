"""The stages of one pipeline as the set-up dialog lists them: name, default chance to win,
rotting days, and the deals that use each (which a delete would move).

A thin adapter: the dialog reads the pipelines in a background task and hands one pipeline's
stages over whole, so a new list is a full reload (``beginResetModel``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractTableModel, QObject, Qt

from salesdesk.formatting import format_number, format_percent

from ui.widgets.item_models import NO_INDEX, AnyIndex

if TYPE_CHECKING:
    from salesdesk.metrics.stages import Stage
    from salesdesk.pipeline.stage_edits import StageUsage

STAGE_ID_ROLE = Qt.ItemDataRole.UserRole + 1
NAME, CHANCE, ROTTING, OPEN_DEALS, PASSED = range(5)
_COLUMNS = 5

_DISPLAY = Qt.ItemDataRole.DisplayRole
_TOOLTIP = Qt.ItemDataRole.ToolTipRole
_ALIGNMENT = Qt.ItemDataRole.TextAlignmentRole
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


class StageTableModel(QAbstractTableModel):
    """One row per stage of a pipeline, in its order."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._stages: list[Stage] = []
        self._usage: dict[int, StageUsage] = {}

    def set_stages(self, stages: list[Stage], usage: dict[int, StageUsage]) -> None:
        self.beginResetModel()
        self._stages, self._usage = list(stages), usage
        self.endResetModel()

    def stage(self, row: int) -> Stage:
        return self._stages[row]

    def row_of(self, stage_id: int) -> int | None:
        return next((r for r, s in enumerate(self._stages) if s.id == stage_id), None)

    def rowCount(self, parent: AnyIndex = NO_INDEX) -> int:
        return 0 if parent.isValid() else len(self._stages)

    def columnCount(self, parent: AnyIndex = NO_INDEX) -> int:
        return 0 if parent.isValid() else _COLUMNS

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = _DISPLAY) -> Any:
        if orientation != Qt.Orientation.Horizontal or section >= _COLUMNS:
            return None
        if role == _DISPLAY:
            return (self.tr("Stage"), self.tr("Chance to win"), self.tr("Rots after"),
                    self.tr("Open deals"), self.tr("Deals in all"))[section]  # fmt: skip
        if role == _TOOLTIP:
            return self._header_tip(section)
        return None

    def _header_tip(self, section: int) -> str | None:
        return {
            CHANCE: self.tr(
                "The stage's default chance to win, used while fewer than 20 deals closed in "
                "the last 365 days reached it."
            ),
            ROTTING: self.tr(
                "An open deal rots after this many days without a stage change or a follow-up done."
            ),
            OPEN_DEALS: self.tr("Deals open in the stage now."),
            PASSED: self.tr("Deals whose history passed through the stage, closed ones too."),
        }.get(section)

    def data(self, index: AnyIndex, role: int = _DISPLAY) -> Any:
        if not index.isValid():
            return None
        stage = self._stages[index.row()]
        column = index.column()
        if role == _DISPLAY:
            return self._display(stage, column)
        if role == STAGE_ID_ROLE:
            return stage.id
        if role == _ALIGNMENT and column != NAME:
            return _RIGHT
        return None

    def _display(self, stage: Stage, column: int) -> str:
        if column == NAME:
            return stage.name
        if column == CHANCE:
            return format_percent(stage.probability, 0)
        if column == ROTTING:
            return self.tr("%n day(s)", "", stage.rotting_days)
        usage = self._usage.get(stage.id)
        if usage is None:
            return format_number(0)
        return format_number(usage.open if column == OPEN_DEALS else usage.deals)
