"""What the goal view and the goals report show of one goal: its progress, SMART card,
burn-up series, the contribution of each member and its check-ins (SPEC §5 Charts)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import TYPE_CHECKING

from sqlalchemy import text

from salesdesk.goals.evidence import checkins
from salesdesk.goals.goal import GoalSpec, goal_scope, load_goal
from salesdesk.goals.progress import Progress, goal_progress, linear_share
from salesdesk.goals.smart import SmartReport, assess
from salesdesk.metrics.kpis import metric_value
from salesdesk.metrics.sales import daily_values, revenue_breakdown, sales_breakdown
from salesdesk.metrics.scope import Scope
from salesdesk.periods import Period
from salesdesk.settings import load_settings

if TYPE_CHECKING:
    from sqlalchemy.engine import Connection

    from salesdesk.goals.coverage import PipelineCoverage


@dataclass(frozen=True)
class BurnUp:
    """The series of a burn-up chart. Additive metrics accumulate from the start; levels
    (and manual metrics) show the value itself."""

    actual: list[tuple[date, float]]
    expected: list[tuple[date, float]]
    target: float | None
    forecast: tuple[tuple[date, float], tuple[date, float]] | None  # from today to the end
    cumulative: bool


@dataclass(frozen=True)
class Checkin:
    id: int
    day: date
    value: float | None
    note: str


@dataclass(frozen=True)
class Contribution:
    name: str
    value: float


@dataclass(frozen=True)
class GoalDetail:
    goal: GoalSpec
    progress: Progress
    smart: SmartReport
    burn_up: BurnUp
    contributions: list[Contribution]
    checkins: list[Checkin]
    currency: str
    # what the open pipeline is expected to bring before the end, against the gap
    pipeline: PipelineCoverage | None = None


def load_goal_detail(conn: Connection, goal_id: int, today: date) -> GoalDetail:
    from salesdesk.goals.coverage import goal_coverage

    goal = load_goal(conn, goal_id)
    progress = goal_progress(conn, goal, today)
    return GoalDetail(
        goal=goal,
        progress=progress,
        smart=assess(conn, goal, today),
        burn_up=burn_up(conn, progress),
        contributions=contributions(conn, goal, progress.as_of),
        checkins=goal_checkins(conn, goal_id),
        currency=load_settings(conn).currency,
        pipeline=goal_coverage(conn, goal, today),
    )


def goal_checkins(conn: Connection, goal_id: int) -> list[Checkin]:
    rows = conn.execute(
        text("SELECT id, date, value, note FROM goal_checkin WHERE goal_id = :g ORDER BY date, id"),
        {"g": goal_id},
    )
    return [
        Checkin(id_, date.fromisoformat(str(day)[:10]), value, note)
        for id_, day, value, note in rows
    ]


# --- burn-up ---------------------------------------------------------------------------------


def burn_up(conn: Connection, progress: Progress) -> BurnUp:
    goal = progress.goal
    period = goal.period
    if period is None:
        return BurnUp([], [], goal.target_value, None, cumulative=goal.is_additive)
    forecast = _forecast_line(progress, period)
    if goal.is_manual:
        readings = [(day, value) for day, value in checkins(conn, goal.id) if period.contains(day)]
        return BurnUp(
            readings, _straight_path(progress, period), goal.target_value, forecast, False
        )
    scope = goal_scope(conn, goal)
    if scope is None or progress.actual is None:
        return BurnUp(
            [], _straight_path(progress, period), goal.target_value, None, goal.is_additive
        )
    if goal.is_additive:
        return BurnUp(
            _cumulative(conn, goal, Period(period.start, progress.as_of), scope),
            _seasonal_path(conn, goal, period, scope),
            goal.target_value,
            forecast,
            cumulative=True,
        )
    return BurnUp(
        _level_by_month(conn, goal, Period(period.start, progress.as_of), scope),
        _straight_path(progress, period),
        goal.target_value,
        forecast,
        cumulative=False,
    )


def _forecast_line(
    progress: Progress, period: Period
) -> tuple[tuple[date, float], tuple[date, float]] | None:
    if progress.actual is None or progress.forecast is None or progress.as_of >= period.end:
        return None
    return (progress.as_of, progress.actual), (period.end, progress.forecast)


def _days(period: Period) -> list[date]:
    return [period.start + timedelta(days=i) for i in range(period.days)]


def _cumulative(
    conn: Connection, goal: GoalSpec, period: Period, scope: Scope
) -> list[tuple[date, float]]:
    daily = daily_values(conn, goal.metric, period, scope)
    total, series = 0.0, []
    for day in _days(period):
        total += daily.get(day, 0.0)
        series.append((day, total))
    return series


def _seasonal_path(
    conn: Connection, goal: GoalSpec, period: Period, scope: Scope
) -> list[tuple[date, float]]:
    """The target spread over the days like last year's same period; evenly without it."""
    target = goal.target_value or 0.0
    last_year = period.year_ago()
    daily = daily_values(conn, goal.metric, last_year, scope)
    whole = sum(daily.values())
    days = _days(period)
    if whole <= 0:
        return [(day, target * linear_share(period, day)) for day in days]
    series, reached = [], 0.0
    for offset, day in enumerate(days):
        reached += daily.get(last_year.start + timedelta(days=offset), 0.0)
        series.append((day, target * min(reached / whole, 1.0)))
    series[-1] = (days[-1], target)
    return series


def _straight_path(progress: Progress, period: Period) -> list[tuple[date, float]]:
    """A level's path from the baseline to the target; a building rate's from 0 or 100 %."""
    target = progress.goal.target_value
    if target is None:
        return []
    start = progress.goal.rate_start
    if start is None:
        start = progress.baseline if progress.baseline is not None else target
    return [(period.start, start), (period.end, target)]


def _level_by_month(
    conn: Connection, goal: GoalSpec, elapsed: Period, scope: Scope
) -> list[tuple[date, float]]:
    """The level from the start to each month's end (and to the last day counted)."""
    ends = []
    day = elapsed.start
    while True:
        month_end = (day.replace(day=28) + timedelta(days=4)).replace(day=1) - timedelta(days=1)
        if month_end >= elapsed.end:
            ends.append(elapsed.end)
            break
        ends.append(month_end)
        day = month_end + timedelta(days=1)
    series = []
    for end in ends:
        value = metric_value(conn, goal.metric, Period(elapsed.start, end), scope)
        if value is not None:
            series.append((end, value))
    return series


# --- contribution ----------------------------------------------------------------------------


def contributions(conn: Connection, goal: GoalSpec, as_of: date) -> list[Contribution]:
    """Each member's part of an additive goal so far, largest first; none for levels."""
    period = goal.period
    if not goal.is_additive or period is None or as_of < period.start:
        return []
    scope = goal_scope(conn, goal)
    if scope is None:
        return []
    elapsed = Period(period.start, min(as_of, period.end))
    if goal.metric == "revenue":
        groups = revenue_breakdown(conn, elapsed, "member", scope)
        return [Contribution(g.name, float(g.revenue)) for g in groups if g.revenue]
    rows = sales_breakdown(conn, elapsed, "member", scope)
    values = [Contribution(g.name, float(getattr(g.totals, goal.metric))) for g in rows]
    return sorted((c for c in values if c.value), key=lambda c: -c.value)
