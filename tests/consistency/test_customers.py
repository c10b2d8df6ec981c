"""Customers counted in every place they appear, at every day of the cases: the customer
list, the metrics (from the aggregates and from the sales), segments, the customers report,
``main.py customers`` — and RFM tiers in the same places (SPEC §3a As of a date)."""

from __future__ import annotations

from unittest import mock

import pytest
from sqlalchemy import text
from sqlalchemy.engine import Connection

from salesdesk.cli.customers import customer_listing
from salesdesk.customers.listing import CustomerQuery, ListContext, StatusDay, count_customers
from salesdesk.customers.rules import Condition
from salesdesk.customers.segments import compile_rule, count_members
from salesdesk.customers.summary import bring_summary_up_to_date, customer_facts, tier_counts
from salesdesk.metrics import aggregates
from salesdesk.metrics.clock import closing_day
from salesdesk.metrics.customer_counts import (
    at_risk_count,
    customer_flow,
    customer_status_counts,
)
from salesdesk.metrics.rfm import rfm_tier_counts
from salesdesk.metrics.scope import Scope
from salesdesk.reports.customers import customers_report_data
from salesdesk.store.db import Database
from tests.consistency.conftest import CASES, Case, today_is

STATUSES = ("prospect", "current", "lost", "at_risk")


def _metric_counts(conn: Connection, case: Case) -> dict[str, int]:
    day = closing_day(case.period)
    counts = customer_status_counts(conn, day)
    counts["at_risk"] = at_risk_count(conn, day)
    return counts


def _segment_count(conn: Connection, day: StatusDay, condition: Condition) -> int:
    return count_members(conn, compile_rule([condition], day))


@pytest.mark.parametrize("case", CASES, ids=str)
def test_customers_agree_everywhere(demo: Database, case: Case) -> None:
    """Statuses and RFM tiers: the list, the metrics, segments, the customers report and
    ``main.py customers``."""
    with today_is(case.today), demo.read() as conn:
        day = closing_day(case.period)
        context = ListContext.for_period(conn, case.period)
        rule_day = StatusDay.at(conn, day)
        report = customers_report_data(conn, case.period, Scope())
        command = customer_listing(conn, day).counts
        listed = {s: count_customers(conn, CustomerQuery(status=s), context) for s in STATUSES}
        stored = _metric_counts(conn, case)
        with mock.patch.object(aggregates, "built", return_value=None):
            computed = _metric_counts(conn, case)
        segments = {s: _segment_count(conn, rule_day, Condition("status", (s,))) for s in STATUSES}
        tiers = tier_counts(conn, day)
        listed_tiers = {
            tier: count_customers(conn, CustomerQuery(rfm_tier=tier), context) for tier in tiers
        }
        scored = rfm_tier_counts(conn, day)
        champions = _segment_count(conn, rule_day, Condition("rfm_tier", ("champions",)))
    assert listed == stored == computed == report.statuses == segments
    assert {status: command[status] for status in STATUSES} == listed
    assert tiers == scored == report.tiers == command["rfm"] == listed_tiers
    assert champions == tiers["champions"]


@pytest.mark.parametrize("case", CASES, ids=str)
def test_the_list_rows_add_up_to_the_counts(demo: Database, case: Case) -> None:
    with today_is(case.today), demo.read() as conn:
        day = closing_day(case.period)
        listing = customer_listing(conn, day)
    by_status = {status: 0 for status in STATUSES}
    for row in listing.rows:
        by_status[row.status] += 1
        by_status["at_risk"] += row.at_risk
        assert row.at_risk == bool(row.risk) and (not row.at_risk or row.status == "current")
    assert by_status == {status: listing.counts[status] for status in STATUSES}


@pytest.mark.parametrize("case", CASES[:4], ids=str)
def test_stored_figures_of_a_day_equal_the_computed_ones(demo: Database, case: Case) -> None:
    day = closing_day(case.period)
    columns = "SELECT * FROM {relation} cs ORDER BY customer_id"
    with today_is(case.today):
        with demo.read() as conn:
            facts = customer_facts(conn, day)
            assert not facts.stored or facts.day == day
            computed = conn.execute(text(columns.format(relation=facts.relation)), facts.params)
            computed_rows = computed.all()
        bring_summary_up_to_date(demo, day)
        with demo.read() as conn:
            facts = customer_facts(conn, day)
            assert facts.stored
            stored_rows = conn.execute(text(columns.format(relation=facts.relation))).all()
    assert [tuple(row) for row in stored_rows] == [tuple(row) for row in computed_rows]


@pytest.mark.parametrize("case", CASES, ids=str)
def test_owners_flows_agree_with_and_without_the_aggregates(demo: Database, case: Case) -> None:
    """A member's or team's customers at a past day are those they owned then, whether the
    aggregates (today's owners) may answer or the sales must (SPEC §3a Roll-up)."""
    with today_is(case.today), demo.read() as conn:
        owners = conn.exec_driver_sql(
            "SELECT owner_member_id FROM customer WHERE owner_member_id IS NOT NULL"
            " GROUP BY owner_member_id ORDER BY COUNT(*) DESC LIMIT 2"
        ).scalars()
        teams = conn.exec_driver_sql("SELECT id FROM team ORDER BY id LIMIT 2").scalars()
        scopes = [Scope(member_id=m) for m in owners] + [Scope(team_id=t) for t in teams]
        stored = [_flow(conn, case, scope) for scope in scopes]
        with mock.patch.object(aggregates, "built", return_value=None):
            computed = [_flow(conn, case, scope) for scope in scopes]
    assert stored == computed


def _flow(conn: Connection, case: Case, scope: Scope) -> tuple[object, int]:
    day = closing_day(case.period)
    return customer_flow(conn, case.period, scope), at_risk_count(conn, day, scope)
