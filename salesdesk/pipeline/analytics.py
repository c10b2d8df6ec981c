"""Everything the Pipeline analytics view and the pipeline report show, gathered in one go
from :mod:`salesdesk.metrics.deals` (the report and the view show the same numbers)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from sqlalchemy import text

from salesdesk.goals.coverage import GoalCoverage, running_goal_coverage
from salesdesk.goals.goal import goal_scope, load_goals
from salesdesk.metrics import clock, deals
from salesdesk.metrics.scope import Scope, tree_cte
from salesdesk.metrics.stages import Pipeline, Stage, load_pipelines
from salesdesk.periods import Period, add_months, month_start
from salesdesk.pipeline.board import DealCard, cards_for
from salesdesk.pipeline.summary import PipelineGroup, pipeline_summary
from salesdesk.settings import load_settings
from salesdesk.store.models import GoalMetric

if TYPE_CHECKING:
    from sqlalchemy.engine import Connection

FORECAST_MONTHS_AHEAD = 3  # the forecast runs at least this many months past the closing day
MAX_MONTHS = 24
ROTTING_ROWS = 25


@dataclass(frozen=True)
class StageFigures:
    stage: Stage
    open: deals.OpenPipeline
    probability: deals.StageProbability
    reached: int  # deals created in the period that reached it or a later stage
    conversion: deals.Conversion | None
    days: float | None  # median days in the stage

    @property
    def weighted(self) -> float:
        return self.open.amount * self.probability.probability


@dataclass(frozen=True)
class PipelineStages:
    pipeline: Pipeline
    stages: list[StageFigures]


@dataclass(frozen=True)
class MonthLine:
    forecast: deals.MonthForecast
    goal: float | None  # the month's part of the scope's revenue goals


@dataclass(frozen=True)
class PipelineAnalytics:
    """The figures of one pipeline (``pipeline`` set) or of all. The forecast against the
    goals and the goals' coverage always count every pipeline: a revenue goal is met by the
    deals of all of them."""

    period: Period
    on: date  # the closing day: open figures are read at its end
    currency: str
    pipeline: Pipeline | None  # None: all pipelines
    several_pipelines: bool  # the database has more than one
    open: deals.OpenPipeline
    weighted: float
    closed: deals.ClosedDeals
    velocity: deals.Velocity
    pipelines: list[PipelineStages]
    months: list[MonthLine]
    lost_reasons: list[deals.LostReason]
    rotting: list[DealCard]
    rotting_count: int
    coverage: list[GoalCoverage]
    members: list[PipelineGroup]


def pipeline_analytics(
    conn: Connection, period: Period, scope: Scope = Scope(), *, pipeline_id: int | None = None
) -> PipelineAnalytics:
    """The figures of ``period`` in ``scope``, of one pipeline or of all."""
    on = clock.closing_day(period)
    every = load_pipelines(conn)
    pipelines = [p for p in every if pipeline_id in (None, p.id)]
    rotting = deals.rotting_deals(conn, on, scope, pipeline_id)
    return PipelineAnalytics(
        period=period,
        on=on,
        currency=load_settings(conn).currency,
        pipeline=pipelines[0] if pipeline_id is not None and pipelines else None,
        several_pipelines=len(every) > 1,
        open=deals.open_pipeline(conn, on, scope, pipeline_id),
        weighted=deals.weighted_pipeline(conn, on, scope, pipeline_id),
        closed=deals.closed_deals(conn, period, scope, pipeline_id),
        velocity=deals.pipeline_velocity(conn, period, scope, pipeline_id),
        pipelines=[_stages(conn, p, period, on, scope) for p in pipelines],
        months=_months(conn, period, on, scope),
        lost_reasons=deals.lost_reasons(conn, period, scope, pipeline_id),
        rotting=cards_for(conn, [r.deal_id for r in rotting[:ROTTING_ROWS]], on),
        rotting_count=len(rotting),
        coverage=[c for c in running_goal_coverage(conn, on) if _within(conn, c, scope)],
        members=pipeline_summary(conn, period, "member", scope, pipeline_id),
    )


def _stages(
    conn: Connection, pipeline: Pipeline, period: Period, on: date, scope: Scope
) -> PipelineStages:
    opened = deals.open_by_stage(conn, on, scope, pipeline.id)
    chances = deals.stage_probabilities(conn, on)
    reached = deals.funnel(conn, period, scope, pipeline.id)
    conversion = deals.stage_conversion(conn, period, scope, pipeline.id)
    days = deals.days_in_stage(conn, period, scope, pipeline.id)
    return PipelineStages(
        pipeline,
        [
            StageFigures(
                stage,
                opened.get(stage.id, deals.OpenPipeline(0, 0)),
                chances[stage.id],
                reached.get(stage.id, 0),
                conversion.get(stage.id),
                days.get(stage.id),
            )
            for stage in pipeline.stages
        ],
    )


def forecast_months(period: Period, on: date) -> list[Period]:
    """The months the forecast shows: the period's (the first and last cut at its ends), and
    at least FORECAST_MONTHS_AHEAD after the closing day's month."""
    ahead = add_months(month_start(on), FORECAST_MONTHS_AHEAD)
    return deals.forecast_spans(period, ahead, MAX_MONTHS)


