"""Reading the stored aggregates (:mod:`salesdesk.metrics.aggregates`) for a scope.

While the aggregates are current, the figures below are read from them: the same definitions
summed per day. Scopes of one dimension are served from them; combined scopes, segments and
counts of distinct customers are computed from the sales.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from sqlalchemy import text

from salesdesk.metrics import aggregates
from salesdesk.metrics.ownership import owners_changed_after
from salesdesk.metrics.scope import TEAM_ANCESTORS, TEAM_MEMBERS, Scope, set_fields, tree_cte
from salesdesk.periods import Period, month_start, units_overlapping
from salesdesk.settings import CompanySettings

if TYPE_CHECKING:
    from sqlalchemy.engine import Connection


Cube = tuple[str, tuple[int, ...]]  # an aggregate dimension and the keys that make the scope


_TEAM_MEMBER_IDS = f"WITH RECURSIVE {tree_cte('team_tree', 'team', 'id')} {TEAM_MEMBERS[1:-1]}"


_TERRITORY_IDS = (
    f"WITH RECURSIVE {tree_cte('territory_tree', 'territory', 'id')} SELECT id FROM territory_tree"
)


_CATEGORY_PRODUCT_IDS = (
    f"WITH RECURSIVE {tree_cte('category_tree', 'product_category', 'id')}"
    " SELECT id FROM product WHERE category_id IN (SELECT id FROM category_tree)"
)


def _keys(dim: str, sql: str | None = None) -> Callable[[Connection, int], Cube]:
    """The aggregate dimension and keys of a scope field: its own id, or the ids ``sql``
    finds for it (a team's members, a territory's subtree, a category's products)."""

    def cube(conn: Connection, id_: int) -> Cube:
        if sql is None:
            return dim, (id_,)
        return dim, tuple(row[0] for row in conn.execute(text(sql), {"id": id_}))

    return cube


# Sales read member and team as the member credited, customers as the owner (see Scope).
_SALES_CUBES = {
    "member_id": _keys("member"),
    "team_id": _keys("member", _TEAM_MEMBER_IDS),
    "channel_id": _keys("channel"),
    "product_id": _keys("product"),
    "category_id": _keys("product", _CATEGORY_PRODUCT_IDS),
    "territory_id": _keys("territory", _TERRITORY_IDS),
    "account_type_id": _keys("account_type"),
}
# Product, category and channel make only some sales count: customers need the sales then.


# Product, category and channel make only some sales count: customers need the sales then.
_CUSTOMER_CUBES = {
    "member_id": _keys("owner"),
    "team_id": _keys("owner", _TEAM_MEMBER_IDS),
    "territory_id": _keys("territory", _TERRITORY_IDS),
    "account_type_id": _keys("account_type"),
}


def _cube(
    conn: Connection, scope: Scope, cubes: Mapping[str, Callable[[Connection, int], Cube]]
) -> Cube | None:
    chosen = set_fields(scope)
    if not chosen:
        return "", ()
    if len(chosen) > 1 or chosen[0][0] not in cubes:
        return None
    name, value = chosen[0]
    return cubes[name](conn, value)


def sales_cube(conn: Connection, scope: Scope) -> Cube | None:
    """Where the sales of ``scope`` are summed in the aggregates, if they are current."""
    if aggregates.built(conn) is None:
        return None
    return _cube(conn, scope, _SALES_CUBES)


def customer_cube(
    conn: Connection,
    scope: Scope,
    settings: CompanySettings | None = None,
    *,
    owners_on: date,
) -> Cube | None:
    """Where the customers of ``scope`` are counted in the aggregates, if they are current
    and were built with the given settings' retention window and at-risk threshold. The
    aggregates know today's owners only: a member's or team's customers at ``owners_on``
    are read there only when no customer changed owner since (SPEC §3a Roll-up)."""
    built = aggregates.built(conn)
    if built is None:
        return None
    if settings is not None and (settings.retention_window_days, settings.at_risk_days) != (
        built.retention_window_days,
        built.at_risk_days,
    ):
        return None
    cube = _cube(conn, scope, _CUSTOMER_CUBES)
    if cube is not None and cube[0] == "owner" and owners_changed_after(conn, owners_on):
        return None
    return cube


@dataclass(frozen=True)
class StoredTotals:
    """The additive sales figures from the aggregates; ``orders`` None when they cannot be
    added up there (an order split across days, members, channels, customers or products).
    Cost and margin as in :class:`salesdesk.metrics.sales.SalesTotals`."""

    revenue: int
    cost: int | None
    costed_revenue: int
    units: float
    orders: int | None
    new_customers: int

    @property
    def gross_margin(self) -> int | None:
        return None if self.cost is None else self.costed_revenue - self.cost

    @property
    def average_order_value(self) -> float | None:
        return self.revenue / self.orders if self.orders else None


def stored_totals(
    conn: Connection, period: Period, scope: Scope, *, need_orders: bool
) -> StoredTotals | None:
    cube = sales_cube(conn, scope)
    if cube is None:
        return None
    dim, keys = cube
    built = aggregates.built(conn)
    orders_add_up = (
        built is not None and built.orders_add_up and (dim != "product" or len(keys) == 1)
    )
    if need_orders and not orders_add_up:
        return None
    sums = aggregates.sales_sums(conn, dim, keys, period.start, period.end)
    return StoredTotals(
        sums.revenue,
        sums.cost,
        sums.costed_revenue,
        sums.units,
        sums.orders if orders_add_up else None,
        sums.new_customers,
    )


def stored_monthly_revenue(conn: Connection, cube: Cube, span: Period) -> list[tuple[date, int]]:
    by_month: dict[date, int] = {}
    for day, sums in aggregates.sums_by_day(conn, *cube, span.start, span.end).items():
        by_month[month_start(day)] = by_month.get(month_start(day), 0) + sums.revenue
    return [
        (month.start, by_month.get(month.start, 0))
        for _, month in units_overlapping(span, "month", 1)
    ]


def stored_daily_values(
    conn: Connection, metric: str, period: Period, scope: Scope
) -> dict[date, float] | None:
    cube = sales_cube(conn, scope)
    built = aggregates.built(conn)
    if cube is None or built is None:
        return None
    if metric == "orders" and not (
        built.orders_add_up and (cube[0] != "product" or len(cube[1]) == 1)
    ):
        return None
    sums = aggregates.sums_by_day(conn, *cube, period.start, period.end)
    if metric == "gross_margin":
        return {day: float(s.costed_revenue - (s.cost or 0)) for day, s in sums.items()}
    return {day: float(getattr(s, metric)) for day, s in sums.items()}


# Breakdowns the aggregates hold directly, and those they hold through a lookup of the group.
_STORED_BREAKDOWNS = {
    "member": "member",
    "channel": "channel",
    "product": "product",
    "territory": "territory",
    "account-type": "account_type",
}


# A member's sales count for their team and every team above it (SPEC §3a Roll-up).
_GROUP_LOOKUPS = {
    "team": (
        "member",
        f"WITH RECURSIVE {TEAM_ANCESTORS} SELECT m.id, up.ancestor_id FROM member m"
        " LEFT JOIN team_ancestor up ON up.team_id = m.team_id",
    ),
    "category": ("product", "SELECT id, category_id FROM product"),
}


def stored_revenue_breakdown(
    conn: Connection, period: Period, by: str, scope: Scope
) -> dict[int | None, int] | None:
    if scope != Scope() or aggregates.built(conn) is None:
        return None
    groups_of: dict[int, list[int | None]] | None = None
    if by in _STORED_BREAKDOWNS:
        dim = _STORED_BREAKDOWNS[by]
    elif by in _GROUP_LOOKUPS:
        dim, lookup_sql = _GROUP_LOOKUPS[by]
        groups_of = {}
        for key, group in conn.execute(text(lookup_sql)):
            groups_of.setdefault(key, []).append(group)
    else:
        return None
    result: dict[int | None, int] = {}
    for key, revenue in aggregates.revenue_by_key(conn, dim, period.start, period.end).items():
        groups = [key or None] if groups_of is None else groups_of.get(key, [None])
        for group in groups:
            result[group] = result.get(group, 0) + revenue
    return result
