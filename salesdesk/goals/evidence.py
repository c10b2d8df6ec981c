"""The company's own history that the SMART checks judge a goal against (SPEC §5).

Everything here reads the database through :mod:`salesdesk.metrics`, so the numbers quoted
to the manager are the numbers the dashboard and the reports show.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from itertools import accumulate
from typing import TYPE_CHECKING

from sqlalchemy import text

from salesdesk.goals.goal import GoalSpec, Owner, baseline_period, goal_owner, goal_scope, headcount
from salesdesk.metrics import lines
from salesdesk.metrics.customer_counts import customer_flow
from salesdesk.metrics.kpis import growth, metric_value
from salesdesk.metrics.sales import daily_values, sales_totals
from salesdesk.periods import Period
from salesdesk.settings import load_settings
from salesdesk.store.models import BaselineKind, GoalMetric

if TYPE_CHECKING:
    from sqlalchemy.engine import Connection

    from salesdesk.metrics.scope import Scope

HISTORY_YEARS = 3
HISTORY_DAYS = 365 * HISTORY_YEARS + 1


@dataclass(frozen=True)
class Window:
    """A stretch of the past and the metric's value over it."""

    period: Period
    value: float
    label: str


@dataclass(frozen=True)
class Pace:
    """Achievable: the pace needed against the best pace of the last three years."""

    as_of: date  # the day the pace is measured from
    so_far: float  # the value reached from the goal's start to the day before ``as_of``
    days_left: int
    best: Window | None  # the best window of ``days_left`` days (additive metrics)
    headcount_now: int
    headcount_then: int


@dataclass(frozen=True)
class Growth:
    """Realistic: a past period of the goal's length and its growth over its own baseline."""

    window: Window
    growth: float


@dataclass(frozen=True)
class CheckinTrend:
    first: tuple[date, float]
    last: tuple[date, float]


@dataclass(frozen=True)
class Evidence:
    owner: Owner | None
    scope: Scope | None
    currency: str
    baseline: float | None
    pace: Pace | None
    best_level: Window | None  # levels: the best value over windows of the goal's length
    growths: tuple[Growth, ...]
    unit: str  # "month", "quarter", "year" or "days": what the growth windows are
    checkins: CheckinTrend | None
    baseline_period: Period | None = None  # the last complete one (goal.baseline_period)
    # the share of the gap the open pipeline is expected to close (salesdesk.pipeline)
    pipeline_coverage: float | None = None


def gather(conn: Connection, goal: GoalSpec, today: date) -> Evidence:
    """What the checks need to know about ``goal``'s scope, as of ``today``."""
    owner = goal_owner(conn, goal)
    scope = goal_scope(conn, goal) if owner is not None else None
    currency = load_settings(conn).currency
    computable = scope is not None and not goal.is_manual and goal.period is not None
    base = baseline_period(goal, today)
    if not computable:
        checkins = checkin_trend(conn, goal) if goal.is_manual else None
        return Evidence(owner, scope, currency, None, None, None, (), "", checkins, base)
    assert scope is not None and goal.period is not None and owner is not None
    history = _History(conn, goal, scope, today)
    unit, windows = growth_windows(goal.period, load_settings(conn).fiscal_year_start_month)
    return Evidence(
        owner=owner,
        scope=scope,
        currency=currency,
        baseline=history.value(base) if base is not None else None,
        pace=history.pace(owner, today) if goal.is_additive else None,
        best_level=None if goal.is_additive else history.best_level(),
        growths=tuple(history.growths(windows)),
        unit=unit,
        checkins=None,
        baseline_period=base,
        pipeline_coverage=_pipeline_coverage(conn, goal, today),
    )


def _pipeline_coverage(conn: Connection, goal: GoalSpec, today: date) -> float | None:
    from salesdesk.goals.coverage import goal_coverage

    coverage = goal_coverage(conn, goal, today)
    return None if coverage is None else coverage.ratio


