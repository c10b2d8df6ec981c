"""What real data has and the demo does not, added to a demo database for the tests that
compare figures: returns (negative lines, some cancelling a whole order), lines of unknown
cost, and customers handed to another owner today (on top of the demo's own handovers)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlalchemy.engine import Connection

_RETURNS = """
INSERT INTO sale (order_ref, line_ref, date, customer_id, product_id, member_id, channel_id,
                  quantity, unit_price, discount, amount, cost)
SELECT order_ref || '-R', line_ref || '-R', {three_days_later}, customer_id, product_id,
       member_id, channel_id, -quantity, unit_price, 0, -amount, -cost
FROM sale WHERE id % 97 = 0 AND date < '2026-11-10'
"""
# an order cancelled in full: its lines and returns sum to zero on the same day
_CANCELLED = """
INSERT INTO sale (order_ref, line_ref, date, customer_id, product_id, member_id, channel_id,
                  quantity, unit_price, discount, amount, cost)
SELECT order_ref, line_ref || '-C', date, customer_id, product_id, member_id, channel_id,
       -quantity, unit_price, 0, -amount, -cost
FROM sale WHERE id % 131 = 0 AND line_ref NOT LIKE '%-R'
"""
_UNKNOWN_COSTS = "UPDATE sale SET cost = NULL WHERE id % 17 = 0"
# handed to another member today: the trigger writes the history (SPEC §3a Roll-up)
_NEW_OWNERS = """
UPDATE customer SET owner_member_id = (SELECT MIN(id) FROM member WHERE role = 'representative'
                                       AND id <> COALESCE(customer.owner_member_id, 0))
WHERE id % 23 = 0
"""


def add_what_real_data_has(conn: Connection) -> None:
    """Adds the lines and owner changes above, in the caller's transaction (either engine)."""
    from sqlalchemy import text

    from salesdesk.store.engine import dialect

    sql = dialect(conn)
    returns = _RETURNS.format(three_days_later=sql.day_of_number(sql.day_number("date") + " + 3"))
    for statement in (returns, _CANCELLED, _UNKNOWN_COSTS, _NEW_OWNERS):
        conn.execute(text(statement))
