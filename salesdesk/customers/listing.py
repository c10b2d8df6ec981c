"""The customer list of SPEC §4: filtered, searched, sorted and paged in SQL.

A page is read in two steps: the ids of the page (filters, search and order, over indexed
columns of ``customer`` and ``customer_summary``), then the page's columns for those ids
only, so that a joined name or the period's revenue is computed for 100 rows, not a million.
Statuses follow SPEC §3 at the summary's day (see :mod:`salesdesk.customers.summary`).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

from sqlalchemy import text

from salesdesk.customers.query import NOT_OWNED, STATUSES, CustomerQuery
from salesdesk.metrics.rfm import RFM_TIERS
from salesdesk.metrics.sales import period_revenue_sql
from salesdesk.metrics.status import COMPLAINT_GRACE_DAYS

__all__ = ["NOT_OWNED", "STATUSES", "CustomerQuery", "CustomerRow", "ListContext"]

if TYPE_CHECKING:
    from sqlalchemy.engine import Connection

    from salesdesk.periods import Period
    from salesdesk.settings import CompanySettings


# Sort key -> SQL expression; the ones over one indexed column are fast on a million rows.
SORT_KEYS: dict[str, str] = {
    "name": "c.name",
    "code": "c.code",
    "status": "status_rank",
    "owner": "(SELECT name FROM member WHERE id = c.owner_member_id)",
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

# The status at the summary's day, as a rank that sorts prospect, current, lost.
_STATUS_RANK = """CASE WHEN COALESCE(c.status_override, '') = 'lost' THEN 2
    WHEN cs.last_sale IS NULL THEN 0 WHEN cs.last_sale > :horizon THEN 1 ELSE 2 END"""
_STATUS_BY_RANK = ("prospect", "current", "lost")

_PERIOD_REVENUE = f"LEFT JOIN ({period_revenue_sql()}) pr ON pr.customer_id = c.id"

_OPEN_COMPLAINT = """EXISTS (SELECT 1 FROM interaction i WHERE i.customer_id = c.id
    AND i.is_open AND i.kind IN ('complaint', 'service_ticket') AND i.date < :complaint_before)"""


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
        return " AND ".join(self.conditions) or "1"

    def with_clause(self) -> str:
        return f"WITH RECURSIVE {', '.join(self.ctes)} " if self.ctes else ""


@dataclass(frozen=True)
class ListContext:
    """The day statuses are read at, the retention and at-risk settings, the period."""

    today: date
    retention_window_days: int
    at_risk_days: int
    period: Period

    @classmethod
    def of(cls, settings: CompanySettings, today: date, period: Period) -> ListContext:
        return cls(today, settings.retention_window_days, settings.at_risk_days, period)

    def params(self) -> dict[str, str]:
        return {
            "horizon": _day(self.today - timedelta(days=self.retention_window_days)),
            "quiet_since": _day(self.today - timedelta(days=self.at_risk_days)),
            "complaint_before": _day(self.today - timedelta(days=COMPLAINT_GRACE_DAYS)),
            "period_start": _day(self.period.start),
            "period_end": _day(self.period.end),
        }


def _day(d: date) -> str:
    return d.isoformat()


def fts_query(search: str) -> str:
    """The FTS5 query for what the user typed: every word must start a word of the name,
    code or contacts (a prefix match), in any column."""
    words = re.findall(r"\w+", search.casefold())
    return " ".join(f'"{word}"*' for word in words)


def _filters(query: CustomerQuery, context: ListContext) -> _Sql:
    sql = _Sql(params=context.params())
    if match := fts_query(query.search):
        sql.add(
            "c.id IN (SELECT rowid FROM customer_search WHERE customer_search MATCH :search)",
            search=match,
        )
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
    _owner_filter(sql, query.owner_member_id)
    _territory_filter(sql, query.territory_id)
    _days_filter(sql, query, context.today)
    if query.segment is not None:
        sql.add(query.segment.sql, **dict(query.segment.params))
    return sql


def _status_filter(sql: _Sql, status: str | None) -> None:
    if status is not None:
        sql.add(status_condition(status))


def status_condition(status: str) -> str:
    """The SQL condition on ``customer c`` and ``customer_summary cs`` of a status (or at
    risk) at the day of ``ListContext.params()``."""
    if status not in STATUSES:
        raise ValueError(f"unknown status {status!r}")
    not_marked = "COALESCE(c.status_override, '') <> 'lost'"
    current = f"{not_marked} AND cs.last_sale > :horizon"
    conditions = {
        "prospect": f"{not_marked} AND cs.last_sale IS NULL",
        "current": current,
        "at_risk": f"{current} AND (cs.last_sale < :quiet_since OR {_OPEN_COMPLAINT})",
        "lost": "(c.status_override = 'lost' OR cs.last_sale <= :horizon)",
    }
    return f"({conditions[status]})"


def _owner_filter(sql: _Sql, owner: int | None) -> None:
    if owner == NOT_OWNED:
        sql.add("c.owner_member_id IS NULL")
    elif owner is not None:
        sql.add("c.owner_member_id = :owner", owner=owner)


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
        sql.add("cs.last_sale <= :latest_sale", latest_sale=_day(latest))
    if query.max_days_since_sale is not None:
        earliest = today - timedelta(days=query.max_days_since_sale)
        sql.add("cs.last_sale >= :earliest_sale", earliest_sale=_day(earliest))


def _order_by(query: CustomerQuery) -> str:
    if query.sort_key not in SORT_KEYS:
        raise ValueError(f"unknown sort key {query.sort_key!r}")
    direction = "DESC" if query.descending else "ASC"
    return f"{SORT_KEYS[query.sort_key]} {direction}, c.id {direction}"


def _from_clause(query: CustomerQuery, sql: _Sql) -> str:
    joins = [*sql.joins]
    if query.sort_key == "period_revenue":
        joins.append(_PERIOD_REVENUE)
    status = f", {_STATUS_RANK} AS status_rank" if query.sort_key == "status" else ""
    return (
        f"SELECT c.id{status} FROM customer c"
        f" JOIN customer_summary cs ON cs.customer_id = c.id {' '.join(joins)}"
    )


def page_ids_sql(query: CustomerQuery, context: ListContext) -> tuple[str, dict[str, Any]]:
    """The SQL of one page of ids (``:limit`` rows from ``:offset``) and its parameters."""
    sql = _filters(query, context)
    statement = (
        f"{sql.with_clause()}{_from_clause(query, sql)} WHERE {sql.where()}"
        f" ORDER BY {_order_by(query)} LIMIT :limit OFFSET :offset"
    )
    return statement, sql.params


def count_customers(conn: Connection, query: CustomerQuery, context: ListContext) -> int:
    sql = _filters(query, context)
    where = sql.where()
    # Every customer has a summary row: join it only when a condition reads it.
    summary = " JOIN customer_summary cs ON cs.customer_id = c.id" if "cs." in where else ""
    statement = f"{sql.with_clause()}SELECT COUNT(*) FROM customer c{summary} WHERE {where}"
    return int(conn.execute(text(statement), sql.params).scalar_one())


@dataclass(frozen=True)
class CustomerRow:
    """One line of the list; money in minor units."""

    id: int
    code: str
    name: str
    status: str  # prospect / current / lost (at the summary's day)
    at_risk: bool
    owner: str | None
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


ROWS_SQL = f"""SELECT c.id, c.code, c.name, {_STATUS_RANK},
    {_OPEN_COMPLAINT} OR cs.last_sale < :quiet_since,
    m.name, a.name, t.name, p.name, cs.first_sale, cs.last_sale,
    (SELECT COALESCE(SUM(s.amount), 0) FROM sale s
     WHERE s.customer_id = c.id AND s.date BETWEEN :period_start AND :period_end),
    cs.lifetime_revenue, cs.revenue_365, cs.rfm_tier, c.status_override
