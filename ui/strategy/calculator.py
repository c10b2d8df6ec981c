"""The 4-step price calculator panel (SPEC §4 Strategy > Pricing).

Inputs on top, then the four steps, each with its running price and the sentence from
:func:`salesdesk.strategy.pricing.calculate_price` that explains it, then the suggested price
with the button that applies it to the product (one undoable step, done by the Pricing view).
The calculation is plain arithmetic, so it runs on every keystroke.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from salesdesk.errors import FieldError, SalesDeskError
from salesdesk.formatting import format_money, format_percent
from salesdesk.strategy.pricing import (
    PriceCalculation,
    PriceInputs,
    PricingMethod,
    calculate_price,
    price_concerns,
)

from ui.dialogs.messages import AskFirst
from ui.strategy.base import heading, note
from ui.strategy.forms import minor, money_box
from ui.widgets.field_errors import FieldErrors
from ui.widgets.labels import scale_font
from ui.widgets.money_fields import show_currency

if TYPE_CHECKING:
    from salesdesk.strategy.catalogue import Product

UNITS_MAX = 1_000_000_000
DEFAULT_MARGIN = 0.40


def percent_box(low: float, high: float) -> QDoubleSpinBox:
    box = QDoubleSpinBox()
    box.setRange(low, high)
    box.setDecimals(2)  # 83.54 %, so that the current price comes back to the cent
    box.setSuffix(" %")
    return box


class StepCard(QFrame):
    """One step: its number and title, the running price, and the explanation."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.title_label = QLabel()
        scale_font(self.title_label, 1.0)
        self.amount_label = QLabel()
        scale_font(self.amount_label, 1.0)
        self.explanation_label = QLabel()
        self.explanation_label.setWordWrap(True)
        layout = QGridLayout(self)
        layout.addWidget(self.title_label, 0, 0)
        layout.addWidget(self.amount_label, 0, 1)
        layout.addWidget(self.explanation_label, 1, 0, 1, 2)
        layout.setColumnStretch(0, 1)


