"""Retention analytics of the Customers section and report: retention and churn by month,
cohorts by first-purchase month, acquisition against retention cost, the at-risk list.

Every rate comes from :mod:`salesdesk.metrics`; this module only lays them out over months.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from sqlalchemy import text

from salesdesk.customers.listing import CustomerQuery, CustomerRow, ListContext, fetch_page
from salesdesk.customers.summary import customer_facts
from salesdesk.metrics import lines
from salesdesk.metrics.costs import acquisition_cost, retention_cost
from salesdesk.metrics.customer_counts import customer_flow
from salesdesk.metrics.scope import Scope
from salesdesk.periods import Period, add_months
from salesdesk.settings import load_settings

if TYPE_CHECKING:
    from sqlalchemy.engine import Connection

    from salesdesk.metrics.flow import CustomerFlow
    from salesdesk.metrics.scope import Scope


def months_ending(last: date, count: int) -> list[Period]:
    """``count`` calendar months, the last one containing ``last``, oldest first."""
    first = add_months(last.replace(day=1), -(count - 1))
    return [Period.month(m.year, m.month) for m in (add_months(first, i) for i in range(count))]


@dataclass(frozen=True)
class MonthFlow:
    month: Period
    flow: CustomerFlow


def flow_by_month(
    conn: Connection, months: list[Period], scope: Scope | None = None
) -> list[MonthFlow]:
    """Retention, churn and the customers behind them, month by month."""
    settings = load_settings(conn)
    scope = scope or Scope()
    return [MonthFlow(m, customer_flow(conn, m, scope, settings)) for m in months]


@dataclass(frozen=True)
class Cohort:
    """Customers whose first purchase fell in ``month``, and how many of them bought in that
    month and in each month after it (``active[0]`` is the cohort's size)."""

    month: date
    active: list[int]

    @property
    def size(self) -> int:
        return self.active[0] if self.active else 0

    def share(self, offset: int) -> float | None:
        if offset >= len(self.active) or not self.size:
            return None
        return self.active[offset] / self.size


_COHORT_SQL = f"""SELECT substr(CAST(cs.first_sale AS TEXT), 1, 7) AS cohort,
    substr(CAST(s.date AS TEXT), 1, 7) AS month,
    COUNT(DISTINCT s.customer_id)
FROM {{figures}} cs JOIN sale s ON s.customer_id = cs.customer_id
WHERE cs.first_sale BETWEEN :start AND :end AND s.date BETWEEN :start AND :end
  AND {lines.purchase()}
GROUP BY cohort, month"""


def cohorts(conn: Connection, months: list[Period], day: date) -> list[Cohort]:
    """One cohort per month of ``months`` (first purchases as of ``day``), each followed
    through the later months of the list up to ``day``."""
    facts = customer_facts(conn, day)
    end = min(months[-1].end, day)
    params = {**facts.params, "start": months[0].start.isoformat(), "end": end.isoformat()}
    sql = _COHORT_SQL.format(figures=facts.relation)
    counts = {(c, m): n for c, m, n in conn.execute(text(sql), params)}
    keys = [m.start.isoformat()[:7] for m in months]
    return [
        Cohort(month.start, [counts.get((keys[i], later), 0) for later in keys[i:]])
        for i, month in enumerate(months)
    ]


@dataclass(frozen=True)
class CostComparison:
    period: Period
    acquisition_cost: float | None  # CAC, minor units per new customer
    retention_cost: float | None  # minor units per retained customer

    @property
    def ratio(self) -> float | None:
        """CAC ÷ retention cost: how many times dearer a new customer is than a kept one."""
        if self.acquisition_cost is None or not self.retention_cost:
            return None
        return self.acquisition_cost / self.retention_cost


def cost_comparison(conn: Connection, periods: list[Period]) -> list[CostComparison]:
    settings = load_settings(conn)
    scope = Scope()
    return [
        CostComparison(
            p,
            acquisition_cost(conn, p, scope),
            retention_cost(conn, p, scope, settings),
        )
        for p in periods
    ]


def at_risk_customers(
    conn: Connection, on: date, period: Period, limit: int = 100
) -> list[CustomerRow]:
    """Customers at risk at ``on``, the most revenue at stake (last 365 days) first, each
    with the reason (SPEC §3a Explained)."""
    context = ListContext.for_period(conn, period, on)
    query = CustomerQuery(status="at_risk", sort_key="revenue_365", descending=True)
    return fetch_page(conn, query, context, 0, limit)


def quarters_ending(last: date, count: int) -> list[Period]:
    """``count`` calendar quarters, the last one containing ``last``, oldest first."""
    quarters = [Period.containing(last, "quarter")]
    while len(quarters) < count:
        quarters.insert(0, quarters[0].previous())
    return quarters
