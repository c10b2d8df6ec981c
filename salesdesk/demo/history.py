"""The change log a department using SalesDesk for three years would have: every January's
new price list, the reps who left, their accounts handed over, customers marked lost.

Rows look like the app's own: the entity is the table name, values are stored as text, the
time is UTC (SQLAlchemy's ``YYYY-MM-DD HH:MM:SS.ffffff``) and the author is a login name.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from typing import TYPE_CHECKING

import numpy as np

from salesdesk.demo.names import object_array
from salesdesk.demo.sql import insert
from salesdesk.store.models import CustomerStatus

if TYPE_CHECKING:
    from salesdesk.demo.plan import DemoPlan

CHUNK = 200_000
_COLUMNS = ("entity", "entity_id", "field", "old_value", "new_value", "changed_at", "changed_by")


def write_owner_history(connection: sqlite3.Connection, plan: DemoPlan) -> None:
    """The accounts handed over when a rep left, as the owner-change trigger records them:
    a past period counts those customers under the rep who had them then (SPEC §3a)."""
    for customers, days, before, after in _handed_over(plan):
        insert(
            connection,
            "customer_owner_change",
            ("customer_id", "changed_on", "from_member_id", "to_member_id"),
            zip(
                (customers + 1).tolist(),
                plan.calendar.text(days).tolist(),
                before.tolist(),
                after.tolist(),
                strict=True,
            ),
        )


def write_change_log(connection: sqlite3.Connection, plan: DemoPlan) -> None:
    author = plan.org.members[0].email.split("@")[0]  # the head of sales' login
    insert(connection, "change_log", _COLUMNS, _price_list_updates(plan, author))
    insert(connection, "change_log", _COLUMNS, _leavers(plan, author))
    for rows in _handovers(plan, author):
        insert(connection, "change_log", _COLUMNS, rows)
    insert(connection, "change_log", _COLUMNS, _lost_marks(plan, author))


def _stamp(iso_date: str, time: str) -> str:
    return f"{iso_date} {time}.000000"


def _price_list_updates(plan: DemoPlan, author: str) -> list[tuple[object, ...]]:
    price, first_year = plan.org.catalogue.price, plan.org.catalogue.first_year
    return [
        (
            "product",
            product + 1,
            "list_price",
            str(price[y - 1, product]),
            str(price[y, product]),
            _stamp(f"{first_year + y}-01-02", "07:30:00"),
            author,
        )
        for y in range(1, len(price))
        for product in range(price.shape[1])
    ]


def _leavers(plan: DemoPlan, author: str) -> list[tuple[object, ...]]:
    return [
        (
            "member",
            m.id,
            "left_on",
            None,
            m.left_on.isoformat(),
            _stamp(m.left_on.isoformat(), "15:00:00"),
            author,
        )
        for m in plan.org.members
        if m.left_on is not None
    ]


def _handed_over(plan: DemoPlan) -> Iterator[tuple[np.ndarray, ...]]:
    """Accounts of a rep who left, given to their successor on the day they left, in chunks:
    (customer indexes, days, the rep's member id, the successor's)."""
    org, customers = plan.org, plan.customers
    seat = customers.seat
    owned = seat >= 0
    safe = np.where(owned, seat, 0)
    switch = org.seat_switch_day[safe]
    handed = np.flatnonzero(owned & (customers.created < switch) & (switch < plan.calendar.days))
    for start in range(0, len(handed), CHUNK):
        chosen = handed[start : start + CHUNK]
        seats = seat[chosen]
        yield (
            chosen,
            org.seat_switch_day[seats],
            org.seat_first_member[seats],
            org.seat_member[seats],
        )


def _handovers(plan: DemoPlan, author: str) -> Iterator[list[tuple[object, ...]]]:
    for chosen, days, before, after in _handed_over(plan):
        yield list(
            zip(
                ["customer"] * len(chosen),
                (chosen + 1).tolist(),
                ["owner_member_id"] * len(chosen),
                before.astype(str).tolist(),
                after.astype(str).tolist(),
                [_stamp(d, "16:00:00") for d in plan.calendar.text(days).tolist()],
                [author] * len(chosen),
                strict=True,
            )
        )


def _lost_marks(plan: DemoPlan, author: str) -> list[tuple[object, ...]]:
    customers = plan.customers
    marked = np.flatnonzero(customers.lost_reason >= 0)
    reasons = object_array(plan.content.lost_reasons)[customers.lost_reason[marked]].tolist()
    days = plan.calendar.text(customers.lost_marked_on[marked]).tolist()
    rows: list[tuple[object, ...]] = []
    for customer, reason, day in zip((marked + 1).tolist(), reasons, days, strict=True):
        when = _stamp(day, "11:00:00")
        rows.append(
            ("customer", customer, "status_override", None, CustomerStatus.LOST.value, when, author)
        )
        rows.append(("customer", customer, "lost_reason", None, reason, when, author))
    return rows
