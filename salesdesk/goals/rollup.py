"""Rollup and split (SPEC §5): a parent goal's target against the sum of its children's.

A parent's actual is computed over its own scope like any goal's; what needs checking is the
split: the children that measure the same metric should add up to the parent's target.
Only additive metrics split this way (three teams' revenue adds up; their churn rates do not).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from salesdesk.goals.goal import GoalSpec

# Targets are entered in whole units; a difference smaller than this share is rounding.
TOLERANCE = 1e-9


@dataclass(frozen=True)
class Split:
    parent_id: int
    parent_target: float
    children_total: float
    children: int

    @property
    def difference(self) -> float:
        """Children's total minus the parent's target: negative when the split falls short."""
        return self.children_total - self.parent_target

    @property
    def mismatch(self) -> bool:
        return abs(self.difference) > TOLERANCE * max(abs(self.parent_target), 1.0)


def splits(goals: Iterable[GoalSpec]) -> dict[int, Split]:
    """Each parent with children of its own metric, by parent id."""
    goals = list(goals)
    by_id = {goal.id: goal for goal in goals if goal.id is not None}
    totals: dict[int, tuple[float, int]] = {}
    for child in goals:
        parent = by_id.get(child.parent_id) if child.parent_id is not None else None
        if parent is None or parent.id is None or not parent.is_additive:
            continue
        if child.metric != parent.metric or child.target_value is None:
            continue
        total, count = totals.get(parent.id, (0.0, 0))
        totals[parent.id] = (total + child.target_value, count + 1)
    return {
        parent_id: Split(parent_id, by_id[parent_id].target_value or 0.0, total, count)
        for parent_id, (total, count) in totals.items()
    }
