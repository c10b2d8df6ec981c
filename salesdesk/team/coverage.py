"""Who covers what (SPEC §2 Coverage, §3 coverage gap and overload, §4 Team).

The organisation mode picks the dimension: territories (geographic), product categories
(product) or account types (customer). A coverage row assigns a member or a team to one item;
in a tree (territories, categories) it covers the item's descendants too, unless a descendant
has coverage of its own: the most specific assignment wins, as a manager reads "Moscow is
Ivan's, the rest of Central is team North's".

For every item the analysis counts its own customers and revenue in the period (a parent's
figures never include its children, so totals add up without double counting) and finds:

- a **gap**: customers or sales, but no active member or team covering it;
- an **overlap**: more than one active member or team covering it, shown where it has
  business or where the double assignment was made;
- **overloaded** members: active members whose current accounts exceed their capacity.

A member is active until their last day; a team while one of its members (sub-teams
included) is active.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING

from sqlalchemy import text

from salesdesk.i18n import tr
from salesdesk.metrics import clock
from salesdesk.metrics.customer_counts import current_customer_owners
from salesdesk.metrics.sales import sales_breakdown
from salesdesk.store.changes import Change, StepRecorder
from salesdesk.team.edits import TeamEditError
from salesdesk.team.tree import TeamNode, load_members, load_team_tree

if TYPE_CHECKING:
    from sqlalchemy.engine import Connection

    from salesdesk.periods import Period

MODES = ("geographic", "product", "customer")


@dataclass(frozen=True)
class Dimension:
    table: str  # the items: territory, product_category or account_type
    column: str  # the coverage column that points at them
    breakdown: str  # the sales_breakdown dimension
    is_tree: bool


DIMENSIONS = {
    "geographic": Dimension("territory", "territory_id", "territory", True),
    "product": Dimension("product_category", "category_id", "category", True),
    "customer": Dimension("account_type", "account_type_id", "account-type", False),
}


@dataclass(frozen=True)
class Holder:
    """A member or a team as a coverer of one item (``coverage_id`` is its coverage row)."""

    kind: str  # "member" or "team"
    id: int
    name: str
    active: bool
    coverage_id: int


@dataclass
class CoverageItem:
    id: int
    name: str
    parent_id: int | None
    depth: int
    own: list[Holder] = field(default_factory=list)  # assigned to this item (active or not)
    effective: list[Holder] = field(default_factory=list)  # active; own or from a parent
    inherited_from: int | None = None  # the item whose coverage applies, when not its own
    customers: int = 0
    revenue: int = 0

    @property
    def has_business(self) -> bool:
        return self.customers > 0 or self.revenue > 0

    @property
    def is_gap(self) -> bool:
        return self.has_business and not self.effective

    @property
    def is_overlap(self) -> bool:
        active_own = [h for h in self.own if h.active]
        return len(self.effective) > 1 and (self.has_business or len(active_own) > 1)


@dataclass(frozen=True)
class MemberLoad:
    id: int
    name: str
    current_accounts: int
    capacity: int | None

    @property
    def overloaded(self) -> bool:
        return self.capacity is not None and self.current_accounts > self.capacity

    @property
    def excess(self) -> int:
        return max(self.current_accounts - (self.capacity or 0), 0) if self.overloaded else 0


@dataclass(frozen=True)
class Tally:
    count: int
    customers: int
    revenue: int


@dataclass
class CoverageReport:
    mode: str
    items: list[CoverageItem]  # in tree order: each parent before its children
    loads: list[MemberLoad]  # active members, by name

    @property
    def gaps(self) -> list[CoverageItem]:
        return [item for item in self.items if item.is_gap]

    @property
    def overlaps(self) -> list[CoverageItem]:
        return [item for item in self.items if item.is_overlap]

    @property
    def overloaded(self) -> list[MemberLoad]:
        return [load for load in self.loads if load.overloaded]

    def gap_tally(self) -> Tally:
        return _tally(self.gaps)

    def overlap_tally(self) -> Tally:
        return _tally(self.overlaps)

    def item(self, item_id: int) -> CoverageItem | None:
        return next((item for item in self.items if item.id == item_id), None)

    def path(self, item: CoverageItem) -> str:
        """The item with its parents, e.g. "Russia / Central / Moscow"."""
        names = [item.name]
        parent = self.item(item.parent_id) if item.parent_id is not None else None
        while parent is not None and len(names) <= len(self.items):
            names.insert(0, parent.name)
            parent = self.item(parent.parent_id) if parent.parent_id is not None else None
        return " / ".join(names)


def _tally(items: list[CoverageItem]) -> Tally:
    return Tally(len(items), sum(i.customers for i in items), sum(i.revenue for i in items))


# --- analysis --------------------------------------------------------------------------------


def analyse_coverage(
    conn: Connection, mode: str, period: Period, *, today: date | None = None
) -> CoverageReport:
    """Items of the mode's dimension with their coverage, their customers and revenue in the
    period, gaps and overlaps; and the load of every active member today (capacity is about
    the accounts a member holds now, whatever period is on screen)."""
    dimension = dimension_of(mode)
    today = today or clock.today()
    items = _load_items(conn, dimension)
    _attach_holders(conn, dimension, items, _active_teams(conn, today), today)
    _resolve_effective(items)
    _count_business(conn, dimension, period, items)
    return CoverageReport(mode, items, member_loads(conn, today))


def dimension_of(mode: str) -> Dimension:
    try:
        return DIMENSIONS[mode]
    except KeyError:
        raise ValueError(f"unknown organisation mode {mode!r}") from None


def member_loads(conn: Connection, today: date) -> list[MemberLoad]:
    """Current accounts against capacity today, for every member still active."""
    accounts: dict[int | None, int] = defaultdict(int)
    for owner in current_customer_owners(conn, today).values():
        accounts[owner] += 1
    return [
        MemberLoad(m.id, m.name, accounts[m.id], m.capacity)
        for m in sorted(load_members(conn), key=lambda m: m.name.casefold())
        if not m.has_left(today)
    ]


def _load_items(conn: Connection, dimension: Dimension) -> list[CoverageItem]:
    parent = "parent_id" if dimension.is_tree else "NULL"
    rows = conn.execute(
        text(f"SELECT id, name, {parent} FROM {dimension.table} ORDER BY lower(name), id")
    ).all()
    children: dict[int | None, list[tuple[int, str, int | None]]] = defaultdict(list)
    known = {row[0] for row in rows}
    for item_id, name, parent_id in rows:
        children[parent_id if parent_id in known else None].append((item_id, name, parent_id))
    ordered: list[CoverageItem] = []

    def walk(parent_id: int | None, depth: int) -> None:
        for item_id, name, own_parent in children[parent_id]:
            if all(item.id != item_id for item in ordered):  # a loop in a damaged file ends
                ordered.append(CoverageItem(item_id, name, own_parent, depth))
                walk(item_id, depth + 1)

    walk(None, 0)
    return ordered


def _active_teams(conn: Connection, today: date) -> set[int]:
    active: set[int] = set()

    def visit(team: TeamNode) -> None:
        for child in team.children:
            visit(child)
        if any(not m.has_left(today) for m in team.all_members()):
            active.add(team.id)

    for root in load_team_tree(conn):
        visit(root)
    return active


_HOLDERS_SQL = """SELECT c.id, c.{column}, c.member_id, m.name, m.left_on, c.team_id, t.name
FROM coverage c LEFT JOIN member m ON m.id = c.member_id LEFT JOIN team t ON t.id = c.team_id
WHERE c.{column} IS NOT NULL ORDER BY lower(COALESCE(m.name, t.name)), c.id"""


def _attach_holders(
    conn: Connection,
    dimension: Dimension,
    items: list[CoverageItem],
    active_teams: set[int],
    today: date,
) -> None:
    by_id = {item.id: item for item in items}
    rows = conn.execute(text(_HOLDERS_SQL.format(column=dimension.column)))
    for coverage_id, item_id, member_id, member_name, left_on, team_id, team_name in rows:
        item = by_id.get(item_id)
        if item is None:
            continue
        if member_id is not None:
            active = left_on is None or date.fromisoformat(str(left_on)) > today
            item.own.append(Holder("member", member_id, member_name, active, coverage_id))
        elif team_id is not None:
            holder = Holder("team", team_id, team_name, team_id in active_teams, coverage_id)
            item.own.append(holder)


def _resolve_effective(items: list[CoverageItem]) -> None:
    """Gives each item the active holders of its own coverage, else its parent's."""
    by_id = {item.id: item for item in items}
    for item in items:  # parents come first
        own = [h for h in item.own if h.active]
        parent = by_id.get(item.parent_id) if item.parent_id is not None else None
        if own or parent is None:
            item.effective = own
        else:
            item.effective = parent.effective
            item.inherited_from = (
                parent.id
                if parent.effective and not parent.inherited_from
                else parent.inherited_from
            )


