"""The metrics of SPEC §3: the one implementation behind the dashboard, goals, reports and CLI.

Everything is aggregated in SQL (``sqlalchemy.text`` with bound parameters); Python only
assembles the statements and wraps the few result rows. Dates are stored as ISO text, so
they are bound and compared as ``YYYY-MM-DD`` strings, which keeps the sale indexes usable.

Money is in minor units throughout; rates are ratios (0.25 = 25 %).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, fields, replace
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

from sqlalchemy import text

from salesdesk import aggregates
from salesdesk.i18n import tr
from salesdesk.periods import Period, add_months, month_start

if TYPE_CHECKING:
    from sqlalchemy.engine import Connection


# --- scope -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class SegmentCondition:
    """A saved segment's rule as one SQL condition on ``customer c``; built by
    ``salesdesk.customers.segments.segment_scope(conn, segment_id)``, which reads the rule."""

    segment_id: int
    sql: str
    params: tuple[tuple[str, Any], ...] = ()


@dataclass(frozen=True)
class Scope:
    """Narrows a metric; every field is optional and several set at once are joined by AND.

    Sales metrics read member and team as the member credited with the sale; customer metrics
    (status, flow, at risk) read them as the customer's owner. Product, category and channel
    restrict which sales count in both.
    """

    member_id: int | None = None
    team_id: int | None = None  # the team and its sub-teams
    territory_id: int | None = None  # the customer's territory and its descendants
    category_id: int | None = None  # the product's category and its sub-categories
    product_id: int | None = None
    account_type_id: int | None = None
    channel_id: int | None = None
    segment: SegmentCondition | None = None  # the customers of a saved segment


def _tree_cte(name: str, table: str, param: str) -> str:
    # UNION (not UNION ALL) stops at a node already seen, so a damaged tree with a cycle ends.
    return (
        f"{name}(id) AS (SELECT id FROM {table} WHERE id = :{param}"
        f" UNION SELECT child.id FROM {table} child JOIN {name} ON child.parent_id = {name}.id)"
    )


@dataclass(frozen=True)
class _Filter:
    """Conditions on ``sale s`` or ``customer c`` with the recursive CTEs they refer to."""

    ctes: tuple[str, ...] = ()
    conditions: tuple[str, ...] = ()
    params: Mapping[str, Any] = field(default_factory=dict)

    def where(self) -> str:
        return " AND ".join(self.conditions) or "1"

    def with_clause(self, *more_ctes: str) -> str:
        ctes = (*self.ctes, *more_ctes)
        return f"WITH RECURSIVE {', '.join(ctes)}\n" if ctes else ""

    def __add__(self, other: _Filter) -> _Filter:
        ctes = tuple(dict.fromkeys((*self.ctes, *other.ctes)))
        return _Filter(ctes, (*self.conditions, *other.conditions), {**self.params, **other.params})


_TEAM_MEMBERS = "(SELECT id FROM member WHERE team_id IN (SELECT id FROM team_tree))"


def _team_filter(scope: Scope, member_column: str) -> _Filter:
    if scope.team_id is None:
        return _Filter()
    return _Filter(
        (_tree_cte("team_tree", "team", "team_id"),),
        (f"{member_column} IN {_TEAM_MEMBERS}",),
        {"team_id": scope.team_id},
    )


def _territory_filter(scope: Scope, territory_column: str) -> _Filter:
    if scope.territory_id is None:
        return _Filter()
    return _Filter(
        (_tree_cte("territory_tree", "territory", "territory_id"),),
        (f"{territory_column} IN (SELECT id FROM territory_tree)",),
        {"territory_id": scope.territory_id},
    )


def _equals(column: str, param: str, value: int | None) -> _Filter:
    return _Filter() if value is None else _Filter((), (f"{column} = :{param}",), {param: value})


def _segment_filter(scope: Scope) -> _Filter:
    if scope.segment is None:
        return _Filter()
    return _Filter((), (scope.segment.sql,), dict(scope.segment.params))


def _product_filter(scope: Scope) -> _Filter:
    """Sale-level conditions that restrict which sales count: product, category, channel."""
    result = _equals("s.product_id", "product_id", scope.product_id)
    result += _equals("s.channel_id", "channel_id", scope.channel_id)
    if scope.category_id is not None:
        result += _Filter(
            (_tree_cte("category_tree", "product_category", "category_id"),),
            (
                "s.product_id IN (SELECT id FROM product"
                " WHERE category_id IN (SELECT id FROM category_tree))",
            ),
            {"category_id": scope.category_id},
        )
    return result


def _sale_filter(scope: Scope) -> _Filter:
    """The whole scope as conditions on ``sale s``: member and team are the credited member."""
    result = _equals("s.member_id", "member_id", scope.member_id)
    result += _team_filter(scope, "s.member_id")
    by_customer = _territory_filter(scope, "c.territory_id")
    by_customer += _equals("c.account_type_id", "account_type_id", scope.account_type_id)
    by_customer += _segment_filter(scope)
    if by_customer.conditions:
        sold_to = f"s.customer_id IN (SELECT id FROM customer c WHERE {by_customer.where()})"
        result += _Filter(by_customer.ctes, (sold_to,), by_customer.params)
    return result + _product_filter(scope)


def _customer_filter(scope: Scope) -> _Filter:
    """The customer-level scope on ``customer c``: member and team are the customer's owner."""
    result = _equals("c.owner_member_id", "member_id", scope.member_id)
    result += _team_filter(scope, "c.owner_member_id")
    result += _territory_filter(scope, "c.territory_id")
    result += _segment_filter(scope)
    return result + _equals("c.account_type_id", "account_type_id", scope.account_type_id)


