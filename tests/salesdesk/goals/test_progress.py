"""Expected, forecast and status of goals, worked out by hand; split rollups."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.engine import Connection

from salesdesk.goals.goal import GoalSpec
from salesdesk.goals.progress import (
    checkin_forecast,
    forecast,
    goal_progress,
    linear_share,
    rate_forecast,
    status,
)
from salesdesk.goals.rollup import splits
from salesdesk.goals.status import Status
from salesdesk.metrics import clock
from salesdesk.periods import Period
from salesdesk.store.db import open_database
from salesdesk.store.models import BaselineKind, Direction, GoalMetric
from tests.engines import EngineUnderTest
from tests.salesdesk.goals import goal_fixture as fx

TODAY = date(2026, 2, 14)  # day 45 of Q1 2026's 90
Q1_2026 = Period.quarter(2026, 1)

# Revenue, all credited to Ivan (team North) through the web:
#   Q1 2025: 10 Jan 50 000, 10 Feb 50 000, 10 Mar 100 000 -> 100 000 of 200 000 by 14 Feb
#   Q4 2025: 15 Nov 250 000 (the baseline)
#   Q1 2026: 5 Jan 40 000, 25 Jan 40 000, 1 Feb 30 000, 10 Feb 30 000 -> 140 000 so far
# Customers for churn (W = 365): 1 buys 1 Jun 2024 and 1 Mar 2025; 2 only 1 Mar 2024;
# 3 buys 1 Oct 2024 and 1 Sep 2025; 4 buys 1 Dec 2024 and 1 Nov 2025; 5 only 20 Jan 2025.
SALES = [
    ("2025-01-10", 50000, 1),
    ("2025-02-10", 50000, 1),
    ("2025-03-10", 100000, 1),
    ("2025-11-15", 250000, 3),
    ("2026-01-05", 40000, 1),
    ("2026-01-25", 40000, 3),
    ("2026-02-01", 30000, 4),
    ("2026-02-10", 30000, 4),
    ("2024-06-01", 0, 1),
    ("2024-03-01", 0, 2),
    ("2024-10-01", 0, 3),
    ("2025-09-01", 0, 3),
    ("2024-12-01", 0, 4),
    ("2025-01-20", 0, 5),
]


@pytest.fixture(scope="module")
def db_path(tmp_path_factory: pytest.TempPathFactory, module_db_engine: EngineUnderTest) -> Path:
    path = tmp_path_factory.mktemp("progress") / "db.sqlite"
    # the churn story's purchases of 1 Mar 2025 and 1 Nov 2025, of no revenue
    sales = [*SALES, ("2025-03-01", 0, 1), ("2025-11-01", 0, 4)]
    return fx.create_goal_database(path, sales=sales, customers=5, engine=module_db_engine)


@pytest.fixture
def conn(db_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Connection]:
    monkeypatch.setattr(clock, "today", lambda: TODAY)
    with open_database(db_path, read_only=True) as database, database.read() as connection:
        yield connection


def _revenue_goal(**changes: object) -> GoalSpec:
    values: dict[str, object] = {
        "id": 1,
        "title": "North revenue in Q1 2026",
        "metric": GoalMetric.REVENUE,
        "owner_team_id": fx.NORTH,
        "baseline_kind": BaselineKind.PREVIOUS_PERIOD,
        "target_value": 300000.0,
        "start_on": Q1_2026.start,
        "end_on": Q1_2026.end,
    }
    values.update(changes)
    return GoalSpec(**values)  # type: ignore[arg-type]


def test_revenue_goal_progress(conn: Connection) -> None:
    progress = goal_progress(conn, _revenue_goal(), TODAY)
    assert progress.actual == 140000
    assert progress.baseline == 250000  # Q4 2025
    assert progress.seasonal_share == pytest.approx(0.5)  # 100 000 of 200 000 by 14 Feb 2025
    assert progress.expected == pytest.approx(150000)  # 300 000 x 0.5
    assert progress.attainment == pytest.approx(140000 / 300000)
    # last 28 days (18 Jan - 14 Feb): 40 000 + 30 000 + 30 000 = 100 000; 45 days left:
    # run-rate 140 000 + 100 000 / 28 x 45 = 300 714.29; seasonal 140 000 / 0.5 = 280 000
    assert progress.forecast == pytest.approx((140000 + 100000 / 28 * 45 + 280000) / 2)
    assert progress.status is Status.AT_RISK  # 290 357 is 96.8 % of 300 000


def test_a_goal_already_reached_is_achieved(conn: Connection) -> None:
    assert goal_progress(conn, _revenue_goal(target_value=120000), TODAY).status is (
        Status.ACHIEVED
    )


def test_a_goal_not_started(conn: Connection) -> None:
    later = _revenue_goal(start_on=date(2026, 4, 1), end_on=date(2026, 6, 30))
    progress = goal_progress(conn, later, TODAY)
    assert (progress.status, progress.actual) == (Status.NOT_STARTED, None)


def test_an_ended_goal_short_of_its_target_is_missed(conn: Connection) -> None:
    q4 = _revenue_goal(start_on=date(2025, 10, 1), end_on=date(2025, 12, 31))
    assert goal_progress(conn, q4, TODAY).status is Status.MISSED  # 250 000 < 300 000
    assert goal_progress(conn, q4, TODAY).forecast == 250000


def test_without_last_years_shape_the_expectation_is_linear(conn: Connection) -> None:
    # Q1 2025 of the store channel has no sales: no seasonal share
    goal = _revenue_goal(owner_team_id=None, owner_member_id=fx.HEAD, scope_channel_id=fx.STORE)
    progress = goal_progress(conn, goal, TODAY)
    assert progress.seasonal_share is None
    assert progress.expected == pytest.approx(300000 * 45 / 90)
    assert progress.forecast == 0
    assert progress.status is Status.OFF_TRACK


def _churn_goal(year: int) -> GoalSpec:
    return GoalSpec(
        id=2,
        title=f"Churn under 30 % in {year}",
        metric=GoalMetric.CHURN_RATE,
        owner_member_id=fx.HEAD,
        direction=Direction.LOWER_IS_BETTER,
        target_value=0.30,
        start_on=date(year, 1, 1),
        end_on=date(year, 12, 31),
    )


def test_lower_is_better_churn_ended(conn: Connection) -> None:
    # current at the start of 2025: 1, 2, 3, 4 (last sale within 2024); 2 is lost on 1 Mar
    # 2025, the others buy again: churn 1 / 4 = 25 % <= 30 %: achieved; 30 / 25 = 120 %
    progress = goal_progress(conn, _churn_goal(2025), TODAY)
    assert progress.actual == pytest.approx(0.25)
    assert progress.status is Status.ACHIEVED
    assert progress.attainment == pytest.approx(1.2)


def test_lower_is_better_churn_running(conn: Connection) -> None:
    # current at the start of 2026: 1, 3, 4 and 5 (20 Jan 2025); by 14 Feb 5 has been quiet
    # for 365 days while the others bought in 2026: churn 1 / 4 = 25 % after 45 of 365 days.
    # Churn builds up from 0 over the year: expected 30 % x 45 / 365; carried on at this
    # pace it would pass 100 %, so the forecast is 100 %: off track.
    progress = goal_progress(conn, _churn_goal(2026), TODAY)
    assert progress.actual == pytest.approx(0.25)
    assert progress.baseline == pytest.approx(0.25)
    assert progress.expected == pytest.approx(0.30 * 45 / 365)
    assert progress.forecast == pytest.approx(1.0)
    assert progress.status is Status.OFF_TRACK


def test_rate_forecasts() -> None:
    # churn of 10 % after a quarter of the year: 40 % by its end; retention of 95 % after a
    # quarter: 80 %
    assert rate_forecast(0.10, 0.0, 0.25) == pytest.approx(0.40)
    assert rate_forecast(0.95, 1.0, 0.25) == pytest.approx(0.80)


@pytest.mark.parametrize(
    ("forecast_value", "expected"),
    [(0.30, Status.ON_TRACK), (0.33, Status.AT_RISK), (0.34, Status.OFF_TRACK)],
)
def test_lower_is_better_inverts_the_bands(forecast_value: float, expected: Status) -> None:
    # at risk: the target is 90-100 % of the forecast: 0.30 / 0.33 = 91 %, 0.30 / 0.34 = 88 %
    judged = status(
        actual=0.2, forecast_value=forecast_value, target=0.30, ended=False, lower_is_better=True
    )
    assert judged is expected


def test_manual_metric_takes_its_actual_from_checkins(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(clock, "today", lambda: TODAY)
    goal = GoalSpec(
        title="NPS to 45",
        metric=GoalMetric.MANUAL,
        manual_unit="points",
        owner_member_id=fx.HEAD,
        target_value=45.0,
        start_on=date(2026, 1, 1),
        end_on=date(2026, 6, 30),
    )
    with open_database(db_path) as database:
        with database.write() as conn:
            goal_id = conn.execute(
                text(
                    "INSERT INTO goal (title, description, metric, manual_unit, owner_member_id,"
                    " baseline_kind, target_value, direction, resource_notes, start_on, end_on)"
                    " VALUES ('NPS to 45', '', 'manual', 'points', 1, 'previous_period', 45,"
                    " 'higher', '', '2026-01-01', '2026-06-30') RETURNING id"
                )
            ).scalar_one()
            conn.execute(
                text(
                    "INSERT INTO goal_checkin (goal_id, date, value, note) VALUES"
                    " (:g, '2026-01-10', 30, ''), (:g, '2026-02-10', 33, ''),"
                    " (:g, '2026-03-10', 99, 'after today')"
                ),
                {"g": goal_id},
            )
        with database.read() as conn:
            progress = goal_progress(conn, GoalSpec(**{**goal.values(), "id": goal_id}), TODAY)
    # actual: the latest check-in by 14 Feb; the line through (10 Jan, 30) and (10 Feb, 33)
    # rises 3 points in 31 days: on 30 Jun (140 days after 10 Feb) 33 + 3 / 31 x 140
    assert progress.actual == 33
    assert progress.baseline == 30
    assert progress.forecast == pytest.approx(33 + 3 / 31 * 140)
    assert progress.status is Status.ON_TRACK  # 46.5 >= 45
    assert progress.expected == pytest.approx(30 + 15 * 45 / 181)


def test_no_churn_at_all_is_on_track() -> None:
    judged = status(actual=0.0, forecast_value=0.0, target=0.3, ended=False, lower_is_better=True)
    assert judged is Status.ON_TRACK


def test_forecast_arithmetic() -> None:
    assert forecast(100.0, run_rate=2.0, days_left=10, seasonal_share=None) == 120.0
    assert forecast(100.0, run_rate=2.0, days_left=10, seasonal_share=0.25) == (120 + 400) / 2
    assert checkin_forecast([], date(2026, 1, 1)) is None
    assert checkin_forecast([(date(2026, 1, 1), 5.0)], date(2026, 3, 1)) == 5.0
    assert linear_share(Q1_2026, date(2025, 12, 31)) == 0.0
    assert linear_share(Q1_2026, date(2026, 3, 31)) == 1.0


# --- rollup ------------------------------------------------------------------------------------


def _child(goal_id: int, parent: int, target: float, metric: str = "revenue") -> GoalSpec:
    return GoalSpec(id=goal_id, parent_id=parent, metric=metric, target_value=target)


def test_split_mismatch_is_flagged_with_the_difference() -> None:
    goals = [
        GoalSpec(id=1, metric="revenue", target_value=1000.0),
        _child(2, 1, 400.0),
        _child(3, 1, 500.0),
        _child(4, 1, 0.2, metric="churn_rate"),  # another metric: not part of the split
        GoalSpec(id=5, metric="revenue", target_value=100.0),
        _child(6, 5, 60.0),
        _child(7, 5, 40.0),
    ]
    result = splits(goals)
    assert (result[1].children_total, result[1].difference, result[1].mismatch) == (
        900.0,
        -100.0,
        True,
    )
    assert result[1].children == 2
    assert (result[5].difference, result[5].mismatch) == (0.0, False)
    assert set(result) == {1, 5}
