"""What the Team section asks of the core, each a call on an open database that opens its own
connection and returns plain values (STYLE 1). The GUI runs them on worker threads.

Modules that pull in SQLAlchemy are imported inside the functions: the window shows before
they load.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from salesdesk.team.tree import MemberNode, TeamNode

if TYPE_CHECKING:
    from salesdesk.metrics.kpis import Kpi
    from salesdesk.metrics.scope import Scope
    from salesdesk.periods import Period
    from salesdesk.pipeline.summary import PipelineGroup
    from salesdesk.store.db import Database
    from salesdesk.team.assignment import Proposal
    from salesdesk.team.coverage import CoverageReport, HeldItem
    from salesdesk.team.tree import OwnedGoal

Node = TeamNode | MemberNode


@dataclass(frozen=True)
class Organisation:
    teams: list[TeamNode]
    unassigned: list[MemberNode]


def organisation(database: Database) -> Organisation:
    """The team tree and the members of no team."""
    from salesdesk.team.tree import load_team_tree, load_unassigned_members

    with database.read() as conn:
        return Organisation(load_team_tree(conn), load_unassigned_members(conn))


@dataclass(frozen=True)
class NodeDetail:
    figures: dict[str, Kpi]  # revenue, orders, average_order_value, new_customers, current_accounts
    statuses: dict[str, int]  # prospect, current, lost at the period's closing day
    goals: list[OwnedGoal]
    coverage: list[HeldItem]
    pipeline: list[PipelineGroup]  # per member of the node
    heading: str = ""  # the period measured: "Q3 2026" or "Q3 2026 to date"
    against: str = ""  # what the figures are compared with: "vs Q2 2026" (the same days)


def scope_of(node: Node) -> Scope:
    from salesdesk.metrics.scope import Scope

    if isinstance(node, TeamNode):
        return Scope(team_id=node.id)
    return Scope(member_id=node.id)


def node_detail(database: Database, period: Period, node: Node) -> NodeDetail:
    """A team's or member's figures for ``period`` against the previous one (to date while it
    runs), its customers by status, its goals and what it covers. A team's figures cover its
    sub-teams. The figures are :func:`salesdesk.team.figures.node_figures`, as in the team
    report."""
    from salesdesk.pipeline.summary import pipeline_summary
    from salesdesk.team.coverage import held_items
    from salesdesk.team.figures import node_figures
    from salesdesk.team.tree import owned_goals

    scope = scope_of(node)
    owner = {"team_id": node.id} if isinstance(node, TeamNode) else {"member_id": node.id}
    with database.read() as conn:
        figures = node_figures(conn, period, scope)
        goals = owned_goals(conn, **owner)
        coverage = held_items(conn, **owner)
        pipeline = pipeline_summary(conn, period, "member", scope)
    return NodeDetail(
        figures.figures,
        figures.statuses,
        goals,
        coverage,
        pipeline,
        # the heading says "to date" once for all the cards
        heading=figures.compared.current_label(),
        against=figures.compared.against_previous(say_to_date=False),
    )


def coverage_report(database: Database, mode: str, period: Period) -> CoverageReport:
    """Who covers what under the lens ``mode``, with gaps, overlaps and loads."""
    from salesdesk.team.coverage import analyse_coverage

    with database.read() as conn:
        return analyse_coverage(conn, mode, period)


def proposal(
    database: Database, mode: str, period: Period, *, rebalance: bool, managers_too: bool = False
) -> Proposal:
    """Owners proposed for the customers without one (and, if asked, off overloaded members);
    managers and the head of sales take accounts only when ``managers_too``."""
    from salesdesk.team.assignment import propose_assignment

    with database.read() as conn:
        return propose_assignment(
            conn, mode=mode, period=period, rebalance=rebalance, managers_too=managers_too
        )


def dependents(database: Database, node: Node) -> list[str]:
    """What refers to a team or member, one phrase per kind (asked before deleting it)."""
    from salesdesk.team.edits import describe_dependents

    table = "team" if isinstance(node, TeamNode) else "member"
    with database.read() as conn:
        return describe_dependents(conn, table, node.id)
