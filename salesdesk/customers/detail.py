"""One customer: the profile, the purchase history and one timeline of sales and interactions,
and the edits the detail pane makes (each recorded by :class:`salesdesk.store.changes.StepRecorder`,
so logged and undoable: every edit returns the :data:`~salesdesk.store.changes.Change` it
made)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from itertools import groupby, islice
from typing import TYPE_CHECKING, Any

from sqlalchemy import text

from salesdesk.store.changes import Change, delete_row, save_row
from salesdesk.store.queries import tree_in_order

if TYPE_CHECKING:
    from sqlalchemy.engine import Connection

# The profile fields the pane edits.
PROFILE_FIELDS = (
    "name",
    "code",
    "kind",
    "account_type_id",
    "territory_id",
    "persona_id",
    "acquisition_channel_id",
    "contact_name",
    "email",
    "phone",
    "notes",
)


@dataclass(frozen=True)
class Profile:
    id: int
    values: dict[str, Any]  # the columns of ``customer`` by name
    names: dict[str, str | None]  # owner, account_type, territory, persona, channel


_NAMES_SQL = """SELECT m.name, a.name, t.name, p.name, ch.name FROM customer c
LEFT JOIN member m ON m.id = c.owner_member_id
LEFT JOIN account_type a ON a.id = c.account_type_id
LEFT JOIN territory t ON t.id = c.territory_id
LEFT JOIN persona p ON p.id = c.persona_id
LEFT JOIN channel ch ON ch.id = c.acquisition_channel_id
WHERE c.id = :id"""


def load_profile(conn: Connection, customer_id: int) -> Profile:
    row = conn.execute(text("SELECT * FROM customer WHERE id = :id"), {"id": customer_id})
    values = row.mappings().one_or_none()
    if values is None:
        raise LookupError(f"customer {customer_id} does not exist")
    names = conn.execute(text(_NAMES_SQL), {"id": customer_id}).one()
    keys = ("owner", "account_type", "territory", "persona", "channel")
    return Profile(customer_id, dict(values), dict(zip(keys, names, strict=True)))


@dataclass(frozen=True)
class Purchase:
    """One order of the customer (lines without an order ref are orders of their own)."""

    date: date
    order_ref: str | None
    lines: int
    units: float
    amount: int
    products: tuple[str, ...]  # the names of the products ordered, each once
    member: str | None

    @property
    def product_list(self) -> str:
        """The products as a reader lists them: "Laptop Pro, Support plan"."""
        return ", ".join(self.products)


# The customer's lines, newest order first and each order's lines in their own order.
_LINES_SQL = """SELECT s.date, s.order_ref, s.id, s.quantity, s.amount, p.name, m.name
FROM sale s LEFT JOIN product p ON p.id = s.product_id LEFT JOIN member m ON m.id = s.member_id
WHERE s.customer_id = :id
ORDER BY s.date DESC, s.order_ref DESC, s.id"""


def purchase_history(conn: Connection, customer_id: int, limit: int = 500) -> list[Purchase]:
    """The customer's orders, newest first, with their products in line order (a return is
    a line with a negative amount)."""
    rows = conn.execute(text(_LINES_SQL), {"id": customer_id})
    orders = groupby(rows, key=lambda row: (row[0], row[1] or f"line {row[2]}"))
    return [_purchase(list(order_lines)) for _, order_lines in islice(orders, limit)]


def _purchase(order_lines: list[Any]) -> Purchase:
    day, ref = order_lines[0][0], order_lines[0][1]
    products = dict.fromkeys(name for *_, name, _member in order_lines if name)
    members = [member for *_, member in order_lines if member]
    return Purchase(
        date.fromisoformat(str(day)[:10]),
        ref,
        len(order_lines),
        float(sum(line[3] for line in order_lines)),
        int(sum(line[4] for line in order_lines)),
        tuple(products),
        max(members) if members else None,
    )


@dataclass(frozen=True)
class TimelineEntry:
    """A sale or an interaction; ``kind`` is "sale" or an InteractionKind value."""

    date: date
    kind: str
    department: str  # sales / service
    subject: str
    outcome: str
    amount: int | None  # sales only
    is_open: bool
    member: str | None
    interaction_id: int | None  # interactions only


_INTERACTIONS_SQL = """SELECT i.date, i.kind, i.department, i.subject, i.outcome, i.is_open,
    m.name, i.id FROM interaction i LEFT JOIN member m ON m.id = i.member_id
