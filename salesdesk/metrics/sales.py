"""Sales metrics (SPEC §3): revenue, orders, units, buying and new customers, margin — in total,
per group, per month and per day. Money is in minor units; aggregated in SQL.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

from sqlalchemy import text

from salesdesk.i18n import tr
from salesdesk.metrics import deals, lines
from salesdesk.metrics.scope import TEAM_ANCESTORS, Scope, SqlFilter, period_params, sale_filter
from salesdesk.metrics.stored import (
    sales_cube,
    stored_daily_values,
    stored_monthly_revenue,
    stored_revenue_breakdown,
)
from salesdesk.periods import Period, add_months, units_overlapping
from salesdesk.settings import load_settings
from salesdesk.store.queries import with_lists

if TYPE_CHECKING:
    from sqlalchemy.engine import Connection


@dataclass(frozen=True)
class SalesTotals:
    revenue: int  # returns subtracted
    orders: int  # orders with a positive total
    units: float
    buying_customers: int  # customers with a purchase line
    new_customers: int  # customers whose first purchase line is among the sales counted
    cost: int | None  # of the lines with a known cost; None: no line has one
    costed_revenue: int = 0  # the revenue of the lines with a known cost

    @property
    def gross_margin(self) -> int | None:
        """Revenue less cost over the lines with a known cost; None when no cost is known."""
        return None if self.cost is None else self.costed_revenue - self.cost

    @property
    def margin_pct(self) -> float | None:
        margin = self.gross_margin
        return margin / self.costed_revenue if margin is not None and self.costed_revenue else None

    @property
    def margin_coverage(self) -> float | None:
        """The share of revenue whose cost is known, which margin and margin % cover."""
        if self.cost is None:
            return None
        return self.costed_revenue / self.revenue if self.revenue else None

    @property
    def average_order_value(self) -> float | None:
        """Revenue per order in minor units."""
        return self.revenue / self.orders if self.orders else None


NO_SALES = SalesTotals(0, 0, 0.0, 0, 0, None, 0)


# New customers follow SPEC §3a: a new customer counts once, in the group of its first
# purchase line (that line's member, channel, product, category, month; the customer's
# territory and account type), so groups add up to the company's new customers, and a
# scope counts a customer whose first purchase line falls in the scope and the period.
_NEWCOMERS_CTE = f"""newcomer(sale_id) AS MATERIALIZED (
    SELECT {lines.first_purchase_line("buyer.customer_id")}
    FROM (SELECT DISTINCT s.customer_id FROM sale s
          WHERE s.date BETWEEN :start AND :end AND {lines.purchase()} AND {{where}}) buyer)"""


# Two steps: the lines of each order (per group) first, so that an order counts only when
# its lines sum to more than zero, then the groups.
_TOTALS_SQL = f"""SELECT group_key, COALESCE(SUM(revenue), 0), {lines.ORDER_COUNT},
       COALESCE(SUM(units), 0.0), COUNT(DISTINCT buyer), COALESCE(SUM(first_lines), 0),
       SUM(cost), COALESCE(SUM(costed_revenue), 0)
FROM (SELECT {{key}} AS group_key, s.order_ref, SUM(s.amount) AS revenue,
             SUM(s.quantity) AS units,
             CASE WHEN MAX(CASE WHEN {lines.purchase()} THEN 1 ELSE 0 END) = 1
                  THEN s.customer_id END AS buyer,
             SUM(CASE WHEN s.id IN (SELECT sale_id FROM newcomer) THEN 1 ELSE 0 END)
                 AS first_lines, SUM(s.cost) AS cost,
             SUM({lines.costed_amount()}) AS costed_revenue
      FROM sale s {{joins}}
      WHERE s.date BETWEEN :start AND :end AND {{where}}
      GROUP BY group_key, {lines.order_grouping()}) orders
