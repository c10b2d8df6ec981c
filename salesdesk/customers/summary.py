"""The per-customer summary: first and last sale, lifetime and last-year figures, RFM tier.

A million-row list cannot aggregate ten million sales for every page, so these figures are
kept in ``customer_summary`` (one row per customer, added by a trigger when the customer is
created) and rebuilt in bulk when they are out of date: when the day changed (statuses,
recency and the 365-day window move with it) or the sales did. Sales are only ever added
or removed in bulk (import, demo), so their count and highest id tell whether they changed.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import TYPE_CHECKING

from sqlalchemy import text

from salesdesk.metrics.rfm import RFM_TIERS, RFM_WINDOW_DAYS, rfm_scoring_sql

if TYPE_CHECKING:
    from sqlalchemy.engine import Connection

    from salesdesk.store.db import Database


@dataclass(frozen=True)
class SummaryState:
    as_of: date | None
    sale_count: int
    sale_max_id: int


def _sales_fingerprint(conn: Connection) -> tuple[int, int]:
    count, max_id = conn.execute(text("SELECT COUNT(*), COALESCE(MAX(id), 0) FROM sale")).one()
    return int(count), int(max_id)


def summary_state(conn: Connection) -> SummaryState:
    row = conn.execute(
        text("SELECT as_of, sale_count, sale_max_id FROM customer_summary_state WHERE id = 1")
    ).one_or_none()
    if row is None:
        return SummaryState(None, 0, 0)
    as_of = date.fromisoformat(row[0]) if row[0] else None
    return SummaryState(as_of, int(row[1]), int(row[2]))


def summary_is_current(conn: Connection, today: date) -> bool:
    state = summary_state(conn)
    return state.as_of == today and (state.sale_count, state.sale_max_id) == _sales_fingerprint(
        conn
    )


# Keyed temporary tables: the fill below joins a million customers to them.
_TEMP_TABLES = (
    "CREATE TEMP TABLE summary_rollup (customer_id INTEGER PRIMARY KEY, first_sale, last_sale,"
    " lifetime_revenue, orders, revenue)",
    "CREATE TEMP TABLE summary_scores (customer_id INTEGER PRIMARY KEY, r, f, m, tier)",
)

# Per buying customer, their sales up to and including :today. The column names are the
# ones salesdesk.metrics.rfm.rfm_scoring_sql reads.
_ROLLUP = """INSERT INTO summary_rollup
SELECT customer_id, MIN(date), MAX(date) AS last_sale, SUM(amount),
       COUNT(DISTINCT CASE WHEN date > :since THEN order_ref END)
           + COALESCE(SUM(order_ref IS NULL AND date > :since), 0),
       COALESCE(SUM(CASE WHEN date > :since THEN amount END), 0)
FROM sale WHERE date <= :today GROUP BY customer_id"""

_FILL = """INSERT INTO customer_summary (customer_id, first_sale, last_sale, lifetime_revenue,
    orders_365, revenue_365, recency_score, frequency_score, monetary_score, rfm_tier)
SELECT c.id, r.first_sale, r.last_sale, COALESCE(r.lifetime_revenue, 0),
       COALESCE(r.orders, 0), COALESCE(r.revenue, 0), s.r, s.f, s.m, s.tier
FROM customer c
LEFT JOIN summary_rollup r ON r.customer_id = c.id
LEFT JOIN summary_scores s ON s.customer_id = c.id"""

_SAVE_STATE = """INSERT INTO customer_summary_state (id, as_of, sale_count, sale_max_id)
VALUES (1, :as_of, :count, :max_id) ON CONFLICT (id) DO UPDATE SET
    as_of = excluded.as_of, sale_count = excluded.sale_count, sale_max_id = excluded.sale_max_id"""


def refresh_summary(conn: Connection, today: date) -> None:
    """Recomputes every customer's figures as of ``today`` (call inside ``Database.write()``)."""
    since = today - timedelta(days=RFM_WINDOW_DAYS)
    _drop_temp_tables(conn)
    for statement in _TEMP_TABLES:
        conn.execute(text(statement))
    conn.execute(text(_ROLLUP), {"today": today.isoformat(), "since": since.isoformat()})
    conn.execute(text(f"INSERT INTO summary_scores {rfm_scoring_sql('summary_rollup')}"))
    conn.execute(text("DELETE FROM customer_summary"))
    conn.execute(text(_FILL))
    _drop_temp_tables(conn)
    count, max_id = _sales_fingerprint(conn)
    conn.execute(text(_SAVE_STATE), {"as_of": today.isoformat(), "count": count, "max_id": max_id})


def _drop_temp_tables(conn: Connection) -> None:
    for name in ("summary_rollup", "summary_scores"):
        conn.execute(text(f"DROP TABLE IF EXISTS temp.{name}"))


def bring_summary_up_to_date(database: Database, today: date) -> bool:
    """Rebuilds the summary when it is out of date, in a transaction on the database's writer;
    True when it did. A file opened read-only keeps the figures it has."""
    with database.read() as conn:
        if database.read_only or summary_is_current(conn, today):
            return False

    def refresh(conn: Connection) -> bool:
        if summary_is_current(conn, today):  # brought up to date while this waited its turn
            return False
        refresh_summary(conn, today)
        return True

    return database.transact(refresh)


def tier_counts(conn: Connection) -> dict[str, int]:
    """Customers per RFM tier as of the summary's day (every tier listed), read from the
    summary rather than scored again over all the sales."""
    counts = dict.fromkeys(RFM_TIERS, 0)
    rows = conn.execute(
        text(
            "SELECT rfm_tier, COUNT(*) FROM customer_summary"
            " WHERE rfm_tier IS NOT NULL GROUP BY rfm_tier"
        )
    )
    counts.update({tier: int(count) for tier, count in rows})
    return counts
