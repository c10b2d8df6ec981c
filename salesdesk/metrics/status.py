"""Customer status (SPEC §3): prospect, current, lost and at risk at a date, and the flow of
customers over a period.

Status at a date d, with W the retention window:
  prospect  no sale on or before d;
  current   last sale in (d - W, d];
  lost      has sales, last sale on or before d - W, or status override "lost".
The override carries no date, so it is read as "lost after their last purchase": it applies
on and after the customer's last sale (at every date for one who never bought). History up
to that sale keeps its computed status, and the loss lands in the period of the last sale.

Customer-level scopes (territory, account type, owner member, owners in a team) pick the
customers; product, category and channel restrict which of their sales count. A customer
created after d does not exist at d unless they already bought.

"At the start of P" means at the opening of its first day, i.e. at the end of the day
before: a customer whose first sale is on P's first day is new in P, not current at start.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

from sqlalchemy import text

from salesdesk.metrics import aggregates
from salesdesk.metrics.clock import closing_day
from salesdesk.metrics.flow import CustomerFlow
from salesdesk.metrics.scope import Scope, customer_filter, iso_day, period_params, product_filter
from salesdesk.metrics.stored import customer_cube
from salesdesk.periods import Period
from salesdesk.settings import CompanySettings, load_settings

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
    """Per customer: its first and last sale, and its last counted sale up to each of ``days``
    (column ``last_<name>``); with a period, whether it made a counted sale in it."""
    customers, sales = customer_filter(scope), product_filter(scope)
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
        params[f"{name}_day"] = iso_day(day)
        params[f"{name}_horizon"] = iso_day(day - timedelta(days=settings.retention_window_days))
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


def settings_or_load(conn: Connection, settings: CompanySettings | None) -> CompanySettings:
    return settings if settings is not None else load_settings(conn)


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
    if (cube := customer_cube(conn, scope, settings)) is not None:
        return aggregates.customer_flow(
            conn, *cube, period.start, period.end, close=closing_day(period)
        )
    days = {"open": period.start - timedelta(days=1), "close": closing_day(period)}
    facts = _customer_facts(scope, days, period)
    sql = facts.query(_FLOW_SQL)
    params = {
        **facts.params,
        **_status_params(days, settings_or_load(conn, settings)),
        **period_params(period),
    }
    return CustomerFlow(*conn.execute(text(sql), params).one())


def customer_status_counts(
    conn: Connection, on: date, scope: Scope = Scope(), settings: CompanySettings | None = None
) -> dict[str, int]:
    """How many customers are prospects, current and lost at the end of day ``on``."""
    facts = _customer_facts(scope, {"on": on})
    sql = facts.query(
        f"SELECT COALESCE(SUM({_prospect('on')}), 0), COALESCE(SUM({_current('on')}), 0),"
        f" COALESCE(SUM({_lost('on')}), 0) FROM {{facts}} WHERE {_exists('on')}"
    )
    params = {**facts.params, **_status_params({"on": on}, settings_or_load(conn, settings))}
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
    params = {**facts.params, **_status_params({"on": on}, settings_or_load(conn, settings))}
    return {customer_id: owner for customer_id, owner in conn.execute(text(sql), params)}


# Open complaints and service tickets older than this make a current customer at risk.
COMPLAINT_GRACE_DAYS = 14


def _at_risk(
    conn: Connection, on: date, scope: Scope, settings: CompanySettings | None, columns: str
) -> Any:
    """The rows of ``SELECT columns`` over the customers at risk at ``on``."""
    settings = settings_or_load(conn, settings)
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
        "quiet_since": iso_day(on - timedelta(days=settings.at_risk_days)),
        "complaint_before": iso_day(on - timedelta(days=COMPLAINT_GRACE_DAYS)),
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
    if (cube := customer_cube(conn, scope, settings)) is not None:
        complaint_before = on - timedelta(days=COMPLAINT_GRACE_DAYS)
        return aggregates.at_risk_count(conn, *cube, on, complaint_before)
    return int(_at_risk(conn, on, scope, settings, "COUNT(*)").scalar_one())


def new_customer_ids(conn: Connection, period: Period) -> list[int]:
    """The customers whose first sale ever falls in ``period`` (the new customers), by id."""
    if aggregates.built(conn) is not None:
        return aggregates.first_buyer_ids(conn, period.start, period.end)
    rows = conn.execute(
        text(
            "SELECT customer_id FROM sale GROUP BY customer_id"
            " HAVING MIN(date) BETWEEN :start AND :end ORDER BY customer_id"
        ),
        period_params(period),
    )
    return [customer_id for (customer_id,) in rows]


def lost_customer_ids(conn: Connection, period: Period) -> list[int]:
    """The customers current at the start of ``period`` and not at its closing day, by id."""
    close = closing_day(period)
    if customer_cube(conn, Scope()) is not None:
        return aggregates.lost_customer_ids(conn, period.start, close)
    days = {"open": period.start - timedelta(days=1), "close": close}
    facts = _customer_facts(Scope(), days)
    sql = facts.query(
        f"SELECT f.id FROM {{facts}} WHERE {_current('open')} AND NOT {_current('close')}"
        " ORDER BY f.id"
    )
    params = {**facts.params, **_status_params(days, load_settings(conn))}
    return [customer_id for (customer_id,) in conn.execute(text(sql), params)]
