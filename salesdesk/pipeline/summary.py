"""The pipeline per group, as the ``pipeline`` command and the pipeline report show it.

Open figures are at the period's closing day (its end, today while it runs); won, lost, win
rate and cycle count the deals closed in the period. Groups: stage (closed deals by the stage
they closed from), member (the deals' owners, and "(no owner)" for the deals nobody owns: the
groups add up to the total), team (with its sub-teams, so teams overlap), month (open deals
by expected close, overdue ones on the closing day; closed deals by the day they closed; the
first and last month cut at the period's ends).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from typing import TYPE_CHECKING

from sqlalchemy import text

from salesdesk.i18n import tr
from salesdesk.metrics import clock
from salesdesk.metrics.deal_scope import NO_OWNER, DealFilter
from salesdesk.metrics.deals import (
    ClosedDeals,
    OpenPipeline,
    closed_deals,
    forecast_spans,
    open_by_close_span,
    open_by_stage,
    stage_probabilities,
    weighted_pipeline,
)
from salesdesk.metrics.scope import Scope
from salesdesk.metrics.stages import load_pipelines
from salesdesk.periods import Period
from salesdesk.pipeline.words import span_label

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
    conn: Connection,
    period: Period,
    by: str | None = None,
    scope: Scope = Scope(),
    pipeline_id: int | None = None,
) -> list[PipelineGroup]:
    """One group per stage, member, team or month; the whole company without ``by``; the
    deals of one pipeline or of all. ``scope`` narrows the member groups (a team's members,
    say)."""
    on = clock.closing_day(period)
    if by is None:
        return [_scoped(conn, period, on, "total", Scope(), pipeline_id=pipeline_id)]
    if by == "stage":
        return _by_stage(conn, period, on, pipeline_id)
    if by == "month":
        return _by_month(conn, period, on, pipeline_id)
    if by == "member":
        return _by_member(conn, period, on, scope, pipeline_id)
    if by != "team":
        raise ValueError(f"unknown grouping {by!r}; expected one of {', '.join(GROUPINGS)}")
    rows = conn.execute(text("SELECT id, name FROM team ORDER BY name, id"))
    return [
        _scoped(conn, period, on, name, Scope(team_id=i), pipeline_id=pipeline_id)
        for i, name in rows
    ]


def _scoped(
    conn: Connection,
    period: Period,
    on: date,
    name: str,
    scope: Scope,
    *,
    pipeline_id: int | None,
    narrower: DealFilter | None = None,
) -> PipelineGroup:
    stages = open_by_stage(conn, on, scope, pipeline_id, narrower).values()
    opened = OpenPipeline(sum(s.deals for s in stages), sum(s.amount for s in stages))
    return PipelineGroup(
        name,
        opened,
        weighted_pipeline(conn, on, scope, pipeline_id, narrower),
        closed_deals(conn, period, scope, pipeline_id, narrower),
    )


def _by_member(
    conn: Connection, period: Period, on: date, scope: Scope, pipeline_id: int | None
) -> list[PipelineGroup]:
    """A group per owner, and one for the deals nobody owns, so that the groups add up to
    the whole (the owner-less ones are outside any member's or team's scope)."""
    rows = conn.execute(
        text(
            "SELECT id, name FROM member WHERE id IN (SELECT owner_member_id FROM deal)"
            " ORDER BY name, id"
        )
    )
    groups = [
        _scoped(conn, period, on, name, replace(scope, member_id=i), pipeline_id=pipeline_id)
        for i, name in rows
    ]
    if scope.member_id is None and scope.team_id is None:
        no_owner = tr("(no owner)")
        groups.append(
            _scoped(conn, period, on, no_owner, scope, pipeline_id=pipeline_id, narrower=NO_OWNER)
        )
    return [g for g in groups if g.open.deals or g.closed.won or g.closed.lost]


def _by_stage(
    conn: Connection, period: Period, on: date, pipeline_id: int | None
) -> list[PipelineGroup]:
    pipelines = [p for p in load_pipelines(conn) if pipeline_id in (None, p.id)]
    opened = open_by_stage(conn, on, pipeline_id=pipeline_id)
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


def _by_month(
    conn: Connection, period: Period, on: date, pipeline_id: int | None
) -> list[PipelineGroup]:
    """The months of the period, the first and last cut at its ends as the forecast does."""
    spans = forecast_spans(period)
    expected = open_by_close_span(conn, on, spans, pipeline_id=pipeline_id)
    return [
        PipelineGroup(
            span_label(span),
            opened,
            weighted,
            closed_deals(conn, span, pipeline_id=pipeline_id),
        )
        for span, (opened, weighted) in zip(spans, expected, strict=True)
    ]
