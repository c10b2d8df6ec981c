"""Sales metrics (SPEC §3): revenue, orders, units, buying and new customers, margin — in total,
per group, per month and per day. Money is in minor units; aggregated in SQL.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

from sqlalchemy import text

from salesdesk.i18n import tr
from salesdesk.metrics.scope import Scope, SqlFilter, period_params, sale_filter
from salesdesk.metrics.stored import (
    sales_cube,
    stored_daily_values,
    stored_monthly_revenue,
    stored_revenue_breakdown,
)
from salesdesk.periods import Period, add_months, units_overlapping
from salesdesk.settings import load_settings

if TYPE_CHECKING:
    from sqlalchemy.engine import Connection


@dataclass(frozen=True)
class SalesTotals:
    revenue: int
    orders: int
    units: float
    buying_customers: int
    new_customers: int
    cost: int

    @property
    def gross_margin(self) -> int:
        return self.revenue - self.cost

    @property
    def margin_pct(self) -> float | None:
        return self.gross_margin / self.revenue if self.revenue else None

    @property
    def average_order_value(self) -> float | None:
        """Revenue per order in minor units."""
        return self.revenue / self.orders if self.orders else None


NO_SALES = SalesTotals(0, 0, 0.0, 0, 0, 0)


# New customers are those whose first sale EVER (in any scope) falls in the period and who
# bought within the scope during it: a customer new to the company counts as new for every
# member, product, channel... they bought from in their first period, and a long-standing
# customer trying a new category is not "new". In a month or quarter breakdown a customer is
# new in the month or quarter of their first sale.
_NEWCOMERS_CTE = """newcomer(customer_id, first_date) AS MATERIALIZED (
    SELECT buyer.customer_id,
           (SELECT MIN(first.date) FROM sale first WHERE first.customer_id = buyer.customer_id)
    FROM (SELECT DISTINCT s.customer_id FROM sale s
          WHERE s.date BETWEEN :start AND :end AND {where}) buyer
    WHERE NOT EXISTS (SELECT 1 FROM sale earlier
                      WHERE earlier.customer_id = buyer.customer_id AND earlier.date < :start))"""


# A line without an order ref is an order of its own.
_TOTALS_COLUMNS = """
    COALESCE(SUM(s.amount), 0),
    COUNT(DISTINCT s.order_ref) + COALESCE(SUM(s.order_ref IS NULL), 0),
    COALESCE(SUM(s.quantity), 0.0),
    COUNT(DISTINCT s.customer_id),
    COUNT(DISTINCT CASE WHEN {newcomer_in_group} THEN s.customer_id END),
    COALESCE(SUM(s.cost), 0)"""


@dataclass(frozen=True)
class GroupQuery:
    """How to group sales: ``key`` is an SQL expression over ``sale s`` and ``joins``, in which
    ``{date}`` stands for the sale date (time groups); ``totals`` picks all the SalesTotals
    columns or only the revenue."""

    key: str
    joins: str = ""
    params: Mapping[str, Any] = field(default_factory=dict)
    totals: bool = True

    def key_sql(self, date_column: str = "s.date") -> str:
        return self.key.format(date=date_column)

    def revenue_only(self) -> GroupQuery:
        return replace(self, totals=False)

    def sql(self, scope_filter: SqlFilter) -> str:
        where = scope_filter.where()
        ctes, joins, columns = self._totals_parts(where) if self.totals else self._revenue_parts()
        return (
            scope_filter.with_clause(*ctes) + f"SELECT {self.key_sql()} AS group_key, {columns}\n"
            f"FROM sale s {joins}\n"
            f"WHERE s.date BETWEEN :start AND :end AND {where}\n"
            "GROUP BY group_key"
        )

    def _totals_parts(self, where: str) -> tuple[tuple[str, ...], str, str]:
        """The CTEs, joins and columns for all the SalesTotals."""
        joins = f"{self.joins} LEFT JOIN newcomer n ON n.customer_id = s.customer_id"
        # the customer is new and, in a time group, had their first sale in this group's time
        newcomer_in_group = (
            f"n.customer_id IS NOT NULL AND {self.key_sql('n.first_date')} IS {self.key_sql()}"
        )
        columns = _TOTALS_COLUMNS.format(newcomer_in_group=newcomer_in_group)
        return (_NEWCOMERS_CTE.format(where=where),), joins, columns

    def _revenue_parts(self) -> tuple[tuple[str, ...], str, str]:
        return (), self.joins, "COALESCE(SUM(s.amount), 0)"


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
# product; team by the credited member's own team.
_BY_MEMBER = "LEFT JOIN member by_member ON by_member.id = s.member_id"


_BY_CUSTOMER = "JOIN customer by_customer ON by_customer.id = s.customer_id"


_BY_PRODUCT = "LEFT JOIN product by_product ON by_product.id = s.product_id"
# dimension -> (the query, the table holding the names)


# dimension -> (the query, the table holding the names)
DIMENSIONS = {
    "member": (GroupQuery("s.member_id"), "member"),
    "team": (GroupQuery("by_member.team_id", _BY_MEMBER), "team"),
    "territory": (GroupQuery("by_customer.territory_id", _BY_CUSTOMER), "territory"),
    "product": (GroupQuery("s.product_id"), "product"),
    "category": (GroupQuery("by_product.category_id", _BY_PRODUCT), "product_category"),
    "account-type": (GroupQuery("by_customer.account_type_id", _BY_CUSTOMER), "account_type"),
    "channel": (GroupQuery("s.channel_id"), "channel"),
}


# Calendar months and fiscal quarters as a month index (year * 12 + month - 1) of their start.
_MONTH_INDEX = (
    "(CAST(substr({date}, 1, 4) AS INTEGER) * 12 + CAST(substr({date}, 6, 2) AS INTEGER) - 1)"
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
        text(f"SELECT id, name FROM {table} WHERE id IN (SELECT value FROM json_each(:ids))"),
        {"ids": json.dumps(ids)},
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


def period_revenue_sql(where: str = "1") -> str:
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
PIPELINE_DAILY_METRICS = ("deals_won", "pipeline_created")  # salesdesk.pipeline adds them up


def daily_values(
    conn: Connection, metric: str, period: Period, scope: Scope = Scope()
) -> dict[date, float]:
    """An additive metric per day of ``period``; days where it is 0 are left out.

    New customers of a day are those whose first sale ever was that day and who bought in
    the scope during the period, as in a month breakdown.
    """
    if metric in PIPELINE_DAILY_METRICS:
        from salesdesk.pipeline import measures

        return measures.daily_values(conn, metric, period, scope)
    if metric not in DAILY_METRICS:
        raise ValueError(f"{metric!r} does not add up over days")
    stored = stored_daily_values(conn, metric, period, scope)
    if stored is None:
        per_day = grouped_totals(conn, period, scope, GroupQuery("{date}"))
        stored = {date.fromisoformat(d): float(getattr(t, metric)) for d, t in per_day.items()}
    return {day: value for day, value in stored.items() if value}


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
