"""Pipelines and their stages as the deal measures read them, and the chance to win and rotting
days a stage starts with: the stage's default P(win) is what :mod:`salesdesk.metrics.deals`
uses until enough closed deals passed it.

A database starts without a pipeline; the first deal created or imported makes the default
one (:func:`salesdesk.pipeline.edits.default_pipeline`), with the stages and default
probabilities of :func:`default_stages`, as most B2B teams start with.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy import text

from salesdesk.i18n import tr

if TYPE_CHECKING:
    from sqlalchemy.engine import Connection

# A stage added by hand or by an import starts with these until the head of sales sets them
# (Pipeline > Pipelines and stages): a chance to win between the default pipeline's early
# stages, and two weeks before an idle deal rots.
NEW_STAGE_PROBABILITY = 0.2
NEW_STAGE_ROTTING_DAYS = 14


@dataclass(frozen=True)
class Stage:
    id: int
    pipeline_id: int
    name: str
    position: int
    probability: float  # the default P(win), used while too few closed deals passed it
    rotting_days: int


@dataclass(frozen=True)
class Pipeline:
    id: int
    name: str
    active: bool
    stages: tuple[Stage, ...]

    def stage(self, stage_id: int) -> Stage:
        return next(stage for stage in self.stages if stage.id == stage_id)


def default_stages() -> list[tuple[str, float, int]]:
    """(name, default probability, rotting days) of the default pipeline, in order."""
    return [
        (tr("Qualification"), 0.10, 10),
        (tr("Needs analysis"), 0.25, 14),
        (tr("Proposal"), 0.45, 14),
        (tr("Negotiation"), 0.70, 21),
        (tr("Contract"), 0.85, 10),
    ]


def load_pipelines(conn: Connection, *, active_only: bool = False) -> list[Pipeline]:
    """Every pipeline (active first) with its stages in order."""
    stages: dict[int, list[Stage]] = {}
    for row in conn.execute(
        text(
            "SELECT id, pipeline_id, name, position, probability, rotting_days FROM stage"
            " ORDER BY pipeline_id, position, id"
        )
    ):
        stages.setdefault(row[1], []).append(Stage(*row))
    where = "WHERE active" if active_only else ""
    rows = conn.execute(
        text(f"SELECT id, name, active FROM pipeline {where} ORDER BY active DESC, id")
    )
    return [
        Pipeline(id_, name, bool(active), tuple(stages.get(id_, ()))) for id_, name, active in rows
    ]


def load_stages(conn: Connection) -> dict[int, Stage]:
    """Every stage by id."""
    return {stage.id: stage for p in load_pipelines(conn) for stage in p.stages}
