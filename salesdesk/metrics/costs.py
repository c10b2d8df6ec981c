"""What customers cost and bring (SPEC §3): acquisition and retention spend, CAC, retention
cost, customer lifetime value.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import TYPE_CHECKING

from sqlalchemy import text

from salesdesk.metrics import lines
from salesdesk.metrics.customer_counts import customer_flow
from salesdesk.metrics.sales import sales_totals
from salesdesk.metrics.scope import Scope, iso_day, period_params
from salesdesk.periods import Period, month_start
from salesdesk.settings import CompanySettings

if TYPE_CHECKING:
    from sqlalchemy.engine import Connection


# Spend is recorded per channel and month, so only a channel scope (or none) can be costed:
# a member's or a territory's share of the company's spend is unknown.
_SPEND_SQL = """SELECT COALESCE(SUM({column}), 0) FROM channel_spend
    WHERE month BETWEEN :first_month AND :end
      AND (CAST(:channel_id AS INTEGER) IS NULL OR channel_id = :channel_id)"""


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


# The new customers of a period (first purchase line in it) by the channel that acquired
# them: the one set on the customer, else the channel of that first line (SPEC §3a).
_ACQUIRED_SQL = f"""
WITH buyer AS (SELECT DISTINCT s.customer_id FROM sale s
               WHERE s.date BETWEEN :start AND :end AND {lines.purchase()}),
     first_line AS (SELECT {lines.first_purchase_line("buyer.customer_id")} AS sale_id FROM buyer)
SELECT COALESCE(c.acquisition_channel_id, s.channel_id), COUNT(*)
FROM first_line JOIN sale s ON s.id = first_line.sale_id JOIN customer c ON c.id = s.customer_id
WHERE s.date BETWEEN :start AND :end
GROUP BY 1"""


def new_customers_by_acquisition_channel(conn: Connection, period: Period) -> dict[int | None, int]:
    """How many new customers of ``period`` each channel acquired (None: no channel known);
    they add up to the company's new customers."""
    rows = conn.execute(text(_ACQUIRED_SQL), period_params(period))
    return {channel: int(count) for channel, count in rows}


def acquisition_cost(conn: Connection, period: Period, scope: Scope = Scope()) -> float | None:
    """CAC: acquisition spend in P / new customers in P; of a channel, its spend / the new
    customers it acquired (None when undefined)."""
    if not _costable(scope):
        return None
    if scope.channel_id is None:
        new = sales_totals(conn, period).new_customers
    else:
        new = new_customers_by_acquisition_channel(conn, period).get(scope.channel_id, 0)
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
