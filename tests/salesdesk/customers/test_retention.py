"""Retention and churn by month, cohorts, acquisition against retention cost and the at-risk
list, worked out by hand on the customer fixture."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.engine import Connection

from salesdesk.customers.retention import (
    at_risk_customers,
    cohorts,
    cost_comparison,
    flow_by_month,
    months_ending,
    quarters_ending,
)
from salesdesk.periods import Period
from salesdesk.store.db import open_database
from tests.engines import EngineUnderTest
from tests.salesdesk.customers.customers_fixture import DAY, Q1_2025, create_customer_database
from tests.salesdesk.metrics import metric_fixture as fx


@pytest.fixture(scope="module")
def db_path(tmp_path_factory: pytest.TempPathFactory, module_db_engine: EngineUnderTest) -> Path:
    path = create_customer_database(
        tmp_path_factory.mktemp("retention") / "customers.sqlite", module_db_engine
    )
    with open_database(path) as database, database.write() as conn:
        conn.execute(
            text(
                "INSERT INTO channel_spend (channel_id, month, acquisition_spend,"
                " retention_spend) VALUES (:channel, :month, :acquisition, :retention)"
            ),
            [
                {"channel": channel, "month": month, "acquisition": acquisition,
                 "retention": retention}
                for channel, month, acquisition, retention in (
                    (fx.FIELD, "2025-01-01", 300000, 0),
                    (fx.FIELD, "2025-02-01", 100000, 50000),
                    (fx.ECOMMERCE, "2025-03-01", 200000, 30000),
                )
            ],
        )  # fmt: skip
    return path


@pytest.fixture
def conn(db_path: Path) -> Iterator[Connection]:
    with open_database(db_path, read_only=True) as database, database.read() as connection:
        yield connection


def test_months_and_quarters_ending() -> None:
    assert months_ending(date(2025, 3, 31), 3) == [
        Period.month(2025, 1),
        Period.month(2025, 2),
        Period.month(2025, 3),
    ]
    assert quarters_ending(date(2025, 2, 1), 2) == [Period.quarter(2024, 4), Q1_2025]


def test_retention_and_churn_by_month(conn: Connection) -> None:
    february, march = flow_by_month(conn, months_ending(DAY, 2))
    # February: current on 31 Jan ALFA, GAMMA, IOTA, KAPPA; GAMMA marked lost after its sale
    # of 20 Feb -> kept 3 of 4
    assert (february.flow.current_at_start, february.flow.retained, february.flow.lost) == (4, 3, 1)
    assert february.flow.retention_rate == 0.75
    assert february.flow.churn_rate == 0.25
    # March: ALFA, DELTA, IOTA, KAPPA all kept; EPSILON new
    assert (march.flow.current_at_start, march.flow.retained, march.flow.new) == (4, 4, 1)
    assert march.flow.churn_rate == 0


def test_cohorts_by_first_purchase_month(conn: Connection) -> None:
    table = cohorts(conn, months_ending(DAY, 6), DAY)  # October 2024 - March 2025
    # IOTA first bought in October; KAPPA in December and again in March; DELTA in February;
    # EPSILON in March
    assert [(c.month, c.active) for c in table] == [
        (date(2024, 10, 1), [1, 0, 0, 0, 0, 0]),
        (date(2024, 11, 1), [0, 0, 0, 0, 0]),
        (date(2024, 12, 1), [1, 0, 0, 1]),
        (date(2025, 1, 1), [0, 0, 0]),
        (date(2025, 2, 1), [1, 0]),
        (date(2025, 3, 1), [1]),
    ]
    assert table[2].share(3) == 1.0
    assert table[1].share(0) is None  # an empty cohort has no shares


def test_acquisition_against_retention_cost(conn: Connection) -> None:
    (q1,) = cost_comparison(conn, [Q1_2025])
    # 600000 acquisition spend / 2 new (DELTA, EPSILON); 80000 retention spend / 3 kept
    assert q1.acquisition_cost == 300000
    assert q1.retention_cost == pytest.approx(80000 / 3)
    assert q1.ratio == pytest.approx(11.25)


def test_at_risk_list_by_revenue_at_stake(conn: Connection) -> None:
    rows = at_risk_customers(conn, DAY, Q1_2025)
    # KAPPA bought 140000 in the last 365 days, IOTA 40000
    assert [(row.code, row.revenue_365) for row in rows] == [("C10", 140000), ("C09", 40000)]
