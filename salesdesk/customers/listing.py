"""The customer list of SPEC §4: filtered, searched, sorted and paged in SQL, as of a day.

A page is read in two steps: the ids of the page (filters, search and order, over indexed
columns of ``customer`` and the per-customer figures), then the page's columns for those ids
only, so that a joined name or the period's revenue is computed for 100 rows, not a million.

Everything is read at the context's day (SPEC §3a: the end of the period, or today while it
runs): the per-customer figures of that day (:mod:`salesdesk.customers.summary`), the
status and at-risk rule with its reason (:mod:`salesdesk.metrics.status`), the owner of that
day (:mod:`salesdesk.metrics.ownership`); a customer created after it is not listed.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

from sqlalchemy import text

from salesdesk.customers.query import NOT_OWNED, STATUSES, CustomerQuery
from salesdesk.customers.search import Search, plan_search
from salesdesk.customers.summary import CustomerFacts, customer_facts
from salesdesk.metrics import lines
from salesdesk.metrics.clock import closing_day
from salesdesk.metrics.ownership import owner_at, owners_changed_after
from salesdesk.metrics.rfm import RFM_TIERS
from salesdesk.metrics.sales import period_revenue_sql
from salesdesk.metrics.status import (
    RiskReason,
    StatusRules,
    StatusSql,
    existed,
    purchased_after,
    risk_reasons,
)
from salesdesk.settings import load_settings
from salesdesk.store.engine import SqlDialect, dialect
from salesdesk.store.queries import with_lists

__all__ = ["NOT_OWNED", "STATUSES", "CustomerQuery", "CustomerRow", "ListContext"]

if TYPE_CHECKING:
    from sqlalchemy.engine import Connection

    from salesdesk.periods import Period
    from salesdesk.settings import CompanySettings


# The status of ``customer c`` at :day from its figures ``cs`` (salesdesk.metrics.status).
STATUS = StatusSql(
    last_purchase="cs.last_sale",
    marked_lost="COALESCE(c.status_override, '') = 'lost'",
    bought_after=purchased_after("c.id", "day"),
    customer_id="c.id",
)
_FIRST_PURCHASE = (
    f"(SELECT MIN(e.date) FROM sale e WHERE e.customer_id = c.id AND {lines.purchase('e')})"
)
# Created by the day, or bought by then; the purchase is looked up only for the rare
# customer created after the day.
EXISTED = existed("c.created_on", _FIRST_PURCHASE, "day")

# Sort key -> SQL expression; the ones over one indexed column are fast on a million rows.
SORT_KEYS: dict[str, str] = {
    "name": "c.name",
    "code": "c.code",
    "status": "status_rank",
    "owner": "(SELECT name FROM member WHERE id = {owner})",
    "account_type": "(SELECT name FROM account_type WHERE id = c.account_type_id)",
    "territory": "(SELECT name FROM territory WHERE id = c.territory_id)",
    "persona": "(SELECT name FROM persona WHERE id = c.persona_id)",
    "first_sale": "cs.first_sale",
    "last_sale": "cs.last_sale",
    "period_revenue": "COALESCE(pr.revenue, 0)",
    "lifetime_revenue": "cs.lifetime_revenue",
    "revenue_365": "cs.revenue_365",  # revenue at stake when a customer leaves
    "rfm_tier": "cs.rfm_tier",
}

# Sort key -> the table (alias) and index that read the list in that order: with a search
# that matches many customers the page is read along it (salesdesk.customers.search).
WALKABLE_SORTS: dict[str, tuple[str, str]] = {
    "name": ("c", "ix_customer_name"),
    "first_sale": ("cs", "ix_customer_summary_first_sale"),
    "last_sale": ("cs", "ix_customer_summary_last_sale"),
    "lifetime_revenue": ("cs", "ix_customer_summary_lifetime_revenue"),
    "rfm_tier": ("cs", "ix_customer_summary_rfm_tier"),
}

_STATUS_BY_RANK = ("prospect", "current", "lost")

_PERIOD_REVENUE = f"LEFT JOIN ({period_revenue_sql()}) pr ON pr.customer_id = c.id"


@dataclass
class _Sql:
    """A WHERE clause under construction, with its CTEs, joins and parameters."""

    conditions: list[str] = field(default_factory=list)
    ctes: list[str] = field(default_factory=list)
    joins: list[str] = field(default_factory=list)
    params: dict[str, Any] = field(default_factory=dict)

    def add(self, condition: str, **params: Any) -> None:
        self.conditions.append(condition)
        self.params.update(params)

    def where(self) -> str:
        return " AND ".join(self.conditions) or "1 = 1"

    def with_clause(self) -> str:
        return f"WITH RECURSIVE {', '.join(self.ctes)} " if self.ctes else ""


@dataclass(frozen=True)
class StatusDay:
    """The day customers are read at, with the status rules, the per-customer figures of
    that day and whether owners are read as of that day.

    Build it with :meth:`at` (which finds the stored figures); constructed by hand it reads
    the summary of today (``customer_summary``), which must then be current for ``day``.
    """

    day: date
    retention_window_days: int
    at_risk_days: int
    complaint_days: int = field(default=14, kw_only=True)
    facts: CustomerFacts | None = field(default=None, kw_only=True)
    owners_of_the_day: bool = field(default=True, kw_only=True)  # False: owner column

    @classmethod
    def at(cls, conn: Connection, day: date, settings: CompanySettings | None = None) -> StatusDay:
        """Customers as of ``day``, with the figures of that day stored or computed."""
        settings = settings or load_settings(conn)
        return StatusDay(day, **_day_fields(conn, day, settings))

    @property
    def rules(self) -> StatusRules:
        return StatusRules(self.retention_window_days, self.at_risk_days, self.complaint_days)

    @property
    def figures(self) -> str:
        """The relation of the per-customer figures, to join as ``cs``."""
        return self.facts.relation if self.facts is not None else "customer_summary"

    @property
    def owner(self) -> str:
        """SQL for the owner of ``customer c`` at the day."""
        return owner_at("c") if self.owners_of_the_day else "c.owner_member_id"

    def params(self) -> dict[str, Any]:
        return {
            **self.rules.params(self.day),
            "owner_day": self.day.isoformat(),
            **(self.facts.params if self.facts is not None else {}),
        }


def _day_fields(conn: Connection, day: date, settings: CompanySettings) -> dict[str, Any]:
    return {
        "retention_window_days": settings.retention_window_days,
        "at_risk_days": settings.at_risk_days,
        "complaint_days": settings.complaint_days,
        "facts": customer_facts(conn, day),
        "owners_of_the_day": owners_changed_after(conn, day),
    }


@dataclass(frozen=True)
class ListContext(StatusDay):
    """A :class:`StatusDay` and the period of the list's revenue column."""

    period: Period

    @classmethod
    def for_period(
        cls,
        conn: Connection,
        period: Period,
        day: date | None = None,
        settings: CompanySettings | None = None,
    ) -> ListContext:
        """The list of ``period``, as of ``day``: by default its end, or today while it runs
        (SPEC §3a)."""
        day = day or closing_day(period)
        settings = settings or load_settings(conn)
        return cls(day, period=period, **_day_fields(conn, day, settings))

    def params(self) -> dict[str, Any]:
        return {
            **super().params(),
            "period_start": self.period.start.isoformat(),
            "period_end": self.period.end.isoformat(),
        }


