"""What the dashboard shows beyond the KPI cards, and the lists behind its numbers (SPEC §4).

Every figure comes from :mod:`salesdesk.metrics` (revenue per group from the stored
aggregates while they are current); this module only picks and orders.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from salesdesk.goals.overview import GoalLine, goals_overview
from salesdesk.goals.status import Status
from salesdesk.metrics.sales import (
    GroupRevenue,
    period_revenue_sql,
    revenue_breakdown,
    revenue_by_customer,
)
from salesdesk.metrics.scope import Scope
from salesdesk.store.queries import with_lists

if TYPE_CHECKING:
    from sqlalchemy.engine import Connection

    from salesdesk.periods import Period

# Organisation lens -> the breakdown it picks (SPEC §4 "the organisation lens").
LENS_BREAKDOWNS = {"geographic": "territory", "product": "category", "customer": "account-type"}
LENS_GROUPS = 10  # bars of the lens chart
MEMBER_BARS = 5  # top and bottom members each
DRILL_LIMIT = 500  # rows a drill-down lists, the largest revenue first
STATUS_ORDER = (
    Status.ACHIEVED,
    Status.ON_TRACK,
    Status.AT_RISK,
    Status.OFF_TRACK,
    Status.MISSED,
    Status.NOT_STARTED,
    Status.NO_DATA,
)


@dataclass(frozen=True)
class Breakdowns:
    lens_groups: list[GroupRevenue]  # the largest LENS_GROUPS
    top_members: list[GroupRevenue]
    bottom_members: list[GroupRevenue]
    goals: list[GoalLine]  # the goals that overlap the period
    has_goals: bool = False  # the database holds goals (in this period or in others)

    def goals_by_status(self) -> list[tuple[Status, int]]:
        counts = Counter(line.progress.status for line in self.goals)
        return [(status, counts[status]) for status in STATUS_ORDER if counts[status]]


def dashboard_breakdowns(conn: Connection, period: Period, lens: str, today: date) -> Breakdowns:
    groups = revenue_breakdown(conn, period, LENS_BREAKDOWNS[lens])
    members = [g for g in revenue_breakdown(conn, period, "member") if g.key is not None]
    every_goal = goals_overview(conn, today)
    goals = [
        line
        for line in every_goal
        if line.goal.start_on is not None
        and line.goal.end_on is not None
        and line.goal.start_on <= period.end
        and line.goal.end_on >= period.start
    ]
    # the bottom ones, lowest first, never repeating one of the top ones
    bottom = members[max(MEMBER_BARS, len(members) - MEMBER_BARS) :][::-1]
    return Breakdowns(groups[:LENS_GROUPS], members[:MEMBER_BARS], bottom, goals, bool(every_goal))


# --- drill-down ------------------------------------------------------------------------------


@dataclass(frozen=True)
class CustomerLine:
    id: int
    code: str
    name: str
    owner: str
    revenue: int  # in the period, minor units


def customer_lines(
    conn: Connection, ids: list[int], period: Period, limit: int = DRILL_LIMIT
) -> list[CustomerLine]:
    """The customers ``ids`` with their owner and revenue in ``period``, the largest first."""
    params = {
        "ids": ids,
        "period_start": period.start.isoformat(),
        "period_end": period.end.isoformat(),
    }
    revenue = period_revenue_sql("customer_id IN :ids")
    rows = conn.execute(
        with_lists(
            f"WITH revenue(id, amount) AS ({revenue})"
            " SELECT c.id, c.code, c.name, COALESCE(m.name, ''), COALESCE(r.amount, 0)"
            " FROM customer c"
            " LEFT JOIN member m ON m.id = c.owner_member_id"
            " LEFT JOIN revenue r ON r.id = c.id"
            " WHERE c.id IN :ids"
            " ORDER BY COALESCE(r.amount, 0) DESC, c.name LIMIT :limit",
            "ids",
        ),
        {**params, "limit": limit},
    )
    return [CustomerLine(*row) for row in rows]


def customers_of(conn: Connection, period: Period, scope: Scope) -> list[CustomerLine]:
    """The customers who bought in ``scope`` during ``period``, the largest revenue first."""
    revenue = revenue_by_customer(conn, period, scope)
    ranked = sorted(revenue, key=lambda customer_id: -revenue[customer_id])[:DRILL_LIMIT]
    lines = {line.id: line for line in customer_lines(conn, ranked, period)}
    return [
        CustomerLine(c, lines[c].code, lines[c].name, lines[c].owner, revenue[c])
        for c in ranked
        if c in lines
    ]
