"""Progress of a goal (SPEC §5): actual, expected to date, attainment, forecast and status.

- expected to date: the target times the share of last year's same period that had been
  reached by the same day (the seasonal shape); linear when there is no such history. For a
  level (a rate, an average) the path runs straight from the baseline to the target.
- forecast at the end: actual + the run-rate of the last 28 days x the days left, averaged
  with actual / seasonal share when last year's shape is known. A level is expected to stay
  where it is; a manual metric follows the line through its check-ins.
- status: achieved, on track (forecast reaches the target), at risk (90-100 %), off track
  (below 90 %), missed (ended short); lower-is-better metrics invert every comparison.

The judging functions are plain arithmetic (:func:`expected_to_date`, :func:`forecast`,
:func:`status`), so they are tested with numbers worked out by hand.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date, timedelta
from typing import TYPE_CHECKING

from salesdesk.goals.evidence import checkins
from salesdesk.goals.goal import GoalSpec, baseline_period, goal_scope
from salesdesk.goals.status import Status
from salesdesk.metrics.kpis import metric_value
from salesdesk.periods import Period

if TYPE_CHECKING:
    from sqlalchemy.engine import Connection

    from salesdesk.metrics.scope import Scope

RUN_RATE_DAYS = 28
AT_RISK_SHARE = 0.9


@dataclass(frozen=True)
class Progress:
    goal: GoalSpec
    as_of: date  # the last day counted: today, or the end once the goal is over
    actual: float | None
    expected: float | None
    forecast: float | None
    baseline: float | None
    seasonal_share: float | None  # share of last year's period reached by the same day
    status: Status

    @property
    def target(self) -> float | None:
        return self.goal.target_value

    @property
    def running(self) -> bool:
        period = self.goal.period
        return period is not None and period.start <= self.as_of < period.end

    @property
    def attainment(self) -> float | None:
        """How far the goal is towards its target, 1 (100 %) or more meeting it: actual /
        target; when lower is better, target / the end value — the forecast while the goal
        runs, since a rate like churn builds up from 0 and its early actual would show the
        goal met (None at a value of 0)."""
        lower = self.goal.lower_is_better
        value = self.forecast if lower and self.running else self.actual
        ratio = _ratio(value, self.target, lower_is_better=lower)
        return None if ratio == math.inf else ratio


def _ratio(value: float | None, target: float | None, *, lower_is_better: bool) -> float | None:
    """How far ``value`` goes towards ``target``: 1 or more meets it."""
    if value is None or target is None:
        return None
    if lower_is_better:
        return target / value if value else math.inf  # nothing at all meets any target
    return value / target if target else None


# --- arithmetic ------------------------------------------------------------------------------


def linear_share(period: Period, as_of: date) -> float:
    """How much of ``period`` has gone by at the end of ``as_of``."""
    if as_of < period.start:
        return 0.0
    return min((as_of - period.start).days + 1, period.days) / period.days


def expected_to_date(goal: GoalSpec, share: float, baseline: float | None) -> float | None:
    """The value the goal should have reached when ``share`` of it has gone by."""
    if goal.target_value is None:
        return None
    if goal.is_additive:
        return goal.target_value * share
    start = goal.rate_start
    if start is None:  # a level: from the baseline to the target
        start = goal.target_value if baseline is None else baseline
    return start + (goal.target_value - start) * share


def forecast(
    actual: float, *, run_rate: float, days_left: int, seasonal_share: float | None
) -> float:
    """An additive metric at the end: the run-rate projection, averaged with the seasonal
    one (actual / share reached last year by the same day) when that is known."""
    by_run_rate = actual + run_rate * days_left
    if not seasonal_share:
        return by_run_rate
    return (by_run_rate + actual / seasonal_share) / 2


def rate_forecast(actual: float, start: float, share: float) -> float:
    """A rate that builds up from ``start`` (0 or 1) over the period, carried on at the pace
    it went so far to the end; within 0..1."""
    if share <= 0:
        return actual
    return min(max(start + (actual - start) / share, 0.0), 1.0)


def status(
    *,
    actual: float | None,
    forecast_value: float | None,
    target: float | None,
    ended: bool,
    started: bool = True,
    lower_is_better: bool = False,
    accumulates: bool = False,
) -> Status:
    """The status of SPEC §5. ``accumulates``: an additive metric where more is better,
    which counts as achieved as soon as the actual reaches the target."""
    if not started:
        return Status.NOT_STARTED
    if actual is None or target is None:
        return Status.NO_DATA
    reached = _ratio(actual, target, lower_is_better=lower_is_better)
    if ended or (accumulates and reached is not None and reached >= 1):
        return Status.ACHIEVED if reached is not None and reached >= 1 else Status.MISSED
    outlook = _ratio(forecast_value, target, lower_is_better=lower_is_better)
    if outlook is None:
        return Status.NO_DATA
    if outlook >= 1:
        return Status.ON_TRACK
    return Status.AT_RISK if outlook >= AT_RISK_SHARE else Status.OFF_TRACK


def checkin_forecast(readings: list[tuple[date, float]], end: date) -> float | None:
    """The least-squares line through the check-ins, read at ``end``; the only reading when
    there is one."""
    if not readings:
        return None
    if len(readings) == 1:
        return readings[0][1]
    xs = [day.toordinal() for day, _ in readings]
    ys = [value for _, value in readings]
    mean_x, mean_y = sum(xs) / len(xs), sum(ys) / len(ys)
    spread = sum((x - mean_x) ** 2 for x in xs)
    if spread == 0:
        return ys[-1]
    slope = sum((x - mean_x) * (y - mean_y) for x, y in zip(xs, ys, strict=True)) / spread
    return mean_y + slope * (end.toordinal() - mean_x)


# --- from the database -----------------------------------------------------------------------


def goal_progress(conn: Connection, goal: GoalSpec, today: date) -> Progress:
    """Where ``goal`` stands on ``today``."""
    period = goal.period
    if period is None:
        return Progress(goal, today, None, None, None, None, None, Status.NO_DATA)
    as_of = min(today, period.end)
    if goal.is_manual:
        return _manual_progress(conn, goal, period, today)
    scope = goal_scope(conn, goal)
    if scope is None:
        return Progress(goal, as_of, None, None, None, None, None, Status.NO_DATA)
    measure = _Measure(conn, goal, scope)
    base = baseline_period(goal, today)
    baseline = measure.value(base) if base is not None else None
    if today < period.start:
        return Progress(goal, as_of, None, None, None, baseline, None, Status.NOT_STARTED)
    elapsed = Period(period.start, as_of)
    actual = measure.value(elapsed)
    share = measure.seasonal_share(period, as_of) if goal.is_additive else None
    expected = expected_to_date(goal, share or linear_share(period, as_of), baseline)
    outlook = measure.forecast(actual, period, as_of, share) if actual is not None else None
    judged = status(
        actual=actual,
        forecast_value=outlook,
        target=goal.target_value,
        ended=today > period.end,
        lower_is_better=goal.lower_is_better,
        accumulates=goal.is_additive and not goal.lower_is_better,
    )
    return Progress(goal, as_of, actual, expected, outlook, baseline, share, judged)


class _Measure:
    def __init__(self, conn: Connection, goal: GoalSpec, scope: Scope) -> None:
        self.conn, self.goal, self.scope = conn, goal, scope

    def value(self, period: Period) -> float | None:
        value = metric_value(self.conn, self.goal.metric, period, self.scope)
        if value is None and self.goal.is_additive:
            return 0.0
        return value

    def seasonal_share(self, period: Period, as_of: date) -> float | None:
        """The share of last year's same period reached by the same day; None without it."""
        last_year = period.year_ago()
        whole = self.value(last_year)
        if not whole or whole <= 0:
            return None
        offset = min((as_of - period.start).days, last_year.days - 1)
        so_far = self.value(Period(last_year.start, last_year.start + timedelta(days=offset)))
        return (so_far or 0.0) / whole

    def forecast(self, actual: float, period: Period, as_of: date, share: float | None) -> float:
        if as_of >= period.end:
            return actual
        if self.goal.rate_start is not None:
            return rate_forecast(actual, self.goal.rate_start, linear_share(period, as_of))
        if not self.goal.is_additive:
            return actual
        recent_start = max(period.start, as_of - timedelta(days=RUN_RATE_DAYS - 1))
        recent = Period(recent_start, as_of)
        run_rate = (self.value(recent) or 0.0) / recent.days
        return forecast(
            actual, run_rate=run_rate, days_left=(period.end - as_of).days, seasonal_share=share
        )


def _manual_progress(conn: Connection, goal: GoalSpec, period: Period, today: date) -> Progress:
    """A manual metric's actual is its latest check-in; the forecast follows the check-ins."""
    as_of = min(today, period.end)
    readings = [(day, value) for day, value in checkins(conn, goal.id) if day <= as_of]
    baseline = readings[0][1] if readings else None
    if today < period.start:
        return Progress(goal, as_of, None, None, None, baseline, None, Status.NOT_STARTED)
    in_goal = [(day, value) for day, value in readings if day >= period.start] or readings
    actual = readings[-1][1] if readings else None
    outlook = checkin_forecast(in_goal, period.end) if today <= period.end else actual
    judged = status(
        actual=actual,
        forecast_value=outlook,
        target=goal.target_value,
        ended=today > period.end,
        lower_is_better=goal.lower_is_better,
    )
    expected = expected_to_date(goal, linear_share(period, as_of), baseline)
    return Progress(goal, as_of, actual, expected, outlook, baseline, None, judged)
