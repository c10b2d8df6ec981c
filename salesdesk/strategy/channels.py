"""Channel performance for a period, and online against offline revenue by month.

Every number comes from :mod:`salesdesk.metrics` (revenue, orders, customers and margin from
``sales_breakdown(by="channel")``, spend from ``channel_spend``, CAC from ``acquisition_cost``
with the channel as scope); this module only lines them up per channel.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from sqlalchemy import text

from salesdesk.metrics.clock import running_month
from salesdesk.metrics.costs import (
    acquisition_cost,
    channel_spend,
    new_customers_by_acquisition_channel,
)
from salesdesk.metrics.sales import (
    NO_SALES,
    GroupTotals,
    SalesTotals,
    monthly_revenue,
    sales_breakdown,
)
from salesdesk.metrics.scope import Scope
from salesdesk.periods import Period, add_months, month_start
from salesdesk.store.models import ChannelKind

if TYPE_CHECKING:
    from sqlalchemy.engine import Connection

TREND_MONTHS = 12


@dataclass(frozen=True)
class ChannelPerformance:
    channel_id: int | None  # None: sales recorded without a channel
    name: str
    kind: str | None  # ChannelKind value; None for sales without a channel
    totals: SalesTotals
    acquisition_spend: int
    retention_spend: int
    cac: float | None  # acquisition spend / the new customers it acquired, minor units
    acquired: int = 0  # new customers acquired through the channel (SPEC §3a)


def _channels(conn: Connection) -> list[tuple[int, str, str]]:
    return [tuple(row) for row in conn.execute(text("SELECT id, name, kind FROM channel"))]


def channel_performance(conn: Connection, period: Period) -> list[ChannelPerformance]:
    """Every channel (also one without sales but with spend), by revenue, highest first;
    sales without a channel last, as their own line."""
    by_channel = {g.key: g for g in sales_breakdown(conn, period, "channel")}
    acquired = new_customers_by_acquisition_channel(conn, period)
    lines = [_line(conn, period, channel, by_channel, acquired) for channel in _channels(conn)]
    lines.sort(key=lambda line: (-line.totals.revenue, line.name.casefold()))
    unassigned = by_channel.get(None)
    if unassigned is not None:
        lines.append(
            ChannelPerformance(
                None, unassigned.name, None, unassigned.totals, 0, 0, None, acquired.get(None, 0)
            )
        )
    return lines


def _line(
    conn: Connection,
    period: Period,
    channel: tuple[int, str, str],
    by_channel: dict[object, GroupTotals],
    acquired: dict[int | None, int],
) -> ChannelPerformance:
    channel_id, name, kind = channel
    group = by_channel.get(channel_id)
    scope = Scope(channel_id=channel_id)
    return ChannelPerformance(
        channel_id,
        name,
        kind,
        group.totals if group else NO_SALES,
        channel_spend(conn, period, "acquisition_spend", scope),
        channel_spend(conn, period, "retention_spend", scope),
        acquisition_cost(conn, period, scope),
        acquired.get(channel_id, 0),
    )


@dataclass(frozen=True)
class KindTrend:
    months: list[date]  # first days, oldest first
    online: list[int]  # revenue per month, minor units
    offline: list[int]
    running_month: date | None = None  # the last month, while it runs (to date)


def online_offline_trend(
    conn: Connection, period: Period, today: date, months: int = TREND_MONTHS
) -> KindTrend:
    """Monthly revenue of online and offline channels over the ``months`` up to the period's
    end (or today's month while the period runs). Sales without a channel are in neither."""
    as_of = min(period.end, today)
    last = month_start(as_of)
    first = add_months(last, -(months - 1))
    online, offline = [0] * months, [0] * months
    for channel_id, _name, kind in _channels(conn):
        series = monthly_revenue(conn, first, months, Scope(channel_id=channel_id))
        target = online if kind == ChannelKind.ONLINE else offline
        for i, (_month, revenue) in enumerate(series):
            target[i] += revenue
    months_shown = [add_months(first, i) for i in range(months)]
    return KindTrend(months_shown, online, offline, running_month(as_of))
