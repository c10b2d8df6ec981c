"""Channel performance and CAC per channel, worked by hand (see metric_fixture and
strategy_fixture)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy.engine import Connection

from salesdesk.periods import Period
from salesdesk.store.db import open_database
from salesdesk.strategy.channels import channel_performance, online_offline_trend
from tests.engines import EngineUnderTest
from tests.salesdesk.metrics import metric_fixture as fx
from tests.salesdesk.strategy import strategy_fixture as sf

Q1_2025 = Period.quarter(2025, 1)


@pytest.fixture
def conn(tmp_path: Path, db_engine: EngineUnderTest) -> Iterator[Connection]:
    path = sf.create_strategy_database(tmp_path / "channels.sqlite", engine=db_engine)
    with open_database(path) as database, database.read() as connection:
        yield connection


def test_every_channel_with_its_sales_spend_and_cac(conn: Connection) -> None:
    field, ecommerce, store = channel_performance(conn, Q1_2025)
    # Field sales in Q1 2025: L1 200000, L2 30000, L3 60000, L5 20000, L7 110000
    assert (field.channel_id, field.kind) == (fx.FIELD, "offline")
    assert field.totals.revenue == 420000
    assert field.totals.gross_margin == 420000 - (150000 + 10000 + 45000 + 15000 + 80000)
    assert field.totals.orders == 4  # ORD-1 (two lines), ORD-2, ORD-4, ORD-5
    assert field.totals.buying_customers == 3  # ALFA, DELTA, KAPPA
    assert field.totals.new_customers == 1  # DELTA; ALFA and KAPPA bought in 2024
    # Jan 300000 + Feb 100000; December 2024 is outside the quarter
    assert field.acquisition_spend == sf.FIELD_SPEND_Q1_2025
    assert field.retention_spend == 50000
    assert field.cac == 400000 / 1
    # E-commerce: L4 GAMMA 100000 (not new: bought in 2024) and L6 EPSILON 15000 (new)
    assert (ecommerce.totals.revenue, ecommerce.totals.orders) == (115000, 2)
    assert ecommerce.cac == 200000 / 1
    # Store spent 50000 and sold nothing: listed, with no CAC
    assert (store.name, store.totals.revenue, store.acquisition_spend) == ("Store", 0, 50000)
    assert store.cac is None


def test_sales_without_a_channel_come_last(conn: Connection) -> None:
    conn.exec_driver_sql("UPDATE sale SET channel_id = NULL WHERE id = 5")  # L5, 20000
    lines = channel_performance(conn, Q1_2025)
    assert [line.name for line in lines] == ["Field sales", "E-commerce", "Store", "(not set)"]
    assert (lines[0].totals.revenue, lines[-1].totals.revenue) == (400000, 20000)
    assert lines[-1].cac is None
    conn.rollback()


def test_online_against_offline_by_month(conn: Connection) -> None:
    trend = online_offline_trend(conn, Q1_2025, today=date(2026, 1, 1), months=3)
    assert trend.months == [date(2025, 1, 1), date(2025, 2, 1), date(2025, 3, 1)]
    # offline: Jan L1+L2, Feb L3, Mar L5+L7; online: Feb L4, Mar L6
    assert trend.offline == [230000, 60000, 130000]
    assert trend.online == [0, 100000, 15000]


def test_a_running_period_ends_the_trend_at_this_month(conn: Connection) -> None:
    trend = online_offline_trend(conn, Q1_2025, today=date(2025, 2, 10), months=2)
    assert trend.months == [date(2025, 1, 1), date(2025, 2, 1)]