def _day(d: date) -> str:
    return d.isoformat()


def _period_params(period: Period) -> dict[str, str]:
    return {"start": _day(period.start), "end": _day(period.end)}


# --- settings --------------------------------------------------------------------------------


@dataclass(frozen=True)
class CompanySettings:
    company_name: str
    currency: str
    org_mode: str
    retention_window_days: int
    at_risk_days: int
    fiscal_year_start_month: int
    report_language: str


def load_settings(conn: Connection) -> CompanySettings:
    row = conn.execute(
        text(
            "SELECT company_name, currency, org_mode, retention_window_days, at_risk_days,"
            " fiscal_year_start_month, report_language FROM settings WHERE id = 1"
        )
    ).one()
    return CompanySettings(*row)


# --- sales -----------------------------------------------------------------------------------


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
class _GroupQuery:
    """How to group sales: ``key`` is an SQL expression over ``sale s`` and ``joins``, in which
    ``{date}`` stands for the sale date (time groups); ``totals`` picks all the SalesTotals
    columns or only the revenue."""

    key: str
    joins: str = ""
    params: Mapping[str, Any] = field(default_factory=dict)
    totals: bool = True

    def key_sql(self, date_column: str = "s.date") -> str:
        return self.key.format(date=date_column)

    def revenue_only(self) -> _GroupQuery:
        return replace(self, totals=False)

    def sql(self, scope_filter: _Filter) -> str:
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


def _grouped(
    conn: Connection, period: Period, scope: Scope, query: _GroupQuery
) -> dict[Any, tuple[Any, ...]]:
    """The query's columns per group, over the sales in the period and scope."""
    scope_filter = _sale_filter(scope)
    params = {**scope_filter.params, **_period_params(period), **query.params}
    rows = conn.execute(text(query.sql(scope_filter)), params)
    return {key: tuple(values) for key, *values in rows}


def _grouped_totals(
    conn: Connection, period: Period, scope: Scope, query: _GroupQuery
) -> dict[Any, SalesTotals]:
    return {
        key: SalesTotals(*values) for key, values in _grouped(conn, period, scope, query).items()
    }


