"""What customers cost and bring (SPEC §3): acquisition and retention spend, CAC, retention
cost, customer lifetime value.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import TYPE_CHECKING

from sqlalchemy import text

from salesdesk.metrics.sales import sales_totals
from salesdesk.metrics.scope import Scope, iso_day
from salesdesk.metrics.status import customer_flow
from salesdesk.periods import Period, month_start
from salesdesk.settings import CompanySettings

if TYPE_CHECKING:
    from sqlalchemy.engine import Connection


# Spend is recorded per channel and month, so only a channel scope (or none) can be costed:
# a member's or a territory's share of the company's spend is unknown.
_SPEND_SQL = """SELECT COALESCE(SUM({column}), 0) FROM channel_spend
    WHERE month BETWEEN :first_month AND :end
      AND (:channel_id IS NULL OR channel_id = :channel_id)"""


def _costable(scope: Scope) -> bool:
    return scope == Scope(channel_id=scope.channel_id)


def channel_spend(conn: Connection, period: Period, column: str, scope: Scope = Scope()) -> int:
    """Acquisition or retention spend of the months that begin in ``period`` (minor units)."""
    if column not in {"acquisition_spend", "retention_spend"}:
        raise ValueError(column)
    params = {
        "first_month": iso_day(month_start(period.start)),
        "end": iso_day(period.end),
        "channel_id": scope.channel_id,
    }
    return int(conn.execute(text(_SPEND_SQL.format(column=column)), params).scalar_one())


def acquisition_cost(conn: Connection, period: Period, scope: Scope = Scope()) -> float | None:
    """CAC: acquisition spend in P / new customers in P (None when undefined)."""
    if not _costable(scope):
        return None
    new = sales_totals(conn, period, scope).new_customers
    spend = channel_spend(conn, period, "acquisition_spend", scope)
    return spend / new if new else None


def retention_cost(
    conn: Connection,
    period: Period,
    scope: Scope = Scope(),
    settings: CompanySettings | None = None,
) -> float | None:
    """Retention spend in P / customers retained over P (None when undefined)."""
    if not _costable(scope):
        return None
    retained = customer_flow(conn, period, scope, settings).retained
    spend = channel_spend(conn, period, "retention_spend", scope)
    return spend / retained if retained else None


def customer_lifetime_value(
    conn: Connection, on: date, scope: Scope = Scope(), settings: CompanySettings | None = None
) -> float | None:
    """Average yearly revenue per current customer × margin % × expected lifetime in years
    (1 / yearly churn rate), over the year that ends on ``on``; minor units. None when a
    part is undefined: no current customers, no revenue, or no churn (an endless lifetime)."""
    year = Period(on - timedelta(days=364), on)
    totals = sales_totals(conn, year, scope)
    flow = customer_flow(conn, year, scope, settings)
    if not flow.current_at_end or totals.margin_pct is None or not flow.churn_rate:
        return None
    return totals.revenue / flow.current_at_end * totals.margin_pct / flow.churn_rate
