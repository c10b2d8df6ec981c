"""Stored aggregates: the same figures as the sales themselves, and never read when stale.

The hand-worked numbers of ``metric_fixture`` are checked again with the aggregates built,
then every metric is compared with the computation from the sales over many periods and
scopes of a small demo database.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path
from unittest import mock

import pytest
from sqlalchemy import text
from sqlalchemy.engine import Connection

from salesdesk.demo import generate_demo
from salesdesk.metrics import aggregates
from salesdesk.metrics.customer_counts import (
    at_risk_count,
    customer_flow,
    lost_customer_ids,
    new_customer_ids,
)
from salesdesk.metrics.flow import CustomerFlow
from salesdesk.metrics.kpis import COMPUTED_METRICS, metric_value
from salesdesk.metrics.sales import DAILY_METRICS, daily_values, monthly_revenue, revenue_breakdown
from salesdesk.metrics.scope import Scope
from salesdesk.periods import Period
from salesdesk.store.db import Database, open_database
from tests.engines import EngineUnderTest
from tests.real_data import add_what_real_data_has
from tests.salesdesk.metrics import metric_fixture as fx

Q1_2025 = Period.quarter(2025, 1)


@pytest.fixture
def database(tmp_path: Path, db_engine: EngineUnderTest) -> Iterator[Database]:
    path = db_engine.holding(fx.create_metric_database(tmp_path / "fixture.sqlite"))
    with open_database(path) as db:
        with db.write() as conn:
            assert aggregates.refresh(conn)
        yield db


@pytest.fixture
def conn(database: Database) -> Iterator[Connection]:
    with database.read() as connection:
        assert aggregates.built(connection) is not None
        yield connection


# --- the hand-worked numbers, read from the aggregates ----------------------------------------


def test_stored_sales_of_a_quarter(conn: Connection) -> None:
    # L1..L7 (see metric_fixture): 535000 revenue, 380000 cost, 10 units, 6 orders
    assert metric_value(conn, "revenue", Q1_2025) == 535000
    assert metric_value(conn, "gross_margin", Q1_2025) == 155000
    assert metric_value(conn, "units", Q1_2025) == 10
    assert metric_value(conn, "orders", Q1_2025) == 6
    assert metric_value(conn, "new_customers", Q1_2025) == 2  # DELTA, EPSILON
    assert metric_value(conn, "revenue", Q1_2025, Scope(team_id=fx.NORTH)) == 420000
    assert metric_value(conn, "revenue", Q1_2025, Scope(category_id=fx.LAPTOPS)) == 410000
    assert metric_value(conn, "revenue", Q1_2025, Scope(territory_id=fx.CENTRAL)) == 520000


def test_stored_customer_flow(conn: Connection) -> None:
    # current at start ALFA BETA GAMMA IOTA KAPPA; lost BETA and GAMMA (override); new DELTA
    # and EPSILON; prospects DELTA, ETA; created EPSILON, ZETA; converted DELTA, EPSILON
    assert customer_flow(conn, Q1_2025) == CustomerFlow(5, 5, 3, 2, 2, 2, 2, 2)
    # Vera owns BETA (lost), ETA (prospect) and IOTA
    vera = customer_flow(conn, Q1_2025, Scope(member_id=fx.VERA))
    assert vera == CustomerFlow(2, 1, 1, 1, 0, 1, 0, 0)


def test_stored_window_edge_and_override(conn: Connection) -> None:
    vera = Scope(member_id=fx.VERA)
    # BETA's only sale is on 5 Jan 2024: current on 3 Jan 2025, lost on 4 Jan 2025
    assert metric_value(conn, "current_customers", Period.month(2024, 12), vera) == 2
    kept = customer_flow(conn, Period(date(2025, 1, 1), date(2025, 1, 3)), vera)
    dropped = customer_flow(conn, Period(date(2025, 1, 1), date(2025, 1, 4)), vera)
    assert (kept.retained, kept.lost, dropped.retained, dropped.lost) == (2, 0, 1, 1)
    # GAMMA, marked lost, stops being current on its last sale, 20 Feb 2025
    gleb = Scope(member_id=fx.GLEB)
    before = Period(date(2025, 2, 1), date(2025, 2, 19))
    assert metric_value(conn, "current_customers", before, gleb) == 1
    on_last_sale = Period(date(2025, 2, 1), date(2025, 2, 20))
    assert metric_value(conn, "current_customers", on_last_sale, gleb) == 0


def test_stored_at_risk(conn: Connection) -> None:
    # IOTA quiet for 181 days; KAPPA with a complaint 30 days old
    assert at_risk_count(conn, date(2025, 3, 31)) == 2
    boris = Scope(member_id=fx.BORIS)
    assert at_risk_count(conn, date(2025, 3, 15), boris) == 0
    assert at_risk_count(conn, date(2025, 3, 16), boris) == 1  # KAPPA's complaint
    vera = Scope(member_id=fx.VERA)
    assert at_risk_count(conn, date(2024, 12, 30), vera) == 1  # BETA
    assert at_risk_count(conn, date(2024, 12, 31), vera) == 2  # and IOTA, 91 days


def test_stored_monthly_revenue(conn: Connection) -> None:
    assert monthly_revenue(conn, date(2024, 10, 1), 3) == [
        (date(2024, 10, 1), 40000),
        (date(2024, 11, 1), 100000),
        (date(2024, 12, 1), 30000),
    ]


# --- staleness ---------------------------------------------------------------------------------


def _add_sale(conn: Connection, day: str, order_ref: str = "ORD-99") -> None:
    conn.execute(
        text(
            "INSERT INTO sale (order_ref, date, customer_id, product_id, member_id, channel_id,"
            " quantity, unit_price, discount, amount, cost) VALUES (:order_ref, :day, :customer,"
            " :product, :member, :channel, 1, 5000, 0, 5000, 1000)"
        ),
        {"order_ref": order_ref, "day": day, "customer": fx.ALFA, "product": fx.SUPPORT,
         "member": fx.BORIS, "channel": fx.FIELD},
    )  # fmt: skip


@pytest.mark.parametrize(
    "change",
    [
        lambda c: c.exec_driver_sql("UPDATE sale SET amount = 1 WHERE id = 3"),
        lambda c: c.exec_driver_sql("DELETE FROM sale WHERE id = 5"),
        lambda c: c.exec_driver_sql("UPDATE customer SET owner_member_id = 4 WHERE id = 1"),
        lambda c: c.exec_driver_sql("UPDATE customer SET status_override = 'lost' WHERE id = 1"),
        lambda c: c.exec_driver_sql("UPDATE settings SET retention_window_days = 180"),
    ],
    ids=["sale edited", "sale deleted", "owner", "marked lost", "window"],
)
def test_a_change_behind_the_keeper_makes_them_stale_until_refreshed(
    database: Database, change: object
) -> None:
    """Changed with raw SQL, not through store.editing: the keeper was not told
    (salesdesk.metrics.keeper), so they go stale and are rebuilt."""
    with database.write() as conn:
        change(conn)  # type: ignore[operator]
        assert aggregates.built(conn) is None
    with database.read() as conn:
        assert aggregates.built(conn) is None
    with database.write() as conn:
        assert aggregates.refresh(conn)
        assert aggregates.built(conn) is not None
        assert not aggregates.refresh(conn)  # nothing to do


@pytest.mark.parametrize(
    "change",
    [
        lambda c: _add_sale(c, "2025-01-02"),
        lambda c: c.exec_driver_sql(
            "INSERT INTO customer (code, name, kind, created_on, notes)"
            " VALUES ('C99', 'New', 'company', '2025-01-01', '')"
        ),
    ],
    ids=["new sale", "customer"],
)
def test_new_rows_are_added_when_their_write_commits(database: Database, change: object) -> None:
    """New rows, told or not (the import's bulk path is not), are found by their ids."""
    with database.write() as conn:
        change(conn)  # type: ignore[operator]
        assert aggregates.built(conn) is None  # until the transaction settles
    with database.read() as conn:
        assert aggregates.built(conn) is not None


def test_a_stale_read_computes_from_the_sales(database: Database) -> None:
    with database.write() as conn:
        _add_sale(conn, "2025-01-02")
        conn.exec_driver_sql("UPDATE sale SET cost = 1000 WHERE id = 1")  # behind the keeper
    with database.read() as conn:
        assert aggregates.built(conn) is None
        assert metric_value(conn, "revenue", Q1_2025) == 535000 + 5000


def test_edits_the_aggregates_do_not_read_keep_them_current(database: Database) -> None:
    with database.write() as conn:
        conn.exec_driver_sql("UPDATE customer SET name = 'Alfa Group', phone = '1' WHERE id = 1")
        assert aggregates.built(conn) is not None


def test_a_restored_row_under_an_old_id_makes_them_stale(database: Database) -> None:
    with database.write() as conn:
        conn.exec_driver_sql("DELETE FROM sale WHERE id = 14")
        aggregates.refresh(conn)
        conn.exec_driver_sql(
            "INSERT INTO sale (id, date, customer_id, amount, cost, quantity, unit_price,"
            " discount) VALUES (14, '2023-05-01', 8, 95000, 70000, 1, 95000, 0)"
        )
        assert aggregates.built(conn) is None


def test_an_order_over_two_days_is_counted_from_the_sales(database: Database) -> None:
    with database.write() as conn:
        _add_sale(conn, "2025-01-16", order_ref="ORD-1")  # ORD-1 also has lines on 15 Jan
        aggregates.refresh(conn)
        built = aggregates.built(conn)
        assert built is not None
        assert not built.orders_add_up
        # 6 orders in Q1 still: ORD-1 counts once
        assert metric_value(conn, "orders", Q1_2025) == 6
        assert metric_value(conn, "revenue", Q1_2025) == 540000


# --- the same figures as the sales, on a demo ---------------------------------------------------


@pytest.fixture(scope="module")
def demo(
    tmp_path_factory: pytest.TempPathFactory, module_db_engine: EngineUnderTest
) -> Iterator[Database]:
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite"
    generate_demo(path, customers=300, sales=4000, seed=5)
    with open_database(module_db_engine.holding(path)) as db:
        with db.write() as conn:
            add_what_real_data_has(conn)  # returns, unknown costs, owners changed today
            aggregates.refresh(conn)
        yield db


_SCOPES = [
    Scope(),
    Scope(member_id=8),
    Scope(team_id=1),
    Scope(territory_id=1),
    Scope(account_type_id=2),
    Scope(channel_id=2),
    Scope(category_id=1),
    Scope(product_id=5),
]
_PERIODS = [
    *(Period.quarter(year, q) for year in (2024, 2025, 2026) for q in (1, 2, 3, 4)),
    Period.month(2026, 2),
    Period(date(2024, 2, 29), date(2026, 11, 28)),
]


def _figures(conn: Connection, period: Period, scope: Scope) -> dict[str, object]:
    values: dict[str, object] = {}
    for metric in COMPUTED_METRICS:
        value = metric_value(conn, metric, period, scope)
        values[metric] = None if value is None else round(value, 6)  # sums in another order
    values["flow"] = customer_flow(conn, period, scope)
    values["at risk"] = at_risk_count(conn, period.end, scope)
    values["months"] = monthly_revenue(conn, period.start, 3, scope)
    for metric in DAILY_METRICS:
        daily = daily_values(conn, metric, period, scope)
        values[f"{metric} per day"] = {day: round(value, 6) for day, value in daily.items()}
    if scope == Scope():
        for by in ("member", "team", "territory", "category", "account-type", "channel"):
            values[f"revenue by {by}"] = revenue_breakdown(conn, period, by)
    return values


@pytest.mark.parametrize("scope", _SCOPES, ids=str)
def test_stored_figures_equal_the_sales(demo: Database, scope: Scope) -> None:
    with demo.read() as conn:
        for period in _PERIODS:
            stored = _figures(conn, period, scope)
            with mock.patch.object(aggregates, "built", return_value=None):
                computed = _figures(conn, period, scope)
            assert stored == computed, period


def test_the_customers_behind_the_counts(conn: Connection) -> None:
    # new in Q1 2025: DELTA and EPSILON; lost: BETA (window ran out) and GAMMA (override)
    assert new_customer_ids(conn, Q1_2025) == [fx.DELTA, fx.EPSILON]
    assert lost_customer_ids(conn, Q1_2025) == [fx.BETA, fx.GAMMA]
    with mock.patch.object(aggregates, "built", return_value=None):
        assert new_customer_ids(conn, Q1_2025) == [fx.DELTA, fx.EPSILON]
        assert lost_customer_ids(conn, Q1_2025) == [fx.BETA, fx.GAMMA]