def _filters(
    query: CustomerQuery, context: ListContext, search: Search | None, dialect: SqlDialect
) -> _Sql:
    sql = _Sql(params=context.params())
    sql.add(EXISTED)
    if search is not None:
        sql.add(search.condition(dialect), **search.params())
    _status_filter(sql, query.status)
    if query.rfm_tier is not None and query.rfm_tier not in RFM_TIERS:
        raise ValueError(f"unknown RFM tier {query.rfm_tier!r}")
    for column, value in (
        ("c.persona_id", query.persona_id),
        ("c.account_type_id", query.account_type_id),
        ("cs.rfm_tier", query.rfm_tier),
    ):
        if value is not None:
            name = column.split(".")[1]
            sql.add(f"{column} = :{name}", **{name: value})
    _owner_filter(sql, query.owner_member_id, context.owner)
    _territory_filter(sql, query.territory_id)
    _days_filter(sql, query, context.day)
    if query.segment is not None:
        sql.add(query.segment.sql, **dict(query.segment.params))
    return sql


def _status_filter(sql: _Sql, status: str | None) -> None:
    if status is not None:
        sql.add(status_condition(status))


def status_condition(status: str) -> str:
    """The SQL condition on ``customer c`` and its figures ``cs`` of a status (or at risk)
    at the day of ``ListContext.params()``."""
    if status not in STATUSES:
        raise ValueError(f"unknown status {status!r}")
    return STATUS.condition(status)


