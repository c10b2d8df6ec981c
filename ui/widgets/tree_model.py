"""The structure half of every tree model: index, parent and row count over plain nodes.

A node is any object with ``parent`` (None for the invisible root), ``children`` (a list)
and ``row()`` (its place among its parent's children), as in the Qt for Python
editabletreemodel example. Subclasses keep ``self._root`` and add columns, data and flags.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex

from ui.widgets.item_models import NO_INDEX, AnyIndex


class TreeModel(QAbstractItemModel):
    _root: Any

    def node(self, index: AnyIndex) -> Any:
        """The node behind ``index``; the root for an invalid one."""
        return index.internalPointer() if index.isValid() else self._root

    def index(self, row: int, column: int, parent: AnyIndex = NO_INDEX) -> QModelIndex:
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        return self.createIndex(row, column, self.node(parent).children[row])

    def parent(self, index: AnyIndex = NO_INDEX) -> QModelIndex:  # type: ignore[override]
        if not index.isValid():
            return QModelIndex()
        parent = self.node(index).parent
        if parent is None or parent is self._root:
            return QModelIndex()
        return self.createIndex(parent.row(), 0, parent)

    def rowCount(self, parent: AnyIndex = NO_INDEX) -> int:
        if parent.isValid() and parent.column() != 0:
            return 0  # only the first column has children
        return len(self.node(parent).children)
