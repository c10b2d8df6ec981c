"""Returns and unknown costs (SPEC §3a), worked out by hand on ``metric_fixture`` with a few
lines added, from the sales and from the stored aggregates alike."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path
from unittest import mock

import pytest
from sqlalchemy import text
from sqlalchemy.engine import Connection

from salesdesk.customers.listing import CustomerQuery, ListContext, fetch_page
from salesdesk.metrics import aggregates
from salesdesk.metrics.customer_counts import customer_status_counts
from salesdesk.metrics.kpis import metric_value
from salesdesk.metrics.sales import SalesTotals, sales_totals
from salesdesk.periods import Period
from salesdesk.store.db import Database, open_database
from tests.engines import EngineUnderTest, Location
from tests.salesdesk.metrics import metric_fixture as fx

Q1_2025 = Period.quarter(2025, 1)
DAY = date(2025, 3, 31)

# (order ref, date, customer, product, quantity, amount, cost)
RETURNS = [
    ("ORD-13", "2025-03-28", fx.ALFA, fx.MONITOR, -1, -20000, -15000),  # after its last buy
    ("ORD-14", "2025-03-15", fx.ZETA, fx.SUPPORT, -1, -10000, -5000),  # a prospect's refund
    ("ORD-2", "2025-02-01", fx.DELTA, fx.MONITOR, -3, -60000, -45000),  # cancels ORD-2
    ("ORD-15", "2025-02-10", fx.BETA, fx.MONITOR, -1, -5000, -3750),  # a lost one's refund
]


def _with_returns(location: Location) -> Location:
    with open_database(location) as database, database.write() as conn:
        conn.execute(
            text(
                "INSERT INTO sale (order_ref, date, customer_id, product_id, member_id,"
                " channel_id, quantity, unit_price, discount, amount, cost) VALUES (:order_ref,"
                " :date, :customer, :product, NULL, 1, :quantity, 0, 0, :amount, :cost)"
            ),
            [
                dict(zip(("order_ref", "date", "customer", "product", "quantity", "amount", "cost"),
                         line, strict=True))
                for line in RETURNS
            ],
        )  # fmt: skip
    return location


@pytest.fixture(scope="module", params=["sales", "aggregates"])
def database(
    request: pytest.FixtureRequest,
    tmp_path_factory: pytest.TempPathFactory,
    module_db_engine: EngineUnderTest,
) -> Iterator[Database]:
    path = tmp_path_factory.mktemp("returns") / "returns.sqlite"
    path = _with_returns(module_db_engine.holding(fx.create_metric_database(path)))
    with open_database(path) as opened:
        with opened.write() as conn:
            if request.param == "aggregates":  # kept in step by the write that added lines
                assert aggregates.built(conn) is not None
            else:  # stale: every figure is computed from the sales
                conn.execute(text("UPDATE agg_state SET built_changes = -1"))
        yield opened


@pytest.fixture
def conn(database: Database) -> Iterator[Connection]:
    with database.read() as connection:
        yield connection


def test_returns_lower_revenue_units_and_margin_but_are_no_orders(conn: Connection) -> None:
    # revenue 535000 - 20000 - 10000 - 60000 - 5000; units 10 - 1 - 1 - 3 - 1;
    # orders: ORD-1, -3, -4, -5 and L6; ORD-2 (60000 - 60000 = 0) is no order, nor the refunds.
    # Buying: ALFA, DELTA, GAMMA, EPSILON, KAPPA (ZETA and BETA only returned something);
    # new: DELTA and EPSILON. Cost 380000 - 15000 - 5000 - 45000 - 3750.
    assert sales_totals(conn, Q1_2025) == SalesTotals(
        revenue=440000,
        orders=5,
        units=4,
        buying_customers=5,
        new_customers=2,
        cost=311250,
        costed_revenue=440000,
    )
    assert metric_value(conn, "revenue", Q1_2025) == 440000
    assert metric_value(conn, "orders", Q1_2025) == 5
    assert metric_value(conn, "gross_margin", Q1_2025) == 440000 - 311250
    assert metric_value(conn, "new_customers", Q1_2025) == 2


def test_a_refund_moves_no_status(conn: Connection) -> None:
    # as without the returns: BETA stays lost (its refund is no purchase), ZETA a prospect,
    # ALFA's last purchase stays 5 March
    assert customer_status_counts(conn, DAY) == {"prospect": 2, "current": 5, "lost": 3}
    with mock.patch.object(aggregates, "built", return_value=None):
        assert customer_status_counts(conn, DAY) == {"prospect": 2, "current": 5, "lost": 3}
    context = ListContext.for_period(conn, Q1_2025, DAY)
    rows = {row.code: row for row in fetch_page(conn, CustomerQuery(), context, 0, 20)}
    assert rows["C01"].last_sale == date(2025, 3, 5)
    assert (rows["C02"].status, rows["C06"].status) == ("lost", "prospect")
    assert rows["C06"].first_sale is None


# --- unknown cost ----------------------------------------------------------------------------


@pytest.fixture
def costs_unknown(tmp_path: Path, db_engine: EngineUnderTest) -> Iterator[Database]:
    path = db_engine.holding(fx.create_metric_database(tmp_path / "costs.sqlite"))
    with open_database(path) as opened:
        yield opened


def test_margin_covers_the_lines_whose_cost_is_known(costs_unknown: Database) -> None:
    with costs_unknown.write() as conn:
        conn.exec_driver_sql("UPDATE sale SET cost = NULL WHERE id IN (4, 6)")  # GAMMA, EPSILON
    for refreshed in (False, True):
        with costs_unknown.write() as conn:
            if refreshed:
                aggregates.refresh(conn)
            totals = sales_totals(conn, Q1_2025)
            # known: L1 L2 L3 L5 L7 = 420000 revenue, 300000 cost
            assert (totals.costed_revenue, totals.cost, totals.gross_margin) == (
                420000,
                300000,
                120000,
            )
            assert totals.margin_pct == pytest.approx(120000 / 420000)
            assert totals.margin_coverage == pytest.approx(420000 / 535000)
            assert metric_value(conn, "gross_margin", Q1_2025) == 120000


def test_no_known_cost_means_no_margin(costs_unknown: Database) -> None:
    with costs_unknown.write() as conn:
        conn.exec_driver_sql("UPDATE sale SET cost = NULL")
        totals = sales_totals(conn, Q1_2025)
        assert totals.gross_margin is None and totals.margin_pct is None
        assert metric_value(conn, "gross_margin", Q1_2025) is None
        aggregates.refresh(conn)
        assert metric_value(conn, "gross_margin", Q1_2025) is None
