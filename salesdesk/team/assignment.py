"""Assignment rules (SPEC §4 Team): proposed owners for customers, from coverage.

A customer needs an owner when it has none or when its owner has left. Its item in the
organisation mode (its territory, its account type, or in product mode the category it spent
most on) names the members who cover it (:mod:`salesdesk.team.coverage`; a covering team stands for
its active members other than the head of sales). Among them the customer goes to the one with
room under their capacity who has the fewest current accounts; biggest customers (by revenue
in the period) are placed first, so they go to the emptiest desks.

Rebalancing, when asked for, moves each overloaded member's smallest current accounts to other
members covering them who have room, until the member is back at capacity or no one can take
more. The proposal is a preview: nothing is written until :func:`apply_proposal`, which
changes every owner in the caller's one transaction and returns the steps that undo it.
"""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING

from sqlalchemy import text

from salesdesk.metrics import clock
from salesdesk.metrics.customer_counts import current_customer_owners
from salesdesk.metrics.sales import revenue_by_customer
from salesdesk.store.changes import Change, StepRecorder
from salesdesk.team.coverage import CoverageReport, analyse_coverage
from salesdesk.team.tree import TeamNode, load_members, load_team_tree

if TYPE_CHECKING:
    from sqlalchemy.engine import Connection

    from salesdesk.periods import Period
    from salesdesk.team.tree import MemberNode

UNOWNED, OWNER_LEFT, REBALANCE = "unowned", "owner_left", "rebalance"


@dataclass(frozen=True)
class Move:
    customer_id: int
    customer_name: str
    from_member_id: int | None
    to_member_id: int
    revenue: int  # in the period
    current: bool  # a current account, which counts against capacity
    reason: str  # UNOWNED, OWNER_LEFT or REBALANCE


@dataclass(frozen=True)
class MemberChange:
    """What a proposal does to one member."""

    member_id: int
    name: str
    gained: int
    lost: int
    revenue_gained: int
    revenue_lost: int
    accounts_before: int  # current accounts
    accounts_after: int
    capacity: int | None

    @property
    def over_capacity_after(self) -> bool:
        return self.capacity is not None and self.accounts_after > self.capacity


@dataclass(frozen=True)
class Proposal:
    moves: list[Move]
    members: list[MemberChange]  # only members who gain or lose, by name
    uncovered: int  # customers needing an owner whose item nobody active covers
    uncovered_revenue: int

    @property
    def empty(self) -> bool:
        return not self.moves


@dataclass
class _Desk:
    """A member who may receive accounts, and how full they are as the proposal grows."""

    member: MemberNode
    load: int  # current accounts
    gained: int = 0

    @property
    def full(self) -> bool:
        capacity = self.member.capacity
        return capacity is not None and self.load >= capacity

    @property
    def over_capacity(self) -> bool:
        capacity = self.member.capacity
        return capacity is not None and self.load > capacity


@dataclass(frozen=True)
class _Customer:
    id: int
    name: str
    owner_id: int | None
    item_id: int | None
    revenue: int
    current: bool


@dataclass
class _Planner:
    coverage: CoverageReport
    desks: dict[int, _Desk]
    team_members: dict[int, list[int]]  # team -> active members (sub-teams included)
    moves: list[Move] = field(default_factory=list)

    def overloaded(self) -> set[int]:
        return {d.member.id for d in self.desks.values() if d.over_capacity}

    def candidates(self, item_id: int | None, *, besides: int | None = None) -> list[_Desk]:
        item = self.coverage.item(item_id) if item_id is not None else None
        found: dict[int, _Desk] = {}
        for holder in item.effective if item else []:
            ids = [holder.id] if holder.kind == "member" else self.team_members[holder.id]
            found.update({m: self.desks[m] for m in ids if m in self.desks and m != besides})
        return list(found.values())

    def give(self, customer: _Customer, desk: _Desk, reason: str) -> None:
        desk.gained += 1
        desk.load += customer.current
        self.moves.append(
            Move(
                customer.id,
                customer.name,
                customer.owner_id,
                desk.member.id,
                customer.revenue,
                customer.current,
                reason,
            )
        )


def propose_assignment(
    conn: Connection,
    *,
    mode: str,
    period: Period,
    today: date | None = None,
    rebalance: bool = False,
) -> Proposal:
    """New owners for the customers who need one (and, optionally, for overloaded members'
    excess accounts), per the coverage of ``mode``; revenue figures cover ``period``."""
    today = today or clock.today()
    members = {m.id: m for m in load_members(conn)}
    current = current_customer_owners(conn, today)
    planner = _planner(conn, mode, period, today=today, members=members, current=current)
    left = {m for m, member in members.items() if member.has_left(today)}
    # Only customers who may move are read: unowned, their owner gone, or (rebalancing) held
    # by someone over capacity — not the whole customer table.
    movable_owners = left | (planner.overloaded() if rebalance else set())
    customers = _customers(conn, mode, period, set(current), movable_owners)
    uncovered = _place_unowned(planner, customers, left)
    if rebalance:
        _rebalance(planner, customers)
    return Proposal(
        planner.moves,
        _member_changes(planner.moves, members, current),
        len(uncovered),
        sum(c.revenue for c in uncovered),
    )


def apply_proposal(conn: Connection, proposal: Proposal) -> Change:
    """Gives every customer of the proposal its new owner, logged; returns the undo steps."""
    recorder = StepRecorder(conn)
    for move in proposal.moves:
        recorder.update("customer", move.customer_id, {"owner_member_id": move.to_member_id})
    return recorder.steps


