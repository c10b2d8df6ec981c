"""Qt models over a :class:`~salesdesk.team.coverage.CoverageReport`: the items of the organisation
mode as a tree (gaps and overlaps tinted) and the members' loads against capacity.

Both are thin adapters: the report is computed by the core in a background task and handed
over whole, so a new report is a full reload (``beginResetModel``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from salesdesk.formatting import format_money, format_number

from ui.widgets.item_models import NO_INDEX, AnyIndex, TreeNode
from ui.widgets.tree_model import TreeModel

if TYPE_CHECKING:
    # Types only: salesdesk.team.coverage loads the metric core, which start-up must not pay for.
    from salesdesk.team.coverage import CoverageItem, CoverageReport, MemberLoad


ITEM_ROLE = Qt.ItemDataRole.UserRole + 1  # the CoverageItem behind a row
ITEM_COLUMN, HOLDERS_COLUMN, CUSTOMERS_COLUMN, REVENUE_COLUMN = range(4)
_COLUMN_COUNT = 4

_DISPLAY = Qt.ItemDataRole.DisplayRole
_BACKGROUND = Qt.ItemDataRole.BackgroundRole
_FOREGROUND = Qt.ItemDataRole.ForegroundRole
_TOOLTIP = Qt.ItemDataRole.ToolTipRole
_ALIGNMENT = Qt.ItemDataRole.TextAlignmentRole
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
# Translucent tints read on light and dark backgrounds alike.
GAP_BRUSH = QBrush(QColor(220, 50, 47, 70))
OVERLAP_BRUSH = QBrush(QColor(230, 160, 0, 80))
_INHERITED_BRUSH = QBrush(QColor(128, 128, 128))


class _Row(TreeNode["_Row"]):
    def __init__(self, item: CoverageItem | None, parent: _Row | None) -> None:
        self.item = item
        self.parent = parent
        self.children: list[_Row] = []


def _build_rows(items: list[CoverageItem]) -> _Row:
    root = _Row(None, None)
    rows: dict[int, _Row] = {}
    for item in items:  # parents come before their children
        parent = rows.get(item.parent_id, root) if item.parent_id is not None else root
        rows[item.id] = _Row(item, parent)
        parent.children.append(rows[item.id])
    return root


class CoverageTreeModel(TreeModel):
    """Territories, categories or account types with who covers them and their business."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._root = _Row(None, None)
        self._report: CoverageReport | None = None
        self._currency = ""

    def set_report(self, report: CoverageReport | None, currency: str) -> None:
        self.beginResetModel()
        self._report, self._currency = report, currency
        self._root = _build_rows(report.items if report else [])
        self.endResetModel()

    def index_of_item(self, item_id: int) -> QModelIndex:
        def find(row: _Row) -> QModelIndex:
            for position, child in enumerate(row.children):
                if child.item is not None and child.item.id == item_id:
                    return self.createIndex(position, 0, child)
                found = find(child)
                if found.isValid():
                    return found
            return QModelIndex()

        return find(self._root)

    # --- structure ------------------------------------------------------------------------

    def columnCount(self, parent: AnyIndex = NO_INDEX) -> int:
        return _COLUMN_COUNT

    # --- data -----------------------------------------------------------------------------

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = _DISPLAY) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == _ALIGNMENT and section in (CUSTOMERS_COLUMN, REVENUE_COLUMN):
            return _RIGHT
        if role != _DISPLAY:
            return None
        return (
            self.tr("Item"),
            self.tr("Covered by"),
            self.tr("Customers"),
            self.tr("Revenue"),
        )[section]

    def data(self, index: AnyIndex, role: int = _DISPLAY) -> Any:
        item = self.node(index).item if index.isValid() else None
        if item is None:
            return None
        if role in (ITEM_ROLE, _DISPLAY, _TOOLTIP):
            return self._content(item, index.column(), role)
        return self._look(item, index.column(), role)

    def _content(self, item: CoverageItem, column: int, role: int) -> Any:
        if role == ITEM_ROLE:
            return item
        if role == _TOOLTIP:
            return self._tooltip(item)
        return self._text(item, column)

    def _look(self, item: CoverageItem, column: int, role: int) -> Any:
        if role == _ALIGNMENT and column in (CUSTOMERS_COLUMN, REVENUE_COLUMN):
            return _RIGHT
        if role == _BACKGROUND:
            return GAP_BRUSH if item.is_gap else OVERLAP_BRUSH if item.is_overlap else None
        if role == _FOREGROUND and column == HOLDERS_COLUMN and item.inherited_from is not None:
            return _INHERITED_BRUSH
        return None

    def _text(self, item: CoverageItem, column: int) -> str:
        if column == ITEM_COLUMN:
            return item.name
        if column == HOLDERS_COLUMN:
            return self._holders_text(item)
        if column == CUSTOMERS_COLUMN:
            return format_number(item.customers) if item.customers else ""
        return format_money(item.revenue, self._currency, decimals=0) if item.revenue else ""

    def _holders_text(self, item: CoverageItem) -> str:
        names = ", ".join(h.name for h in item.effective)
        if item.inherited_from is not None and self._report is not None:
            source = self._report.item(item.inherited_from)
            origin = source.name if source else ""
            return self.tr("{names} (via {item})").format(names=names, item=origin)
        gone = [h.name for h in item.own if not h.active]
        if gone:
            left = self.tr("left: {names}").format(names=", ".join(gone))
            return f"{names} ({left})" if names else left
        return names

    def _tooltip(self, item: CoverageItem) -> str | None:
        if item.is_gap:
            return self.tr("A gap: customers or sales here, and nobody active covers it.")
        if item.is_overlap:
            return self.tr("An overlap: %n members or teams cover it.", "", len(item.effective))
        return None


class LoadTableModel(QAbstractTableModel):
    """Active members with a capacity: current accounts against it, overloaded first."""

    MEMBER, ACCOUNTS, CAPACITY, EXCESS = range(4)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._loads: list[MemberLoad] = []

    def set_loads(self, loads: list[MemberLoad]) -> None:
        self.beginResetModel()
        with_capacity = [load for load in loads if load.capacity is not None]
        self._loads = sorted(
            with_capacity, key=lambda load: (not load.overloaded, -load.excess, load.name)
        )
        self.endResetModel()

    def rowCount(self, parent: AnyIndex = NO_INDEX) -> int:
        return 0 if parent.isValid() else len(self._loads)

    def columnCount(self, parent: AnyIndex = NO_INDEX) -> int:
        return 0 if parent.isValid() else 4

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = _DISPLAY) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != _DISPLAY:
            return None
        return (
            self.tr("Member"),
            self.tr("Current accounts"),
            self.tr("Capacity"),
            self.tr("Over by"),
        )[section]

    def data(self, index: AnyIndex, role: int = _DISPLAY) -> Any:
        if not index.isValid():
            return None
        load = self._loads[index.row()]
        column = index.column()
        if role == _DISPLAY:
            values = (load.name, load.current_accounts, load.capacity, load.excess or "")
            value = values[column]
            return value if isinstance(value, str) else format_number(value)
        if role == _ALIGNMENT and column != self.MEMBER:
            return _RIGHT
        if role == _BACKGROUND and load.overloaded:
            return GAP_BRUSH
        return None