GROUP BY group_key"""


@dataclass(frozen=True)
class GroupQuery:
    """How to group sales: ``key`` is an SQL expression over ``sale s`` and ``joins`` (with
    the ``ctes`` they need), in which ``{date}`` stands for the sale date (time groups);
    ``totals`` picks all the SalesTotals columns or only the revenue."""

    key: str
    joins: str = ""
    params: Mapping[str, Any] = field(default_factory=dict)
    totals: bool = True
    ctes: tuple[str, ...] = ()

    def key_sql(self, date_column: str = "s.date") -> str:
        return self.key.format(date=date_column)

    def revenue_only(self) -> GroupQuery:
        return replace(self, totals=False)

    def sql(self, scope_filter: SqlFilter) -> str:
        where = scope_filter.where()
        if self.totals:
            ctes = (*self.ctes, _NEWCOMERS_CTE.format(where=where))
            body = _TOTALS_SQL.format(key=self.key_sql(), joins=self.joins, where=where)
            return scope_filter.with_clause(*ctes) + body
        return scope_filter.with_clause(*self.ctes) + (
            f"SELECT {self.key_sql()} AS group_key, COALESCE(SUM(s.amount), 0)\n"
            f"FROM sale s {self.joins}\n"
            f"WHERE s.date BETWEEN :start AND :end AND {where}\n"
            "GROUP BY group_key"
        )


def grouped(
    conn: Connection, period: Period, scope: Scope, query: GroupQuery
) -> dict[Any, tuple[Any, ...]]:
    """The query's columns per group, over the sales in the period and scope."""
    scope_filter = sale_filter(scope)
    params = {**scope_filter.params, **period_params(period), **query.params}
    rows = conn.execute(text(query.sql(scope_filter)), params)
    return {key: tuple(values) for key, *values in rows}


def grouped_totals(
    conn: Connection, period: Period, scope: Scope, query: GroupQuery
) -> dict[Any, SalesTotals]:
    return {
        key: SalesTotals(*values) for key, values in grouped(conn, period, scope, query).items()
    }


def sales_totals(conn: Connection, period: Period, scope: Scope = Scope()) -> SalesTotals:
    return grouped_totals(conn, period, scope, GroupQuery("NULL")).get(None, NO_SALES)


BREAKDOWNS = (
    "member",
    "team",
    "territory",
    "product",
    "category",
    "account-type",
    "channel",
    "month",
    "quarter",
)


# Territory and category group by the DIRECT territory of the customer and category of the
# product; a team includes its sub-teams (SPEC §3a Roll-up): a sale counts for the credited
# member's team and every team above it.
_BY_TEAM = (
    "LEFT JOIN member by_member ON by_member.id = s.member_id"
    " LEFT JOIN team_ancestor by_team ON by_team.team_id = by_member.team_id"
)


_BY_CUSTOMER = "JOIN customer by_customer ON by_customer.id = s.customer_id"


_BY_PRODUCT = "LEFT JOIN product by_product ON by_product.id = s.product_id"


# dimension -> (the query, the table holding the names)
DIMENSIONS = {
    "member": (GroupQuery("s.member_id"), "member"),
    "team": (GroupQuery("by_team.ancestor_id", _BY_TEAM, ctes=(TEAM_ANCESTORS,)), "team"),
    "territory": (GroupQuery("by_customer.territory_id", _BY_CUSTOMER), "territory"),
    "product": (GroupQuery("s.product_id"), "product"),
    "category": (GroupQuery("by_product.category_id", _BY_PRODUCT), "product_category"),
    "account-type": (GroupQuery("by_customer.account_type_id", _BY_CUSTOMER), "account_type"),
    "channel": (GroupQuery("s.channel_id"), "channel"),
}


# Calendar months and fiscal quarters as a month index (year * 12 + month - 1) of their start.
_MONTH_INDEX = (
    "(CAST(substr(CAST({date} AS TEXT), 1, 4) AS INTEGER) * 12"
    " + CAST(substr(CAST({date} AS TEXT), 6, 2) AS INTEGER) - 1)"
)


_QUARTER_START_INDEX = (
    f"(({_MONTH_INDEX} - :fiscal_offset) / 3 * 3 + :fiscal_offset)"  # integer division
)


@dataclass(frozen=True)
class GroupTotals:
    key: object  # the id of the member, team...; a Period for month and quarter; None: not set
    name: str
    totals: SalesTotals


def sales_breakdown(
    conn: Connection, period: Period, by: str, scope: Scope = Scope()
) -> list[GroupTotals]:
    """Totals per group, by revenue (highest first); months and quarters in calendar order,
    every one that overlaps the period listed, also those without sales."""
    if by in ("month", "quarter"):
        return _breakdown_by_time(conn, period, by, scope)
    if by not in DIMENSIONS:
        raise ValueError(f"unknown breakdown {by!r}; expected one of {', '.join(BREAKDOWNS)}")
    query, name_table = DIMENSIONS[by]
    totals = grouped_totals(conn, period, scope, query)
    names = names_of(conn, name_table, [key for key in totals if key is not None])
    groups = [
        GroupTotals(key, names.get(key, tr("(not set)")), group) for key, group in totals.items()
    ]
    return sorted(groups, key=lambda group: (-group.totals.revenue, group.name))


def names_of(conn: Connection, table: str, ids: list[int]) -> dict[int, str]:
    rows = conn.execute(
        with_lists(f"SELECT id, name FROM {table} WHERE id IN :ids", "ids"), {"ids": ids}
    )
    return {id_: name for id_, name in rows}


