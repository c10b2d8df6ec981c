"""Prices nobody means are refused, naming the field, and odd ones flagged for confirmation
(issue 10 Guardrails), on numbers worked out by hand."""

from __future__ import annotations

from pathlib import Path

import pytest

from salesdesk.store.db import open_database
from salesdesk.strategy.catalogue import CatalogueError, check_product
from salesdesk.strategy.pricing import (
    PriceInputs,
    PricingError,
    calculate_price,
    price_concerns,
    set_list_price,
)
from tests.engines import EngineUnderTest
from tests.salesdesk.metrics import metric_fixture as fx


@pytest.mark.parametrize(
    ("inputs", "field"),
    [
        (PriceInputs(-1, 0.4), "variable_cost"),  # never read as a cost of 0
        (PriceInputs(500, 0.4, fixed_costs=-100, expected_units=10), "fixed_costs"),
        (PriceInputs(500, 0.4, expected_units=-3), "expected_units"),
        (PriceInputs(500, -1.0), "margin"),
    ],
)
def test_the_calculator_names_the_field_it_refuses(inputs: PriceInputs, field: str) -> None:
    with pytest.raises(PricingError) as refused:
        calculate_price(inputs, "USD")
    assert refused.value.field == field


@pytest.mark.parametrize(
    ("values", "field", "message"),
    [
        ({"code": "X1", "name": "X", "unit_cost": 100, "list_price": -5}, "list_price",
         "The list price cannot be negative."),
        ({"code": "X1", "name": "X", "unit_cost": -100, "list_price": 500}, "unit_cost",
         "The unit cost cannot be negative."),
        ({"code": "", "name": "X"}, "code", "A product needs a code and a name."),
    ],
)  # fmt: skip
def test_a_product_is_refused_at_its_field(
    tmp_path: Path, values: dict[str, object], field: str, message: str, db_engine: EngineUnderTest
) -> None:
    path = fx.create_metric_database(tmp_path / "catalogue.sqlite", engine=db_engine)
    with (
        open_database(path) as database,
        database.read() as conn,
        pytest.raises(CatalogueError) as refused,
    ):
        check_product(conn, values, None)
    assert (refused.value.field, str(refused.value)) == (field, message)


def test_a_negative_price_is_never_applied(tmp_path: Path, db_engine: EngineUnderTest) -> None:
    path = fx.create_metric_database(tmp_path / "price.sqlite", engine=db_engine)
    with open_database(path) as database, database.write() as conn:
        with pytest.raises(PricingError) as refused:
            set_list_price(conn, fx.MONITOR, -500)
        assert refused.value.field == "list_price"
        price = conn.exec_driver_sql("SELECT list_price FROM product WHERE id = 2").scalar()
    assert price == 20000  # unchanged


def test_a_price_below_cost_or_far_from_the_current_one_asks_first() -> None:
    # Monitor: cost 150.00, price 200.00
    assert price_concerns(21500, 20000, 15000, "USD") == []  # +7.5 %, above cost
    below = price_concerns(14000, 20000, 15000, "USD")
    assert [c.kind for c in below] == ["below_cost"]
    assert (
        below[0].sentence
        == "$140.00 is below the unit cost of $150.00: every sale would lose $10.00."
    )
    # +50 % exactly is still fine; +50.5 % asks
    assert price_concerns(30000, 20000, 15000, "USD") == []
    jump = price_concerns(30100, 20000, 15000, "USD")
    assert [c.kind for c in jump] == ["big_change"]
    assert jump[0].sentence == "$301.00 is +50.5% against the current $200.00."
    # $0 is both below cost and -100 %
    assert [c.kind for c in price_concerns(0, 20000, 15000, "USD")] == ["below_cost", "big_change"]
    # no current price yet (0): only the cost can be against it
    assert price_concerns(100, 0, None, "USD") == []
