"""Every goal with its owner, progress and split, as the Goals section and report list them."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from sqlalchemy import text

from salesdesk.goals.goal import GoalSpec, load_goals
from salesdesk.goals.progress import Progress, goal_progress
from salesdesk.goals.rollup import Split, splits
from salesdesk.i18n import tr

if TYPE_CHECKING:
    from sqlalchemy.engine import Connection


@dataclass(frozen=True)
class GoalLine:
    goal: GoalSpec
    owner: str
    progress: Progress
    split: Split | None  # a parent's split over its children


def goals_overview(conn: Connection, today: date) -> list[GoalLine]:
    """Every goal with where it stands on ``today``, parents before their children."""
    goals = load_goals(conn)
    owners = _owner_names(conn)
    split_of = splits(goals)
    return [
        GoalLine(
            goal,
            _owner(goal, owners),
            goal_progress(conn, goal, today),
            split_of.get(goal.id) if goal.id is not None else None,
        )
        for goal in goals
    ]


def _owner_names(conn: Connection) -> dict[tuple[str, int], str]:
    rows = conn.execute(
        text("SELECT 'member', id, name FROM member UNION ALL SELECT 'team', id, name FROM team")
    )
    return {(kind, id_): name for kind, id_, name in rows}


def _owner(goal: GoalSpec, names: dict[tuple[str, int], str]) -> str:
    if goal.owner_team_id is not None:
        return names.get(("team", goal.owner_team_id), "")
    if goal.owner_member_id is not None:
        return names.get(("member", goal.owner_member_id), "")
    return tr("No owner")