def _planner(
    conn: Connection,
    mode: str,
    period: Period,
    *,
    today: date,
    members: dict[int, MemberNode],
    current: dict[int, int | None],
) -> _Planner:
    loads: dict[int, int] = defaultdict(int)
    for owner in current.values():
        if owner is not None:
            loads[owner] += 1
    desks = {m.id: _Desk(m, loads[m.id]) for m in members.values() if not m.has_left(today)}
    team_members: dict[int, list[int]] = {}

    def collect(team: TeamNode) -> None:
        team_members[team.id] = [
            m.id for m in team.all_members() if m.id in desks and m.role != "head"
        ]
        for child in team.children:
            collect(child)

    for root in load_team_tree(conn):
        collect(root)
    coverage = analyse_coverage(conn, mode, period, today=today)
    return _Planner(coverage, desks, team_members)


_MOVABLE = (
    "(c.owner_member_id IS NULL OR c.owner_member_id IN (SELECT value FROM json_each(:owners)))"
)


def _customers(
    conn: Connection, mode: str, period: Period, current_ids: set[int], owners: set[int]
) -> list[_Customer]:
    """The customers without an owner or held by ``owners``, with their item, revenue in the
    period and status; biggest first."""
    params = {"owners": json.dumps(sorted(owners))}
    revenue = revenue_by_customer(conn, period)
    items = _items_by_customer(conn, mode, params)
    rows = conn.execute(
        text(f"SELECT c.id, c.name, c.owner_member_id FROM customer c WHERE {_MOVABLE}"), params
    ).all()
    customers = [
        _Customer(
            customer_id,
            name,
            owner,
            items.get(customer_id),
            revenue.get(customer_id, 0),
            customer_id in current_ids,
        )
        for customer_id, name, owner in rows
    ]
    return sorted(customers, key=lambda c: (-c.revenue, not c.current, c.name.casefold(), c.id))


def _items_by_customer(conn: Connection, mode: str, params: dict[str, str]) -> dict[int, int]:
    if mode == "product":
        return _main_category_by_customer(conn, params)
    column = "territory_id" if mode == "geographic" else "account_type_id"
    rows = conn.execute(
        text(
            f"SELECT c.id, c.{column} FROM customer c WHERE {_MOVABLE} AND c.{column} IS NOT NULL"
        ),
        params,
    )
    return dict(rows.all())


def _main_category_by_customer(conn: Connection, params: dict[str, str]) -> dict[int, int]:
    """The category each customer spent most on (all time); ties go to the lower id."""
    rows = conn.execute(
        text(
            "SELECT s.customer_id, p.category_id, SUM(s.amount) AS spent FROM sale s"
            " JOIN product p ON p.id = s.product_id JOIN customer c ON c.id = s.customer_id"
            f" WHERE p.category_id IS NOT NULL AND {_MOVABLE}"
            " GROUP BY s.customer_id, p.category_id ORDER BY s.customer_id, spent DESC,"
            " p.category_id"
        ),
        params,
    )
    found: dict[int, int] = {}
    for customer_id, category_id, _spent in rows:
        found.setdefault(customer_id, category_id)
    return found


def _best(desks: list[_Desk]) -> _Desk | None:
    """The desk with room and the fewest current accounts; everyone full: the least loaded."""
    ranked = sorted(
        desks, key=lambda d: (d.full, d.load, d.gained, d.member.name.casefold(), d.member.id)
    )
    return ranked[0] if ranked else None


def _place_unowned(
    planner: _Planner, customers: list[_Customer], left: set[int]
) -> list[_Customer]:
    """Proposes an owner for each customer without one; returns those nobody covers."""
    uncovered = []
    for customer in customers:
        if customer.owner_id is not None and customer.owner_id not in left:
            continue
        desk = _best(planner.candidates(customer.item_id))
        if desk is None:
            uncovered.append(customer)
            continue
        reason = UNOWNED if customer.owner_id is None else OWNER_LEFT
        planner.give(customer, desk, reason)
    return uncovered


def _rebalance(planner: _Planner, customers: list[_Customer]) -> None:
    smallest_first = sorted(customers, key=lambda c: (c.revenue, c.name.casefold(), c.id))
    for desk in sorted(planner.desks.values(), key=lambda d: d.member.name.casefold()):
        capacity = desk.member.capacity
        if capacity is None or desk.load <= capacity:
            continue
        for customer in smallest_first:
            if desk.load <= capacity:
                break
            if customer.owner_id != desk.member.id or not customer.current:
                continue
            room = [
                d
                for d in planner.candidates(customer.item_id, besides=desk.member.id)
                if not d.full
            ]
            target = _best(room)
            if target is not None:
                planner.give(customer, target, REBALANCE)
                desk.load -= 1


def _member_changes(
    moves: list[Move], members: dict[int, MemberNode], current: dict[int, int | None]
) -> list[MemberChange]:
    before: dict[int, int] = defaultdict(int)
    for owner in current.values():
        if owner is not None:
            before[owner] += 1
    gained: dict[int, list[Move]] = defaultdict(list)
    lost: dict[int, list[Move]] = defaultdict(list)
    for move in moves:
        gained[move.to_member_id].append(move)
        if move.from_member_id is not None:
            lost[move.from_member_id].append(move)
    changes = []
    for member_id in set(gained) | set(lost):
        won, gone = gained[member_id], lost[member_id]
        after = before[member_id] + sum(m.current for m in won) - sum(m.current for m in gone)
        member = members[member_id]
        changes.append(
            MemberChange(
                member_id,
                member.name,
                len(won),
                len(gone),
                sum(m.revenue for m in won),
                sum(m.revenue for m in gone),
                before[member_id],
                after,
                member.capacity,
            )
        )
    return sorted(changes, key=lambda c: (c.name.casefold(), c.member_id))