def _owner_filter(sql: _Sql, owner: int | None, column: str) -> None:
    if owner == NOT_OWNED:
        sql.add(f"{column} IS NULL")
    elif owner is not None:
        sql.add(f"{column} = :owner", owner=owner)


def _territory_filter(sql: _Sql, territory_id: int | None) -> None:
    if territory_id is not None:
        sql.ctes.append(TERRITORY_TREE)
        sql.add("c.territory_id IN (SELECT id FROM list_territory)", territory=territory_id)


# The territory :territory and its descendants.
TERRITORY_TREE = (
    "list_territory(id) AS (SELECT id FROM territory WHERE id = :territory"
    " UNION SELECT t.id FROM territory t JOIN list_territory ON t.parent_id = list_territory.id)"
)


def _days_filter(sql: _Sql, query: CustomerQuery, today: date) -> None:
    """Days since the last sale between the bounds; prospects have no such days."""
    if query.min_days_since_sale is not None:
        latest = today - timedelta(days=query.min_days_since_sale)
        sql.add("cs.last_sale <= :latest_sale", latest_sale=latest.isoformat())
    if query.max_days_since_sale is not None:
        earliest = today - timedelta(days=query.max_days_since_sale)
        sql.add("cs.last_sale >= :earliest_sale", earliest_sale=earliest.isoformat())


def _order_by(query: CustomerQuery, context: ListContext) -> str:
    if query.sort_key not in SORT_KEYS:
        raise ValueError(f"unknown sort key {query.sort_key!r}")
    direction = "DESC" if query.descending else "ASC"
    key = SORT_KEYS[query.sort_key].format(owner=context.owner)
    # The id of the sort column's own table: an index of that table ends with it.
    table = WALKABLE_SORTS.get(query.sort_key, ("c", ""))[0]
    tiebreak = "cs.customer_id" if table == "cs" else "c.id"
    return f"{key} {direction}, {tiebreak} {direction}"


def _from_clause(
    query: CustomerQuery, sql: _Sql, context: ListContext, walk: bool, dialect: SqlDialect
) -> str:
    joins = [*sql.joins]
    if query.sort_key == "period_revenue":
        joins.append(_PERIOD_REVENUE)
    status = f", {STATUS.rank()} AS status_rank" if query.sort_key == "status" else ""
    hints = {"c": "", "cs": ""}
    # the stored summary's indexes; figures computed for another day have none
    if walk and query.sort_key in WALKABLE_SORTS:
        table, index = WALKABLE_SORTS[query.sort_key]
        if table == "c" or context.figures == "customer_summary":
            hints[table] = dialect.indexed_by(index)
    return (
        f"SELECT c.id{status} FROM customer c {hints['c']}"
        f" JOIN {context.figures} cs {hints['cs']} ON cs.customer_id = c.id {' '.join(joins)}"
    )


def page_ids_sql(
    query: CustomerQuery, context: ListContext, search: Search | None, dialect: SqlDialect
) -> tuple[str, dict[str, Any]]:
    """The SQL of one page of ids (``:limit`` rows from ``:offset``) and its parameters;
    ``search`` is what :func:`salesdesk.customers.search.plan_search` made of
    ``query.search``."""
    sql = _filters(query, context, search, dialect)
    walk = search is not None and search.walk
    statement = (
        f"{sql.with_clause()}{_from_clause(query, sql, context, walk, dialect)}"
        f" WHERE {sql.where()} ORDER BY {_order_by(query, context)} LIMIT :limit OFFSET :offset"
    )
    return statement, sql.params


def count_customers(conn: Connection, query: CustomerQuery, context: ListContext) -> int:
    sql = _filters(query, context, plan_search(conn, query.search), dialect(conn))
    where = sql.where()
    # Every customer has a row of figures: join them only when a condition reads them.
    figures = f" JOIN {context.figures} cs ON cs.customer_id = c.id" if "cs." in where else ""
    statement = f"{sql.with_clause()}SELECT COUNT(*) FROM customer c{figures} WHERE {where}"
    return int(conn.execute(text(statement), sql.params).scalar_one())


