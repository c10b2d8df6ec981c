"""Customers counted by status (:mod:`salesdesk.metrics.status`): at a date, at risk, and the
flow over a period — who was current at its start and end, who was won and who was lost.

Customer-level scopes (territory, account type, owner member, owners in a team) pick the
customers, the owner being the one at the day counted at (the period's closing day; SPEC
§3a Roll-up); product, category and channel restrict which of their purchases count. A
customer created after d does not exist at d unless they already bought.

"At the start of P" means at the opening of its first day, i.e. at the end of the day
before: a customer whose first purchase is on P's first day is new in P, not current at
start. A running period is counted to date (its closing day is today).

While the stored aggregates are current they answer (:mod:`salesdesk.metrics.aggregates`);
otherwise everything is computed from the sales, with the same result.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

from sqlalchemy import text

from salesdesk.metrics import aggregates, lines
from salesdesk.metrics.clock import closing_day
from salesdesk.metrics.flow import CustomerFlow
from salesdesk.metrics.scope import Scope, customer_filter, period_params, product_filter
from salesdesk.metrics.status import StatusRules, StatusSql, existed, rules_of
from salesdesk.metrics.stored import customer_cube
from salesdesk.periods import Period
from salesdesk.settings import CompanySettings

if TYPE_CHECKING:
    from sqlalchemy.engine import Connection


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
    """Per customer: its first and last purchase, and its last counted purchase up to each of
    ``days`` (column ``last_<name>``); with a period, whether it made a counted purchase in
    it. Owners are read at the last of ``days``."""
    customers = customer_filter(scope, owner_day=max(days.values()))
    sales = product_filter(scope)
    counted = f"FROM sale s WHERE s.customer_id = c.id AND {lines.purchase()} AND {sales.where()}"
    ever = f"FROM sale e WHERE e.customer_id = c.id AND {lines.purchase('e')}"
    columns = [
        "c.id, c.created_on, COALESCE(c.status_override, '') = 'lost' AS marked_lost",
        f"(SELECT MIN(e.date) {ever}) AS first_ever",
        f"(SELECT MAX(e.date) {ever}) AS last_ever",
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


def _status(d: str) -> StatusSql:
    """The status at day ``d`` of the facts above."""
    return StatusSql(
        last_purchase=f"last_{d}",
        marked_lost="marked_lost",
        bought_after=f"(last_ever IS NOT NULL AND last_ever > :{d}_day)",
        customer_id="f.id",
        prefix=f"{d}_",
    )


def _params(days: Mapping[str, date], rules: StatusRules) -> dict[str, str]:
    params: dict[str, str] = {}
    for name, day in days.items():
        params.update(rules.params(day, f"{name}_"))
    return params


_OPEN, _CLOSE = _status("open"), _status("close")


def _count(condition: str) -> str:
    """How many rows meet ``condition`` (booleans are counted in a CASE on every engine)."""
    return f"COALESCE(SUM(CASE WHEN {condition} THEN 1 ELSE 0 END), 0)"


_FLOW_SQL = f"""
SELECT {_count("open_current")}, {_count("close_current")},
       {_count("open_current AND close_current")},
       {_count("open_current AND NOT close_current")},
       {_count("is_new")}, {_count("open_prospect")}, {_count("created_in")},
       {_count("(open_prospect OR created_in) AND is_new")}