class PriceCalculator(QWidget):
    """Inputs, the four explained steps and the suggested price for one product."""

    apply_requested = Signal(int, int)  # product id, the price in minor units

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.currency = "RUB"
        self.product: Product | None = None
        self.competitor_prices: list[int] = []
        self.result: PriceCalculation | None = None
        self.can_apply = True  # the Pricing view turns it off for a read-only file
        self.title_label = heading(self.tr("Price calculator"))
        self.product_label = note()
        self.method = QComboBox()
        # the long method names must not widen the panel beyond its column
        self.method.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.method.setMinimumContentsLength(18)
        self.method.addItem(self.tr("Gross margin (cost plus margin)"), PricingMethod.GROSS_MARGIN)
        self.method.addItem(
            self.tr("Perceived value (from the competitors' prices)"),
            PricingMethod.PERCEIVED_VALUE,
        )
        self.errors = FieldErrors()
        self.variable_cost = money_box(signed=True)  # a minus is refused with the reason
        self.margin = percent_box(-99, 10_000)
        self.fixed_costs = money_box(signed=True)
        self.units = QSpinBox()
        self.units.setRange(-UNITS_MAX, UNITS_MAX)  # a minus is refused with the reason
        self.units.setGroupSeparatorShown(True)
        self.premium = percent_box(-99, 1_000)
        self.market_label = note()
        self.steps = [StepCard() for _ in range(4)]
        self.error_label = note()
        self.price_label = QLabel()
        self.price_label.setWordWrap(True)
        scale_font(self.price_label, 1.3)
        self.apply_button = QPushButton(self.tr("Apply to the list price"))
        self.apply_button.clicked.connect(self._apply)
        self._build()
        for box in (self.variable_cost, self.margin, self.fixed_costs, self.premium):
            box.valueChanged.connect(self.recalculate)
        self.units.valueChanged.connect(self.recalculate)
        self.method.currentIndexChanged.connect(self.recalculate)

    def _build(self) -> None:
        form = QFormLayout()
        # each label above its field: the panel is narrow, the Russian labels long
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("Method"), self.method)
        wrap = self.errors.wrap
        form.addRow(self.tr("1. Variable cost per unit"), wrap("variable_cost", self.variable_cost))
        form.addRow(self.tr("2. Profit margin on the cost"), wrap("margin", self.margin))
        form.addRow(self.tr("3. Fixed costs of the period"), wrap("fixed_costs", self.fixed_costs))
        form.addRow(self.tr("   Units expected in the period"), wrap("expected_units", self.units))
        form.addRow(
            self.tr("4. Our value against competitors"), wrap("value_premium", self.premium)
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self.title_label)
        layout.addWidget(self.product_label)
        layout.addLayout(form)
        layout.addWidget(self.market_label)
        for card in self.steps:
            layout.addWidget(card)
        layout.addWidget(self.error_label)
        layout.addWidget(self.price_label)
        layout.addWidget(self.apply_button)
        layout.addStretch(1)

    def set_product(
        self, product: Product | None, competitor_prices: Sequence[int], currency: str
    ) -> None:
        """Starts from the product's cost and the margin its list price earns now."""
        self.product, self.competitor_prices, self.currency = (
            product,
            list(competitor_prices),
            currency,
        )
        for box in (self.variable_cost, self.margin, self.fixed_costs, self.units):
            box.blockSignals(True)
        for money in (self.variable_cost, self.fixed_costs):
            show_currency(money, currency)
        if product is not None:
            self.variable_cost.setValue(product.unit_cost / 100)
            self.margin.setValue(round(_markup(product) * 100, 2))
        for box in (self.variable_cost, self.margin, self.fixed_costs, self.units):
            box.blockSignals(False)
        self._show_product()
        self.recalculate()

    def _show_product(self) -> None:
        product = self.product
        self.setEnabled(product is not None)
        if product is None:
            self.product_label.setText(self.tr("Select a product to price it."))
            return
        self.product_label.setText(
            self.tr("{name} ({code}): cost {cost}, list price {price}, margin {margin}.").format(
                name=product.name,
                code=product.code,
                cost=format_money(product.unit_cost, self.currency),
                price=format_money(product.list_price, self.currency),
                margin=format_percent(product.margin_pct),
            )
        )
        if self.competitor_prices:
            self.market_label.setText(
                self.tr(
                    "%n competitor price(s) from the last 6 months are compared in step 4.",
                    "",
                    len(self.competitor_prices),
                )
            )
        else:
            self.market_label.setText(
                self.tr("No competitor price from the last 6 months: record them in Market.")
            )

    def inputs(self) -> PriceInputs:
        return PriceInputs(
            variable_cost=minor(self.variable_cost),
            margin=self.margin.value() / 100,
            fixed_costs=minor(self.fixed_costs),
            expected_units=self.units.value(),
            competitor_prices=self.competitor_prices,
            method=self.method.currentData(),
            value_premium=self.premium.value() / 100,
        )

    def recalculate(self) -> None:
        perceived = self.method.currentData() == PricingMethod.PERCEIVED_VALUE
        self.premium.setEnabled(perceived)
        try:
            self.result = calculate_price(self.inputs(), self.currency)
        except SalesDeskError as error:
            self.result = None
            self._refuse(error)
        else:
            self.errors.clear()
        self.error_label.setVisible(self.result is None and bool(self.error_label.text()))
        self._show_result()

    def _refuse(self, error: SalesDeskError) -> None:
        """The reason at the field it is about (a negative cost is never read as zero), or
        under the form when it is about no field (no competitor price to start from)."""
        field = error.field if isinstance(error, FieldError) else ""
        at_field = self.errors.has(field)
        self.errors.show([(field, str(error))] if at_field else [], focus=False)
        self.error_label.setText("" if at_field else str(error))

    def _show_result(self) -> None:
        result = self.result
        for index, card in enumerate(self.steps):
            step = result.steps[index] if result else None
            card.setVisible(step is not None)
            if step is None:
                continue
            card.title_label.setText(f"{step.number}. {step.title}")
            amount = step.amount
            card.amount_label.setText("" if amount is None else format_money(amount, self.currency))
            card.explanation_label.setText(step.explanation)
        product = self.product
        if result is None or product is None:
            self.price_label.clear()
            self.apply_button.setEnabled(False)
            return
        change = (
            (result.price - product.list_price) / product.list_price if product.list_price else None
        )
        self.price_label.setText(
            self.tr("Suggested price: {price} (now {current}, {change})").format(
                price=format_money(result.price, self.currency),
                current=format_money(product.list_price, self.currency),
                change=format_percent(change, signed=True),
            )
        )
        self.apply_button.setEnabled(self.can_apply and result.price != product.list_price)

    def _apply(self) -> None:
        """Applies the suggested price; one below the cost, or more than 50 % away from the
        current price, only when the manager confirms it."""
        result, product = self.result, self.product
        if result is None or product is None:
            return
        concerns = price_concerns(
            result.price, product.list_price, product.unit_cost or None, self.currency
        )
        if concerns and not AskFirst.ask(
            self,
            self.tr("Apply the price?"),
            self.tr("Look at this price once more:"),
            [concern.sentence for concern in concerns],
            self.tr("Apply anyway"),
        ):
            return
        self.apply_requested.emit(product.id, result.price)


def _markup(product: Product) -> float:
    """The margin on the cost that the product's list price earns now (40 % without a cost)."""
    if product.unit_cost <= 0:
        return DEFAULT_MARGIN
    return (product.list_price - product.unit_cost) / product.unit_cost