# A rate over fewer customers than this (or an average over fewer orders) says little: the
# best level of the last three years must not come from 17 customers.
MIN_BASE = 30
# Metrics read from customers' status: meaningful once a full retention window of history
# lies behind a period's start (before that nobody can be current "yet").
_STATUS_METRICS = frozenset(
    {
        GoalMetric.CURRENT_CUSTOMERS,
        GoalMetric.RETENTION_RATE,
        GoalMetric.CHURN_RATE,
        GoalMetric.CONVERSION_RATE,
    }
)
_DEAL_METRICS = frozenset({GoalMetric.DEALS_WON, GoalMetric.WIN_RATE, GoalMetric.PIPELINE_CREATED})


class _History:
    """The scope's past as the checks may use it: only windows that are over by today, that
    begin once the records give the metric its full meaning, and (for rates and averages)
    that rest on a base of at least :data:`MIN_BASE` customers or orders."""

    def __init__(self, conn: Connection, goal: GoalSpec, scope: Scope, today: date) -> None:
        self.conn, self.goal, self.scope, self.today = conn, goal, scope, today
        self._values: dict[Period, float | None] = {}
        self.start = _history_start(conn, goal.metric)

    def value(self, period: Period) -> float | None:
        if period not in self._values:
            self._values[period] = metric_value(self.conn, self.goal.metric, period, self.scope)
        return self._values[period]

    def sound(self, window: Period) -> bool:
        """Whether ``window`` may serve as evidence (see the class)."""
        if self.start is None or window.end >= self.today or window.start < self.start:
            return False
        return _base(self.conn, self.goal.metric, window, self.scope) >= MIN_BASE

    def pace(self, owner: Owner, today: date) -> Pace:
        period = self.goal.period
        assert period is not None
        # before the start and after the end the goal is judged as planned: from its start
        as_of = today if period.start < today <= period.end else period.start
        so_far = (
            self.value(Period(period.start, as_of - timedelta(days=1)))
            if as_of > period.start
            else 0.0
        )
        days_left = (period.end - as_of).days + 1
        best = self._best_window(min(as_of, today), days_left)
        then = best.period.end if best is not None else as_of
        return Pace(
            as_of=as_of,
            so_far=so_far or 0.0,
            days_left=days_left,
            best=best,
            headcount_now=headcount(self.conn, owner, as_of),
            headcount_then=headcount(self.conn, owner, then),
        )

    def _best_window(self, until: date, days: int) -> Window | None:
        """The window of ``days`` days in the three years before ``until`` with the highest
        (or, lower being better, lowest) total; only windows after the first sale count."""
        if self.start is None:
            return None
        first = max(until - timedelta(days=HISTORY_DAYS), self.start)
        span = (until - first).days
        if days > span:
            return None
        daily = daily_values(
            self.conn, self.goal.metric, Period(first, until - timedelta(days=1)), self.scope
        )
        if not daily:
            return None
        series = [daily.get(first + timedelta(days=i), 0.0) for i in range(span)]
        totals = list(accumulate(series, initial=0.0))
        sums = [totals[end] - totals[end - days] for end in range(days, len(totals))]
        pick = min if self.goal.lower_is_better else max
        best_end = pick(range(len(sums)), key=lambda i: (sums[i], i))
        start = first + timedelta(days=best_end)
        window = Period(start, start + timedelta(days=days - 1))
        return Window(window, sums[best_end], window.label())

    def best_level(self) -> Window | None:
        """The best value of a level metric over sound windows of the goal's length that
        ended at a month's end in the last three years."""
        period = self.goal.period
        assert period is not None
        candidates = []
        month_end = self.today.replace(day=1) - timedelta(days=1)
        for _ in range(12 * HISTORY_YEARS):
            window = Period(month_end - timedelta(days=period.days - 1), month_end)
            if self.sound(window) and (value := self.value(window)) is not None:
                candidates.append(Window(window, value, window.label()))
            month_end = month_end.replace(day=1) - timedelta(days=1)
        if not candidates:
            return None
        pick = min if self.goal.lower_is_better else max
        return pick(candidates, key=lambda w: w.value)

    def growths(self, windows: list[Period]) -> list[Growth]:
        """Each sound window's growth over its own (sound) baseline; windows still running or
        whose baseline began before the records give the metric meaning are left out, as
        their growth only measures the records."""
        result = []
        for window in windows:
            reference = (
                window.year_ago()
                if self.goal.baseline_kind == BaselineKind.SAME_PERIOD_LAST_YEAR
                else window.previous()
            )
            if not (self.sound(window) and self.sound(reference)):
                continue
            value = self.value(window)
            change = growth(value, self.value(reference))
            if change is not None:
                result.append(Growth(Window(window, value or 0.0, window.label()), change))
        return result