FROM (SELECT {_OPEN.current()} AS open_current, {_CLOSE.current()} AS close_current,
             (first_ever IS NOT NULL AND first_ever BETWEEN :start AND :end
              AND bought_in_period) AS is_new,
             (created_on < :start AND (first_ever IS NULL OR first_ever >= :start)
              AND NOT {_OPEN.marked()}) AS open_prospect,
             (created_on BETWEEN :start AND :end) AS created_in
      FROM {{facts}}) flags"""
# Won and converted customers: first purchase EVER in P (and a counted purchase in P);
# prospects at start never bought before P.


def customer_flow(
    conn: Connection,
    period: Period,
    scope: Scope = Scope(),
    settings: CompanySettings | None = None,
) -> CustomerFlow:
    """Who was current at the start and at the closing day of ``period``, who was won and
    who was lost (owners at the closing day)."""
    close = closing_day(period)
    if (cube := customer_cube(conn, scope, settings, owners_on=close)) is not None:
        return aggregates.customer_flow(conn, *cube, period.start, period.end, close=close)
    days = {"open": period.start - timedelta(days=1), "close": close}
    facts = _customer_facts(scope, days, period)
    sql = facts.query(_FLOW_SQL)
    params = {**facts.params, **_params(days, rules_of(conn, settings)), **period_params(period)}
    return CustomerFlow(*conn.execute(text(sql), params).one())


_ON = _status("on")
_EXISTS_ON = existed("created_on", "first_ever", "on_day")


def customer_status_counts(
    conn: Connection, on: date, scope: Scope = Scope(), settings: CompanySettings | None = None
) -> dict[str, int]:
    """How many customers are prospects, current and lost at the end of day ``on``."""
    facts = _customer_facts(scope, {"on": on})
    sql = facts.query(
        f"SELECT {_count(_ON.prospect())}, {_count(_ON.current())},"
        f" {_count(_ON.lost())} FROM {{facts}} WHERE {_EXISTS_ON}"
    )
    params = {**facts.params, **_params({"on": on}, rules_of(conn, settings))}
    prospect, current, lost = conn.execute(text(sql), params).one()
    return {"prospect": prospect, "current": current, "lost": lost}


def current_customer_owners(
    conn: Connection, on: date, settings: CompanySettings | None = None
) -> dict[int, int | None]:
    """The customers current at the end of day ``on``, each with its owner member (or None)
    at that day: the accounts that count against a member's capacity (SPEC §3 overload)."""
    from salesdesk.metrics.ownership import owner_at

    facts = _customer_facts(Scope(), {"on": on})
    sql = facts.query(
        f"SELECT f.id, {owner_at('c')} FROM {{facts}} JOIN customer c ON c.id = f.id"
        f" WHERE {_ON.current()}"
    )
    params = {
        **facts.params,
        **_params({"on": on}, rules_of(conn, settings)),
        "owner_day": on.isoformat(),
    }
    return {customer_id: owner for customer_id, owner in conn.execute(text(sql), params)}


def _at_risk(
    conn: Connection, on: date, scope: Scope, settings: CompanySettings | None, columns: str
) -> Any:
    """The rows of ``SELECT columns`` over the customers at risk at ``on``."""
    facts = _customer_facts(scope, {"on": on})
    sql = facts.query(f"SELECT {columns} FROM {{facts}} WHERE {_ON.at_risk()}")
    params = {**facts.params, **_params({"on": on}, rules_of(conn, settings))}
    return conn.execute(text(sql), params)


def at_risk_customer_ids(
    conn: Connection, on: date, scope: Scope = Scope(), settings: CompanySettings | None = None
) -> list[int]:
    """The customers at risk at ``on`` (:mod:`salesdesk.metrics.status`), by id."""
    return sorted(customer_id for (customer_id,) in _at_risk(conn, on, scope, settings, "f.id"))


def at_risk_count(
    conn: Connection, on: date, scope: Scope = Scope(), settings: CompanySettings | None = None
) -> int:
    if (cube := customer_cube(conn, scope, settings, owners_on=on)) is not None:
        return aggregates.at_risk_count(conn, *cube, on, rules_of(conn, settings))
    return int(_at_risk(conn, on, scope, settings, "COUNT(*)").scalar_one())


def new_customer_ids(conn: Connection, period: Period) -> list[int]:
    """The customers whose first purchase falls in ``period`` (the new customers), by id."""
    if aggregates.built(conn) is not None:
        return aggregates.first_buyer_ids(conn, period.start, period.end)
    rows = conn.execute(
        text(
            f"SELECT customer_id FROM sale s WHERE {lines.purchase()} GROUP BY customer_id"
            " HAVING MIN(date) BETWEEN :start AND :end ORDER BY customer_id"
        ),
        period_params(period),
    )
    return [customer_id for (customer_id,) in rows]


def lost_customer_ids(conn: Connection, period: Period) -> list[int]:
    """The customers current at the start of ``period`` and not at its closing day, by id."""
    close = closing_day(period)
    if customer_cube(conn, Scope(), owners_on=close) is not None:
        return aggregates.lost_customer_ids(conn, period.start, close)
    days = {"open": period.start - timedelta(days=1), "close": close}
    facts = _customer_facts(Scope(), days)
    sql = facts.query(
        f"SELECT f.id FROM {{facts}} WHERE {_OPEN.current()} AND NOT {_CLOSE.current()}"
        " ORDER BY f.id"
    )
    params = {**facts.params, **_params(days, StatusRules.load(conn))}
    return [customer_id for (customer_id,) in conn.execute(text(sql), params)]
