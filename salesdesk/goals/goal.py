"""A goal as the SMART checks, the progress and the reports read it (SPEC §5).

:class:`GoalSpec` is a plain value — the editor builds one from the form while the manager
types, the list loads them from the ``goal`` table — so the checks and the progress work the
same on a saved goal and on one not yet saved.

Whose figures a goal counts: its owner and its scope together. A team counts the sales of
its members and sub-teams (and the customers they own); the head of sales counts the whole
department; a member who leads a team counts that team; any other member counts their own.
"""

from __future__ import annotations

from dataclasses import dataclass, fields, replace
from datetime import date
from typing import TYPE_CHECKING, Any

from sqlalchemy import text

from salesdesk.formatting import MISSING, format_money, format_number, format_percent, format_points
from salesdesk.i18n import tr, with_unit
from salesdesk.metrics.kpis import MONEY_METRICS, RATE_METRICS
from salesdesk.metrics.scope import Scope
from salesdesk.periods import Period
from salesdesk.store.models import BaselineKind, Direction, GoalMetric, Role

if TYPE_CHECKING:
    from sqlalchemy.engine import Connection

# Metrics that add up over days: they have a run-rate, a burn-up and a seasonal shape. The
# others are levels (a rate, an average, a count at a date) compared as they stand.
ADDITIVE_METRICS = frozenset(
    {
        GoalMetric.REVENUE,
        GoalMetric.UNITS,
        GoalMetric.ORDERS,
        GoalMetric.NEW_CUSTOMERS,
        GoalMetric.GROSS_MARGIN,
        GoalMetric.DEALS_WON,
        GoalMetric.PIPELINE_CREATED,
    }
)
# Rates over the period whose base is fixed at its start (customers current then, prospects
# then): they build up as the period runs, from 0 (churn, conversion) or from 100 %
# (retention), like a running total rather than a level.
RISING_RATES = frozenset({GoalMetric.CHURN_RATE, GoalMetric.CONVERSION_RATE})
FALLING_RATES = frozenset({GoalMetric.RETENTION_RATE})
SCOPE_COLUMNS = (
    "scope_channel_id",
    "scope_product_id",
    "scope_category_id",
    "scope_territory_id",
    "scope_account_type_id",
    "scope_segment_id",
)


@dataclass(frozen=True)
class GoalSpec:
    """The fields of a goal (the ``goal`` table's columns), saved or not."""

    title: str = ""
    description: str = ""
    metric: str = GoalMetric.REVENUE
    manual_unit: str | None = None
    owner_member_id: int | None = None
    owner_team_id: int | None = None
    parent_id: int | None = None
    scope_channel_id: int | None = None
    scope_product_id: int | None = None
    scope_category_id: int | None = None
    scope_territory_id: int | None = None
    scope_account_type_id: int | None = None
    scope_segment_id: int | None = None
    baseline_kind: str = BaselineKind.PREVIOUS_PERIOD
    target_value: float | None = None
    direction: str = Direction.HIGHER_IS_BETTER
    budget: int | None = None
    resource_notes: str = ""
    start_on: date | None = None
    end_on: date | None = None
    id: int | None = None
    version: int | None = None  # of the saved goal this was read from (no lost update)

    @property
    def is_manual(self) -> bool:
        return self.metric == GoalMetric.MANUAL

    @property
    def is_additive(self) -> bool:
        return self.metric in ADDITIVE_METRICS

    @property
    def rate_start(self) -> float | None:
        """Where a rate that builds up over the period starts: 0 or 1; None for the others."""
        if self.metric in RISING_RATES:
            return 0.0
        return 1.0 if self.metric in FALLING_RATES else None

    @property
    def lower_is_better(self) -> bool:
        return self.direction == Direction.LOWER_IS_BETTER

    @property
    def period(self) -> Period | None:
        """The goal's dates as a period; None while they are missing or reversed."""
        if self.start_on is None or self.end_on is None or self.end_on < self.start_on:
            return None
        return as_period(self.start_on, self.end_on)

    def values(self) -> dict[str, Any]:
        """The columns to save (without the id; with the version it was made from, if any)."""
        values = {f.name: getattr(self, f.name) for f in fields(self) if f.name != "id"}
        if self.version is None:
            del values["version"]
        return values


