"""Assignment rules (SPEC §4 Team): proposed owners for customers, from coverage.

A customer needs an owner when it has none or when its owner has left. Its item in the
organisation mode (its territory, its account type, or in product mode the category it spent
most on) names the members who cover it (:mod:`salesdesk.team.coverage`; a covering team stands
for its active members). Accounts go to sales representatives: managers, supervisors and the
head of sales lead rather than hold accounts, unless the caller lets them (``managers_too``).
Among the covering representatives the customer goes to the one with the most spare capacity
(capacity minus current accounts); members without a capacity come after everyone with room,
the fewest accounts first. Biggest customers (by revenue in the period) are placed first, so
they go to the emptiest desks.

Rebalancing, when asked for, moves each overloaded member's smallest current accounts to other
representatives covering them who have room, until the member is back at capacity or no one can
take more. The proposal is a preview: each move names the other members who could take the
customer, so the preview can change or drop moves (:meth:`Proposal.revised`); nothing is written
until :func:`apply_proposal`, which changes every owner in the caller's one transaction and
returns the steps that undo it.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import date
from typing import TYPE_CHECKING

from salesdesk.metrics import clock
from salesdesk.metrics.customer_counts import current_customer_owners
from salesdesk.metrics.sales import revenue_by_customer
from salesdesk.store.changes import Change, StepRecorder
from salesdesk.store.queries import with_lists
from salesdesk.team.coverage import CoverageReport, analyse_coverage
from salesdesk.team.tree import TeamNode, load_members, load_team_tree

if TYPE_CHECKING:
    from sqlalchemy.engine import Connection

    from salesdesk.periods import Period
    from salesdesk.team.tree import MemberNode

UNOWNED, OWNER_LEFT, REBALANCE = "unowned", "owner_left", "rebalance"
ACCOUNT_ROLES = frozenset({"representative"})  # who takes accounts, unless managers_too


@dataclass(frozen=True)
class Move:
    customer_id: int
    customer_name: str
    from_member_id: int | None
    to_member_id: int
    revenue: int  # in the period
    current: bool  # a current account, which counts against capacity
    reason: str  # UNOWNED, OWNER_LEFT or REBALANCE
    choices: tuple[int, ...] = ()  # who could take the customer: the covering members, best first


@dataclass(frozen=True)
class AccountHolder:
    """A member as a proposal sees them: their current accounts before it."""

    member_id: int
    name: str
    accounts: int
    capacity: int | None


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
    holders: dict[int, AccountHolder] = field(default_factory=dict)  # every member, by id

    @property
    def empty(self) -> bool:
        return not self.moves

    def name_of(self, member_id: int | None) -> str:
        holder = self.holders.get(member_id) if member_id is not None else None
        return holder.name if holder is not None else ""

    def revised(self, owners: Mapping[int, int | None]) -> Proposal:
        """The proposal as edited in its preview: the customers in ``owners`` go to the member
        given there instead, or (None) keep the owner they have; the rest as proposed."""
        moves = []
        for move in self.moves:
            to = owners.get(move.customer_id, move.to_member_id)
            if to is not None and to != move.from_member_id:
                moves.append(replace(move, to_member_id=to))
        return replace(self, moves=moves, members=member_changes(moves, self.holders))


@dataclass
class _Desk:
    """An active member, and how full they are as the proposal grows."""

    member: MemberNode
    load: int  # current accounts
    takes_accounts: bool  # a representative, or anyone when managers may hold accounts too
    gained: int = 0

    @property
    def full(self) -> bool:
        capacity = self.member.capacity
        return capacity is not None and self.load >= capacity

    @property
    def over_capacity(self) -> bool:
        capacity = self.member.capacity
        return capacity is not None and self.load > capacity

    def rank(self) -> tuple[object, ...]:
        """Best first: room before full; the most spare capacity; no capacity set after any
        room known; then the fewest accounts."""
        capacity = self.member.capacity
        spare = capacity - self.load if capacity is not None else None
        return (
            self.full,
            spare is None,
            -(spare or 0),
            self.load,
            self.gained,
            self.member.name.casefold(),
            self.member.id,
        )


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
        """The active members who cover the item and take accounts, best first."""
        item = self.coverage.item(item_id) if item_id is not None else None
        found: dict[int, _Desk] = {}
        for holder in item.effective if item else []:
            ids = [holder.id] if holder.kind == "member" else self.team_members[holder.id]
            found.update(
                {
                    m: self.desks[m]
                    for m in ids
                    if m in self.desks and m != besides and self.desks[m].takes_accounts
                }
            )
        return sorted(found.values(), key=_Desk.rank)

    def give(self, customer: _Customer, desk: _Desk, reason: str, choices: list[_Desk]) -> None:
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
                tuple(d.member.id for d in choices),
            )
        )


def propose_assignment(
    conn: Connection,
    *,
    mode: str,
    period: Period,
    today: date | None = None,
    rebalance: bool = False,
    managers_too: bool = False,
) -> Proposal:
    """New owners for the customers who need one (and, optionally, for overloaded members'
    excess accounts), per the coverage of ``mode``; revenue figures cover ``period``. Only
    representatives receive accounts unless ``managers_too``."""
    today = today or clock.today()
    members = {m.id: m for m in load_members(conn)}
    current = current_customer_owners(conn, today)
    roles = None if managers_too else ACCOUNT_ROLES
    planner = _planner(
        conn, mode, period, today=today, members=members, current=current, roles=roles
    )
    left = {m for m, member in members.items() if member.has_left(today)}
    # Only customers who may move are read: unowned, their owner gone, or (rebalancing) held
    # by someone over capacity — not the whole customer table.
    movable_owners = left | (planner.overloaded() if rebalance else set())
    customers = _customers(conn, mode, period, set(current), movable_owners)
    uncovered = _place_unowned(planner, customers, left)
    if rebalance:
        _rebalance(planner, customers)
    holders = _holders(members, current)
    return Proposal(
        planner.moves,
        member_changes(planner.moves, holders),
        len(uncovered),
        sum(c.revenue for c in uncovered),
        holders,
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
    roles: frozenset[str] | None,
) -> _Planner:
    """``roles``: who takes accounts (None: everyone)."""
    loads = _loads(current)
    desks = {
        m.id: _Desk(m, loads[m.id], roles is None or m.role in roles)
        for m in members.values()
        if not m.has_left(today)
    }
    team_members: dict[int, list[int]] = {}

    def collect(team: TeamNode) -> None:
        team_members[team.id] = [m.id for m in team.all_members() if m.id in desks]
        for child in team.children:
            collect(child)

    for root in load_team_tree(conn):
        collect(root)
    coverage = analyse_coverage(conn, mode, period, today=today)
    return _Planner(coverage, desks, team_members)


_MOVABLE = "(c.owner_member_id IS NULL OR c.owner_member_id IN :owners)"


def _customers(
    conn: Connection, mode: str, period: Period, current_ids: set[int], owners: set[int]
) -> list[_Customer]:
    """The customers without an owner or held by ``owners``, with their item, revenue in the
    period and status; biggest first."""
    params = {"owners": sorted(owners)}
    revenue = revenue_by_customer(conn, period)
    items = _items_by_customer(conn, mode, params)
    rows = conn.execute(
        with_lists(
            f"SELECT c.id, c.name, c.owner_member_id FROM customer c WHERE {_MOVABLE}", "owners"
        ),
        params,
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


def _items_by_customer(conn: Connection, mode: str, params: dict[str, list[int]]) -> dict[int, int]:
    if mode == "product":
        return _main_category_by_customer(conn, params)
    column = "territory_id" if mode == "geographic" else "account_type_id"
    rows = conn.execute(
        with_lists(
            f"SELECT c.id, c.{column} FROM customer c WHERE {_MOVABLE} AND c.{column} IS NOT NULL",
            "owners",
        ),
        params,
    )
    return dict(rows.all())


def _main_category_by_customer(conn: Connection, params: dict[str, list[int]]) -> dict[int, int]:
    """The category each customer spent most on (all time); ties go to the lower id."""
    rows = conn.execute(
        with_lists(
            "SELECT s.customer_id, p.category_id, SUM(s.amount) AS spent FROM sale s"
            " JOIN product p ON p.id = s.product_id JOIN customer c ON c.id = s.customer_id"
            f" WHERE p.category_id IS NOT NULL AND {_MOVABLE}"
            " GROUP BY s.customer_id, p.category_id ORDER BY s.customer_id, spent DESC,"
            " p.category_id",
            "owners",
        ),
        params,
    )
    found: dict[int, int] = {}
    for customer_id, category_id, _spent in rows:
        found.setdefault(customer_id, category_id)
    return found


def _place_unowned(
    planner: _Planner, customers: list[_Customer], left: set[int]
) -> list[_Customer]:
    """Proposes an owner for each customer without one; returns those nobody covers."""
    uncovered = []
    for customer in customers:
        if customer.owner_id is not None and customer.owner_id not in left:
            continue
        choices = planner.candidates(customer.item_id)
        if not choices:
            uncovered.append(customer)
            continue
        reason = UNOWNED if customer.owner_id is None else OWNER_LEFT
        planner.give(customer, choices[0], reason, choices)
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
            choices = planner.candidates(customer.item_id, besides=desk.member.id)
            if choices and not choices[0].full:
                planner.give(customer, choices[0], REBALANCE, choices)
                desk.load -= 1


def _loads(current: dict[int, int | None]) -> dict[int, int]:
    """Current accounts per owner."""
    loads: dict[int, int] = defaultdict(int)
    for owner in current.values():
        if owner is not None:
            loads[owner] += 1
    return loads


def _holders(
    members: dict[int, MemberNode], current: dict[int, int | None]
) -> dict[int, AccountHolder]:
    loads = _loads(current)
    return {m.id: AccountHolder(m.id, m.name, loads[m.id], m.capacity) for m in members.values()}


def member_changes(moves: list[Move], holders: Mapping[int, AccountHolder]) -> list[MemberChange]:
    """What ``moves`` do to each member they touch, by name."""
    gained: dict[int, list[Move]] = defaultdict(list)
    lost: dict[int, list[Move]] = defaultdict(list)
    for move in moves:
        gained[move.to_member_id].append(move)
        if move.from_member_id is not None:
            lost[move.from_member_id].append(move)
    changes = []
    for member_id in set(gained) | set(lost):
        won, gone = gained[member_id], lost[member_id]
        holder = holders[member_id]
        after = holder.accounts + sum(m.current for m in won) - sum(m.current for m in gone)
        changes.append(
            MemberChange(
                member_id,
                holder.name,
                len(won),
                len(gone),
                sum(m.revenue for m in won),
                sum(m.revenue for m in gone),
                holder.accounts,
                after,
                holder.capacity,
            )
        )
    return sorted(changes, key=lambda c: (c.name.casefold(), c.member_id))