def _breakdown_by_time(
    conn: Connection, period: Period, unit: str, scope: Scope
) -> list[GroupTotals]:
    fiscal_start = load_settings(conn).fiscal_year_start_month if unit == "quarter" else 1
    query = time_query(unit, fiscal_start)
    totals = grouped_totals(conn, period, scope, query)
    return [
        GroupTotals(unit_period, unit_period.label(), totals.get(index, NO_SALES))
        for index, unit_period in units_overlapping(period, unit, fiscal_start)
    ]


def time_query(unit: str, fiscal_start: int) -> GroupQuery:
    key = _MONTH_INDEX if unit == "month" else _QUARTER_START_INDEX
    return GroupQuery(key, params={"fiscal_offset": fiscal_start - 1})


def monthly_revenue(
    conn: Connection, first_month: date, months: int, scope: Scope = Scope()
) -> list[tuple[date, int]]:
    """Revenue of ``months`` calendar months from the one containing ``first_month``,
    as (first day of the month, revenue); months without sales are listed with 0."""
    start = first_month.replace(day=1)
    span = Period(start, add_months(start, months) - timedelta(days=1))
    if (cube := sales_cube(conn, scope)) is not None:
        return stored_monthly_revenue(conn, cube, span)
    revenue = grouped(conn, span, scope, time_query("month", 1).revenue_only())
    return [
        (month.start, revenue.get(index, (0,))[0])
        for index, month in units_overlapping(span, "month", 1)
    ]


def period_revenue_sql(where: str = "1 = 1") -> str:
    """Revenue per customer between ``:period_start`` and ``:period_end`` as SQL to join on
    ``customer_id`` (columns customer_id, revenue): the customer list sorts and pages by it in
    SQL; ``where`` narrows the sales summed, e.g. to the customers a drill-down lists."""
    return (
        "SELECT customer_id, SUM(amount) AS revenue FROM sale"
        f" WHERE date BETWEEN :period_start AND :period_end AND {where} GROUP BY customer_id"
    )


def revenue_by_customer(conn: Connection, period: Period, scope: Scope = Scope()) -> dict[int, int]:
    """Revenue per customer in the period; customers without sales in it are left out."""
    query = GroupQuery("s.customer_id").revenue_only()
    return {key: int(values[0]) for key, values in grouped(conn, period, scope, query).items()}


DAILY_METRICS = ("revenue", "gross_margin", "units", "orders", "new_customers")


def daily_values(
    conn: Connection, metric: str, period: Period, scope: Scope = Scope()
) -> dict[date, float]:
    """An additive metric per day of ``period``; days where it is 0 are left out.

    New customers of a day are those whose first purchase line was that day and in the
    scope, as in a month breakdown.
    """
    if metric in deals.DAILY_GOAL_METRICS:
        return deals.daily_values(conn, metric, period, scope)
    if metric not in DAILY_METRICS:
        raise ValueError(f"{metric!r} does not add up over days")
    stored = stored_daily_values(conn, metric, period, scope)
    if stored is None:
        per_day = grouped_totals(conn, period, scope, GroupQuery("{date}"))
        stored = {
            date.fromisoformat(str(d)[:10]): _daily_value(t, metric) for d, t in per_day.items()
        }
    return {day: value for day, value in stored.items() if value}


def _daily_value(totals: SalesTotals, metric: str) -> float:
    """A day's part of an additive metric: a day without a known cost adds no margin."""
    if metric == "gross_margin":
        return float(totals.costed_revenue - (totals.cost or 0))
    return float(getattr(totals, metric))


@dataclass(frozen=True)
class GroupRevenue:
    key: int | None  # the id of the member, territory...; None: not set
    name: str
    revenue: int


def revenue_breakdown(
    conn: Connection, period: Period, by: str, scope: Scope = Scope()
) -> list[GroupRevenue]:
    """Revenue per member, team, territory, product, category, account type or channel,
    highest first, grouped as :func:`sales_breakdown` groups."""
    stored = stored_revenue_breakdown(conn, period, by, scope)
    if stored is None:
        return [
            GroupRevenue(g.key, g.name, g.totals.revenue)  # type: ignore[arg-type]
            for g in sales_breakdown(conn, period, by, scope)
        ]
    names = names_of(conn, DIMENSIONS[by][1], [key for key in stored if key is not None])
    groups = [
        GroupRevenue(
            key, names.get(key, tr("(not set)")) if key is not None else tr("(not set)"), revenue
        )
        for key, revenue in stored.items()
    ]
    return sorted(groups, key=lambda group: (-group.revenue, group.name))
