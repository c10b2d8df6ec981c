"""Scopes (SPEC §3): what narrows a metric, and how a scope becomes SQL conditions.

Dates are stored as ISO text, so they are bound and compared as ``YYYY-MM-DD`` strings, which
keeps the sale indexes usable.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, fields
from datetime import date
from typing import TYPE_CHECKING, Any

from salesdesk.metrics.ownership import owner_at
from salesdesk.periods import Period

if TYPE_CHECKING:
    pass


@dataclass(frozen=True)
class SegmentCondition:
    """A saved segment's rule as one SQL condition on ``customer c``; built by
    ``salesdesk.customers.segments.segment_scope(conn, segment_id)``, which reads the rule."""

    segment_id: int
    sql: str
    params: tuple[tuple[str, Any], ...] = ()


@dataclass(frozen=True)
class Scope:
    """Narrows a metric; every field is optional and several set at once are joined by AND.

    Sales metrics read member and team as the member credited with the sale; customer metrics
    (status, flow, at risk) read them as the customer's owner at the day they are counted at
    (SPEC §3a Roll-up). Product, category and channel restrict which sales count in both.
    """

    member_id: int | None = None
    team_id: int | None = None  # the team and its sub-teams
    territory_id: int | None = None  # the customer's territory and its descendants
    category_id: int | None = None  # the product's category and its sub-categories
    product_id: int | None = None
    account_type_id: int | None = None
    channel_id: int | None = None
    segment: SegmentCondition | None = None  # the customers of a saved segment


def tree_cte(name: str, table: str, param: str) -> str:
    # UNION (not UNION ALL) stops at a node already seen, so a damaged tree with a cycle ends.
    return (
        f"{name}(id) AS (SELECT id FROM {table} WHERE id = :{param}"
        f" UNION SELECT child.id FROM {table} child JOIN {name} ON child.parent_id = {name}.id)"
    )


@dataclass(frozen=True)
class SqlFilter:
    """Conditions on ``sale s`` or ``customer c`` with the recursive CTEs they refer to."""

    ctes: tuple[str, ...] = ()
    conditions: tuple[str, ...] = ()
    params: Mapping[str, Any] = field(default_factory=dict)

    def where(self) -> str:
        return " AND ".join(self.conditions) or "1 = 1"

    def with_clause(self, *more_ctes: str) -> str:
        ctes = (*self.ctes, *more_ctes)
        return f"WITH RECURSIVE {', '.join(ctes)}\n" if ctes else ""

    def __add__(self, other: SqlFilter) -> SqlFilter:
        ctes = tuple(dict.fromkeys((*self.ctes, *other.ctes)))
        return SqlFilter(
            ctes, (*self.conditions, *other.conditions), {**self.params, **other.params}
        )


TEAM_MEMBERS = "(SELECT id FROM member WHERE team_id IN (SELECT id FROM team_tree))"
# Every team with each team above it and itself (``ancestor_id``): a team's figures include
# its sub-teams'. UNION stops at a pair already seen, so a damaged tree with a cycle ends.
TEAM_ANCESTORS = (
    "team_ancestor(team_id, ancestor_id) AS (SELECT id, id FROM team"
    " UNION SELECT t.id, up.ancestor_id FROM team t JOIN team_ancestor up"
    " ON t.parent_id = up.team_id)"
)


def _team_filter(scope: Scope, member_column: str) -> SqlFilter:
    if scope.team_id is None:
        return SqlFilter()
    return SqlFilter(
        (tree_cte("team_tree", "team", "team_id"),),
        (f"{member_column} IN {TEAM_MEMBERS}",),
        {"team_id": scope.team_id},
    )


def _territory_filter(scope: Scope, territory_column: str) -> SqlFilter:
    if scope.territory_id is None:
        return SqlFilter()
    return SqlFilter(
        (tree_cte("territory_tree", "territory", "territory_id"),),
        (f"{territory_column} IN (SELECT id FROM territory_tree)",),
        {"territory_id": scope.territory_id},
    )


def _equals(column: str, param: str, value: int | None) -> SqlFilter:
    return (
        SqlFilter() if value is None else SqlFilter((), (f"{column} = :{param}",), {param: value})
    )


def _segment_filter(scope: Scope) -> SqlFilter:
    if scope.segment is None:
        return SqlFilter()
    return SqlFilter((), (scope.segment.sql,), dict(scope.segment.params))


def product_filter(scope: Scope) -> SqlFilter:
    """Sale-level conditions that restrict which sales count: product, category, channel."""
    result = _equals("s.product_id", "product_id", scope.product_id)
    result += _equals("s.channel_id", "channel_id", scope.channel_id)
    if scope.category_id is not None:
        result += SqlFilter(
            (tree_cte("category_tree", "product_category", "category_id"),),
            (
                "s.product_id IN (SELECT id FROM product"
                " WHERE category_id IN (SELECT id FROM category_tree))",
            ),
            {"category_id": scope.category_id},
        )
    return result


def sale_filter(scope: Scope) -> SqlFilter:
    """The whole scope as conditions on ``sale s``: member and team are the credited member."""
    result = _equals("s.member_id", "member_id", scope.member_id)
    result += _team_filter(scope, "s.member_id")
    by_customer = _territory_filter(scope, "c.territory_id")
    by_customer += _equals("c.account_type_id", "account_type_id", scope.account_type_id)
    by_customer += _segment_filter(scope)
    if by_customer.conditions:
        sold_to = f"s.customer_id IN (SELECT id FROM customer c WHERE {by_customer.where()})"
        result += SqlFilter(by_customer.ctes, (sold_to,), by_customer.params)
    return result + product_filter(scope)


def customer_filter(scope: Scope, owner_day: date | None = None) -> SqlFilter:
    """The customer-level scope on ``customer c``: member and team are the customer's owner,
    at the end of ``owner_day`` when given (else today's owner)."""
    owner = "c.owner_member_id"
    result = SqlFilter()
    if owner_day is not None and (scope.member_id, scope.team_id) != (None, None):
        owner = owner_at("c")
        result = SqlFilter(params={"owner_day": iso_day(owner_day)})
    result += _equals(owner, "member_id", scope.member_id)
    result += _team_filter(scope, owner)
    result += _territory_filter(scope, "c.territory_id")
    result += _segment_filter(scope)
    return result + _equals("c.account_type_id", "account_type_id", scope.account_type_id)


def set_fields(scope: Scope) -> list[tuple[str, Any]]:
    """The fields set in ``scope`` with their values."""
    chosen = [(f.name, getattr(scope, f.name)) for f in fields(scope)]
    return [(name, value) for name, value in chosen if value is not None]


def iso_day(d: date) -> str:
    return d.isoformat()


def period_params(period: Period) -> dict[str, str]:
    return {"start": iso_day(period.start), "end": iso_day(period.end)}
