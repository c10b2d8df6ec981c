"""Goal metrics by name and the dashboard's KPI cards, each against earlier periods (SPEC §3)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from salesdesk.metrics import aggregates, deals
from salesdesk.metrics.clock import closing_day
from salesdesk.metrics.comparison import comparison
from salesdesk.metrics.customer_counts import (
    at_risk_count,
    customer_flow,
    customer_status_counts,
)
from salesdesk.metrics.sales import SalesTotals, sales_totals
from salesdesk.metrics.scope import Scope
from salesdesk.metrics.stored import StoredTotals, customer_cube, stored_totals
from salesdesk.periods import Period
from salesdesk.settings import CompanySettings, load_settings

if TYPE_CHECKING:
    from sqlalchemy.engine import Connection


def growth(current: float | None, previous: float | None) -> float | None:
    """(current - previous) / |previous|; None when either is unknown or previous is 0."""
    if current is None or previous is None or previous == 0:
        return None
    return (current - previous) / abs(previous)


def share(part: float, whole: float) -> float | None:
    """part / whole, e.g. a segment's share of the revenue; None when the whole is 0."""
    return part / whole if whole else None


def _sales_metric(name: str) -> Callable[[Connection, Period, Scope], float | None]:
    def value(conn: Connection, period: Period, scope: Scope) -> float | None:
        totals = stored_totals(conn, period, scope, need_orders=name in _NEED_ORDERS)
        result = getattr(totals or sales_totals(conn, period, scope), name)
        return None if result is None else float(result)

    return value


_NEED_ORDERS = {"orders", "average_order_value"}


def _flow_metric(name: str) -> Callable[[Connection, Period, Scope], float | None]:
    def value(conn: Connection, period: Period, scope: Scope) -> float | None:
        result: float | None = getattr(customer_flow(conn, period, scope), name)
        return result

    return value


def _current_customers(conn: Connection, period: Period, scope: Scope) -> float | None:
    day = closing_day(period)
    if (cube := customer_cube(conn, scope, owners_on=day)) is not None:
        return float(aggregates.current_count(conn, *cube, day))
    return float(customer_status_counts(conn, day, scope)["current"])


def _deal_metric(name: str) -> Callable[[Connection, Period, Scope], float | None]:
    """A goal metric of the sales process (SPEC §12), over the deals."""

    def value(conn: Connection, period: Period, scope: Scope) -> float | None:
        return deals.goal_metric_value(conn, name, period, scope)

    return value


# Goal metric -> how to compute it; money in minor units, rates as ratios.
_METRICS: dict[str, Callable[[Connection, Period, Scope], float | None]] = {
    "revenue": _sales_metric("revenue"),
    "units": _sales_metric("units"),
    "orders": _sales_metric("orders"),
    "new_customers": _sales_metric("new_customers"),
    "average_order_value": _sales_metric("average_order_value"),
    "gross_margin": _sales_metric("gross_margin"),
    "current_customers": _current_customers,
    "retention_rate": _flow_metric("retention_rate"),
    "churn_rate": _flow_metric("churn_rate"),
    "conversion_rate": _flow_metric("conversion_rate"),
    "deals_won": _deal_metric("deals_won"),
    "win_rate": _deal_metric("win_rate"),
    "pipeline_created": _deal_metric("pipeline_created"),
}


COMPUTED_METRICS = tuple(_METRICS)
# The unit of a goal metric: money (in minor units), a rate (a ratio), else a count.
MONEY_METRICS = frozenset({"revenue", "gross_margin", "average_order_value", "pipeline_created"})
RATE_METRICS = frozenset({"retention_rate", "churn_rate", "conversion_rate", "win_rate"})


def metric_value(
    conn: Connection, metric: str, period: Period, scope: Scope = Scope()
) -> float | None:
    """The value of a goal metric (a GoalMetric or its name) over ``period``; None when it is
    undefined (a rate without a base, an average without orders). Current customers are
    counted at the period's closing day. Manual metrics have no computed value."""
    try:
        compute = _METRICS[str(metric)]
    except KeyError:
        raise ValueError(f"{metric!r} is not a computed metric") from None
    return compute(conn, period, scope)


@dataclass(frozen=True)
class Kpi:
    value: float | None
    previous: float | None  # over the previous period of equal length
    year_ago: float | None  # over the same period one year earlier

    @property
    def delta_previous(self) -> float | None:
        return growth(self.value, self.previous)

    @property
    def delta_year_ago(self) -> float | None:
        return growth(self.value, self.year_ago)

    @property
    def change_previous(self) -> float | None:
        """The absolute change, e.g. in percentage points for a rate."""
        return _difference(self.value, self.previous)

    @property
    def change_year_ago(self) -> float | None:
        return _difference(self.value, self.year_ago)


def _difference(current: float | None, reference: float | None) -> float | None:
    return None if current is None or reference is None else current - reference


DASHBOARD_KPIS = (
    "revenue",
    "orders",
    "average_order_value",
    "new_customers",
    "lost_customers",
    "retention_rate",
    "conversion_rate",
    "at_risk",
)


def _dashboard_values(
    conn: Connection, period: Period, scope: Scope, settings: CompanySettings
) -> dict[str, float | None]:
    totals: StoredTotals | SalesTotals | None = stored_totals(conn, period, scope, need_orders=True)
    if totals is None:
        totals = sales_totals(conn, period, scope)
    flow = customer_flow(conn, period, scope, settings)
    return {
        "revenue": totals.revenue,
        "orders": totals.orders,
        "average_order_value": totals.average_order_value,
        "new_customers": totals.new_customers,
        "lost_customers": flow.lost,
        "retention_rate": flow.retention_rate,
        "conversion_rate": flow.conversion_rate,
        "at_risk": at_risk_count(conn, closing_day(period), scope, settings),
    }


def dashboard_kpis(conn: Connection, period: Period, scope: Scope = Scope()) -> dict[str, Kpi]:
    """The dashboard's cards: each KPI now, over the previous period and a year earlier, by
    the one comparison rule (:mod:`salesdesk.metrics.comparison`): to date while it runs."""
    settings = load_settings(conn)
    compared = comparison(period)
    current, previous, year_ago = (
        _dashboard_values(conn, p, scope, settings)
        for p in (compared.current, compared.previous, compared.year_ago)
    )
    return {key: Kpi(current[key], previous[key], year_ago[key]) for key in DASHBOARD_KPIS}


def compared_metric(conn: Connection, metric: str, period: Period, scope: Scope = Scope()) -> Kpi:
    """A goal metric over ``period`` against the previous period and a year earlier, by the
    one comparison rule (to date while it runs)."""
    compared = comparison(period)
    values = (
        metric_value(conn, metric, p, scope)
        for p in (compared.current, compared.previous, compared.year_ago)
    )
    return Kpi(*values)
