"""The 4-step price calculator (SPEC §4 Strategy > Pricing).

The four steps a manager walks through: (1) the variable cost of one unit, (2) the profit
margin, (3) each unit's share of the fixed costs, (4) a comparison with the competitors'
prices. Two methods read the steps differently:

- **gross margin** builds the price up from the cost: the margin is a markup on the variable
  cost (5.00 with 40 % gives 7.00), the fixed-cost share is added on top, and the competitors'
  prices are the check at the end;
- **perceived value** starts from the market: the competitors' average price, moved up or down
  by how much more (or less) customers value our offer, and steps 1–3 then show what margin and
  profit that price leaves and how many units pay for the fixed costs.

Money is in minor units and rounded half up to whole minor units; ratios are fractions
(0.40 = 40 %). Every step carries a sentence that explains it in the current language.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from enum import StrEnum
from typing import TYPE_CHECKING

from salesdesk.errors import FieldError
from salesdesk.formatting import format_money, format_number, format_percent
from salesdesk.i18n import tr, trn

if TYPE_CHECKING:
    from sqlalchemy.engine import Connection

    from salesdesk.store.changes import Change


class PricingMethod(StrEnum):
    GROSS_MARGIN = "gross_margin"
    PERCEIVED_VALUE = "perceived_value"


@dataclass(frozen=True)
class PriceInputs:
    variable_cost: int  # per unit, minor units
    margin: float  # the profit margin as a markup on the variable cost: 0.40 = 40 %
    fixed_costs: int = 0  # of a period, minor units
    expected_units: int = 0  # units sold in that same period, which share the fixed costs
    competitor_prices: Sequence[int] = ()
    method: PricingMethod = PricingMethod.GROSS_MARGIN
    value_premium: float = 0.0  # perceived value: +0.10 prices 10 % above the market average


@dataclass(frozen=True)
class MarketPrices:
    lowest: int
    average: float
    highest: int
    count: int

    @classmethod
    def of(cls, prices: Sequence[int]) -> MarketPrices | None:
        if not prices:
            return None
        return cls(min(prices), sum(prices) / len(prices), max(prices), len(prices))

    def difference(self, price: int) -> float:
        """How far ``price`` lies above (+) or below (−) the average, as a fraction of it."""
        return (price - self.average) / self.average


@dataclass(frozen=True)
class PriceStep:
    number: int  # 1–4
    title: str
    amount: int | None  # the running price after this step (minor units); None: no amount
    explanation: str


@dataclass(frozen=True)
class PriceCalculation:
    method: PricingMethod
    price: int  # the suggested list price, minor units
    steps: tuple[PriceStep, ...]
    market: MarketPrices | None
    fixed_cost_share: int  # per unit, minor units
    break_even_units: int | None  # units whose margin pays the fixed costs; None: never / none


class PricingError(FieldError):
    """Inputs the calculator cannot price: ``field`` names which, the message says why."""


def round_minor(value: Decimal | float) -> int:
    """Half up to whole minor units: 0.5 kopeck is a kopeck, as a cashier rounds."""
    return int(Decimal(str(value)).quantize(Decimal(1), rounding=ROUND_HALF_UP))


def markup_price(variable_cost: int, margin: float) -> int:
    """Variable cost plus the margin on it: 500 with 0.40 -> 700."""
    return round_minor(Decimal(variable_cost) * (1 + Decimal(str(margin))))


def fixed_cost_share(fixed_costs: int, expected_units: int) -> int:
    """Each unit's share of the fixed costs (0 when no units are expected)."""
    if expected_units <= 0:
        return 0
    return round_minor(Decimal(fixed_costs) / Decimal(expected_units))


def break_even_units(fixed_costs: int, price: int, variable_cost: int) -> int | None:
    """Units whose margin over the variable cost pays the fixed costs; None when a unit earns
    nothing towards them (or there are none to pay)."""
    unit_margin = price - variable_cost
    if fixed_costs <= 0 or unit_margin <= 0:
        return None
    return math.ceil(fixed_costs / unit_margin)


def calculate_price(inputs: PriceInputs, currency: str) -> PriceCalculation:
    """The four steps of ``inputs.method`` with their explanations and the suggested price."""
    _check(inputs)
    if inputs.method == PricingMethod.GROSS_MARGIN:
        return _gross_margin(inputs, _Words(currency))
    return _perceived_value(inputs, _Words(currency))