FROM customer c JOIN customer_summary cs ON cs.customer_id = c.id
LEFT JOIN member m ON m.id = c.owner_member_id
LEFT JOIN account_type a ON a.id = c.account_type_id
LEFT JOIN territory t ON t.id = c.territory_id
LEFT JOIN persona p ON p.id = c.persona_id
WHERE c.id IN (SELECT value FROM json_each(:ids))"""


def fetch_page(
    conn: Connection, query: CustomerQuery, context: ListContext, offset: int, limit: int
) -> list[CustomerRow]:
    """``limit`` rows of the list from row ``offset``."""
    statement, params = page_ids_sql(query, context)
    ids = [
        row[0]
        for row in conn.exec_driver_sql(statement, {**params, "limit": limit, "offset": offset})
    ]
    return rows_by_id(conn, ids, context)


def rows_by_id(conn: Connection, ids: list[int], context: ListContext) -> list[CustomerRow]:
    """The list's columns of the given customers, in the order of ``ids``."""
    if not ids:
        return []
    params = {**context.params(), "ids": json.dumps(ids)}
    # the driver's own :name parameters: no statement compiling on the page's hot path
    rows = {row[0]: _row(row, context.today) for row in conn.exec_driver_sql(ROWS_SQL, params)}
    return [rows[i] for i in ids if i in rows]


def _row(values: Any, today: date) -> CustomerRow:
    (id_, code, name, rank, troubled, owner, account_type, territory, persona) = values[:9]
    first, last, period_revenue, lifetime, revenue_365, tier, override = values[9:]
    status = _STATUS_BY_RANK[rank]
    last_sale = date.fromisoformat(last) if last else None
    return CustomerRow(
        id=id_,
        code=code,
        name=name,
        status=status,
        at_risk=status == "current" and bool(troubled),
        owner=owner,
        account_type=account_type,
        territory=territory,
        persona=persona,
        first_sale=date.fromisoformat(first) if first else None,
        last_sale=last_sale,
        days_since_sale=(today - last_sale).days if last_sale else None,
        period_revenue=int(period_revenue),
        lifetime_revenue=int(lifetime),
        revenue_365=int(revenue_365),
        rfm_tier=tier,
        status_override=override,
    )
