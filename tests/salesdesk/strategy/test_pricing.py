"""The 4-step price calculator against examples worked by hand."""

from __future__ import annotations

from pathlib import Path

import pytest

from salesdesk import i18n
from salesdesk.store import editing
from salesdesk.store.db import open_database
from salesdesk.strategy.pricing import (
    PriceInputs,
    PricingError,
    PricingMethod,
    break_even_units,
    calculate_price,
    fixed_cost_share,
    markup_price,
    set_list_price,
)
from tests.engines import EngineUnderTest
from tests.salesdesk.metrics import metric_fixture as fx


def test_a_40_percent_margin_on_5_00_gives_7_00_before_fixed_costs() -> None:
    result = calculate_price(PriceInputs(variable_cost=500, margin=0.40), "USD")
    assert result.price == 700
    assert [step.amount for step in result.steps] == [500, 700, 700, 700]
    assert result.steps[1].explanation == (
        "A margin of 40.0% on the variable cost adds $2.00: $5.00 + $2.00 = $7.00. "
        "That is 28.6% of the price."  # 2.00 / 7.00
    )
    assert result.market is None


def test_fixed_costs_and_the_competitors_are_added_step_by_step() -> None:
    # fixed costs 1,000.00 over 500 units: 2.00 a unit, so 7.00 + 2.00 = 9.00;
    # competitors 8.50, 9.50 and 10.00: average 28.00 / 3 = 9.3333, ours is -3.6% against it
    inputs = PriceInputs(500, 0.40, fixed_costs=100000, expected_units=500,
                         competitor_prices=[850, 950, 1000])  # fmt: skip
    result = calculate_price(inputs, "USD")
    assert result.price == 900
    assert result.fixed_cost_share == 200
    assert [step.amount for step in result.steps] == [500, 700, 900, 900]
    assert result.market is not None
    assert (result.market.lowest, result.market.highest) == (850, 1000)
    assert result.market.average == pytest.approx(933.3333, abs=1e-4)
    assert result.market.difference(900) == pytest.approx(-0.0357, abs=1e-4)
    assert result.steps[2].explanation == (
        "Fixed costs of $1,000.00 over 500 units expected in the same period are $2.00 per "
        "unit: $7.00 + $2.00 = $9.00."
    )
    assert result.steps[3].explanation == (
        "3 competitors charge $8.50 to $10.00, $9.33 on average. $9.00 is -3.6% against the "
        "average; that is within the market's range."
    )
    # each unit earns 9.00 - 5.00 = 4.00 towards 1,000.00: 250 units
    assert result.break_even_units == 250


def test_perceived_value_starts_from_the_market() -> None:
    # average of 8.00, 9.00 and 10.00 is 9.00; valued 10% above it: 9.90
    inputs = PriceInputs(500, 0.40, 100000, 500, [800, 900, 1000],
                         PricingMethod.PERCEIVED_VALUE, value_premium=0.10)  # fmt: skip
    result = calculate_price(inputs, "USD")
    assert result.price == 990
    assert [step.number for step in result.steps] == [1, 2, 3, 4]
    # 9.90 - 5.00 = 4.90 over the cost: 98%; 4.90 - 2.00 fixed share = 2.90 profit;
    # 1,000.00 / 4.90 = 204.08 -> 205 units
    assert "earns $4.90 over its variable cost, a margin of 98.0%" in result.steps[1].explanation
    assert "the target of 40.0% would need $7.00" in result.steps[1].explanation
    assert "leaves $2.90 profit per unit" in result.steps[2].explanation
    assert result.break_even_units == 205
    assert "Valuing our offer at +10.0% against them gives $9.90" in result.steps[3].explanation


def test_explanations_speak_russian() -> None:
    with i18n.language_set_to("ru"):
        result = calculate_price(PriceInputs(500, 0.40, competitor_prices=[600]), "RUB")
    assert result.steps[0].title == "Переменные затраты"
    assert "Наценка 40,0% на переменные затраты добавляет 2,00\xa0₽" in result.steps[1].explanation
    assert result.steps[3].explanation.startswith("1 конкурент берёт от 6,00\xa0₽ до 6,00\xa0₽")
    assert "выше самого дорогого конкурента" in result.steps[3].explanation


def test_money_rounds_half_up_to_whole_minor_units() -> None:
    assert markup_price(333, 0.5) == 500  # 499.5
    assert fixed_cost_share(100000, 3) == 33333  # 33333.33
    assert fixed_cost_share(100000, 0) == 0
    assert break_even_units(100000, 500, 500) is None  # a unit earns nothing towards them


@pytest.mark.parametrize(
    "inputs",
    [
        PriceInputs(-1, 0.4),
        PriceInputs(500, -1.0),
        PriceInputs(500, 0.4, method=PricingMethod.PERCEIVED_VALUE),
        PriceInputs(
            500,
            0.4,
            competitor_prices=[800],
            value_premium=-1.5,
            method=PricingMethod.PERCEIVED_VALUE,
        ),
    ],
)
def test_impossible_inputs_are_explained(inputs: PriceInputs) -> None:
    with pytest.raises(PricingError):
        calculate_price(inputs, "USD")


def test_applying_a_price_is_logged_and_returns_the_old_one(
    tmp_path: Path, db_engine: EngineUnderTest
) -> None:
    path = fx.create_metric_database(tmp_path / "pricing.sqlite", engine=db_engine)
    with open_database(path) as database:
        with database.write() as conn:
            (price,) = set_list_price(conn, fx.MONITOR, 21500)
            assert price.before == {"list_price": 20000}
        with database.read() as conn:
            assert editing.read_row(conn, "product", fx.MONITOR)["list_price"] == 21500
            change = editing.change_history(conn, "product", fx.MONITOR)[0]
    assert (change["field"], change["old_value"], change["new_value"]) == (
        "list_price",
        "20000",
        "21500",
    )
