"""What a sale line counts as (SPEC §3a Returns, Unknown cost), as SQL over ``sale``.

- A line with a negative amount is a **return**: it lowers revenue, units and margin in its
  period, but it is not an order, it makes no buying or new customer and it does not move
  the last-purchase date. Every other line is a **purchase** (a free one too).
- An **order** is the lines of one order ref (a line without one is an order of its own) of
  one customer; it counts as an order only when its lines sum to more than zero.
- A line's **cost** may be unknown (NULL): margin is taken over the lines with a known cost.

Every figure reads these rules from here: the metrics, the stored aggregates, the customer
summary, the customer list, RFM and the reports.
"""

from __future__ import annotations


def purchase(alias: str = "s") -> str:
    """The condition that a line of ``sale {alias}`` is a purchase (not a return)."""
    return f"{alias}.amount >= 0"


def order_grouping(alias: str = "s") -> str:
    """GROUP BY terms that put each order's lines of one customer together; a line without
    an order ref stays alone."""
    return (
        f"{alias}.customer_id, {alias}.order_ref,"
        f" CASE WHEN {alias}.order_ref IS NULL THEN {alias}.id END"
    )


def costed_amount(alias: str = "s") -> str:
    """The line's amount when its cost is known (NULL otherwise): the revenue margin covers."""
    return f"CASE WHEN {alias}.cost IS NOT NULL THEN {alias}.amount END"


# Per order (rows grouped by order_grouping): the columns that count the orders and the
# customers who bought among rows with ``revenue`` and ``order_ref`` columns.
ORDER_COUNT = (
    "COUNT(DISTINCT CASE WHEN revenue > 0 THEN order_ref END)"
    " + COALESCE(SUM(CASE WHEN revenue > 0 AND order_ref IS NULL THEN 1 END), 0)"
)


def first_purchase_line(customer: str) -> str:
    """The id of the first purchase line of the customer ``customer`` (an SQL expression):
    the earliest, the lowest id among those of that day. New-customer attribution (SPEC §3a)
    credits a new customer to this line's member, channel and product."""
    return (
        f"(SELECT f.id FROM sale f WHERE f.customer_id = {customer} AND {purchase('f')}"
        " ORDER BY f.date, f.id LIMIT 1)"
    )
