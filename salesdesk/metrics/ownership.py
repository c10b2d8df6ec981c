"""Who owned a customer at a date (SPEC §3a Roll-up).

Sales are credited to the member on the line, whoever owns the customer now; but a member's
or a team's customer counts for a past period use the owner at the end of that period. Every
change of ``customer.owner_member_id`` is written to ``customer_owner_change`` by a trigger
(migration 0009), whichever edit made it (the customer pane, an assignment, a member
deleted, an undo), so the owner at a day is the one the first change after that day took
the customer from — or today's owner when nothing changed since.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from sqlalchemy import text

if TYPE_CHECKING:
    from sqlalchemy.engine import Connection


def owner_at(customer: str = "c", day_param: str = "owner_day") -> str:
    """SQL for the owner (member id or NULL) of ``customer {customer}`` at the end of the day
    bound as ``:{day_param}``. Member ids start at 1, so 0 stands for "nobody" meanwhile."""
    return (
        "NULLIF(COALESCE((SELECT COALESCE(h.from_member_id, 0) FROM customer_owner_change h"
        f" WHERE h.customer_id = {customer}.id AND h.changed_on > :{day_param}"
        f" ORDER BY h.changed_on, h.id LIMIT 1), {customer}.owner_member_id), 0)"
    )


def owners_changed_after(conn: Connection, day: date) -> bool:
    """Whether any customer changed owner after ``day``: if not, today's owners are the
    owners at ``day`` (one indexed lookup)."""
    return bool(
        conn.execute(
            text("SELECT EXISTS (SELECT 1 FROM customer_owner_change WHERE changed_on > :day)"),
            {"day": day.isoformat()},
        ).scalar_one()
    )


def owner_column(conn: Connection, day: date, customer: str = "c") -> str:
    """The plain owner column when nobody changed owner since ``day`` (fast, indexed), else
    :func:`owner_at` (which needs ``:owner_day`` bound to ``day``)."""
    if owners_changed_after(conn, day):
        return owner_at(customer)
    return f"{customer}.owner_member_id"