@dataclass(frozen=True)
class CustomerRow:
    """One line of the list; money in minor units; everything as of the context's day."""

    id: int
    code: str
    name: str
    status: str  # prospect / current / lost
    at_risk: bool
    owner: str | None  # at the day
    account_type: str | None
    territory: str | None
    persona: str | None
    first_sale: date | None
    last_sale: date | None
    days_since_sale: int | None
    period_revenue: int
    lifetime_revenue: int
    revenue_365: int  # the last 365 days: what leaves with the customer
    rfm_tier: str | None
    status_override: str | None
    risk: tuple[RiskReason, ...] = ()  # why at risk (salesdesk.metrics.status)
    owner_id: int | None = None


_ROWS_SQL = f"""SELECT c.id, c.code, c.name, {STATUS.rank()}, {STATUS.complaint_since()},
    m.name, a.name, t.name, p.name, cs.first_sale, cs.last_sale,
    COALESCE(pr.revenue, 0),
    cs.lifetime_revenue, cs.revenue_365, cs.rfm_tier, c.status_override, m.id
FROM customer c JOIN {{figures}} cs ON cs.customer_id = c.id
LEFT JOIN ({period_revenue_sql("customer_id IN :ids")}) pr
    ON pr.customer_id = c.id
LEFT JOIN member m ON m.id = {{owner}}
LEFT JOIN account_type a ON a.id = c.account_type_id
LEFT JOIN territory t ON t.id = c.territory_id
LEFT JOIN persona p ON p.id = c.persona_id
WHERE c.id IN :ids"""


def rows_sql(context: ListContext) -> str:
    """The SQL of the list's columns of the customers whose ids ``:ids`` lists (an expanding
    list parameter), with the parameters of ``context.params()``."""
    return _ROWS_SQL.format(figures=context.figures, owner=context.owner)


def fetch_page(
    conn: Connection, query: CustomerQuery, context: ListContext, offset: int, limit: int
) -> list[CustomerRow]:
    """``limit`` rows of the list from row ``offset``."""
    statement, params = page_ids_sql(query, context, plan_search(conn, query.search), dialect(conn))
    ids = [
        row[0]
        for row in conn.execute(text(statement), {**params, "limit": limit, "offset": offset})
    ]
    return rows_by_id(conn, ids, context)


def rows_by_id(conn: Connection, ids: list[int], context: ListContext) -> list[CustomerRow]:
    """The list's columns of the given customers, in the order of ``ids``."""
    if not ids:
        return []
    params = {**context.params(), "ids": ids}
    sql = with_lists(rows_sql(context), "ids")
    rows = {row[0]: _row(row, context) for row in conn.execute(sql, params)}
    return [rows[i] for i in ids if i in rows]


def _as_date(value: Any) -> date | None:
    return date.fromisoformat(str(value)[:10]) if value else None


def _row(values: Any, context: ListContext) -> CustomerRow:
    (id_, code, name, rank, complaint, owner, account_type, territory, persona) = values[:9]
    first, last, period_revenue, lifetime, revenue_365, tier, override, owner_id = values[9:]
    status = _STATUS_BY_RANK[rank]
    last_sale = _as_date(last)
    reasons = risk_reasons(
        context.day,
        context.rules,
        last_purchase=last_sale,
        complaint_since=_as_date(complaint),
        current=status == "current",
    )
    return CustomerRow(
        id=id_,
        code=code,
        name=name,
        status=status,
        at_risk=bool(reasons),
        owner=owner,
        account_type=account_type,
        territory=territory,
        persona=persona,
        first_sale=_as_date(first),
        last_sale=last_sale,
        days_since_sale=(context.day - last_sale).days if last_sale else None,
        period_revenue=int(period_revenue),
        lifetime_revenue=int(lifetime),
        revenue_365=int(revenue_365),
        rfm_tier=tier,
        status_override=override,
        risk=reasons,
        owner_id=owner_id,
    )


def customer_risk(conn: Connection, customer_id: int, day: date) -> tuple[RiskReason, ...]:
    """Why one customer is at risk at ``day`` (empty: not at risk), for its detail pane."""
    from salesdesk.periods import Period

    context = ListContext.for_period(conn, Period(day, day), day)
    rows = rows_by_id(conn, [customer_id], context)
    return rows[0].risk if rows else ()
