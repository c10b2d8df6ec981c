"""Creating, changing and deleting goals and check-ins (SPEC §4 Editing, §5).

Each operation runs in the caller's transaction through :class:`salesdesk.team.edits.
StepRecorder`, so every change is in the ChangeLog and comes back as steps the GUI replays for
undo and redo.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import TYPE_CHECKING, Any

from sqlalchemy import text

from salesdesk.goals.goal import GoalSpec
from salesdesk.team.edits import Step, StepRecorder

if TYPE_CHECKING:
    from sqlalchemy.engine import Connection


def save_goal(conn: Connection, goal: GoalSpec) -> tuple[int, list[Step]]:
    """Inserts a new goal (no id) or updates the fields that changed; returns its id."""
    recorder = StepRecorder(conn)
    if goal.id is None:
        return recorder.insert("goal", goal.values()), recorder.steps
    recorder.update("goal", goal.id, goal.values())
    return goal.id, recorder.steps


def delete_goal(conn: Connection, goal_id: int) -> list[Step]:
    """Deletes a goal with its check-ins; its children stay, as goals of their own."""
    recorder = StepRecorder(conn)
    for (child_id,) in conn.execute(
        text("SELECT id FROM goal WHERE parent_id = :id"), {"id": goal_id}
    ):
        recorder.update("goal", child_id, {"parent_id": None})
    for (checkin_id,) in conn.execute(
        text("SELECT id FROM goal_checkin WHERE goal_id = :id"), {"id": goal_id}
    ):
        recorder.delete("goal_checkin", checkin_id)
    recorder.delete("goal", goal_id)
    return recorder.steps


def goal_dependents(conn: Connection, goal_id: int) -> tuple[int, int]:
    """How many child goals and check-ins a goal has, asked before deleting it."""
    row = conn.execute(
        text(
            "SELECT (SELECT COUNT(*) FROM goal WHERE parent_id = :id),"
            " (SELECT COUNT(*) FROM goal_checkin WHERE goal_id = :id)"
        ),
        {"id": goal_id},
    ).one()
    return int(row[0]), int(row[1])


def save_checkin(
    conn: Connection,
    goal_id: int,
    *,
    day: date,
    value: float | None,
    note: str,
    checkin_id: int | None = None,
) -> list[Step]:
    """Adds a check-in, or changes one when ``checkin_id`` is given."""
    recorder = StepRecorder(conn)
    values: Mapping[str, Any] = {"goal_id": goal_id, "date": day, "value": value, "note": note}
    if checkin_id is None:
        recorder.insert("goal_checkin", values)
    else:
        recorder.update("goal_checkin", checkin_id, values)
    return recorder.steps


def delete_checkin(conn: Connection, checkin_id: int) -> list[Step]:
    recorder = StepRecorder(conn)
    recorder.delete("goal_checkin", checkin_id)
    return recorder.steps