def _history_start(conn: Connection, metric: str) -> date | None:
    """The first day a window may begin on: the first purchase on record (the first deal for
    the deal metrics), a retention window later for the metrics read from customers' status;
    None without records."""
    first_record = (
        "SELECT MIN(created_on) FROM deal"
        if metric in _DEAL_METRICS
        else f"SELECT MIN(date) FROM sale s WHERE {lines.purchase()}"
    )
    first = conn.execute(text(first_record)).scalar_one()
    if first is None:
        return None
    start = date.fromisoformat(str(first)[:10])
    if metric in _STATUS_METRICS:
        start += timedelta(days=load_settings(conn).retention_window_days)
    return start


def _base(conn: Connection, metric: str, window: Period, scope: Scope) -> int:
    """How many customers a rate over ``window`` is taken over, or orders an average; the
    other metrics always have enough."""
    if metric in (GoalMetric.RETENTION_RATE, GoalMetric.CHURN_RATE):
        return customer_flow(conn, window, scope).current_at_start
    if metric == GoalMetric.CONVERSION_RATE:
        flow = customer_flow(conn, window, scope)
        return flow.prospects_at_start + flow.created_in_period
    if metric == GoalMetric.AVERAGE_ORDER_VALUE:
        return sales_totals(conn, window, scope).orders
    if metric == GoalMetric.WIN_RATE:
        from salesdesk.metrics.deals import closed_deals

        closed = closed_deals(conn, window, scope)
        return closed.won + closed.lost
    return MIN_BASE


def growth_windows(period: Period, fiscal_start_month: int = 1) -> tuple[str, list[Period]]:
    """The periods of the goal's length in the three years before it: the calendar months,
    quarters or years when the goal is one, else back-to-back windows of its length."""
    for unit in ("month", "quarter", "year"):
        unit_period = Period.containing(period.start, unit, fiscal_start_month)
        if (unit_period.start, unit_period.end) == (period.start, period.end):
            count = {"month": 12, "quarter": 4, "year": 1}[unit] * HISTORY_YEARS
            windows, current = [], unit_period
            for _ in range(count):
                current = current.previous()
                windows.append(current)
            return unit, windows
    windows = []
    end = period.start - timedelta(days=1)
    while end - timedelta(days=period.days - 1) >= period.start - timedelta(days=HISTORY_DAYS):
        windows.append(Period(end - timedelta(days=period.days - 1), end))
        end -= timedelta(days=period.days)
    return "days", windows


_CHECKINS_SQL = """
SELECT date, value FROM goal_checkin WHERE goal_id = :goal AND value IS NOT NULL
ORDER BY date, id
"""


def checkins(conn: Connection, goal_id: int | None) -> list[tuple[date, float]]:
    """The goal's check-ins with a value, oldest first."""
    if goal_id is None:
        return []
    rows = conn.execute(text(_CHECKINS_SQL), {"goal": goal_id})
    return [(date.fromisoformat(str(day)[:10]), float(value)) for day, value in rows]


def checkin_trend(conn: Connection, goal: GoalSpec) -> CheckinTrend | None:
    readings = checkins(conn, goal.id)
    if len(readings) < 2:
        return None
    return CheckinTrend(readings[0], readings[-1])
