"""Item models of the Pricing view: the category tree and the product catalogue."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QModelIndex, QObject, Qt

from salesdesk.formatting import format_money, format_number, format_percent

from ui.strategy.table_model import Column, RecordTableModel
from ui.widgets.item_models import NO_INDEX, AnyIndex, TreeNode
from ui.widgets.tree_model import TreeModel

if TYPE_CHECKING:
    from salesdesk.strategy.catalogue import Category, Product


CATEGORY_ID_ROLE = Qt.ItemDataRole.UserRole + 1  # None on the "All products" row


class ProductTableModel(RecordTableModel["Product"]):
    def __init__(self, parent: QObject | None = None) -> None:
        self.currency = "RUB"
        super().__init__(parent)

    def columns(self) -> list[Column[Product]]:
        money = self._money
        inactive = self._inactive
        return [
            Column(self.tr("Code"), lambda p: p.code, muted=inactive),
            Column(self.tr("Product"), lambda p: p.name, muted=inactive, tooltip=self._tip),
            Column(self.tr("Category"), lambda p: p.category, muted=inactive),
            Column(self.tr("Unit cost"), lambda p: money(p.unit_cost), lambda p: p.unit_cost,
                   numeric=True, muted=inactive),
            Column(self.tr("List price"), lambda p: money(p.list_price), lambda p: p.list_price,
                   numeric=True, muted=inactive),
            Column(self.tr("Margin"), lambda p: money(p.margin), lambda p: p.margin,
                   numeric=True, muted=inactive),
            Column(self.tr("Margin %"), lambda p: format_percent(p.margin_pct),
                   lambda p: p.margin_pct, numeric=True, muted=inactive),
        ]  # fmt: skip

    def _money(self, minor: int) -> str:
        return format_money(minor, self.currency)

    @staticmethod
    def _inactive(product: Product) -> bool:
        return not product.active

    def _tip(self, product: Product) -> str:
        """The whole name (the column is narrow), and why it is greyed."""
        if product.active:
            return product.name
        return f"{product.name}\n{self.tr('Inactive: no longer offered')}"


class _Node(TreeNode["_Node"]):
    def __init__(self, category: Category | None, parent: _Node | None) -> None:
        self.category = category
        self.parent = parent
        self.children: list[_Node] = []


class CategoryTreeModel(TreeModel):
    """ "All products" on top, with the category tree beneath; each row names how many
    products sit directly in it."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._root = _Node(None, None)
        self._all = _Node(None, self._root)
        self._root.children = [self._all]
        self._total = 0

    def set_categories(self, roots: list[Category], total_products: int) -> None:
        self.beginResetModel()
        self._all.children = []
        self._total = total_products
        for category in roots:
            self._add(self._all, category)
        self.endResetModel()

    def _add(self, parent: _Node, category: Category) -> None:
        node = _Node(category, parent)
        parent.children.append(node)
        for child in category.children:
            self._add(node, child)

    def index_of(self, category_id: int | None) -> QModelIndex:
        stack = [self._all]
        while stack:
            node = stack.pop()
            node_id = node.category.id if node.category else None
            if node_id == category_id:
                return self.createIndex(node.row(), 0, node)
            stack.extend(node.children)
        return QModelIndex()

    def columnCount(self, parent: AnyIndex = NO_INDEX) -> int:
        return 1

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        node = self.node(index)
        if role == Qt.ItemDataRole.DisplayRole:
            if node.category is None:
                return self.tr("All products ({count})").format(count=format_number(self._total))
            return node.category.name
        if role == CATEGORY_ID_ROLE:
            return node.category.id if node.category else None
        if role == Qt.ItemDataRole.ToolTipRole and node.category is not None:
            count = self.tr("%n product(s) directly in this category", "", node.category.products)
            return f"{node.category.name}\n{count}"  # the whole name of a narrow tree's row
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr("Categories")
        return None