def as_period(start: date, end: date) -> Period:
    """The dates as a period: a calendar month, quarter or year when they are exactly one, so
    that "the previous period" is the previous quarter rather than the 90 days before."""
    for kind in ("month", "quarter", "year"):
        unit = Period.containing(start, kind)
        if (unit.start, unit.end) == (start, end):
            return unit
    return Period(start, end)


def _as_date(value: date | str | None) -> date | None:
    if value is None or isinstance(value, date):
        return value
    return date.fromisoformat(str(value)[:10])


def goal_from_row(row: Any) -> GoalSpec:
    """A GoalSpec from a row mapping of the ``goal`` table."""
    known = {f.name for f in fields(GoalSpec)}
    values = {key: row[key] for key in row if key in known}
    values["start_on"] = _as_date(values.get("start_on"))
    values["end_on"] = _as_date(values.get("end_on"))
    return GoalSpec(**values)


def load_goals(conn: Connection) -> list[GoalSpec]:
    """Every goal, parents before their children, then by start date and title."""
    rows = conn.execute(
        text("SELECT * FROM goal ORDER BY parent_id IS NOT NULL, start_on, lower(title)")
    )
    return [goal_from_row(row) for row in rows.mappings()]


def load_goal(conn: Connection, goal_id: int) -> GoalSpec:
    row = conn.execute(text("SELECT * FROM goal WHERE id = :id"), {"id": goal_id}).mappings()
    found = row.one_or_none()
    if found is None:
        raise LookupError(f"goal {goal_id} does not exist")
    return goal_from_row(found)


# --- whose figures ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Owner:
    """What the owner of a goal covers: the whole department, a team or one member."""

    scope: Scope
    name: str
    headcount_team_id: int | None  # None with a member: a team of one


def goal_owner(conn: Connection, goal: GoalSpec) -> Owner | None:
    """The owner's part of the scope; None without an owner."""
    if goal.owner_team_id is not None:
        name = _name(conn, "team", goal.owner_team_id)
        return Owner(Scope(team_id=goal.owner_team_id), name, goal.owner_team_id)
    if goal.owner_member_id is None:
        return None
    member = conn.execute(
        text(
            "SELECT m.name, m.role, (SELECT t.id FROM team t WHERE t.lead_member_id = m.id"
            " ORDER BY t.parent_id IS NOT NULL, t.id LIMIT 1) FROM member m WHERE m.id = :id"
        ),
        {"id": goal.owner_member_id},
    ).one()
    if member.role == Role.HEAD:
        return Owner(Scope(), member.name, None)
    if member[2] is not None:
        return Owner(Scope(team_id=member[2]), member.name, member[2])
    return Owner(Scope(member_id=goal.owner_member_id), member.name, None)


def _name(conn: Connection, table: str, id_: int) -> str:
    found = conn.execute(text(f"SELECT name FROM {table} WHERE id = :id"), {"id": id_})
    return str(found.scalar_one_or_none() or "")


def goal_scope(conn: Connection, goal: GoalSpec) -> Scope | None:
    """The scope the goal's metric is computed over; None when it cannot be (no owner)."""
    owner = goal_owner(conn, goal)
    if owner is None:
        return None
    scope = replace(
        owner.scope,
        channel_id=goal.scope_channel_id,
        product_id=goal.scope_product_id,
        category_id=None if goal.scope_product_id else goal.scope_category_id,
        territory_id=goal.scope_territory_id,
        account_type_id=goal.scope_account_type_id,
    )
    if goal.scope_segment_id is not None:
        from salesdesk.customers.segments import segment_scope

        scope = segment_scope(conn, goal.scope_segment_id, scope)
    return scope


