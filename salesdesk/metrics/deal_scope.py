"""A scope (SPEC §3) as conditions on ``deal d``.

Deals belong to their owner: member and team read the owner (a team with its sub-teams), as a
customer's figures do. Territory, account type and segment read the deal's customer; product,
category and channel the deal's own fields (a deal with only a product counts in its category).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from salesdesk.metrics.scope import Scope

_TEAM_TREE = (
    "(WITH RECURSIVE t(id) AS (SELECT CAST(:team_id AS INTEGER) UNION SELECT team.id FROM team"
    " JOIN t ON team.parent_id = t.id) SELECT id FROM t)"
)
_TERRITORY_TREE = (
    "(WITH RECURSIVE t(id) AS (SELECT CAST(:territory_id AS INTEGER) UNION"
    " SELECT territory.id FROM territory JOIN t ON territory.parent_id = t.id) SELECT id FROM t)"
)
_CATEGORY_TREE = (
    "(WITH RECURSIVE t(id) AS (SELECT CAST(:category_id AS INTEGER) UNION"
    " SELECT product_category.id FROM product_category"
    " JOIN t ON product_category.parent_id = t.id) SELECT id FROM t)"
)
_DEAL_CATEGORY = (
    "COALESCE(d.category_id, (SELECT category_id FROM product WHERE id = d.product_id))"
)


@dataclass(frozen=True)
class DealFilter:
    """A WHERE clause over ``deal d`` and its parameters."""

    conditions: tuple[str, ...] = ()
    params: dict[str, Any] = field(default_factory=dict)

    def where(self) -> str:
        return " AND ".join(self.conditions) or "1 = 1"

    def __add__(self, other: DealFilter) -> DealFilter:
        return DealFilter((*self.conditions, *other.conditions), {**self.params, **other.params})


# The deals nobody owns: outside every member's and team's scope, a group of their own.
NO_OWNER = DealFilter(("d.owner_member_id IS NULL",))


def deal_filter(
    scope: Scope, pipeline_id: int | None = None, *, stage_id: int | None = None
) -> DealFilter:
    """The deals in ``scope`` (and in one pipeline, or whose stage is ``stage_id``)."""
    parts: list[tuple[str, dict[str, Any]]] = []
    if stage_id is not None:
        parts.append(("d.stage_id = :stage_id", {"stage_id": stage_id}))
    if pipeline_id is not None:
        parts.append(
            (
                "d.stage_id IN (SELECT id FROM stage WHERE pipeline_id = :pipeline_id)",
                {"pipeline_id": pipeline_id},
            )
        )
    if scope.member_id is not None:
        parts.append(("d.owner_member_id = :member_id", {"member_id": scope.member_id}))
    if scope.team_id is not None:
        parts.append(
            (
                f"d.owner_member_id IN (SELECT id FROM member WHERE team_id IN {_TEAM_TREE})",
                {"team_id": scope.team_id},
            )
        )
    if scope.product_id is not None:
        parts.append(("d.product_id = :product_id", {"product_id": scope.product_id}))
    if scope.category_id is not None:
        parts.append((f"{_DEAL_CATEGORY} IN {_CATEGORY_TREE}", {"category_id": scope.category_id}))
    if scope.channel_id is not None:
        parts.append(("d.channel_id = :channel_id", {"channel_id": scope.channel_id}))
    customer = _customer_conditions(scope)
    if customer.conditions:
        parts.append(
            (
                f"d.customer_id IN (SELECT c.id FROM customer c WHERE {customer.where()})",
                customer.params,
            )
        )
    return DealFilter(
        tuple(sql for sql, _ in parts), {k: v for _, p in parts for k, v in p.items()}
    )


def _customer_conditions(scope: Scope) -> DealFilter:
    result = DealFilter()
    if scope.territory_id is not None:
        result += DealFilter(
            (f"c.territory_id IN {_TERRITORY_TREE}",), {"territory_id": scope.territory_id}
        )
    if scope.account_type_id is not None:
        result += DealFilter(
            ("c.account_type_id = :account_type_id",), {"account_type_id": scope.account_type_id}
        )
    if scope.segment is not None:
        result += DealFilter((scope.segment.sql,), dict(scope.segment.params))
    return result
