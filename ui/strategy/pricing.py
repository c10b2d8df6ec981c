"""Pricing: the category tree, the product catalogue with margins, and the price calculator."""

from __future__ import annotations

from datetime import date
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QLineEdit,
    QScrollArea,
    QSplitter,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from salesdesk.formatting import format_money
from salesdesk.store.changes import delete_row
from salesdesk.strategy.service import PricingData, ProductFilter

from ui.dialogs.messages import Confirm, Messages
from ui.strategy.base import (
    StrategyView,
    button,
    button_row,
    dependents_sentence,
    size_columns,
    table_view,
)
from ui.strategy.calculator import PriceCalculator
from ui.strategy.catalogue_model import CATEGORY_ID_ROLE, CategoryTreeModel, ProductTableModel
from ui.strategy.forms import ProductDialog, Values
from ui.tasks import Op

if TYPE_CHECKING:
    from salesdesk.store.db import Database
    from salesdesk.strategy.catalogue import Category, Product

    from ui.section import AppContext
    from ui.undo import EditCommand

SEARCH_PLACEHOLDER_WIDTH = 220
CATEGORY_WIDTH = 190
CALCULATOR_WIDTH = 380
DEFAULT_SPLIT = (210, 620, 450)  # categories : products : calculator


class PricingView(StrategyView[ProductFilter, PricingData]):
    def __init__(self, parent: QWidget | None = None, *, today: date | None = None) -> None:
        super().__init__(parent)
        self.today = today or date.today()
        self._data: PricingData | None = None
        self.category_model = CategoryTreeModel(self)
        self.product_model = ProductTableModel(self)
        self.category_tree = QTreeView()
        self.category_tree.setModel(self.category_model)
        self.category_tree.setAccessibleName(self.tr("Categories"))
        self.category_tree.setHeaderHidden(True)
        self.category_tree.selectionModel().currentChanged.connect(self._on_category)
        self.product_table = table_view(self.tr("Products"), self.product_model, stretch_column=1)
        self.product_table.selectionModel().currentRowChanged.connect(self._on_product)
        self.product_table.doubleClicked.connect(self.edit_product)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Find a product by name or code"))
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(SEARCH_PLACEHOLDER_WIDTH)
        self.search.textChanged.connect(self.reload)
        self.show_inactive = QCheckBox(self.tr("Show inactive"))
        self.show_inactive.setChecked(True)
        self.show_inactive.toggled.connect(self.reload)
        self.calculator = PriceCalculator()
        self.calculator.apply_requested.connect(self.apply_price)
        self._build()

    def _build(self) -> None:
        self.add_button = button(self.tr("Add product…"), self.add_product)
        self.edit_button = button(self.tr("Edit…"), self.edit_product)
        self.delete_button = button(self.tr("Delete…"), self.delete_product)
        middle = QWidget()
        middle_layout = QVBoxLayout(middle)
        middle_layout.setContentsMargins(0, 0, 0, 0)
        middle_layout.addLayout(button_row(self.search, self.show_inactive))
        middle_layout.addLayout(button_row(self.add_button, self.edit_button, self.delete_button))
        middle_layout.addWidget(self.product_table)
        scroll = QScrollArea()
        scroll.setWidget(self.calculator)
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        # never narrower than the calculator needs: no scroll bar sideways, so nothing may be
        # cut off at the right edge
        needed = self.calculator.minimumSizeHint().width()
        scroll.setMinimumWidth(
            max(CALCULATOR_WIDTH, needed + scroll.verticalScrollBar().sizeHint().width())
        )
        self.category_tree.setMinimumWidth(CATEGORY_WIDTH)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        for widget, stretch in ((self.category_tree, 0), (middle, 3), (scroll, 2)):
            splitter.addWidget(widget)
            splitter.setStretchFactor(splitter.count() - 1, stretch)
        splitter.setSizes(list(DEFAULT_SPLIT))
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

    # --- loading --------------------------------------------------------------------------

    def load_title(self) -> str:
        return self.tr("Loading the product catalogue")

    def product_filter(self) -> ProductFilter:
        index = self.category_tree.selectionModel().currentIndex()
        return ProductFilter(
            index.data(CATEGORY_ID_ROLE) if index.isValid() else None,
            self.search.text(),
            self.show_inactive.isChecked(),
        )

    def request(self) -> ProductFilter:
        return self.product_filter()

    def load(self, database: Database, context: AppContext, request: ProductFilter) -> PricingData:
        from salesdesk.strategy import service

        return service.pricing(database, request, self.today)

    def show_data(self, data: PricingData) -> None:
        selected_product = self.selected_product()
        category_id = self.product_filter().category_id
        self._data = data
        self.product_model.currency = self.currency
        self.category_tree.selectionModel().blockSignals(True)
        self.category_model.set_categories(data.categories, data.total_products)
        self.category_tree.expandAll()
        self.category_tree.setCurrentIndex(self.category_model.index_of(category_id))
        self.category_tree.selectionModel().blockSignals(False)
        self.product_model.set_records(data.products)
        size_columns(self.product_table)
        row = self.product_model.row_of(
            lambda p: selected_product is not None and p.id == selected_product.id
        )
        self._select_product(max(row, 0))

    def clear(self) -> None:
        self._data = None
        self.category_model.set_categories([], 0)
        self.product_model.set_records([])
        self.calculator.set_product(None, [], "RUB")

    def _on_category(self, _current: QModelIndex, _previous: QModelIndex) -> None:
        self.reload()

    def _select_product(self, row: int) -> None:
        if self.product_model.rowCount() == 0:
            self._show_calculator(None)
            return
        flags = (
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows
        )
        self.product_table.selectionModel().setCurrentIndex(self.product_model.index(row, 0), flags)
        self._show_calculator(self.product_model.record(row))

    def selected_product(self) -> Product | None:
        index = self.product_table.selectionModel().currentIndex()
        return self.product_model.record(index.row()) if index.isValid() else None

    def _on_product(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self._show_calculator(
            self.product_model.record(current.row()) if current.isValid() else None
        )
        self.update_actions()

    def _show_calculator(self, product: Product | None) -> None:
        prices: list[int] = []
        if product is not None and self._data is not None:
            for row in self._data.comparison.rows:
                if row.product_id == product.id:
                    prices = [p.price for p in row.latest.values() if not p.stale]
        self.calculator.can_apply = self.editable
        self.calculator.set_product(product, prices, self.currency)

    @property
    def currency(self) -> str:
        return self.context.currency if self.context else "RUB"

    def update_actions(self) -> None:
        editable, selected = self.editable, self.selected_product() is not None
        self.add_button.setEnabled(editable)
        self.edit_button.setEnabled(editable and selected)
        self.delete_button.setEnabled(editable and selected)

    # --- edits ----------------------------------------------------------------------------

    def apply_price(self, product_id: int, price: int) -> None:
        from salesdesk.strategy.pricing import set_list_price

        product = self.selected_product()
        if product is None or not self.editable:
            return
        text = self.tr("Set the list price of {name} to {price}").format(
            name=product.name, price=format_money(price, self.calculator.currency)
        )
        self.edit(text, partial(set_list_price, product_id=product_id, price=price))

    def _category_choices(self) -> list[tuple[int, str]]:
        choices: list[tuple[int, str]] = []

        def walk(categories: list[Category], path: str) -> None:
            for category in categories:
                label = f"{path}{category.name}"
                choices.append((category.id, label))
                walk(category.children, f"{label} / ")

        walk(self._data.categories if self._data else [], "")
        return choices

    def add_product(self) -> None:
        from salesdesk.strategy.catalogue import save_product

        if not self.editable:
            return

        def save(values: Values) -> EditCommand | None:
            text = self.tr("Add product {name}").format(name=values["name"])
            return self.edit(text, partial(save_product, product_id=None, values=values))

        initial = {"category_id": self.product_filter().category_id, "active": True}
        ProductDialog.ask(self, self._category_choices(), self.currency, initial, save)

    def edit_product(self) -> None:
        from salesdesk.strategy.catalogue import save_product

        product = self.selected_product()
        if product is None or not self.editable:
            return

        def save(values: Values) -> EditCommand | None:
            text = self.tr("Edit product {name}").format(name=values["name"])
            return self.edit(text, partial(save_product, product_id=product.id, values=values))

        initial = {
            "code": product.code,
            "name": product.name,
            "category_id": product.category_id,
            "unit_cost": product.unit_cost,
            "list_price": product.list_price,
            "active": product.active,
            "version": product.version,
        }
        ProductDialog.ask(self, self._category_choices(), self.currency, initial, save)

    def delete_product(self) -> None:
        """Deletes the selected product unless other records use it (read in the background
        first), after asking."""
        from salesdesk.strategy import service

        product, database = self.selected_product(), self.database
        if product is None or database is None or not self.editable:
            return
        (
            Op(
                self.tr("Reading what uses {name}").format(name=product.name),
                lambda *_: service.product_dependents(database, product.id),
                parent=self,
            )
            .success(lambda used_by: self._confirm_delete(product, used_by))
            .failure(self._on_failure)
            .run_in_background()
        )

    def _confirm_delete(self, product: Product, used_by: dict[str, int]) -> None:
        if used_by:
            Messages.information(
                self,
                self.tr("Product in use"),
                self.tr(
                    "{name} cannot be deleted: other records use it ({uses}). Mark it inactive "
                    "instead (Edit…), which keeps its history."
                ).format(name=product.name, uses=dependents_sentence(used_by)),
            )
            return
        question = self.tr("Delete {name}? You can undo this with Edit > Undo.").format(
            name=product.name
        )
        if Confirm.ask(self, self.tr("Delete product"), question):
            self.edit(
                self.tr("Delete product {name}").format(name=product.name),
                partial(delete_row, table="product", row_id=product.id),
            )