WHERE i.customer_id = :id ORDER BY i.date DESC, i.id DESC LIMIT :limit"""


def timeline(conn: Connection, customer_id: int, limit: int = 500) -> list[TimelineEntry]:
    """Sales (one entry per order) and service and sales interactions in one list, newest
    first, so that a complaint shows next to the orders around it."""
    sales = [
        TimelineEntry(
            p.date,
            "sale",
            "sales",
            p.order_ref or "",
            p.product_list,
            p.amount,
            False,
            p.member,
            None,
        )
        for p in purchase_history(conn, customer_id, limit)
    ]
    rows = conn.execute(text(_INTERACTIONS_SQL), {"id": customer_id, "limit": limit})
    interactions = [
        TimelineEntry(
            date.fromisoformat(str(d)[:10]),  # ISO text on SQLite, a date on PostgreSQL
            kind,
            dept,
            subject,
            outcome,
            None,
            bool(is_open),
            member,
            id_,
        )
        for d, kind, dept, subject, outcome, is_open, member, id_ in rows
    ]
    entries = sorted(sales + interactions, key=lambda e: e.date, reverse=True)
    return entries[:limit]


# --- edits -------------------------------------------------------------------------------------


def log_interaction(conn: Connection, customer_id: int, values: dict[str, Any]) -> Change:
    """Adds an interaction of the customer."""
    return save_row(conn, "interaction", None, {**values, "customer_id": customer_id})


def remove_interaction(conn: Connection, interaction_id: int) -> Change:
    return delete_row(conn, "interaction", interaction_id)


def resolve_interaction(
    conn: Connection, interaction_id: int, on: date, outcome: str | None = None
) -> Change:
    """Closes an open complaint, service ticket or follow-up on ``on`` (logged), which
    clears the risk it put the customer at from that day; its undo is
    :func:`salesdesk.store.changes.undo` of the change. A past day still sees the complaint
    open until ``on`` (SPEC §3a As of a date)."""
    changes: dict[str, Any] = {"is_open": False, "closed_on": on}
    if outcome is not None:
        changes["outcome"] = outcome
    return save_row(conn, "interaction", interaction_id, changes)


def edit_customer(conn: Connection, customer_id: int, changes: dict[str, Any]) -> Change:
    """Changes profile fields, the owner or the status override."""
    return save_row(conn, "customer", customer_id, changes)


def mark_lost(conn: Connection, customer_id: int, reason: str) -> Change:
    return edit_customer(conn, customer_id, {"status_override": "lost", "lost_reason": reason})


def clear_override(conn: Connection, customer_id: int) -> Change:
    """Lets the status be computed from the sales again."""
    return edit_customer(conn, customer_id, {"status_override": None, "lost_reason": None})


# --- reference lists for the pane's and the filters' choices ------------------------------------


@dataclass(frozen=True)
class Choices:
    account_types: list[tuple[int, str]]
    territories: list[tuple[int, str, int]]  # id, name, depth (tree order)
    members: list[tuple[int, str, bool]]  # id, name, has left
    personas: list[tuple[int, str]]
    channels: list[tuple[int, str]]
    segments: list[tuple[int, str]]


def load_choices(conn: Connection, today: date) -> Choices:
    def pairs(table: str) -> list[tuple[int, str]]:
        rows = conn.execute(text(f"SELECT id, name FROM {table} ORDER BY name, id"))
        return [(id_, name) for id_, name in rows]

    members = conn.execute(
        text(
            "SELECT id, name, left_on IS NOT NULL AND left_on <= :today FROM member"
            " ORDER BY name, id"
        ),
        {"today": today.isoformat()},
    )
    return Choices(
        account_types=pairs("account_type"),
        territories=tree_in_order(conn, "territory"),
        members=[(id_, name, bool(left)) for id_, name, left in members],
        personas=pairs("persona"),
        channels=pairs("channel"),
        segments=pairs("segment"),
    )