def _check(inputs: PriceInputs) -> None:
    """Refuses inputs that price nothing, naming the field: a negative cost is never read
    as zero."""
    for field, value in (
        ("variable_cost", inputs.variable_cost),
        ("fixed_costs", inputs.fixed_costs),
        ("expected_units", inputs.expected_units),
    ):
        if value < 0:
            raise PricingError(field, tr("Costs and units cannot be negative."))
    if inputs.margin <= -1:
        raise PricingError("margin", tr("A margin of -100% or less leaves no price."))
    if inputs.method == PricingMethod.PERCEIVED_VALUE and not inputs.competitor_prices:
        raise PricingError(
            "competitor_prices",
            tr("The perceived-value method needs at least one competitor's price."),
        )
    if inputs.value_premium <= -1:
        raise PricingError("value_premium", tr("A value premium of -100% or less leaves no price."))


class _Words:
    """Formats the numbers of the explanations in the current language."""

    def __init__(self, currency: str) -> None:
        self.currency = currency

    def money(self, minor: float) -> str:
        return format_money(minor, self.currency)

    @staticmethod
    def percent(ratio: float) -> str:
        return format_percent(ratio)


# --- gross margin ----------------------------------------------------------------------------


def _gross_margin(inputs: PriceInputs, words: _Words) -> PriceCalculation:
    before_fixed = markup_price(inputs.variable_cost, inputs.margin)
    share = fixed_cost_share(inputs.fixed_costs, inputs.expected_units)
    price = before_fixed + share
    market = MarketPrices.of(inputs.competitor_prices)
    steps = (
        _variable_cost_step(inputs, words),
        _markup_step(inputs, before_fixed, words),
        _fixed_share_step(inputs, before_fixed, share, words),
        _comparison_step(price, market, words),
    )
    return PriceCalculation(
        PricingMethod.GROSS_MARGIN,
        price,
        steps,
        market,
        share,
        break_even_units(inputs.fixed_costs, price, inputs.variable_cost),
    )


def _variable_cost_step(inputs: PriceInputs, words: _Words) -> PriceStep:
    return PriceStep(
        1,
        tr("Variable costs"),
        inputs.variable_cost,
        tr(
            "Each unit costs {cost} to buy or make and deliver. Below this price every sale "
            "loses money.",
            cost=words.money(inputs.variable_cost),
        ),
    )


def _markup_step(inputs: PriceInputs, before_fixed: int, words: _Words) -> PriceStep:
    added = before_fixed - inputs.variable_cost
    share_of_price = added / before_fixed if before_fixed else None
    return PriceStep(
        2,
        tr("Profit margin"),
        before_fixed,
        tr(
            "A margin of {margin} on the variable cost adds {added}: {cost} + {added} = "
            "{price}. That is {share} of the price.",
            margin=words.percent(inputs.margin),
            added=words.money(added),
            cost=words.money(inputs.variable_cost),
            price=words.money(before_fixed),
            share=format_percent(share_of_price),
        ),
    )


def _fixed_share_step(
    inputs: PriceInputs, before_fixed: int, share: int, words: _Words
) -> PriceStep:
    if not share:
        text = tr(
            "No fixed costs are shared out (enter the fixed costs and the units expected in "
            "the same period): the price stays {price}.",
            price=words.money(before_fixed),
        )
    else:
        text = tr(
            "Fixed costs of {fixed} over {units} units expected in the same period are "
            "{share} per unit: {before} + {share} = {price}.",
            fixed=words.money(inputs.fixed_costs),
            units=format_number(inputs.expected_units),
            share=words.money(share),
            before=words.money(before_fixed),
            price=words.money(before_fixed + share),
        )
    return PriceStep(3, tr("Share of fixed costs"), before_fixed + share, text)


def _comparison_step(price: int, market: MarketPrices | None, words: _Words) -> PriceStep:
    title = tr("Comparison with competitors")
    if market is None:
        text = tr(
            "No competitor has a recent price for this product: record their prices in "
            "Market to compare."
        )
        return PriceStep(4, title, price, text)
    text = tr(
        "{market} {price} is {difference} against the average; {position}",
        market=_market_sentence(market, words),
        price=words.money(price),
        difference=format_percent(market.difference(price), signed=True),
        position=_position(price, market),
    )
    return PriceStep(4, title, price, text)


def _market_sentence(market: MarketPrices, words: _Words) -> str:
    return trn(
        market.count,
        "{n} competitor charges {lowest} to {highest}, {average} on average.",
        "{n} competitors charge {lowest} to {highest}, {average} on average.",
        lowest=words.money(market.lowest),
        highest=words.money(market.highest),
        average=words.money(market.average),
    )


def _position(price: int, market: MarketPrices) -> str:
    if price < market.lowest:
        return tr("that is below the cheapest competitor.")
    if price > market.highest:
        return tr("that is above the dearest competitor: customers must see why we are worth more.")
    return tr("that is within the market's range.")


# --- perceived value -------------------------------------------------------------------------


