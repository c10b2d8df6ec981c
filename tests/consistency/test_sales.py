"""Sales figures in every place they appear: the Team detail pane, ``kpi --by team``, the team
report and goal actuals; the dashboard's cards and ``kpi``; groups adding up to the company
where SPEC §3a says they do (new customers by member, channel, product...)."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date

import pytest
from sqlalchemy import text
from sqlalchemy.engine import Connection

from salesdesk.cli.main import main
from salesdesk.formatting import money_major
from salesdesk.goals.goal import GoalSpec
from salesdesk.goals.progress import goal_progress
from salesdesk.metrics.comparison import comparison
from salesdesk.metrics.costs import (
    acquisition_cost,
    channel_spend,
    new_customers_by_acquisition_channel,
)
from salesdesk.metrics.customer_counts import lost_customer_ids, new_customer_ids
from salesdesk.metrics.kpis import dashboard_kpis, growth
from salesdesk.metrics.sales import BREAKDOWNS, sales_breakdown, sales_totals
from salesdesk.metrics.scope import Scope
from salesdesk.reports.team import team_report_data
from salesdesk.store.db import Database
from salesdesk.store.models import GoalMetric
from salesdesk.team.figures import node_figures
from tests.consistency.conftest import CASES, Case, today_is


def _teams(conn: Connection) -> list[tuple[int, str]]:
    return [tuple(row) for row in conn.exec_driver_sql("SELECT id, name FROM team ORDER BY id")]


def _goal(team: int, metric: str, case: Case) -> GoalSpec:
    period = case.period
    return GoalSpec(
        title="Consistency", metric=metric, owner_team_id=team, target_value=1.0,
        start_on=period.start, end_on=period.end,
    )  # fmt: skip


@pytest.mark.parametrize("case", CASES, ids=str)
def test_a_team_shows_the_same_figures_everywhere(demo: Database, case: Case) -> None:
    """The detail pane, ``kpi --by team`` (sub-teams included), the team report's team totals
    and a goal of the team all over the period to date, against the same earlier days."""
    with today_is(case.today), demo.read() as conn:
        compared = comparison(case.period)
        by_team = {g.key: g.totals for g in sales_breakdown(conn, compared.current, "team")}
        before = {g.key: g.totals for g in sales_breakdown(conn, compared.previous, "team")}
        report = team_report_data(conn, case.period)
        totals = {s.path.split(" / ")[-1]: s.total for s in report.sections if s.total}
        for team, name in _teams(conn):
            pane = node_figures(conn, case.period, Scope(team_id=team))
            figures = {key: kpi.value for key, kpi in pane.figures.items()}
            kpi_row = by_team.get(team)
            revenue = kpi_row.revenue if kpi_row else 0
            new = kpi_row.new_customers if kpi_row else 0
            assert figures["revenue"] == revenue == totals[name].revenue
            assert figures["new_customers"] == new == totals[name].new_customers
            assert figures["orders"] == (kpi_row.orders if kpi_row else 0)
            assert figures["current_accounts"] == totals[name].current_accounts
            assert pane.lost == totals[name].lost_customers
            previous = before[team].revenue if team in before else 0
            assert totals[name].revenue_growth == growth(revenue, previous)
            assert pane.figures["revenue"].previous == previous
            for metric, key in (
                (GoalMetric.REVENUE, "revenue"),
                (GoalMetric.NEW_CUSTOMERS, "new_customers"),
                (GoalMetric.CURRENT_CUSTOMERS, "current_accounts"),
            ):
                actual = goal_progress(conn, _goal(team, metric, case), case.today).actual
                assert actual == figures[key], (name, metric)


@pytest.mark.parametrize("case", CASES, ids=str)
def test_the_dashboard_cards_are_what_kpi_prints(
    demo: Database, case: Case, capsys: pytest.CaptureFixture[str]
) -> None:
    with today_is(case.today):
        compared = comparison(case.period)
        with demo.read() as conn:
            cards = dashboard_kpis(conn, case.period)
            lost = len(lost_customer_ids(conn, case.period))
            new = len(new_customer_ids(conn, compared.current))
        kpi = _kpi_total(capsys, demo, compared.current.start, compared.current.end)
        earlier = _kpi_total(capsys, demo, compared.previous.start, compared.previous.end)
    assert kpi["revenue"] == money_major(cards["revenue"].value)
    assert kpi["orders"] == cards["orders"].value
    assert kpi["average_order_value"] == money_major(cards["average_order_value"].value)
    assert kpi["new_customers"] == cards["new_customers"].value == new
    assert earlier["revenue"] == money_major(cards["revenue"].previous)
    assert cards["lost_customers"].value == lost


def _kpi_total(
    capsys: pytest.CaptureFixture[str], demo: Database, first: date, last: date
) -> dict[str, object]:
    args = ["kpi", "--db", str(demo.path), "--from", first.isoformat(), "--to", last.isoformat()]
    capsys.readouterr()
    assert main([*args, "--format", "json"]) == 0
    rows: list[dict[str, object]] = json.loads(capsys.readouterr().out)["rows"]
    return rows[0]


# Groups that partition the sales: each line, and each new customer's first purchase, falls in
# exactly one of them (a team includes its sub-teams, so teams overlap by design).
PARTITIONS = [by for by in BREAKDOWNS if by != "team"]


@pytest.mark.parametrize("case", CASES, ids=str)
def test_groups_add_up_to_the_company(demo: Database, case: Case) -> None:
    with today_is(case.today), demo.read() as conn:
        period = comparison(case.period).current
        company = sales_totals(conn, period)
        for by in PARTITIONS:
            groups = sales_breakdown(conn, period, by)
            assert sum(g.totals.new_customers for g in groups) == company.new_customers, by
            assert sum(g.totals.revenue for g in groups) == company.revenue, by
        acquired = new_customers_by_acquisition_channel(conn, period)
        assert sum(acquired.values()) == company.new_customers
        for channel, count in acquired.items():
            if channel is None or not count:
                continue
            spend = channel_spend(conn, period, "acquisition_spend", Scope(channel_id=channel))
            assert acquisition_cost(conn, period, Scope(channel_id=channel)) == spend / count


@pytest.mark.parametrize("case", CASES[::4], ids=str)
def test_a_team_is_its_members_and_sub_teams(demo: Database, case: Case) -> None:
    with today_is(case.today), demo.read() as conn:
        period = case.period
        members = {g.key: g.totals.revenue for g in sales_breakdown(conn, period, "member")}
        for team, name in _teams(conn):
            in_tree = conn.execute(
                text(
                    "WITH RECURSIVE tree(id) AS (SELECT CAST(:team AS INTEGER) UNION"
                    " SELECT t.id FROM team t JOIN tree ON t.parent_id = tree.id)"
                    " SELECT id FROM member WHERE team_id IN (SELECT id FROM tree)"
                ),
                {"team": team},
            ).scalars()
            expected = sum(members.get(member, 0) for member in in_tree)
            assert sales_totals(conn, period, Scope(team_id=team)).revenue == expected, name


def test_a_period_still_running_is_compared_to_date() -> None:
    with today_is(date(2026, 11, 20)):
        compared = comparison(CASES[7].period)  # Q4 2026, 51 days in
    assert compared.to_date
    assert (compared.current.days, compared.previous.days, compared.year_ago.days) == (51, 51, 51)
    assert compared.previous.start == date(2026, 7, 1)
    assert compared.year_ago == replace(compared.year_ago, start=date(2025, 10, 1))