def sales_totals(conn: Connection, period: Period, scope: Scope = Scope()) -> SalesTotals:
    return _grouped_totals(conn, period, scope, _GroupQuery("NULL")).get(None, NO_SALES)


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
_DIMENSIONS = {
    "member": (_GroupQuery("s.member_id"), "member"),
    "team": (_GroupQuery("by_member.team_id", _BY_MEMBER), "team"),
    "territory": (_GroupQuery("by_customer.territory_id", _BY_CUSTOMER), "territory"),
    "product": (_GroupQuery("s.product_id"), "product"),
    "category": (_GroupQuery("by_product.category_id", _BY_PRODUCT), "product_category"),
    "account-type": (_GroupQuery("by_customer.account_type_id", _BY_CUSTOMER), "account_type"),
    "channel": (_GroupQuery("s.channel_id"), "channel"),
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
    if by not in _DIMENSIONS:
        raise ValueError(f"unknown breakdown {by!r}; expected one of {', '.join(BREAKDOWNS)}")
    query, name_table = _DIMENSIONS[by]
    totals = _grouped_totals(conn, period, scope, query)
    names = _names(conn, name_table, [key for key in totals if key is not None])
    groups = [
        GroupTotals(key, names.get(key, tr("(not set)")), group) for key, group in totals.items()
    ]
    return sorted(groups, key=lambda group: (-group.totals.revenue, group.name))


def _names(conn: Connection, table: str, ids: list[int]) -> dict[int, str]:
    rows = conn.execute(
        text(f"SELECT id, name FROM {table} WHERE id IN (SELECT value FROM json_each(:ids))"),
        {"ids": json.dumps(ids)},
    )
    return {id_: name for id_, name in rows}


def _breakdown_by_time(
    conn: Connection, period: Period, unit: str, scope: Scope
) -> list[GroupTotals]:
    fiscal_start = load_settings(conn).fiscal_year_start_month if unit == "quarter" else 1
    query = _time_query(unit, fiscal_start)
    totals = _grouped_totals(conn, period, scope, query)
    return [
        GroupTotals(unit_period, unit_period.label(), totals.get(index, NO_SALES))
        for index, unit_period in _units_overlapping(period, unit, fiscal_start)
    ]


def _time_query(unit: str, fiscal_start: int) -> _GroupQuery:
    key = _MONTH_INDEX if unit == "month" else _QUARTER_START_INDEX
    return _GroupQuery(key, params={"fiscal_offset": fiscal_start - 1})


def _units_overlapping(period: Period, unit: str, fiscal_start: int) -> list[tuple[int, Period]]:
    """The months or quarters that overlap ``period``, each with its start's month index."""
    units = [Period.containing(period.start, unit, fiscal_start)]
    while units[-1].end < period.end:
        units.append(units[-1].next())
    return [(u.start.year * 12 + u.start.month - 1, u) for u in units]


def monthly_revenue(
    conn: Connection, first_month: date, months: int, scope: Scope = Scope()
) -> list[tuple[date, int]]:
    """Revenue of ``months`` calendar months from the one containing ``first_month``,
    as (first day of the month, revenue); months without sales are listed with 0."""
    start = first_month.replace(day=1)
    span = Period(start, add_months(start, months) - timedelta(days=1))
    if (cube := _sales_cube(conn, scope)) is not None:
        return _stored_monthly_revenue(conn, cube, span)
    revenue = _grouped(conn, span, scope, _time_query("month", 1).revenue_only())
    return [
        (month.start, revenue.get(index, (0,))[0])
        for index, month in _units_overlapping(span, "month", 1)
    ]


# --- customers -------------------------------------------------------------------------------
#
# Status at a date d (SPEC §3), with W the retention window:
#   prospect  no sale on or before d;
#   current   last sale in (d - W, d];
#   lost      has sales, last sale on or before d - W, or status override "lost".
# The override carries no date, so it is read as "lost after their last purchase": it applies
# on and after the customer's last sale (at every date for one who never bought). History up
# to that sale keeps its computed status, and the loss lands in the period of the last sale.
#
# Customer-level scopes (territory, account type, owner member, owners in a team) pick the
# customers; product, category and channel restrict which of their sales count. A customer
# created after d does not exist at d unless they already bought.
#
# "At the start of P" means at the opening of its first day, i.e. at the end of the day
# before: a customer whose first sale is on P's first day is new in P, not current at start.


@dataclass(frozen=True)
class _CustomerFacts:
    """A SELECT of one row per customer in scope, with the CTEs and parameters it needs."""

    select: str
    ctes: tuple[str, ...]
    params: Mapping[str, Any]

    def query(self, outer: str) -> str:
        """``outer`` with ``{facts}`` standing for the rows of the SELECT."""
        # Materialised: flattened into ``outer``, each correlated subquery would run again
        # for every reference to its column.
        ctes = (*self.ctes, f"facts AS MATERIALIZED ({self.select})")
        return f"WITH RECURSIVE {', '.join(ctes)}\n" + outer.format(facts="facts f")


def _customer_facts(
    scope: Scope, days: Mapping[str, date], period: Period | None = None
) -> _CustomerFacts:
    """Per customer: its first and last sale, and its last counted sale up to each of ``days``
    (column ``last_<name>``); with a period, whether it made a counted sale in it."""
    customers, sales = _customer_filter(scope), _product_filter(scope)
    counted = f"FROM sale s WHERE s.customer_id = c.id AND {sales.where()}"
    columns = [
        "c.id, c.created_on, COALESCE(c.status_override, '') = 'lost' AS marked_lost",
        "(SELECT MIN(e.date) FROM sale e WHERE e.customer_id = c.id) AS first_ever",
        "(SELECT MAX(e.date) FROM sale e WHERE e.customer_id = c.id) AS last_ever",
        *(f"(SELECT MAX(s.date) {counted} AND s.date <= :{d}_day) AS last_{d}" for d in days),
    ]
    if period is not None:
        columns.append(
            f"EXISTS (SELECT 1 {counted} AND s.date BETWEEN :start AND :end) AS bought_in_period"
        )
    select = f"SELECT {', '.join(columns)} FROM customer c WHERE {customers.where()}"
    return _CustomerFacts(
        select, (*customers.ctes, *sales.ctes), {**customers.params, **sales.params}
    )


def _status_params(days: Mapping[str, date], settings: CompanySettings) -> dict[str, str]:
    params = {}
    for name, day in days.items():
        params[f"{name}_day"] = _day(day)
        params[f"{name}_horizon"] = _day(day - timedelta(days=settings.retention_window_days))
    return params


def _marked_lost(d: str) -> str:
    return f"(marked_lost AND (last_ever IS NULL OR last_ever <= :{d}_day))"


def _current(d: str) -> str:
    return f"(NOT {_marked_lost(d)} AND last_{d} IS NOT NULL AND last_{d} > :{d}_horizon)"


def _prospect(d: str) -> str:
    return f"(NOT {_marked_lost(d)} AND last_{d} IS NULL)"


def _lost(d: str) -> str:
    return f"({_marked_lost(d)} OR (last_{d} IS NOT NULL AND last_{d} <= :{d}_horizon))"


def _exists(d: str) -> str:
    return f"(created_on <= :{d}_day OR (first_ever IS NOT NULL AND first_ever <= :{d}_day))"


def _settings(conn: Connection, settings: CompanySettings | None) -> CompanySettings:
    return settings if settings is not None else load_settings(conn)


def today() -> date:
    """The current date; the one place the metrics read the clock."""
    return date.today()


def closing_day(period: Period) -> date:
    """The day whose status closes ``period``: its end; today while it runs, so that customers
    who may still buy before the end are not counted as lost yet; its first day when it has
    not begun."""
    return min(period.end, max(today(), period.start))


@dataclass(frozen=True)
class CustomerFlow:
    current_at_start: int
    current_at_end: int
    retained: int
    lost: int
    new: int
    prospects_at_start: int
    created_in_period: int
    converted: int

    @property
    def retention_rate(self) -> float | None:
        return self.retained / self.current_at_start if self.current_at_start else None

    @property
    def churn_rate(self) -> float | None:
        return self.lost / self.current_at_start if self.current_at_start else None

    @property
    def conversion_rate(self) -> float | None:
        candidates = self.prospects_at_start + self.created_in_period
        return self.converted / candidates if candidates else None


_FLOW_SQL = f"""
SELECT COALESCE(SUM(open_current), 0), COALESCE(SUM(close_current), 0),
       COALESCE(SUM(open_current AND close_current), 0),
       COALESCE(SUM(open_current AND NOT close_current), 0),
       COALESCE(SUM(is_new), 0), COALESCE(SUM(open_prospect), 0), COALESCE(SUM(created_in), 0),
       COALESCE(SUM((open_prospect OR created_in) AND is_new), 0)
FROM (SELECT {_current("open")} AS open_current, {_current("close")} AS close_current,
             (first_ever IS NOT NULL AND first_ever BETWEEN :start AND :end
              AND bought_in_period) AS is_new,
             (created_on < :start AND (first_ever IS NULL OR first_ever >= :start)
              AND NOT {_marked_lost("open")}) AS open_prospect,
             (created_on BETWEEN :start AND :end) AS created_in
      FROM {{facts}}) flags"""
# New and converted customers follow new customers of the sales metrics: first sale EVER in P
# (and a counted sale in P); prospects at start never bought before P.


def customer_flow(
    conn: Connection,
    period: Period,
    scope: Scope = Scope(),
    settings: CompanySettings | None = None,
) -> CustomerFlow:
    """Who was current at the start and end of ``period``, who was won and who was lost."""
    if (cube := _customer_cube(conn, scope, settings)) is not None:
        return aggregates.customer_flow(
            conn, *cube, period.start, period.end, close=closing_day(period)
        )
    days = {"open": period.start - timedelta(days=1), "close": closing_day(period)}
    facts = _customer_facts(scope, days, period)
    sql = facts.query(_FLOW_SQL)
    params = {
        **facts.params,
        **_status_params(days, _settings(conn, settings)),
        **_period_params(period),
    }
    return CustomerFlow(*conn.execute(text(sql), params).one())


# --- acquisition and retention cost -----------------------------------------------------------

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
        "first_month": _day(month_start(period.start)),
        "end": _day(period.end),
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


def customer_status_counts(
    conn: Connection, on: date, scope: Scope = Scope(), settings: CompanySettings | None = None
) -> dict[str, int]:
    """How many customers are prospects, current and lost at the end of day ``on``."""
    facts = _customer_facts(scope, {"on": on})
    sql = facts.query(
        f"SELECT COALESCE(SUM({_prospect('on')}), 0), COALESCE(SUM({_current('on')}), 0),"
        f" COALESCE(SUM({_lost('on')}), 0) FROM {{facts}} WHERE {_exists('on')}"
    )
    params = {**facts.params, **_status_params({"on": on}, _settings(conn, settings))}
    prospect, current, lost = conn.execute(text(sql), params).one()
    return {"prospect": prospect, "current": current, "lost": lost}


def current_customer_owners(
    conn: Connection, on: date, settings: CompanySettings | None = None
) -> dict[int, int | None]:
    """The customers current at the end of day ``on``, each with its owner member (or None):
    the accounts that count against a member's capacity (SPEC §3 overload)."""
    facts = _customer_facts(Scope(), {"on": on})
    sql = facts.query(
        "SELECT f.id, c.owner_member_id FROM {facts} JOIN customer c ON c.id = f.id"
        f" WHERE {_current('on')}"
    )
    params = {**facts.params, **_status_params({"on": on}, _settings(conn, settings))}
    return {customer_id: owner for customer_id, owner in conn.execute(text(sql), params)}


def revenue_by_customer(conn: Connection, period: Period, scope: Scope = Scope()) -> dict[int, int]:
    """Revenue per customer in the period; customers without sales in it are left out."""
    query = _GroupQuery("s.customer_id").revenue_only()
    return {key: int(values[0]) for key, values in _grouped(conn, period, scope, query).items()}


# Open complaints and service tickets older than this make a current customer at risk.
COMPLAINT_GRACE_DAYS = 14


def _at_risk(
    conn: Connection, on: date, scope: Scope, settings: CompanySettings | None, columns: str
) -> Any:
    """The rows of ``SELECT columns`` over the customers at risk at ``on``."""
    settings = _settings(conn, settings)
    facts = _customer_facts(scope, {"on": on})
    sql = facts.query(
        f"SELECT {columns} FROM {{facts}} WHERE {_current('on')} AND ("
        " last_on < :quiet_since OR EXISTS (SELECT 1 FROM interaction i"
        " WHERE i.customer_id = f.id AND i.is_open"
        " AND i.kind IN ('complaint', 'service_ticket') AND i.date < :complaint_before))"
    )
    params = {
        **facts.params,
        **_status_params({"on": on}, settings),
        "quiet_since": _day(on - timedelta(days=settings.at_risk_days)),
        "complaint_before": _day(on - timedelta(days=COMPLAINT_GRACE_DAYS)),
    }
    return conn.execute(text(sql), params)


def at_risk_customer_ids(
    conn: Connection, on: date, scope: Scope = Scope(), settings: CompanySettings | None = None
) -> list[int]:
    """Current customers at ``on`` who have not bought for longer than the at-risk threshold
    or have an open complaint or service ticket older than 14 days, by id."""
    return sorted(customer_id for (customer_id,) in _at_risk(conn, on, scope, settings, "f.id"))


def at_risk_count(
    conn: Connection, on: date, scope: Scope = Scope(), settings: CompanySettings | None = None
) -> int:
    if (cube := _customer_cube(conn, scope, settings)) is not None:
        complaint_before = on - timedelta(days=COMPLAINT_GRACE_DAYS)
        return aggregates.at_risk_count(conn, *cube, on, complaint_before)
    return int(_at_risk(conn, on, scope, settings, "COUNT(*)").scalar_one())


# --- growth, goals and the dashboard ---------------------------------------------------------


def growth(current: float | None, previous: float | None) -> float | None:
    """(current - previous) / |previous|; None when either is unknown or previous is 0."""
    if current is None or previous is None or previous == 0:
        return None
    return (current - previous) / abs(previous)


def _sales_metric(name: str) -> Callable[[Connection, Period, Scope], float | None]:
    def value(conn: Connection, period: Period, scope: Scope) -> float | None:
        totals = _stored_totals(conn, period, scope, need_orders=name in _NEED_ORDERS)
        result = getattr(totals or sales_totals(conn, period, scope), name)
        return None if result is None else float(result)

    return value


_NEED_ORDERS = {"orders", "average_order_value"}


def _new_customers(conn: Connection, period: Period, scope: Scope) -> float | None:
    # Territory and account type pick customers, all of whose sales count: a customer whose
    # first sale falls in P bought in the scope in P. Member, product, channel: not so.
    only_customers = {name for name, _ in _set_fields(scope)} <= {"territory_id", "account_type_id"}
    if only_customers and (cube := _customer_cube(conn, scope)) is not None:
        return float(aggregates.first_sales(conn, *cube, period.start, period.end))
    return float(sales_totals(conn, period, scope).new_customers)


def _flow_metric(name: str) -> Callable[[Connection, Period, Scope], float | None]:
    def value(conn: Connection, period: Period, scope: Scope) -> float | None:
        result: float | None = getattr(customer_flow(conn, period, scope), name)
        return result

    return value


def _current_customers(conn: Connection, period: Period, scope: Scope) -> float | None:
    if (cube := _customer_cube(conn, scope)) is not None:
        return float(aggregates.current_count(conn, *cube, closing_day(period)))
    return float(customer_status_counts(conn, closing_day(period), scope)["current"])


def _pipeline_metric(name: str) -> Callable[[Connection, Period, Scope], float | None]:
    """A goal metric of the sales process (SPEC §12), computed by salesdesk.pipeline."""

    def value(conn: Connection, period: Period, scope: Scope) -> float | None:
        from salesdesk.pipeline import measures

        return measures.goal_metric_value(conn, name, period, scope)

    return value


# Goal metric -> how to compute it; money in minor units, rates as ratios.
_METRICS: dict[str, Callable[[Connection, Period, Scope], float | None]] = {
    "revenue": _sales_metric("revenue"),
    "units": _sales_metric("units"),
    "orders": _sales_metric("orders"),
    "new_customers": _new_customers,
    "average_order_value": _sales_metric("average_order_value"),
    "gross_margin": _sales_metric("gross_margin"),
    "current_customers": _current_customers,
    "retention_rate": _flow_metric("retention_rate"),
    "churn_rate": _flow_metric("churn_rate"),
    "conversion_rate": _flow_metric("conversion_rate"),
    "deals_won": _pipeline_metric("deals_won"),
    "win_rate": _pipeline_metric("win_rate"),
    "pipeline_created": _pipeline_metric("pipeline_created"),
}
COMPUTED_METRICS = tuple(_METRICS)


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
    totals: StoredTotals | SalesTotals | None = _stored_totals(
        conn, period, scope, need_orders=True
    )
    if totals is not None:
        new_customers = _new_customers(conn, period, scope)
    else:
        totals = sales_totals(conn, period, scope)
        new_customers = totals.new_customers
    flow = customer_flow(conn, period, scope, settings)
    return {
        "revenue": totals.revenue,
        "orders": totals.orders,
        "average_order_value": totals.average_order_value,
        "new_customers": new_customers,
        "lost_customers": flow.lost,
        "retention_rate": flow.retention_rate,
        "conversion_rate": flow.conversion_rate,
        "at_risk": at_risk_count(conn, closing_day(period), scope, settings),
    }


def elapsed_part(period: Period) -> Period:
    """The part of ``period`` up to today: the whole period once it is over."""
    end = closing_day(period)
    return period if end == period.end else Period(period.start, end)


def first_days(period: Period, days: int) -> Period:
    """The first ``days`` days of ``period`` (all of it when it is shorter)."""
    if days >= period.days:
        return period
    return Period(period.start, period.start + timedelta(days=days - 1))


def dashboard_kpis(conn: Connection, period: Period, scope: Scope = Scope()) -> dict[str, Kpi]:
    """The dashboard's cards: each KPI now, over the previous period and a year earlier.

    A period still running is compared to date: 58 days into a quarter are set against the
    first 58 days of the previous quarter and of the same quarter a year earlier, not
    against whole quarters, which would show every running period as a decline.
    """
    settings = load_settings(conn)
    now = elapsed_part(period)
    comparisons = [period.previous(), period.year_ago()]
    if now != period:
        comparisons = [first_days(p, now.days) for p in comparisons]
    current, previous, year_ago = (
        _dashboard_values(conn, p, scope, settings) for p in (now, *comparisons)
    )
    return {key: Kpi(current[key], previous[key], year_ago[key]) for key in DASHBOARD_KPIS}


# --- RFM and customer lifetime value ----------------------------------------------------------

RFM_TIERS = ("champions", "loyal", "new", "at_risk", "lost", "needs_attention")
RFM_WINDOW_DAYS = 365  # F and M count the orders and revenue of the last 365 days


def rfm_tier(recency: int, frequency: int, monetary: int) -> str:
    """The SPEC §3 tier of R, F, M scores (1–5); the first rule that matches wins."""
    if recency >= 4 and frequency >= 4 and monetary >= 4:
        return "champions"
    if frequency >= 4:
        return "loyal"
    if frequency == 1 and recency >= 4:
        return "new"
    if recency <= 2 and frequency >= 3:
        return "at_risk"
    if recency == 1:
        return "lost"
    return "needs_attention"


_RFM_TIER_SQL = """CASE WHEN r >= 4 AND f >= 4 AND m >= 4 THEN 'champions'
    WHEN f >= 4 THEN 'loyal' WHEN f = 1 AND r >= 4 THEN 'new'
    WHEN r <= 2 AND f >= 3 THEN 'at_risk' WHEN r = 1 THEN 'lost'
    ELSE 'needs_attention' END"""


def _quintile(column: str) -> str:
    # By rank among all buyers (ties share the lower rank, hence the score): the lowest fifth
    # of values scores 1, the highest fifth 5.
    return f"1 + 5 * (RANK() OVER (ORDER BY {column}) - 1) / COUNT(*) OVER ()"


def rfm_scoring_sql(buyers: str) -> str:
    """A SELECT of ``customer_id, r, f, m, tier`` over ``buyers``: an SQL relation of the
    buying customers with the columns ``customer_id``, ``last_sale``, ``orders`` and
    ``revenue`` (orders and revenue of the last 365 days). Recent, frequent, big scores 5."""
    scores = f"{_quintile('last_sale')} AS r, {_quintile('orders')} AS f"
    return (
        f"SELECT customer_id, r, f, m, {_RFM_TIER_SQL} AS tier FROM"
        f" (SELECT customer_id, {scores}, {_quintile('revenue')} AS m FROM {buyers})"
    )


# Customers who bought on or before :rfm_on, with their last 365 days' orders and revenue.
_RFM_BUYERS = """(SELECT s.customer_id, MAX(s.date) AS last_sale,
    COUNT(DISTINCT CASE WHEN s.date > :rfm_since THEN s.order_ref END)
        + COALESCE(SUM(s.order_ref IS NULL AND s.date > :rfm_since), 0) AS orders,
    COALESCE(SUM(CASE WHEN s.date > :rfm_since THEN s.amount END), 0) AS revenue
    FROM sale s WHERE s.date <= :rfm_on AND {where} GROUP BY s.customer_id)"""


def rfm_params(on: date) -> dict[str, str]:
    return {"rfm_on": _day(on), "rfm_since": _day(on - timedelta(days=RFM_WINDOW_DAYS))}


@dataclass(frozen=True)
class RfmScore:
    customer_id: int
    recency: int
    frequency: int
    monetary: int
    tier: str


def rfm_scores(conn: Connection, on: date, scope: Scope = Scope()) -> list[RfmScore]:
    """R, F, M scores and tier at the end of day ``on`` of every customer in scope who has
    bought by then, scored among those customers; by customer id."""
    scope_filter = _sale_filter(scope)
    buyers = _RFM_BUYERS.format(where=scope_filter.where())
    sql = scope_filter.with_clause() + rfm_scoring_sql(buyers) + " ORDER BY customer_id"
    rows = conn.execute(text(sql), {**scope_filter.params, **rfm_params(on)})
    return [RfmScore(*row) for row in rows]


def rfm_tier_counts(conn: Connection, on: date, scope: Scope = Scope()) -> dict[str, int]:
    """How many buying customers fall in each RFM tier at ``on`` (every tier listed)."""
    counts = dict.fromkeys(RFM_TIERS, 0)
    for score in rfm_scores(conn, on, scope):
        counts[score.tier] += 1
    return counts


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


# --- stored aggregates -----------------------------------------------------------------------
#
# While salesdesk.aggregates is current, the figures below are read from it: the same
# definitions summed per day. Scopes of one dimension are served from it; combined scopes,
# segments and counts of distinct customers are computed from the sales.

_Cube = tuple[str, tuple[int, ...]]  # an aggregate dimension and the keys that make the scope


def _set_fields(scope: Scope) -> list[tuple[str, Any]]:
    """The fields set in ``scope`` with their values."""
    chosen = [(f.name, getattr(scope, f.name)) for f in fields(scope)]
    return [(name, value) for name, value in chosen if value is not None]


_TEAM_MEMBER_IDS = f"WITH RECURSIVE {_tree_cte('team_tree', 'team', 'id')} {_TEAM_MEMBERS[1:-1]}"
_TERRITORY_IDS = (
    f"WITH RECURSIVE {_tree_cte('territory_tree', 'territory', 'id')} SELECT id FROM territory_tree"
)
_CATEGORY_PRODUCT_IDS = (
    f"WITH RECURSIVE {_tree_cte('category_tree', 'product_category', 'id')}"
    " SELECT id FROM product WHERE category_id IN (SELECT id FROM category_tree)"
)


def _keys(dim: str, sql: str | None = None) -> Callable[[Connection, int], _Cube]:
    """The aggregate dimension and keys of a scope field: its own id, or the ids ``sql``
    finds for it (a team's members, a territory's subtree, a category's products)."""

    def cube(conn: Connection, id_: int) -> _Cube:
        if sql is None:
            return dim, (id_,)
        return dim, tuple(row[0] for row in conn.execute(text(sql), {"id": id_}))

    return cube


# Sales read member and team as the member credited, customers as the owner (see Scope).
_SALES_CUBES = {
    "member_id": _keys("member"),
    "team_id": _keys("member", _TEAM_MEMBER_IDS),
    "channel_id": _keys("channel"),
    "product_id": _keys("product"),
    "category_id": _keys("product", _CATEGORY_PRODUCT_IDS),
    "territory_id": _keys("territory", _TERRITORY_IDS),
    "account_type_id": _keys("account_type"),
}
# Product, category and channel make only some sales count: customers need the sales then.
_CUSTOMER_CUBES = {
    "member_id": _keys("owner"),
    "team_id": _keys("owner", _TEAM_MEMBER_IDS),
    "territory_id": _keys("territory", _TERRITORY_IDS),
    "account_type_id": _keys("account_type"),
}


def _cube(
    conn: Connection, scope: Scope, cubes: Mapping[str, Callable[[Connection, int], _Cube]]
) -> _Cube | None:
    chosen = _set_fields(scope)
    if not chosen:
        return "", ()
    if len(chosen) > 1 or chosen[0][0] not in cubes:
        return None
    name, value = chosen[0]
    return cubes[name](conn, value)


def _sales_cube(conn: Connection, scope: Scope) -> _Cube | None:
    """Where the sales of ``scope`` are summed in the aggregates, if they are current."""
    if aggregates.built(conn) is None:
        return None
    return _cube(conn, scope, _SALES_CUBES)


def _customer_cube(
    conn: Connection, scope: Scope, settings: CompanySettings | None = None
) -> _Cube | None:
    """Where the customers of ``scope`` are counted in the aggregates, if they are current
    and were built with the given settings' retention window and at-risk threshold."""
    built = aggregates.built(conn)
    if built is None:
        return None
    if settings is not None and (settings.retention_window_days, settings.at_risk_days) != (
        built.retention_window_days,
        built.at_risk_days,
    ):
        return None
    return _cube(conn, scope, _CUSTOMER_CUBES)


@dataclass(frozen=True)
class StoredTotals:
    """The additive sales figures from the aggregates; ``orders`` None when they cannot be
    added up there (an order split across days, members, channels, customers or products)."""

    revenue: int
    cost: int
    units: float
    orders: int | None

    @property
    def gross_margin(self) -> int:
        return self.revenue - self.cost

    @property
    def average_order_value(self) -> float | None:
        return self.revenue / self.orders if self.orders else None


def _stored_totals(
    conn: Connection, period: Period, scope: Scope, *, need_orders: bool
) -> StoredTotals | None:
    cube = _sales_cube(conn, scope)
    if cube is None:
        return None
    dim, keys = cube
    built = aggregates.built(conn)
    orders_add_up = (
        built is not None and built.orders_add_up and (dim != "product" or len(keys) == 1)
    )
    if need_orders and not orders_add_up:
        return None
    revenue, cost, units, orders = aggregates.sales_sums(conn, dim, keys, period.start, period.end)
    return StoredTotals(revenue, cost, units, orders if orders_add_up else None)


def _stored_monthly_revenue(conn: Connection, cube: _Cube, span: Period) -> list[tuple[date, int]]:
    by_month: dict[date, int] = {}
    for day, sums in aggregates.sums_by_day(conn, *cube, span.start, span.end).items():
        by_month[month_start(day)] = by_month.get(month_start(day), 0) + sums[0]
    return [
        (month.start, by_month.get(month.start, 0))
        for _, month in _units_overlapping(span, "month", 1)
    ]


# --- per day and per group ---------------------------------------------------------------------

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
    stored = _stored_daily_values(conn, metric, period, scope)
    if stored is None:
        per_day = _grouped_totals(conn, period, scope, _GroupQuery("{date}"))
        stored = {date.fromisoformat(d): float(getattr(t, metric)) for d, t in per_day.items()}
    return {day: value for day, value in stored.items() if value}


_DAILY_COLUMNS = {"revenue": 0, "units": 2, "orders": 3}


def _stored_daily_values(
    conn: Connection, metric: str, period: Period, scope: Scope
) -> dict[date, float] | None:
    cube = _sales_cube(conn, scope)
    built = aggregates.built(conn)
    if cube is None or built is None:
        return None
    if metric == "new_customers":
        if cube != ("", ()):
            return None
        return {
            day: float(n)
            for day, n in aggregates.first_sales_by_day(conn, period.start, period.end).items()
        }
    if metric == "orders" and not (
        built.orders_add_up and (cube[0] != "product" or len(cube[1]) == 1)
    ):
        return None
    sums = aggregates.sums_by_day(conn, *cube, period.start, period.end)
    if metric == "gross_margin":
        return {day: float(s[0] - s[1]) for day, s in sums.items()}
    return {day: float(s[_DAILY_COLUMNS[metric]]) for day, s in sums.items()}


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
    stored = _stored_revenue_breakdown(conn, period, by, scope)
    if stored is None:
        return [
            GroupRevenue(g.key, g.name, g.totals.revenue)  # type: ignore[arg-type]
            for g in sales_breakdown(conn, period, by, scope)
        ]
    names = _names(conn, _DIMENSIONS[by][1], [key for key in stored if key is not None])
    groups = [
        GroupRevenue(
            key, names.get(key, tr("(not set)")) if key is not None else tr("(not set)"), revenue
        )
        for key, revenue in stored.items()
    ]
    return sorted(groups, key=lambda group: (-group.revenue, group.name))


# Breakdowns the aggregates hold directly, and those they hold through a lookup of the group.
_STORED_BREAKDOWNS = {
    "member": "member",
    "channel": "channel",
    "product": "product",
    "territory": "territory",
    "account-type": "account_type",
}
_GROUP_LOOKUPS = {
    "team": ("member", "SELECT id, team_id FROM member"),
    "category": ("product", "SELECT id, category_id FROM product"),
}


def _stored_revenue_breakdown(
    conn: Connection, period: Period, by: str, scope: Scope
) -> dict[int | None, int] | None:
    if scope != Scope() or aggregates.built(conn) is None:
        return None
    if by in _STORED_BREAKDOWNS:
        lookup = None
        dim = _STORED_BREAKDOWNS[by]
    elif by in _GROUP_LOOKUPS:
        dim, lookup_sql = _GROUP_LOOKUPS[by]
        lookup = {key: group for key, group in conn.execute(text(lookup_sql))}
    else:
        return None
    result: dict[int | None, int] = {}
    for key, revenue in aggregates.revenue_by_key(conn, dim, period.start, period.end).items():
        group = (key or None) if lookup is None else lookup.get(key)
        result[group] = result.get(group, 0) + revenue
    return result


# --- the customers behind the dashboard's counts ---------------------------------------------


def new_customer_ids(conn: Connection, period: Period) -> list[int]:
    """The customers whose first sale ever falls in ``period`` (the new customers), by id."""
    if aggregates.built(conn) is not None:
        return aggregates.first_buyer_ids(conn, period.start, period.end)
    rows = conn.execute(
        text(
            "SELECT customer_id FROM sale GROUP BY customer_id"
            " HAVING MIN(date) BETWEEN :start AND :end ORDER BY customer_id"
        ),
        _period_params(period),
    )
    return [customer_id for (customer_id,) in rows]


def lost_customer_ids(conn: Connection, period: Period) -> list[int]:
    """The customers current at the start of ``period`` and not at its closing day, by id."""
    close = closing_day(period)
    if _customer_cube(conn, Scope()) is not None:
        return aggregates.lost_customer_ids(conn, period.start, close)
    days = {"open": period.start - timedelta(days=1), "close": close}
    facts = _customer_facts(Scope(), days)
    sql = facts.query(
        f"SELECT f.id FROM {{facts}} WHERE {_current('open')} AND NOT {_current('close')}"
        " ORDER BY f.id"
    )
    params = {**facts.params, **_status_params(days, load_settings(conn))}
    return [customer_id for (customer_id,) in conn.execute(text(sql), params)]
