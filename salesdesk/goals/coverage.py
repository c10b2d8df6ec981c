"""Pipeline coverage of a goal (SPEC §12): what the open pipeline is expected to bring before
the goal ends, against the gap still to close.

Revenue goals compare weighted amounts; goals of deals won compare the expected number of
wins (the sum of P(win) over the open deals). Other metrics, goals already reached, ended or
lower-is-better have no coverage, nor has any goal of a company that keeps no deals.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from sqlalchemy import text

from salesdesk.goals.goal import GoalSpec, goal_owner, goal_scope, load_goals
from salesdesk.metrics.deals import weighted_expected_by
from salesdesk.metrics.kpis import metric_value
from salesdesk.periods import Period
from salesdesk.store.models import GoalMetric

if TYPE_CHECKING:
    from sqlalchemy.engine import Connection

COVERED_METRICS = frozenset({GoalMetric.REVENUE, GoalMetric.DEALS_WON})


@dataclass(frozen=True)
class PipelineCoverage:
    expected: float  # weighted amount (minor units) or expected wins, closing by the goal's end
    gap: float  # target - actual so far

    @property
    def ratio(self) -> float | None:
        """The share of the gap the pipeline is expected to close; None once reached."""
        return self.expected / self.gap if self.gap > 0 else None


def goal_coverage(conn: Connection, goal: GoalSpec, on: date) -> PipelineCoverage | None:
    """The coverage of ``goal`` at ``on``; None where it does not apply."""
    if (
        goal.metric not in COVERED_METRICS
        or goal.target_value is None
        or goal.end_on is None
        or goal.start_on is None
        or goal.lower_is_better
        or on > goal.end_on
        or conn.execute(text("SELECT 1 FROM deal LIMIT 1")).first() is None
    ):
        return None
    scope = goal_scope(conn, goal)
    if scope is None:
        return None
    actual = 0.0
    if on >= goal.start_on:
        actual = metric_value(conn, goal.metric, Period(goal.start_on, on), scope) or 0.0
    expected = weighted_expected_by(
        conn, on, goal.end_on, scope, count=goal.metric == GoalMetric.DEALS_WON
    )
    return PipelineCoverage(expected, goal.target_value - actual)


@dataclass(frozen=True)
class GoalCoverage:
    goal: GoalSpec
    owner: str
    coverage: PipelineCoverage


def running_goal_coverage(conn: Connection, on: date) -> list[GoalCoverage]:
    """The coverage of every running revenue or deals-won goal, by owner and end."""
    result = []
    for goal in load_goals(conn):
        if goal.start_on is None or goal.start_on > on:
            continue
        coverage = goal_coverage(conn, goal, on)
        owner = goal_owner(conn, goal)
        if coverage is not None and owner is not None:
            result.append(GoalCoverage(goal, owner.name, coverage))
    return sorted(result, key=lambda c: (c.owner, c.goal.end_on or on, c.goal.title))
