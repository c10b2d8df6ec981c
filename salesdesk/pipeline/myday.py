"""My day (issue 15): what one member should do today.

Follow-ups due today or overdue, their rotting deals, the at-risk customers they own and the
open complaints and service tickets of those customers, each resolvable in one step.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import TYPE_CHECKING

from sqlalchemy import text

from salesdesk.metrics.deals import rotting_deals
from salesdesk.metrics.scope import Scope
from salesdesk.pipeline.board import DealCard, cards_for
from salesdesk.pipeline.deals import FOLLOW_UP_SQL, FollowUpRow, as_date, follow_up_row
from salesdesk.store.models import Role

if TYPE_CHECKING:
    from sqlalchemy.engine import Connection

    from salesdesk.customers.listing import CustomerRow


@dataclass(frozen=True)
class OpenIssue:
    """An open complaint or service ticket of a customer the member owns."""

    id: int
    customer_id: int
    customer: str
    kind: str
    day: date
    subject: str

    def age(self, today: date) -> int:
        return (today - self.day).days


@dataclass(frozen=True)
class MyDay:
    member_id: int
    today: date
    follow_ups: list[FollowUpRow]  # due today or before, not done; the oldest first
    rotting: list[DealCard]
    at_risk: list[CustomerRow]
    issues: list[OpenIssue]


def default_member(conn: Connection, today: date) -> int | None:
    """Whose day to show first: the head of sales when they have deals or follow-ups of
    their own, else whoever has the most follow-ups due; the head when nobody has any."""
    return conn.execute(
        text(
            "SELECT m.id FROM member m WHERE m.left_on IS NULL ORDER BY"
            " (m.role = :head AND (EXISTS (SELECT 1 FROM deal d WHERE d.owner_member_id = m.id"
            "  AND d.status = 'open') OR EXISTS (SELECT 1 FROM follow_up f"
            "  WHERE f.owner_member_id = m.id AND f.done_at IS NULL))) DESC,"
            " (SELECT COUNT(*) FROM follow_up f WHERE f.owner_member_id = m.id"
            "  AND f.done_at IS NULL AND f.due_on <= :today) DESC,"
            " m.role = :head DESC, m.name, m.id LIMIT 1"
        ),
        {"head": Role.HEAD.value, "today": today.isoformat()},
    ).scalar()


def my_day(conn: Connection, member_id: int, today: date, limit: int = 200) -> MyDay:
    return MyDay(
        member_id,
        today,
        due_follow_ups(conn, member_id, today, limit),
        _rotting_cards(conn, member_id, today, limit),
        _at_risk_customers(conn, member_id, today, limit),
        open_issues(conn, member_id, limit),
    )


def due_follow_ups(conn: Connection, member_id: int, today: date, limit: int) -> list[FollowUpRow]:
    rows = conn.execute(
        text(
            f"{FOLLOW_UP_SQL} WHERE f.owner_member_id = :member AND f.done_at IS NULL"
            " AND f.due_on <= :today ORDER BY f.due_on, f.id LIMIT :limit"
        ),
        {"member": member_id, "today": today.isoformat(), "limit": limit},
    )
    return [follow_up_row(row) for row in rows]


def _rotting_cards(conn: Connection, member_id: int, today: date, limit: int) -> list[DealCard]:
    """The member's rotting deals as cards, the longest idle first."""
    rotting = rotting_deals(conn, today, Scope(member_id=member_id))[:limit]
    return cards_for(conn, [r.deal_id for r in rotting], today)


def _at_risk_customers(
    conn: Connection, member_id: int, today: date, limit: int
) -> list[CustomerRow]:
    from salesdesk.customers.listing import CustomerQuery, ListContext, fetch_page
    from salesdesk.periods import Period

    context = ListContext.for_period(conn, Period(today - timedelta(days=364), today), today)
    query = CustomerQuery(
        status="at_risk", owner_member_id=member_id, sort_key="revenue_365", descending=True
    )
    return fetch_page(conn, query, context, 0, limit)


def open_issues(conn: Connection, member_id: int, limit: int) -> list[OpenIssue]:
    rows = conn.execute(
        text(
            "SELECT i.id, i.customer_id, c.name, i.kind, i.date, i.subject FROM interaction i"
            " JOIN customer c ON c.id = i.customer_id"
            " WHERE c.owner_member_id = :member AND i.is_open"
            " AND i.kind IN ('complaint', 'service_ticket') ORDER BY i.date, i.id LIMIT :limit"
        ),
        {"member": member_id, "limit": limit},
    )
    return [
        OpenIssue(id_, customer_id, name, kind, as_date(day) or date.min, subject)
        for id_, customer_id, name, kind, day, subject in rows
    ]
