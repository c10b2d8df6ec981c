"""What makes a goal unsavable, field by field (issue 10 Guardrails).

:func:`goal_problems` names the offending field of a goal not fit to be saved — a missing or
meaningless target, dates that end before they start, no owner, no metric — with a sentence
the editor shows at that field. The SMART checks (:mod:`salesdesk.goals.smart`) use the same
target rule, so a goal the editor refuses also fails M.
"""

from __future__ import annotations

from dataclasses import dataclass

from salesdesk.goals.goal import RATE_METRICS, GoalSpec, metric_name
from salesdesk.i18n import tr
from salesdesk.store.models import GoalMetric

FIELDS = ("title", "metric", "owner", "target", "dates")

# Metrics whose target must be above zero: nobody means to reach revenue, orders or a
# retention rate of zero. Gross margin may be planned at or below zero (a loss to cut);
# churn of zero is the best there is.
POSITIVE_TARGETS = frozenset(
    {
        GoalMetric.REVENUE,
        GoalMetric.UNITS,
        GoalMetric.ORDERS,
        GoalMetric.NEW_CUSTOMERS,
        GoalMetric.CURRENT_CUSTOMERS,
        GoalMetric.AVERAGE_ORDER_VALUE,
        GoalMetric.RETENTION_RATE,
        GoalMetric.CONVERSION_RATE,
        GoalMetric.DEALS_WON,
        GoalMetric.WIN_RATE,
        GoalMetric.PIPELINE_CREATED,
    }
)
SHARES = RATE_METRICS


@dataclass(frozen=True)
class FieldProblem:
    field: str  # one of FIELDS
    message: str


def target_problem(goal: GoalSpec) -> str | None:
    """Why the goal's target cannot be a target of its metric, or None."""
    target = goal.target_value
    if target is None:
        return tr("Set a target: a number to reach.")
    if goal.metric in POSITIVE_TARGETS and target <= 0:
        return tr(
            "The target must be above zero: {metric} of zero or less is nothing to aim for.",
            metric=metric_name(goal.metric),
        )
    if goal.metric in SHARES and not 0 <= target <= 1:
        return tr("A rate is a share from 0% to 100%.")
    return None


def goal_problems(goal: GoalSpec) -> list[FieldProblem]:
    """Everything that keeps ``goal`` from being saved, by field, in the form's order."""
    problems = []
    if not goal.title.strip():
        problems.append(FieldProblem("title", tr("Give the goal a title that says what changes.")))
    if not goal.metric:
        problems.append(FieldProblem("metric", tr("Choose what the goal measures.")))
    elif goal.is_manual and not (goal.manual_unit or "").strip():
        problems.append(
            FieldProblem("metric", tr("Say in what unit the manual metric is measured."))
        )
    if goal.owner_member_id is None and goal.owner_team_id is None:
        problems.append(FieldProblem("owner", tr("Choose who owns the goal: a team or a member.")))
    if (problem := target_problem(goal)) is not None:
        problems.append(FieldProblem("target", problem))
    if goal.start_on is None or goal.end_on is None:
        problems.append(FieldProblem("dates", tr("Set the start and end dates.")))
    elif goal.end_on <= goal.start_on:
        problems.append(FieldProblem("dates", tr("The end must come after the start.")))
    return problems
