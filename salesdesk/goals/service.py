"""What the Goals section asks of the core, each a call on an open database that opens its own
connection and returns plain values (STYLE 1); the GUI runs them on worker threads.

The goal core imports SQLAlchemy: it loads with the first goal, not at start-up.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from datetime import date

    from salesdesk.goals.choices import EditorChoices
    from salesdesk.goals.detail import GoalDetail
    from salesdesk.goals.goal import GoalSpec
    from salesdesk.goals.overview import GoalLine
    from salesdesk.goals.smart import SmartReport
    from salesdesk.goals.validation import FieldProblem
    from salesdesk.store.db import Database


def overview(database: Database, today: date) -> list[GoalLine]:
    """Every goal with its owner and progress as of ``today``."""
    from salesdesk.goals.overview import goals_overview

    with database.read() as conn:
        return goals_overview(conn, today)


def detail(database: Database, goal_id: int, today: date) -> GoalDetail:
    """One goal's progress, burn-up, check-ins and contributions as of ``today``."""
    from salesdesk.goals.detail import load_goal_detail

    with database.read() as conn:
        return load_goal_detail(conn, goal_id, today)


def editor_choices(database: Database) -> EditorChoices:
    """The owners, parent goals and scope dimensions the goal editor offers."""
    from salesdesk.goals import choices

    with database.read() as conn:
        return choices.editor_choices(conn)


def dependents(database: Database, goal_id: int) -> tuple[int, int]:
    """How many sub-goals and check-ins a goal has, asked before deleting it."""
    from salesdesk.goals.edits import goal_dependents

    with database.read() as conn:
        return goal_dependents(conn, goal_id)


@dataclass(frozen=True)
class Checked:
    """What one run of the goal editor's checks found."""

    report: SmartReport
    baseline: float | None
    baseline_label: str
    headcount: int | None
    problems: tuple[FieldProblem, ...] = ()  # what keeps it from being saved, by field


def check(database: Database, goal: GoalSpec, today: date) -> Checked:
    """The SMART checks of a goal being edited, its baseline and its owner's headcount."""
    from salesdesk.goals.goal import baseline_period, goal_owner, goal_scope, headcount
    from salesdesk.goals.smart import assess
    from salesdesk.goals.validation import goal_problems
    from salesdesk.metrics.kpis import metric_value

    with database.read() as conn:
        report = assess(conn, goal, today)
        period = baseline_period(goal, today)
        scope = goal_scope(conn, goal)
        baseline = None
        if period is not None and scope is not None and not goal.is_manual:
            baseline = metric_value(conn, goal.metric, period, scope)
        owner = goal_owner(conn, goal)
        people = headcount(conn, owner, today) if owner is not None else None
    label = period.label() if period else ""
    return Checked(report, baseline, label, people, tuple(goal_problems(goal)))
