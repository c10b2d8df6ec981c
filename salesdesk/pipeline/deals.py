"""One deal as its detail pane shows it: fields, stage history, follow-ups, logged changes."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import text

from salesdesk.store import editing
from salesdesk.store.queries import tree_in_order

if TYPE_CHECKING:
    from sqlalchemy.engine import Connection


@dataclass(frozen=True)
class Stay:
    stage_id: int
    stage: str
    entered_at: datetime
    left_at: datetime | None

    def days(self, today: date) -> int:
        end = self.left_at.date() if self.left_at else today
        return max((end - self.entered_at.date()).days, 0)


@dataclass(frozen=True)
class FollowUpRow:
    id: int
    kind: str
    due_on: date
    done_at: datetime | None
    note: str
    outcome: str
    owner: str | None
    customer: str | None
    deal: str | None
    deal_id: int | None
    customer_id: int | None

    def overdue(self, today: date) -> bool:
        return self.done_at is None and self.due_on < today


@dataclass(frozen=True)
class DealDetail:
    id: int
    ref: str
    title: str
    status: str
    pipeline: str
    stage_id: int
    stage: str
    customer_id: int | None
    customer: str | None
    owner_id: int | None
    owner: str | None
    amount: int
    created_on: date
    expected_close: date | None
    closed_on: date | None
    lost_reason: str | None
    channel: str | None
    product: str | None
    next_step: str
    next_step_on: date | None
    order_ref: str | None
    history: list[Stay]
    follow_ups: list[FollowUpRow]
    changes: list[dict[str, Any]]
    version: int | None = None  # what a save says it was made from (no lost update)


_DEAL_SQL = """
SELECT d.id, d.ref, d.title, d.status, p.name, d.stage_id, st.name, d.customer_id, c.name,
       d.owner_member_id, m.name, d.amount, d.created_on, d.expected_close, d.closed_on,
       d.lost_reason, ch.name, COALESCE(pr.name, cat.name), d.next_step, d.next_step_on,
       d.order_ref, d.version
FROM deal d
JOIN stage st ON st.id = d.stage_id
JOIN pipeline p ON p.id = st.pipeline_id
LEFT JOIN customer c ON c.id = d.customer_id
LEFT JOIN member m ON m.id = d.owner_member_id
LEFT JOIN channel ch ON ch.id = d.channel_id
LEFT JOIN product pr ON pr.id = d.product_id
LEFT JOIN product_category cat ON cat.id = d.category_id
WHERE d.id = :id
"""

FOLLOW_UP_SQL = """
SELECT f.id, f.kind, f.due_on, f.done_at, f.note, f.outcome, m.name, c.name, d.title,
       f.deal_id, f.customer_id
FROM follow_up f
LEFT JOIN member m ON m.id = f.owner_member_id
LEFT JOIN customer c ON c.id = f.customer_id
LEFT JOIN deal d ON d.id = f.deal_id
"""


def as_date(value: Any) -> date | None:
    return None if value is None else date.fromisoformat(str(value)[:10])


def as_datetime(value: Any) -> datetime | None:
    return None if value is None else datetime.fromisoformat(str(value))


def follow_up_row(row: Any) -> FollowUpRow:
    return FollowUpRow(
        id=row[0],
        kind=row[1],
        due_on=as_date(row[2]) or date.min,
        done_at=as_datetime(row[3]),
        note=row[4],
        outcome=row[5],
        owner=row[6],
        customer=row[7],
        deal=row[8],
        deal_id=row[9],
        customer_id=row[10],
    )


def load_deal(conn: Connection, deal_id: int) -> DealDetail:
    """A deal with its stays (oldest first), follow-ups (newest due first) and changes."""
    row = conn.execute(text(_DEAL_SQL), {"id": deal_id}).one_or_none()
    if row is None:
        raise LookupError(f"deal {deal_id} does not exist")
    stays = conn.execute(
        text(
            "SELECT h.stage_id, st.name, h.entered_at, h.left_at FROM deal_stage_change h"
            " JOIN stage st ON st.id = h.stage_id WHERE h.deal_id = :id"
            " ORDER BY h.entered_at, h.id"
        ),
        {"id": deal_id},
    )
    follow_ups = conn.execute(
        text(f"{FOLLOW_UP_SQL} WHERE f.deal_id = :id ORDER BY f.due_on DESC, f.id DESC"),
        {"id": deal_id},
    )
    return DealDetail(
        id=row[0],
        ref=row[1],
        title=row[2],
        status=row[3],
        pipeline=row[4],
        stage_id=row[5],
        stage=row[6],
        customer_id=row[7],
        customer=row[8],
        owner_id=row[9],
        owner=row[10],
        amount=int(row[11]),
        created_on=as_date(row[12]) or date.min,
        expected_close=as_date(row[13]),
        closed_on=as_date(row[14]),
        lost_reason=row[15],
        channel=row[16],
        product=row[17],
        next_step=row[18] or "",
        next_step_on=as_date(row[19]),
        order_ref=row[20],
        history=[
            Stay(stage, name, as_datetime(entered) or datetime.min, as_datetime(left))
            for stage, name, entered, left in stays
        ],
        follow_ups=[follow_up_row(r) for r in follow_ups],
        changes=editing.change_history(conn, "deal", deal_id),
        version=row[21],
    )


def find_customers(conn: Connection, search: str, limit: int = 20) -> list[tuple[int, str, str]]:
    """Customers whose name, code or contacts have words starting with what was typed, as
    (id, name, code), for picking a deal's customer among a million."""
    from salesdesk.customers.search import find_customers as found

    return found(conn, search, limit)


@dataclass(frozen=True)
class PipelineChoices:
    """What the Pipeline section's filters and dialogs offer."""

    pipelines: list[Any]  # salesdesk.metrics.stages.Pipeline
    members: list[tuple[int, str, bool]]  # id, name, has left
    teams: list[tuple[int, str, int]]  # id, name, depth (tree order)
    territories: list[tuple[int, str, int]]
    categories: list[tuple[int, str, int]]
    account_types: list[tuple[int, str]]
    lost_reasons: list[str]  # given so far, the most frequent first


def pipeline_choices(conn: Connection, today: date) -> PipelineChoices:
    from salesdesk.metrics.stages import load_pipelines

    members = conn.execute(
        text(
            "SELECT id, name, left_on IS NOT NULL AND left_on <= :today FROM member"
            " ORDER BY name, id"
        ),
        {"today": today.isoformat()},
    )
    reasons = conn.execute(
        text(
            "SELECT lost_reason FROM deal WHERE status = 'lost' AND COALESCE(lost_reason, '') <> ''"
            " GROUP BY lost_reason ORDER BY COUNT(*) DESC, lost_reason LIMIT 30"
        )
    ).scalars()
    account_types = conn.execute(text("SELECT id, name FROM account_type ORDER BY name, id"))
    return PipelineChoices(
        pipelines=load_pipelines(conn),
        members=[(id_, name, bool(left)) for id_, name, left in members],
        teams=tree_in_order(conn, "team"),
        territories=tree_in_order(conn, "territory"),
        categories=tree_in_order(conn, "product_category"),
        account_types=[(id_, name) for id_, name in account_types],
        lost_reasons=list(reasons),
    )
