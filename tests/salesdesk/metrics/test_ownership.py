"""A past period counts a member's customers under the owner of that time (SPEC §3a
Roll-up): the trigger keeps the history, the metrics read it, the aggregates step aside."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path
from unittest import mock

import pytest

from salesdesk.customers import detail
from salesdesk.metrics import aggregates
from salesdesk.metrics.customer_counts import customer_flow, customer_status_counts
from salesdesk.metrics.kpis import metric_value
from salesdesk.metrics.ownership import owners_changed_after
from salesdesk.metrics.scope import Scope
from salesdesk.metrics.stored import customer_cube
from salesdesk.periods import Period
from salesdesk.store.db import Database, open_database
from tests.engines import EngineUnderTest
from tests.salesdesk.metrics import metric_fixture as fx

Q1_2025 = Period.quarter(2025, 1)
BORIS, VERA = Scope(member_id=fx.BORIS), Scope(member_id=fx.VERA)


@pytest.fixture
def database(tmp_path: Path, db_engine: EngineUnderTest) -> Iterator[Database]:
    path = db_engine.holding(fx.create_metric_database(tmp_path / "owners.sqlite"))
    with open_database(path) as opened:
        with opened.write() as conn:
            aggregates.refresh(conn)
        yield opened


def test_an_edit_of_the_owner_is_recorded(database: Database) -> None:
    with database.write() as conn:
        detail.edit_customer(conn, fx.ALFA, {"owner_member_id": fx.VERA})
        detail.edit_customer(conn, fx.ALFA, {"name": "Alfa Group"})  # not an owner change
        rows = conn.exec_driver_sql(
            "SELECT customer_id, changed_on, from_member_id, to_member_id"
            " FROM customer_owner_change"
        ).all()
    # a DATE: ISO text on SQLite, a date on PostgreSQL
    assert [(r[0], str(r[1]), r[2], r[3]) for r in rows] == [
        (fx.ALFA, date.today().isoformat(), fx.BORIS, fx.VERA)
    ]


def test_a_past_period_counts_the_customers_owned_then(database: Database) -> None:
    # Boris owns ALFA, DELTA, KAPPA: current at the end of Q1 2025; today ALFA goes to Vera
    with database.read() as conn:
        assert metric_value(conn, "current_customers", Q1_2025, BORIS) == 3
        assert metric_value(conn, "current_customers", Q1_2025, VERA) == 1  # IOTA
    with database.write() as conn:
        detail.edit_customer(conn, fx.ALFA, {"owner_member_id": fx.VERA})
        aggregates.refresh(conn)
    with database.read() as conn:
        assert owners_changed_after(conn, date(2025, 3, 31))
        # the aggregates know today's owners only: they step aside for a past day
        assert customer_cube(conn, BORIS, owners_on=date(2025, 3, 31)) is None
        assert customer_cube(conn, Scope(territory_id=fx.MOSCOW), owners_on=date(2025, 3, 31))
        assert metric_value(conn, "current_customers", Q1_2025, BORIS) == 3
        assert metric_value(conn, "current_customers", Q1_2025, VERA) == 1
        assert customer_status_counts(conn, date(2025, 3, 31), BORIS)["current"] == 3
        flow = customer_flow(conn, Q1_2025, VERA)
        with mock.patch.object(aggregates, "built", return_value=None):
            assert customer_flow(conn, Q1_2025, VERA) == flow
        # today ALFA is Vera's: BETA, ETA, IOTA and ALFA; on 31 Mar 2025 the first three
        assert customer_cube(conn, VERA, owners_on=date.today()) is not None
        assert sum(customer_status_counts(conn, date.today(), VERA).values()) == 4
        assert sum(customer_status_counts(conn, date(2025, 3, 31), VERA).values()) == 3


def test_the_team_of_an_owner_of_the_past(database: Database) -> None:
    # ALFA moves from Boris (North) to Gleb (South): Q1 2025 still counts it for North
    north, south = Scope(team_id=fx.NORTH), Scope(team_id=fx.SOUTH)
    with database.read() as conn:
        before = (
            metric_value(conn, "current_customers", Q1_2025, north),
            metric_value(conn, "current_customers", Q1_2025, south),
        )
    with database.write() as conn:
        detail.edit_customer(conn, fx.ALFA, {"owner_member_id": fx.GLEB})
    with database.read() as conn:
        after = (
            metric_value(conn, "current_customers", Q1_2025, north),
            metric_value(conn, "current_customers", Q1_2025, south),
        )
    assert before == after == (4.0, 1.0)  # North: ALFA DELTA KAPPA IOTA; South: EPSILON
