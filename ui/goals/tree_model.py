"""Goals grouped by owner, each parent goal with its split underneath (SPEC §4 Goals).

The model adapts the core's :class:`~salesdesk.goals.overview.GoalLine` list; it is small
(goals are counted in tens or hundreds), so a reload after an edit resets it. Values are
formatted once per reload, not in ``data()``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QObject,
    Qt,
)
from PySide6.QtGui import QColor, QFont

from salesdesk.formatting import format_date, format_percent
from salesdesk.goals.status import STATUS_COLOURS

from ui.goals.words import status_text
from ui.widgets.definitions import metric_tip
from ui.widgets.item_models import NO_INDEX, AnyIndex, TreeNode
from ui.widgets.tree_model import TreeModel

if TYPE_CHECKING:
    from salesdesk.goals.overview import GoalLine


LINE_ROLE = Qt.ItemDataRole.UserRole + 1  # the GoalLine of a goal row; None for an owner row
ATTAINMENT_ROLE = Qt.ItemDataRole.UserRole + 2  # float 0..n or None, for the progress bar
STATUS_ROLE = Qt.ItemDataRole.UserRole + 3  # the status key, for the bar's colour

(
    TITLE_COLUMN,
    METRIC_COLUMN,
    TARGET_COLUMN,
    ACTUAL_COLUMN,
    PROGRESS_COLUMN,
    STATUS_COLUMN,
    DATES_COLUMN,
) = range(7)
_COLUMN_COUNT = 7

_DISPLAY = Qt.ItemDataRole.DisplayRole
_TOOLTIP = Qt.ItemDataRole.ToolTipRole
_DECORATION = Qt.ItemDataRole.DecorationRole
_FONT = Qt.ItemDataRole.FontRole
_ALIGNMENT = Qt.ItemDataRole.TextAlignmentRole
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_NUMBER_COLUMNS = (TARGET_COLUMN, ACTUAL_COLUMN)


@dataclass
class _Item(TreeNode["_Item"]):
    texts: list[str]
    line: GoalLine | None = None
    tooltips: dict[int, str] = field(default_factory=dict)
    parent: _Item | None = None
    children: list[_Item] = field(default_factory=list)


class GoalTreeModel(TreeModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._root = _Item([])
        self._bold = QFont()
        self._bold.setBold(True)

    # --- loading ------------------------------------------------------------------------------

    def set_lines(self, lines: list[GoalLine], currency: str) -> None:
        """Shows ``lines`` grouped by the owner of each top-level goal."""
        self.beginResetModel()
        self._root = _build_tree(lines, currency)
        self.endResetModel()

    def index_of_goal(self, goal_id: int) -> QModelIndex:
        """The first column's index of a goal's row; invalid when it is not shown."""
        stack = [(self._root, NO_INDEX)]
        while stack:
            item, parent_index = stack.pop()
            for row, child in enumerate(item.children):
                index = self.index(row, 0, parent_index)
                if child.line is not None and child.line.goal.id == goal_id:
                    return index
                stack.append((child, index))
        return QModelIndex()

    # --- Qt's model API ------------------------------------------------------------------------

    def columnCount(self, _parent: AnyIndex = NO_INDEX) -> int:
        return _COLUMN_COUNT

    def data(self, index: AnyIndex, role: int = _DISPLAY) -> Any:
        if not index.isValid():
            return None
        item, column = self.node(index), index.column()
        if role == _DISPLAY:
            return item.texts[column] if column < len(item.texts) else ""
        if role == LINE_ROLE:
            return item.line
        if item.line is None:  # an owner's row
            if role == _TOOLTIP and column < len(item.texts):
                return item.texts[column] or None
            return self._bold if role == _FONT else None
        return self._goal_data(item, item.line, column, role)

    def _goal_data(self, item: _Item, line: GoalLine, column: int, role: int) -> Any:
        if role == _TOOLTIP:  # else the cell's own text, whole where the column cuts it short
            text = item.texts[column] if column < len(item.texts) else ""
            return item.tooltips.get(column) or text or None
        if role == _ALIGNMENT and column in _NUMBER_COLUMNS:
            return _RIGHT
        if role == _DECORATION and column == STATUS_COLUMN:
            return QColor(STATUS_COLOURS[line.progress.status])
        if role == ATTAINMENT_ROLE:
            return line.progress.attainment
        if role == STATUS_ROLE:
            return str(line.progress.status)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = _DISPLAY) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == _TOOLTIP:
            return metric_tip("goal_attainment") if section == PROGRESS_COLUMN else None
        if role != _DISPLAY:
            return None
        return (
            self.tr("Goal"),
            self.tr("Metric"),
            self.tr("Target"),
            self.tr("Actual"),
            self.tr("Progress"),
            self.tr("Status"),
            self.tr("Dates"),
        )[section]

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


def _build_tree(lines: list[GoalLine], currency: str) -> _Item:
    root = _Item([])
    by_id = {line.goal.id: line for line in lines}
    items: dict[int | None, _Item] = {}
    owners: dict[str, _Item] = {}
    for line in lines:  # parents come before their children
        item = _goal_item(line, currency)
        items[line.goal.id] = item
        parent_item = items.get(line.goal.parent_id) if line.goal.parent_id in by_id else None
        if parent_item is None:
            owner = owners.get(line.owner)
            if owner is None:
                owner = owners[line.owner] = _Item([line.owner], parent=root)
            parent_item = owner
        item.parent = parent_item
        parent_item.children.append(item)
    root.children = sorted(owners.values(), key=lambda owner: owner.texts[0].casefold())
    return root


def _goal_item(line: GoalLine, currency: str) -> _Item:
    from salesdesk.goals.goal import format_value, metric_name  # the metrics: not at start-up

    goal, progress = line.goal, line.progress
    target = format_value(goal, goal.target_value, currency)
    tooltips = {}
    if line.split is not None and line.split.mismatch:
        difference = format_value(goal, abs(line.split.difference), currency)
        target = f"⚠ {target}"
        text = (
            QCoreApplication.translate(
                "GoalTreeModel", "The split adds up to {total}: {difference} short of the target"
            )
            if line.split.difference < 0
            else QCoreApplication.translate(
                "GoalTreeModel", "The split adds up to {total}: {difference} over the target"
            )
        )
        total = format_value(goal, line.split.children_total, currency)
        tooltips[TARGET_COLUMN] = text.format(total=total, difference=difference)
    attainment = progress.attainment
    dates = (
        f"{format_date(goal.start_on)} – {format_date(goal.end_on)}"
        if goal.start_on is not None and goal.end_on is not None
        else ""
    )
    texts = [
        goal.title,
        goal.manual_unit if goal.is_manual and goal.manual_unit else metric_name(goal.metric),
        target,
        format_value(goal, progress.actual, currency),
        format_percent(attainment, 0) if attainment is not None else "",
        status_text(progress.status),
        dates,
    ]
    # the title whole (the column cuts long ones short), then what the goal is about
    tooltips[TITLE_COLUMN] = "\n".join(filter(None, (goal.title, goal.description)))
    return _Item(texts, line, tooltips)