def _months(conn: Connection, period: Period, on: date, scope: Scope) -> list[MonthLine]:
    forecast = deals.forecast_by_month(conn, on, forecast_months(period, on), scope)
    goals = _revenue_goals(conn, scope)
    return [MonthLine(f, _goal_share(goals, f.span)) for f in forecast]


def _revenue_goals(conn: Connection, scope: Scope) -> list[tuple[Period, float]]:
    """The scope's own revenue goals (owner and scope exactly the scope's) as (dates, target)."""
    result = []
    for goal in load_goals(conn):
        if goal.metric != GoalMetric.REVENUE or goal.period is None or goal.target_value is None:
            continue
        if goal_scope(conn, goal) == scope:
            result.append((goal.period, goal.target_value))
    return result


def _goal_share(goals: list[tuple[Period, float]], span: Period) -> float | None:
    """The targets spread evenly over their goals' days, summed over the span's days."""
    total, any_goal = 0.0, False
    for period, target in goals:
        start, end = max(period.start, span.start), min(period.end, span.end)
        if start <= end:
            any_goal = True
            total += target * ((end - start).days + 1) / period.days
    return total if any_goal else None


def _within(conn: Connection, coverage: GoalCoverage, scope: Scope) -> bool:
    """A goal belongs to the view when its owner is inside the scope: any goal for the whole
    company, a member's own goals, a team's goals and those of its sub-teams and members."""
    goal = coverage.goal
    if scope.member_id is not None:
        return goal.owner_member_id == scope.member_id
    if scope.team_id is None:
        return scope == Scope()
    team = goal.owner_team_id
    if team is None and goal.owner_member_id is not None:
        team = conn.execute(
            text("SELECT team_id FROM member WHERE id = :id"), {"id": goal.owner_member_id}
        ).scalar()
    found = conn.execute(
        text(f"WITH RECURSIVE {tree_cte('sub_team', 'team', 'team_id')} SELECT 1 FROM sub_team"
             " WHERE id = :team"),
        {"team_id": scope.team_id, "team": team},
    )  # fmt: skip
    return found.first() is not None


@dataclass(frozen=True)
class DashboardFigures:
    """The dashboard's pipeline cards for a period."""

    open: deals.OpenPipeline  # at the closing day
    forecast: float  # won in the period so far + weighted open deals expected to close in it
    win_rate: float | None
    win_rate_before: float | None  # over the previous period of equal length (to date)


def dashboard_figures(conn: Connection, period: Period, scope: Scope = Scope()) -> DashboardFigures:
    on = clock.closing_day(period)
    (forecast,) = deals.forecast_by_month(conn, on, [period], scope)
    now = clock.elapsed_part(period)
    before = clock.first_days(period.previous(), now.days)
    return DashboardFigures(
        deals.open_pipeline(conn, on, scope),
        forecast.total,
        deals.closed_deals(conn, now, scope).win_rate,
        deals.closed_deals(conn, before, scope).win_rate,
    )
