"""Creating, changing and deleting goals and check-ins (SPEC §4 Editing, §5).

Each operation runs in the caller's transaction through :class:`salesdesk.store.changes.
StepRecorder`, so every change is in the ChangeLog and comes back as steps the GUI replays for
undo and redo.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import TYPE_CHECKING, Any

from sqlalchemy import text

from salesdesk.goals.goal import GoalSpec
from salesdesk.store.changes import Change, StepRecorder, delete_row, save_row

if TYPE_CHECKING:
    from sqlalchemy.engine import Connection


def save_goal(conn: Connection, goal: GoalSpec) -> Change:
    """Inserts a new goal (no id) or updates the fields that changed."""
    return save_row(conn, "goal", goal.id, goal.values())


def delete_goal(conn: Connection, goal_id: int) -> Change:
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
) -> Change:
    """Adds a check-in, or changes one when ``checkin_id`` is given."""
    values: Mapping[str, Any] = {"goal_id": goal_id, "date": day, "value": value, "note": note}
    return save_row(conn, "goal_checkin", checkin_id, values)


def delete_checkin(conn: Connection, checkin_id: int) -> Change:
    return delete_row(conn, "goal_checkin", checkin_id)
