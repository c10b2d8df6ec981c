"""RFM scores and tiers (SPEC §3) at a date."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import TYPE_CHECKING

from sqlalchemy import text

from salesdesk.metrics import lines
from salesdesk.metrics.scope import Scope, iso_day, sale_filter

if TYPE_CHECKING:
    from sqlalchemy.engine import Connection


RFM_TIERS = ("champions", "loyal", "new", "at_risk", "lost", "needs_attention")


RFM_WINDOW_DAYS = 365  # scored: who bought in the last 365 days; F and M count those days


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


_RFM_TIER_SQL = """CASE WHEN {r} >= 4 AND {f} >= 4 AND {m} >= 4 THEN 'champions'
    WHEN {f} >= 4 THEN 'loyal' WHEN {f} = 1 AND {r} >= 4 THEN 'new'
    WHEN {r} <= 2 AND {f} >= 3 THEN 'at_risk' WHEN {r} = 1 THEN 'lost'
    ELSE 'needs_attention' END"""


def rfm_tier_sql(r: str = "r", f: str = "f", m: str = "m") -> str:
    """The SQL of :func:`rfm_tier` over the columns ``r``, ``f``, ``m``."""
    return _RFM_TIER_SQL.format(r=r, f=f, m=m)


def _quintile(column: str) -> str:
    # By rank among the scored buyers (ties share the lower rank, hence the score): the
    # lowest fifth of values scores 1, the highest fifth 5. The others score nothing.
    window = f"OVER (PARTITION BY scored ORDER BY {column})"
    return (
        f"CASE WHEN scored = 1 THEN 1 + 5 * (RANK() {window} - 1)"
        " / COUNT(*) OVER (PARTITION BY scored) END"
    )


FIGURES = ("first_sale", "last_sale", "lifetime_revenue", "orders", "revenue")


def rfm_scoring_sql(buyers: str) -> str:
    """A SELECT of ``customer_id``, the columns of :func:`buyer_rollup_sql` (``buyers`` is an
    SQL relation of them), ``r, f, m`` and ``tier`` for every customer of ``buyers``. Only
    those with a purchase in the 365 days up to ``:rfm_on`` (after ``:rfm_since``) are
    scored, among themselves, so that "recent but one order" (New) can happen; the others'
    scores and tier are NULL. Recent, frequent, big scores 5."""
    figures = ", ".join(FIGURES)
    scores = (
        f"{_quintile('last_sale')} AS r, {_quintile('orders')} AS f, {_quintile('revenue')} AS m"
    )
    scored = "CASE WHEN last_sale > :rfm_since THEN 1 ELSE 0 END AS scored"
    return (
        f"SELECT customer_id, {figures}, r, f, m,"
        f" CASE WHEN r IS NOT NULL THEN {rfm_tier_sql()} END AS tier FROM"
        f" (SELECT customer_id, {figures}, {scores}"
        f" FROM (SELECT *, {scored} FROM {buyers} AS buyer) AS marked) AS scores"
    )


# Per customer with sales up to :rfm_on: first and last purchase (returns are not purchases,
# salesdesk.metrics.lines), lifetime revenue, and the orders (with a positive total) and
# revenue of the 365 days after :rfm_since. First the lines of each order, then the customer.
_BUYER_ROLLUP = f"""SELECT customer_id, MIN(first_purchase) AS first_sale,
    MAX(last_purchase) AS last_sale, SUM(amount) AS lifetime_revenue,
    SUM(CASE WHEN recent_amount > 0 THEN 1 ELSE 0 END) AS orders,
    SUM(recent_amount) AS revenue
FROM (SELECT s.customer_id, MIN(CASE WHEN {lines.purchase()} THEN s.date END) AS first_purchase,
             MAX(CASE WHEN {lines.purchase()} THEN s.date END) AS last_purchase,
             SUM(s.amount) AS amount,
             SUM(CASE WHEN s.date > :rfm_since THEN s.amount ELSE 0 END) AS recent_amount
      FROM sale s WHERE s.date <= :rfm_on AND {{where}}
      GROUP BY {lines.order_grouping()}) orders
GROUP BY customer_id"""


def buyer_rollup_sql(where: str = "1 = 1") -> str:
    """A SELECT of ``customer_id, first_sale, last_sale, lifetime_revenue, orders, revenue``
    over the sales (on ``sale s``) that satisfy ``where``, at ``:rfm_on``."""
    return _BUYER_ROLLUP.format(where=where)


def rfm_params(on: date) -> dict[str, str]:
    return {"rfm_on": iso_day(on), "rfm_since": iso_day(on - timedelta(days=RFM_WINDOW_DAYS))}


@dataclass(frozen=True)
class RfmScore:
    customer_id: int
    recency: int
    frequency: int
    monetary: int
    tier: str


def rfm_scores(conn: Connection, on: date, scope: Scope = Scope()) -> list[RfmScore]:
    """R, F, M scores and tier at the end of day ``on`` of every customer in scope with a
    purchase in the 365 days up to then, scored among those customers; by customer id."""
    scope_filter = sale_filter(scope)
    buyers = f"({buyer_rollup_sql(scope_filter.where())})"
    scored = (
        f"SELECT customer_id, r, f, m, tier FROM ({rfm_scoring_sql(buyers)}) AS scored"
        " WHERE tier IS NOT NULL ORDER BY customer_id"
    )
    rows = conn.execute(
        text(scope_filter.with_clause() + scored), {**scope_filter.params, **rfm_params(on)}
    )
    return [RfmScore(*row) for row in rows]


def rfm_tier_counts(conn: Connection, on: date, scope: Scope = Scope()) -> dict[str, int]:
    """How many customers fall in each RFM tier at ``on`` (every tier listed)."""
    counts = dict.fromkeys(RFM_TIERS, 0)
    for score in rfm_scores(conn, on, scope):
        counts[score.tier] += 1
    return counts