def _count_business(
    conn: Connection, dimension: Dimension, period: Period, items: list[CoverageItem]
) -> None:
    by_id = {item.id: item for item in items}
    for group in sales_breakdown(conn, period, dimension.breakdown):
        if group.key in by_id:
            by_id[group.key].revenue = group.totals.revenue
            if dimension.breakdown == "category":  # products have buyers, not customers
                by_id[group.key].customers = group.totals.buying_customers
    if dimension.breakdown != "category":
        rows = conn.execute(
            text(f"SELECT {dimension.column}, count(*) FROM customer GROUP BY {dimension.column}")
        )
        for item_id, count in rows:
            if item_id in by_id:
                by_id[item_id].customers = count


# --- assigning -------------------------------------------------------------------------------


def assign(
    conn: Connection,
    mode: str,
    item_id: int,
    *,
    member_id: int | None = None,
    team_id: int | None = None,
) -> tuple[int, Change]:
    """Makes a member or a team (exactly one) cover an item; refuses a duplicate."""
    if (member_id is None) == (team_id is None):
        raise ValueError("give a member or a team")
    column = dimension_of(mode).column
    holder_column, holder_id = ("member_id", member_id) if member_id else ("team_id", team_id)
    duplicate = conn.execute(
        text(f"SELECT 1 FROM coverage WHERE {column} = :item AND {holder_column} = :holder"),
        {"item": item_id, "holder": holder_id},
    ).first()
    if duplicate:
        raise TeamEditError(tr("This assignment exists already."))
    recorder = StepRecorder(conn)
    coverage_id = recorder.insert(
        "coverage", {column: item_id, "member_id": member_id, "team_id": team_id}
    )
    return coverage_id, recorder.steps


