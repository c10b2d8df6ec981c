"""The figures of one team or member for a period (SPEC §4 Team detail, §6 team report).

A team's figures include its sub-teams (SPEC §3a Roll-up). Sales — revenue, orders, average
order, new customers (attributed to the member of the first purchase) — count for the member
credited on the line; customers — current accounts, lost, statuses — for their owner at the
period's closing day. Each figure is set against the earlier periods by the one comparison
rule (:mod:`salesdesk.metrics.comparison`): to date while the period runs. The Team detail
pane and the team report both read them here.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from salesdesk.metrics.clock import closing_day
from salesdesk.metrics.comparison import Comparison, comparison
from salesdesk.metrics.customer_counts import customer_flow, customer_status_counts
from salesdesk.metrics.kpis import Kpi
from salesdesk.metrics.sales import SalesTotals, sales_totals
from salesdesk.metrics.scope import Scope

if TYPE_CHECKING:
    from sqlalchemy.engine import Connection

    from salesdesk.periods import Period

FIGURES = ("revenue", "orders", "average_order_value", "new_customers", "current_accounts")


@dataclass(frozen=True)
class NodeFigures:
    compared: Comparison
    figures: dict[str, Kpi]  # FIGURES; year_ago is not shown and left None
    statuses: dict[str, int]  # prospect, current, lost at the closing day
    lost: int  # customers lost over the period (to date)


def node_figures(conn: Connection, period: Period, scope: Scope) -> NodeFigures:
    """The figures of ``scope`` (a member or team) for ``period`` against the previous one."""
    compared = comparison(period)
    now = sales_totals(conn, compared.current, scope)
    before = sales_totals(conn, compared.previous, scope)
    flow_now = customer_flow(conn, compared.current, scope)
    flow_before = customer_flow(conn, compared.previous, scope)
    figures = {
        key: Kpi(_sales_figure(now, key), _sales_figure(before, key), None) for key in FIGURES[:4]
    }
    figures["current_accounts"] = Kpi(flow_now.current_at_end, flow_before.current_at_end, None)
    statuses = customer_status_counts(conn, closing_day(period), scope)
    return NodeFigures(compared, figures, statuses, flow_now.lost)


def _sales_figure(totals: SalesTotals, key: str) -> float | None:
    value = getattr(totals, key)
    return None if value is None else float(value)
