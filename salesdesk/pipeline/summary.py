"""The pipeline per group, as the ``pipeline`` command and the pipeline report show it.

Open figures are at the period's closing day (its end, today while it runs); won, lost, win
rate and cycle count the deals closed in the period. Groups: stage (closed deals by the stage
they closed from), member (the deals' owners), team (with its sub-teams, so teams overlap),
month (open deals by expected close, overdue ones in the closing day's month; closed deals
by the month they closed).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from typing import TYPE_CHECKING

from sqlalchemy import text

from salesdesk.metrics import clock
from salesdesk.metrics.scope import Scope
from salesdesk.periods import Period
from salesdesk.pipeline.measures import (
    ClosedDeals,
    OpenPipeline,
    closed_deals,
    open_by_close_month,
    open_by_stage,
    stage_probabilities,
    weighted_pipeline,
)
from salesdesk.pipeline.stages import load_pipelines

if TYPE_CHECKING:
    from sqlalchemy.engine import Connection

GROUPINGS = ("stage", "member", "team", "month")


@dataclass(frozen=True)
class PipelineGroup:
    name: str
    open: OpenPipeline
    weighted: float
    closed: ClosedDeals


def pipeline_summary(
    conn: Connection, period: Period, by: str | None = None, scope: Scope = Scope()
) -> list[PipelineGroup]:
    """One group per stage, member, team or month; the whole company without ``by``.
    ``scope`` narrows the member groups (a team's members, say)."""
    on = clock.closing_day(period)
    if by is None:
        return [_scoped(conn, period, on, "total", Scope())]
    if by == "stage":
        return _by_stage(conn, period, on)
    if by == "month":
        return _by_month(conn, period, on)
    if by not in GROUPINGS:
        raise ValueError(f"unknown grouping {by!r}; expected one of {', '.join(GROUPINGS)}")
    if by == "member":
        rows = conn.execute(
            text(
                "SELECT id, name FROM member WHERE id IN (SELECT owner_member_id FROM deal)"
                " ORDER BY name, id"
            )
        )
        groups = [_scoped(conn, period, on, name, replace(scope, member_id=i)) for i, name in rows]
        return [g for g in groups if g.open.deals or g.closed.won or g.closed.lost]
    rows = conn.execute(text("SELECT id, name FROM team ORDER BY name, id"))
    return [_scoped(conn, period, on, name, Scope(team_id=i)) for i, name in rows]


def _scoped(conn: Connection, period: Period, on: date, name: str, scope: Scope) -> PipelineGroup:
    stages = open_by_stage(conn, on, scope).values()
    opened = OpenPipeline(sum(s.deals for s in stages), sum(s.amount for s in stages))
    return PipelineGroup(
        name, opened, weighted_pipeline(conn, on, scope), closed_deals(conn, period, scope)
    )


def _by_stage(conn: Connection, period: Period, on: date) -> list[PipelineGroup]:
    pipelines = load_pipelines(conn)
    opened = open_by_stage(conn, on)
    chances = stage_probabilities(conn, on)
    groups = []
    for pipeline in pipelines:
        for stage in pipeline.stages:
            found = opened.get(stage.id, OpenPipeline(0, 0))
            name = stage.name if len(pipelines) == 1 else f"{pipeline.name} / {stage.name}"
            groups.append(
                PipelineGroup(
                    name,
                    found,
                    found.amount * chances[stage.id].probability,
                    closed_deals(conn, period, stage_id=stage.id),
                )
            )
    return groups


def _by_month(conn: Connection, period: Period, on: date) -> list[PipelineGroup]:
    months = [Period.containing(period.start, "month")]
    while months[-1].end < period.end:
        months.append(months[-1].next())
    expected = open_by_close_month(conn, on)
    groups = []
    for month in months:
        opened, weighted = expected.get(month.start, (OpenPipeline(0, 0), 0.0))
        closed = closed_deals(
            conn, Period(max(month.start, period.start), min(month.end, period.end))
        )
        groups.append(PipelineGroup(month.label(), opened, weighted, closed))
    return groups
