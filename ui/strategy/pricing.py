"""Pricing: the category tree, the product catalogue with margins, and the price calculator."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
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
from salesdesk.strategy.pricing import set_list_price

from ui.dialogs.messages import Messages
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
from ui.strategy.forms import Confirm, ProductDialog, Values

if TYPE_CHECKING:
    from sqlalchemy.engine import Connection

    from salesdesk.strategy.catalogue import Category, Product
    from salesdesk.strategy.competitors import PriceComparison

    from ui.section import AppContext

SEARCH_PLACEHOLDER_WIDTH = 220
CATEGORY_WIDTH = 190
CALCULATOR_WIDTH = 380
DEFAULT_SPLIT = (210, 620, 450)  # categories : products : calculator


@dataclass(frozen=True)
class PricingData:
    categories: list[Category]
    total_products: int
    products: list[Product]
    comparison: PriceComparison


@dataclass(frozen=True)
class ProductFilter:
    category_id: int | None = None
    search: str = ""
    include_inactive: bool = True


def load_pricing(conn: Connection, wanted: ProductFilter, today: date) -> PricingData:
    from salesdesk.strategy import catalogue
    from salesdesk.strategy.competitors import price_comparison

    return PricingData(
        catalogue.load_category_tree(conn),
        catalogue.count_products(conn),
        catalogue.load_products(
            conn,
            category_id=wanted.category_id,
            search=wanted.search,
            include_inactive=wanted.include_inactive,
        ),
        price_comparison(conn, today),
    )


class PricingView(StrategyView):
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

    def load(self, conn: Connection, context: AppContext, request: ProductFilter) -> PricingData:
        return load_pricing(conn, request, self.today)

    def show_data(self, data: PricingData) -> None:
        selected_product = self.selected_product()
        category_id = self.product_filter().category_id
        self._data = data
        currency = self.context.currency if self.context else "RUB"
        self.product_model.currency = currency
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
        currency = self.context.currency if self.context else "RUB"
        self.calculator.can_apply = self.editable
        self.calculator.set_product(product, prices, currency)

    def update_actions(self) -> None:
        editable, selected = self.editable, self.selected_product() is not None
        self.add_button.setEnabled(editable)
        self.edit_button.setEnabled(editable and selected)
        self.delete_button.setEnabled(editable and selected)

    # --- edits ----------------------------------------------------------------------------

    def apply_price(self, product_id: int, price: int) -> None:
        editor = self.editor
        product = self.selected_product()
        if editor is None or product is None or not self.editable:
            return
        text = self.tr("Set the list price of {name} to {price}").format(
            name=product.name, price=format_money(price, self.calculator.currency)
        )
        previous: list[int] = []
        try:
            editor.run(
                text,
                lambda conn: previous.append(set_list_price(conn, product_id, price)),
                lambda conn: set_list_price(conn, product_id, price),
                lambda conn: set_list_price(conn, product_id, previous[0]),
            )
        except Exception as error:
            self.report_error(error)

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
        editor = self.editor
        if editor is None:
            return

        def save(values: Values) -> None:
            from salesdesk.strategy.catalogue import check_product

            with editor.database.read() as conn:
                check_product(conn, values, None)
            editor.insert(self.tr("Add product {name}").format(name=values["name"]),
                          "product", values)  # fmt: skip

        initial = {"category_id": self.product_filter().category_id, "active": True}
        ProductDialog.ask(self, self._category_choices(), initial, save)

    def edit_product(self) -> None:
        product, editor = self.selected_product(), self.editor
        if product is None or editor is None or not self.editable:
            return

        def save(values: Values) -> None:
            from salesdesk.strategy.catalogue import check_product

            with editor.database.read() as conn:
                check_product(conn, values, product.id)
            text = self.tr("Edit product {name}").format(name=values["name"])
            editor.update(text, "product", product.id, values)

        initial = {
            "code": product.code,
            "name": product.name,
            "category_id": product.category_id,
            "unit_cost": product.unit_cost,
            "list_price": product.list_price,
            "active": product.active,
        }
        ProductDialog.ask(self, self._category_choices(), initial, save)

    def delete_product(self) -> None:
        product, editor = self.selected_product(), self.editor
        if product is None or editor is None:
            return
        from salesdesk.strategy.catalogue import product_dependents

        with editor.database.read() as conn:
            used_by = product_dependents(conn, product.id)
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
            try:
                editor.delete(
                    self.tr("Delete product {name}").format(name=product.name),
                    "product",
                    product.id,
                )
            except Exception as error:
                self.report_error(error)