def _perceived_value(inputs: PriceInputs, words: _Words) -> PriceCalculation:
    market = MarketPrices.of(inputs.competitor_prices)
    assert market is not None  # _check requires competitor prices for this method
    price = round_minor(Decimal(str(market.average)) * (1 + Decimal(str(inputs.value_premium))))
    share = fixed_cost_share(inputs.fixed_costs, inputs.expected_units)
    break_even = break_even_units(inputs.fixed_costs, price, inputs.variable_cost)
    steps = (
        _variable_cost_step(inputs, words),
        _margin_left_step(inputs, price, words),
        _profit_left_step(inputs, price, share, break_even, words),
        _value_step(inputs, price, market, words),
    )
    return PriceCalculation(PricingMethod.PERCEIVED_VALUE, price, steps, market, share, break_even)


def _margin_left_step(inputs: PriceInputs, price: int, words: _Words) -> PriceStep:
    unit_margin = price - inputs.variable_cost
    text = tr(
        "At {price} each unit earns {unit_margin} over its variable cost, a margin of "
        "{margin}; the target of {target} would need {target_price}.",
        price=words.money(price),
        unit_margin=words.money(unit_margin),
        margin=format_percent(unit_margin / inputs.variable_cost if inputs.variable_cost else None),
        target=words.percent(inputs.margin),
        target_price=words.money(markup_price(inputs.variable_cost, inputs.margin)),
    )
    return PriceStep(2, tr("Profit margin"), None, text)


def _profit_left_step(
    inputs: PriceInputs, price: int, share: int, break_even: int | None, words: _Words
) -> PriceStep:
    if not share:
        text = tr("No fixed costs are shared out: enter them and the units expected.")
        return PriceStep(3, tr("Share of fixed costs"), None, text)
    profit = price - inputs.variable_cost - share
    text = tr(
        "Fixed costs of {fixed} over {units} units are {share} per unit, which leaves "
        "{profit} profit per unit. {break_even}",
        fixed=words.money(inputs.fixed_costs),
        units=format_number(inputs.expected_units),
        share=words.money(share),
        profit=words.money(profit),
        break_even=_break_even_sentence(break_even),
    )
    return PriceStep(3, tr("Share of fixed costs"), None, text)


def _break_even_sentence(units: int | None) -> str:
    if units is None:
        return tr("No number of units pays the fixed costs at this price.")
    return tr("The fixed costs are paid after {units} units.", units=format_number(units))


def _value_step(inputs: PriceInputs, price: int, market: MarketPrices, words: _Words) -> PriceStep:
    text = tr(
        "{market} Valuing our offer at {premium} against them gives {price}; {position}",
        market=_market_sentence(market, words),
        premium=format_percent(inputs.value_premium, signed=True),
        price=words.money(price),
        position=_position(price, market),
    )
    return PriceStep(4, tr("Comparison with competitors"), price, text)


# --- applying the result ---------------------------------------------------------------------


@dataclass(frozen=True)
class PriceConcern:
    """Why a new price deserves a second look before it is applied: ``below_cost`` or
    ``big_change`` (more than :data:`BIG_CHANGE` away from the current price)."""

    kind: str
    sentence: str


BIG_CHANGE = 0.5  # a new price more than 50 % above or below the current one


def price_concerns(
    new_price: int, current_price: int, unit_cost: int | None, currency: str
) -> list[PriceConcern]:
    """What the GUI asks the manager to confirm before applying ``new_price`` (minor units)
    to a product now at ``current_price`` with ``unit_cost``; empty when nothing is odd.
    A negative price is refused outright (:func:`set_list_price`)."""
    words = _Words(currency)
    concerns = []
    if unit_cost is not None and new_price < unit_cost:
        concerns.append(
            PriceConcern(
                "below_cost",
                tr(
                    "{price} is below the unit cost of {cost}: every sale would lose {loss}.",
                    price=words.money(new_price),
                    cost=words.money(unit_cost),
                    loss=words.money(unit_cost - new_price),
                ),
            )
        )
    if current_price > 0 and abs(new_price - current_price) > BIG_CHANGE * current_price:
        concerns.append(
            PriceConcern(
                "big_change",
                tr(
                    "{price} is {change} against the current {current}.",
                    price=words.money(new_price),
                    change=format_percent((new_price - current_price) / current_price, signed=True),
                    current=words.money(current_price),
                ),
            )
        )
    return concerns


def set_list_price(conn: Connection, product_id: int, price: int) -> Change:
    """Sets a product's list price (logged; the change holds the previous price)."""
    from salesdesk.store.changes import save_row

    if price < 0:
        raise PricingError("list_price", tr("A price cannot be negative."))
    return save_row(conn, "product", product_id, {"list_price": price})
