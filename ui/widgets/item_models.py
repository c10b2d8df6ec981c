"""What the item models share: the index types Qt hands them, the invisible root as a default
argument, and the plain tree node of Qt for Python's editabletreemodel example."""

from __future__ import annotations

from typing import Generic, TypeVar, cast

from PySide6.QtCore import QModelIndex, QPersistentModelIndex

AnyIndex = QModelIndex | QPersistentModelIndex
NO_INDEX = QModelIndex()  # the invisible root, as a default argument

Node = TypeVar("Node", bound="TreeNode")


class TreeNode(Generic[Node]):
    """A row of a tree model: its parent (None for the invisible root) and its child rows, of
    the subclass's own kind (``class Row(TreeNode["Row"])``), which adds what the row shows."""

    parent: Node | None
    children: list[Node]

    def row(self) -> int:
        """Its place among its parent's children."""
        return self.parent.children.index(cast(Node, self)) if self.parent is not None else 0