def assign_holder(conn: Connection, mode: str, item_id: int, *, holder: tuple[str, int]) -> Change:
    """:func:`assign` as an edit: ``holder`` is ("member" | "team", id)."""
    kind, holder_id = holder
    if kind == "member":
        return assign(conn, mode, item_id, member_id=holder_id)[1]
    return assign(conn, mode, item_id, team_id=holder_id)[1]


def unassign(conn: Connection, coverage_id: int) -> Change:
    recorder = StepRecorder(conn)
    recorder.delete("coverage", coverage_id)
    return recorder.steps


@dataclass(frozen=True)
class HeldItem:
    """One item a member or team covers: its mode, name and coverage row."""

    mode: str
    name: str
    coverage_id: int


def held_items(
    conn: Connection, *, member_id: int | None = None, team_id: int | None = None
) -> list[HeldItem]:
    """What a member or a team covers, in every mode, by mode then name."""
    holder_column, holder = ("member_id", member_id) if member_id else ("team_id", team_id)
    found = []
    for mode, dimension in DIMENSIONS.items():
        rows = conn.execute(
            text(
                f"SELECT i.name, c.id FROM coverage c JOIN {dimension.table} i"
                f" ON i.id = c.{dimension.column} WHERE c.{holder_column} = :holder"
                " ORDER BY lower(i.name)"
            ),
            {"holder": holder},
        )
        found += [HeldItem(mode, name, coverage_id) for name, coverage_id in rows]
    return found