def headcount(conn: Connection, owner: Owner, on: date) -> int:
    """Members in the owner's team (with sub-teams), or the department, active on ``on``."""
    if owner.scope == Scope():
        where, params = "1 = 1", {}
    elif owner.headcount_team_id is None:
        return 1
    else:
        where = (
            "team_id IN (WITH RECURSIVE tree(id) AS (SELECT CAST(:team AS INTEGER) UNION"
            " SELECT t.id FROM team t JOIN tree ON t.parent_id = tree.id) SELECT id FROM tree)"
        )
        params = {"team": owner.headcount_team_id}
    sql = (
        f"SELECT COUNT(*) FROM member WHERE {where}"
        " AND (hired_on IS NULL OR hired_on <= :on) AND (left_on IS NULL OR left_on > :on)"
    )
    return int(conn.execute(text(sql), {**params, "on": on.isoformat()}).scalar_one())


# --- baseline --------------------------------------------------------------------------------


def baseline_period(goal: GoalSpec, today: date | None = None) -> Period | None:
    """The period the baseline is measured over: the previous period of equal length or the
    same dates a year earlier — the last such period complete by ``today``, so that a goal
    set for later is measured against history, not against a period yet to come."""
    period = goal.period
    if period is None:
        return None
    last_year = goal.baseline_kind == BaselineKind.SAME_PERIOD_LAST_YEAR
    step = Period.year_ago if last_year else Period.previous
    base = step(period)
    while today is not None and base.end >= today:
        base = step(base)
    return base


def baseline_label(goal: GoalSpec) -> str:
    if goal.baseline_kind == BaselineKind.SAME_PERIOD_LAST_YEAR:
        return tr("the same period last year")
    return tr("the previous period of equal length")


# --- words -----------------------------------------------------------------------------------


def metric_name(metric: str) -> str:
    """The metric's name in the current language, lower case for use inside a sentence."""
    names = {
        GoalMetric.REVENUE: tr("revenue"),
        GoalMetric.UNITS: tr("units sold"),
        GoalMetric.ORDERS: tr("orders"),
        GoalMetric.NEW_CUSTOMERS: tr("new customers"),
        GoalMetric.CURRENT_CUSTOMERS: tr("current customers"),
        GoalMetric.RETENTION_RATE: tr("retention rate"),
        GoalMetric.CHURN_RATE: tr("churn rate"),
        GoalMetric.CONVERSION_RATE: tr("conversion rate"),
        GoalMetric.AVERAGE_ORDER_VALUE: tr("average order value"),
        GoalMetric.GROSS_MARGIN: tr("gross margin"),
        GoalMetric.DEALS_WON: tr("deals won"),
        GoalMetric.WIN_RATE: tr("win rate"),
        GoalMetric.PIPELINE_CREATED: tr("pipeline created"),
        GoalMetric.MANUAL: tr("a manual metric"),
    }
    return names.get(GoalMetric(metric), str(metric))


def format_value(goal: GoalSpec, value: float | None, currency: str) -> str:
    """A value of the goal's metric: money, a percentage, a count or a manual reading."""
    if value is None:
        return MISSING
    if goal.metric in MONEY_METRICS:
        return format_money(value, currency, decimals=0)
    if goal.metric in RATE_METRICS:
        return format_percent(value)
    if goal.is_manual:
        number = format_number(value, 0 if float(value).is_integer() else 1)
        return with_unit(number, value, goal.manual_unit) if goal.manual_unit else number
    return format_number(value, 0 if float(value).is_integer() else 1)


def format_change(goal: GoalSpec, value: float, baseline: float) -> str:
    """The change from the baseline: in points for a rate, as a percentage otherwise."""
    if goal.metric in RATE_METRICS:
        return format_points(value - baseline)
    change = (value - baseline) / abs(baseline) if baseline else None
    return format_percent(change, signed=True)
